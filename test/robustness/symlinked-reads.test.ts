/**
 * Issue 18, items 1 and 2: every file medlint reads (lists, configs, the link cache, local link
 * targets) obeys one rule, parse/read-file.ts and parse/resolve-files.ts `placeInRepository`:
 * a regular file, inside the repository after symbolic links, never under `.git/`, read with a
 * size bound. Anything else is one line (exit 2) that quotes none of the file's content.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MedlintError } from '../../src/diagnostics/medlint-error.js';
import { readCache, writeCache } from '../../src/links/cache/store.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const LIST = '# L\n\n## Data\n\n- [A](https://example.org/a) - A set of 10 scans.\n';
const SECRET = 'AUTHORIZATION: basic c2VjcmV0LXRva2Vu\nTOKEN=ghp_secret\n';
const DAY = 24 * 60 * 60 * 1000;

/** A checkout with a `.git/config` holding a credential and a secret file beside the repository. */
function checkout(): { root: string; cwd: string } {
  const root = tempDir({ 'repo/list.md': LIST, 'repo/.git/config': `[http]\n\textraheader = ${SECRET}`, 'outside/secret.yaml': SECRET });
  return { root, cwd: path.join(root, 'repo') };
}

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

function expectOneLine(result: { code: number; stdout: string; stderr: string }, line: string): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(`medlint: ${line}\n`);
  expect(result.stderr).not.toMatch(/AUTHORIZATION|c2VjcmV0|ghp_secret/);
}

const OUTSIDE = 'is a symbolic link (or lies under one) to a file outside the repository; medlint reads only files inside it';
const GIT = "is (or links to) a file under .git/; medlint never reads git's own files";

