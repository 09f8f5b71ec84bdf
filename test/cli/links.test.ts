/**
 * The command line's link checking, end to end, against a real server on 127.0.0.1.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import { html, redirect, status, startHttpServer, type TestServer } from '../helpers/http-server.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

let server: TestServer;
beforeEach(async () => {
  server = await startHttpServer({
    '/ok': html('<h1 id="files">Files</h1>'),
    '/gone': status(410),
    '/moved': redirect(301, '/ok'),
  });
});
afterEach(() => server.close());

function list(): string {
  return [
    '# L', '', '## Data', '',
    `- [Alive](${server.url('/ok')}) - 1,000 scans.`,
    `- [Gone](${server.url('/gone')}) - 2,000 scans.`,
    `- [Moved](${server.url('/moved')}) - 3,000 scans.`,
    '',
    `The alive page is cited [once more](${server.url('/ok')}) in prose.`,
    '',
  ].join('\n');
}

describe('medlint with link checking', () => {
  it('refuses the loopback server without --allow-private, and requests nothing', async () => {
    const cwd = tempDir({ 'README.md': list() });
    const result = await runCli(['-f', 'json'], { cwd });
    const rules = JSON.parse(result.stdout)[0].diagnostics.map((d: { ruleId: string }) => d.ruleId);
    expect(rules).toEqual(['link-skipped', 'link-skipped', 'link-skipped', 'link-skipped']);
    expect(server.requests).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('reports dead and redirected links at every citing line, one request per URL', async () => {
    const cwd = tempDir({ 'README.md': list() });
    const result = await runCli(['--allow-private', '-f', 'json'], { cwd });
    const found = JSON.parse(result.stdout)[0].diagnostics.map((d: { ruleId: string; line: number; expected?: string }) => [d.ruleId, d.line, d.expected]);
    expect(found).toEqual([
      ['link-dead', 6, undefined],
      ['link-redirect', 7, server.url('/ok')],
    ]);
    expect(result.code).toBe(1);
    expect(server.requests.filter((request) => request.path === '/ok' && request.method === 'HEAD')).toHaveLength(2); // the page, and the redirect's target
  });

  it('skips URLs matching --exclude', async () => {
    const cwd = tempDir({ 'README.md': list() });
    const result = await runCli(['--allow-private', '--exclude', '/gone$', '-f', 'json'], { cwd });
    expect(result.stdout).not.toContain('link-dead');
    expect(server.count('/gone')).toBe(0);
  });

  it('sends --header to the named origin and --user-agent everywhere', async () => {
    const cwd = tempDir({ 'README.md': list() });
    await runCli(['--allow-private', '--header', `${new URL(server.url('/')).origin} X-Team: datasets`, '--user-agent', 'medlint-test/1'], { cwd });
    expect(server.requests[0]?.headers['x-team']).toBe('datasets');
    expect(server.requests[0]?.headers['user-agent']).toBe('medlint-test/1');
  });

  it('writes successes to --cache and reuses them on the next run', async () => {
    const cwd = tempDir({ 'README.md': list() });
    await runCli(['--allow-private', '--cache'], { cwd });
    const cacheFile = path.join(cwd, '.medlintcache');
    expect(existsSync(cacheFile)).toBe(true);
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8'));
    expect(cached.version).toBe(2);
    expect(Object.keys(cached.entries)).toContain(server.url('/ok'));
    expect(Object.keys(cached.entries)).not.toContain(server.url('/gone'));
    const before = server.count('/ok');
    await runCli(['--allow-private', '--cache'], { cwd });
    expect(server.count('/ok')).toBe(before);
    expect(server.count('/gone')).toBeGreaterThan(1);
  });

  it('makes no request with --offline', async () => {
    const cwd = tempDir({ 'README.md': list() });
    await runCli(['--offline', '--allow-private'], { cwd });
    expect(server.requests).toEqual([]);
  });
});

describe('the progress bar', () => {
  it('draws on a terminal and stays silent otherwise', () => {
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    let drawn = '';
    terminal.on('data', (chunk: Buffer) => (drawn += chunk.toString()));
    const bar = createProgress(terminal as unknown as NodeJS.WriteStream, false);
    bar?.update(1, 4);
    bar?.update(4, 4);
    bar?.stop();
    expect(drawn).toContain('Checking links');
    expect(createProgress(new PassThrough() as unknown as NodeJS.WriteStream, false)).toBeNull();
    expect(createProgress(terminal as unknown as NodeJS.WriteStream, true)).toBeNull();
  });
});
