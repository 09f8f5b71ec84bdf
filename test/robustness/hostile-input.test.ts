/**
 * Issue 10 through the real binary (a child process): what a pull request can commit (a list
 * that never ends, symbolic links out of the repository, 4 MiB of the worst Markdown shapes)
 * gets one line and exit 2, or a normal lint, within bounded time and memory.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { HOSTILE_SHAPES } from './shapes.js';
import { type CompiledCli, compileCli, spawnNode, STACK_TRACE } from './support.js';

const LIST = '# L\n\n## Data\n\n- [A](https://example.org/a) - A set of 10 scans.\n';
const SECRET = '# Secret\n\n## Keys\n\n- [TOKEN-abc123](https://example.org/k) - do not print.\n';

let cli: CompiledCli;
beforeAll(() => {
  cli = compileCli();
}, 120_000);
afterAll(() => cli.dispose());

function measured(stderr: string): { ms: number; maxRssMiB: number; rest: string } {
  const line = stderr.split('\n').find((text) => text.startsWith('MEASURE ')) ?? 'MEASURE {}';
  return { ...(JSON.parse(line.slice('MEASURE '.length)) as { ms: number; maxRssMiB: number }), rest: stderr.replace(`${line}\n`, '') };
}

/** A checkout with a folder beside it that a pull request's links point into. */
function checkout(): { root: string; cwd: string } {
  const root = tempDir({ 'repo/README.md': LIST, 'outside/secret.md': SECRET });
  return { root, cwd: path.join(root, 'repo') };
}

describe('a list that never ends (item 2)', () => {
  it('reads at most maxFileSize + 1 bytes of a file whose size says 0 (/proc/self/pagemap), then refuses it in one line', async () => {
    const cwd = tempDir({ 'README.md': LIST });
    const result = await spawnNode(cli.measure, ['--offline', '/proc/self/pagemap'], { cwd, timeoutMs: 60_000 });
    const { maxRssMiB, rest } = measured(result.stderr);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(rest).toBe('medlint: /proc/self/pagemap: file is over 4.0 MiB (its size on disk says 0 B), above the 4.0 MiB limit; raise "maxFileSize" in the config to lint it\n');
    expect(maxRssMiB).toBeLessThan(400); // it read 14 GB in 90 s
  }, 90_000);
});

describe('symbolic links out of the repository (item 3)', () => {
  it('refuses README.md when it links to a file outside the working directory, and prints none of its text', async () => {
    const { root, cwd } = checkout();
    const linked = path.join(cwd, 'linked');
    mkdirSync(linked);
    symlinkSync(path.join(root, 'outside', 'secret.md'), path.join(linked, 'README.md'));
    const result = await spawnNode(cli.bin, ['--offline', 'linked/README.md'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('medlint: linked/README.md: is a symbolic link (or lies under one) to a file outside the repository; medlint reads only files inside it\n');
    expect(result.stderr).not.toContain('TOKEN');
  });

  it('refuses a path under a linked directory that leaves the repository, and a glob does not walk into it', async () => {
    const { root, cwd } = checkout();
    symlinkSync(path.join(root, 'outside'), path.join(cwd, 'ext'));
    const named = await spawnNode(cli.bin, ['--offline', 'ext/secret.md'], { cwd });
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/^medlint: ext\/secret\.md: is a symbolic link \(or lies under one\) to a file outside the repository/);
    const globbed = await spawnNode(cli.bin, ['--offline', '--format', 'json', '**/*.md'], { cwd });
    expect(globbed.code).toBe(0);
    expect((JSON.parse(globbed.stdout) as Array<{ file: string }>).map((file) => file.file)).toEqual(['README.md']);
    expect(globbed.stdout).not.toContain('TOKEN');
  });

  it('does not read a file link out of the repository that a glob would match (globs match no links)', async () => {
    const { root, cwd } = checkout();
    symlinkSync(path.join(root, 'outside', 'secret.md'), path.join(cwd, 'notes.md'));
    const result = await spawnNode(cli.bin, ['--offline', '--format', 'json', '*.md'], { cwd });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Array<{ file: string }>).map((file) => file.file)).toEqual(['README.md']);
  });

  it('does not walk the disk through a link to / (docs/root -> /) with **/*.md', async () => {
    const cwd = tempDir({ 'README.md': LIST, 'docs/guide.md': LIST });
    symlinkSync('/', path.join(cwd, 'docs', 'root'));
    const started = performance.now();
    const result = await spawnNode(cli.bin, ['--offline', '--format', 'json', '**/*.md'], { cwd, timeoutMs: 30_000 });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Array<{ file: string }>).map((file) => file.file)).toEqual(['README.md', 'docs/guide.md']);
  });

  it('reads a plain path outside the working directory that the user typed, and lints a file reached twice once', async () => {
    const { cwd } = checkout();
    writeFileSync(path.join(cwd, 'other.md'), LIST);
    symlinkSync('README.md', path.join(cwd, 'same.md'));
    const typed = await spawnNode(cli.bin, ['--offline', '--format', 'json', '../outside/secret.md'], { cwd });
    expect(typed.code).toBe(0);
    expect(JSON.parse(typed.stdout)).toMatchObject([{ file: '../outside/secret.md', entryCount: 1 }]);
    const twice = await spawnNode(cli.bin, ['--offline', '--format', 'json', 'README.md', 'same.md', './README.md', '*.md'], { cwd });
    expect(twice.code).toBe(0);
    expect((JSON.parse(twice.stdout) as Array<{ file: string }>).map((file) => file.file)).toEqual(['README.md', 'other.md']);
  });
});

describe('the hostile shapes at the 4 MiB limit (items 1 and 6)', () => {
  // The two bracket shapes spend their time in the Markdown parser (about a minute at 4 MiB);
  // test/robustness/linear-time.test.ts shows them linear at 1 MiB.
  const shapes = HOSTILE_SHAPES.filter(([name]) => !name.startsWith('`['));
  it.each(shapes)('lints %s at 4 MiB with a normal exit within 60 s', async (_name, make) => {
    const cwd = tempDir({ 'list.md': make(4 * 1024 * 1024 - 1024) });
    const result = await spawnNode(cli.measure, ['--offline', 'list.md'], { cwd, timeoutMs: 90_000 });
    const { ms, rest } = measured(result.stderr);
    expect([0, 1]).toContain(result.code);
    expect(rest).not.toMatch(STACK_TRACE);
    expect(ms).toBeLessThan(60_000);
  }, 120_000);
});