describe('configs read as lists are (item 1)', () => {
  it.each(['.medlintrc.json', '.medlintrc.yaml', '.medlintrc.yml', 'package.json'])('refuses %s linked out of the repository without quoting it', async (name) => {
    const { root, cwd } = checkout();
    symlinkSync(path.join(root, 'outside', 'secret.yaml'), path.join(cwd, name));
    expectOneLine(await runCli(['--offline', 'list.md'], { cwd }), `${name}: ${OUTSIDE}`);
  });

  it('refuses /proc/self/environ, /dev/zero and a config named with --config that links out', async () => {
    const { cwd } = checkout();
    symlinkSync('/proc/self/environ', path.join(cwd, '.medlintrc.yaml'));
    expectOneLine(await runCli(['--offline', 'list.md'], { cwd }), `.medlintrc.yaml: ${OUTSIDE}`);
    symlinkSync('/dev/zero', path.join(cwd, 'zero.json'));
    expectOneLine(await runCli(['--offline', '--config', 'zero.json', 'list.md'], { cwd }), `zero.json: ${OUTSIDE}`);
  });

  it('refuses a named pipe as a config at once instead of blocking for ever', async () => {
    const { cwd } = checkout();
    mkfifo(path.join(cwd, '.medlintrc.json'));
    expectOneLine(await runCli(['--offline', 'list.md'], { cwd }), '.medlintrc.json: is not a regular file (a pipe, socket or device); pass a JSON or YAML config file');
  });

  it('refuses a config above 1 MiB, and one that is binary, naming the limit and not the content', async () => {
    const { cwd } = checkout();
    writeFileSync(path.join(cwd, 'big.yaml'), `# ${'x'.repeat(1024 * 1024)}\n`);
    expectOneLine(await runCli(['--offline', '--config', 'big.yaml', 'list.md'], { cwd }), 'big.yaml: file is 1.0 MiB, above the 1.0 MiB limit; a config is a few kilobytes of JSON or YAML');
    writeFileSync(path.join(cwd, 'environ.yaml'), 'PATH=/usr/bin\0TOKEN=ghp_secret\0');
    expectOneLine(await runCli(['--offline', '--config', 'environ.yaml', 'list.md'], { cwd }), 'environ.yaml: looks binary (NUL byte at line 1, byte 14); medlint reads JSON or YAML text');
  });

  it('follows a config link that stays inside the repository', async () => {
    const { cwd } = checkout();
    mkdirSync(path.join(cwd, 'config'));
    writeFileSync(path.join(cwd, 'config', 'medlint.json'), '{"rules": {"entry-description": "off"}}');
    symlinkSync(path.join('config', 'medlint.json'), path.join(cwd, '.medlintrc.json'));
    const result = await runCli(['--offline', 'list.md'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('quotes at most a short, sanitised excerpt of a config that does not parse or validate', async () => {
    const { cwd } = checkout();
    writeFileSync(path.join(cwd, 'bad.json'), `${SECRET}`);
    expectOneLine(await runCli(['--offline', '--config', 'bad.json', 'list.md'], { cwd }), 'bad.json: invalid JSON: unexpected character `A`');
    writeFileSync(path.join(cwd, 'bad.yaml'), `"${'\u001b[31m'}${'k'.repeat(200)}": 1\n`);
    const result = await runCli(['--offline', '--config', 'bad.yaml', 'list.md'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown key `\\x1B[31mkkkk');
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).not.toContain('k'.repeat(60));
  });
});

describe('nothing under .git/ is read (item 2)', () => {
  it('refuses README.md -> .git/config in `medlint entries` and in a lint, and prints none of it', async () => {
    const { cwd } = checkout();
    symlinkSync(path.join('.git', 'config'), path.join(cwd, 'README.md'));
    expectOneLine(await runCli(['entries', 'README.md'], { cwd }), `README.md: ${GIT}`);
    expectOneLine(await runCli(['--offline'], { cwd }), `README.md: ${GIT}`);
  });

  it('refuses .git paths typed on the command line, as --config, and behind a linked folder', async () => {
    const { cwd } = checkout();
    writeFileSync(path.join(cwd, '.git', 'notes.md'), LIST);
    expectOneLine(await runCli(['--offline', '.git/notes.md'], { cwd }), `.git/notes.md: ${GIT}`);
    writeFileSync(path.join(cwd, '.git', 'medlint.json'), '{}');
    expectOneLine(await runCli(['--offline', '--config', '.git/medlint.json', 'list.md'], { cwd }), `.git/medlint.json: ${GIT}`);
    symlinkSync('.git', path.join(cwd, 'meta'));
    expectOneLine(await runCli(['--offline', 'meta/notes.md'], { cwd }), `meta/notes.md: ${GIT}`);
    symlinkSync(path.join('.git', 'config'), path.join(cwd, '.medlintrc.yaml'));
    expectOneLine(await runCli(['--offline', 'list.md'], { cwd }), `.medlintrc.yaml: ${GIT}`);
  });

  it('does not read a link target under .git/ for its anchors', async () => {
    const { cwd } = checkout();
    writeFileSync(path.join(cwd, '.git', 'notes.md'), '# Heading\n');
    writeFileSync(path.join(cwd, 'list.md'), `${LIST}\nSee [notes](.git/notes.md#not-a-heading).\n`);
    const result = await runCli(['--offline', '--format', 'json', 'list.md'], { cwd });
    // Anchors unknown: nothing is said about the fragment, as for a target above the read budget.
    expect(result.stdout).not.toContain('not-a-heading');
  });
});

describe('the link cache read as lists are (item 1)', () => {
  it.each([
    ['a link to /proc/self/environ', (cwd: string) => symlinkSync('/proc/self/environ', path.join(cwd, '.medlintcache')), `.medlintcache: ${OUTSIDE}`],
    ['a link to .git/config', (cwd: string) => symlinkSync(path.join('.git', 'config'), path.join(cwd, '.medlintcache')), `.medlintcache: ${GIT}`],
    ['a named pipe', (cwd: string) => mkfifo(path.join(cwd, '.medlintcache')), '.medlintcache: is not a regular file (a pipe, socket or device); pass a cache file, or a path where one may be written'],
    ['a folder linked out of the repository', (cwd: string) => symlinkSync(path.join(cwd, '..', 'outside'), path.join(cwd, '.medlintcache')), `.medlintcache: ${OUTSIDE}`],
  ] as const)('refuses %s as the cache, and writes nothing through it', async (_name, make, message) => {
    const { cwd } = checkout();
    make(cwd);
    const file = path.join(cwd, '.medlintcache');
    const error = await readCache(file, DAY, Date.now(), cwd).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MedlintError);
    expect((error as MedlintError).message).toBe(message);
    await expect(writeCache(file, new Map(), DAY, Date.now(), cwd)).rejects.toBeInstanceOf(MedlintError);
  });

  it('refuses a cache written through a linked folder that leaves the repository', async () => {
    const { root, cwd } = checkout();
    symlinkSync(path.join(root, 'outside'), path.join(cwd, 'cache'));
    await expect(writeCache(path.join(cwd, 'cache', '.medlintcache'), new Map(), DAY, Date.now(), cwd)).rejects.toThrow(OUTSIDE);
  });

  it('starts afresh from a missing cache or one that is not JSON', async () => {
    const { cwd } = checkout();
    expect((await readCache(path.join(cwd, '.medlintcache'), DAY, Date.now(), cwd)).size).toBe(0);
    writeFileSync(path.join(cwd, '.medlintcache'), 'not json');
    expect((await readCache(path.join(cwd, '.medlintcache'), DAY, Date.now(), cwd)).size).toBe(0);
  });
});
