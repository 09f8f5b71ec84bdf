/**
 * `--fix` with link checking: permanent redirects fixed from this run's answers, against a real
 * server on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { html, redirect, startHttpServer, status, type TestServer } from '../helpers/http-server.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

let server: TestServer;
beforeEach(async () => {
  server = await startHttpServer({
    '/new': html('<h1>New</h1>'),
    '/old': redirect(301, '/new'),
    '/older': redirect(308, '/old2'),
    '/old2': redirect(301, '/new2'),
    '/new2': html('<h1>New 2</h1>'),
    '/temp': redirect(302, '/new'),
    '/home': redirect(301, '/'),
    '/': html('<h1>Home</h1>'),
    '/private': redirect(301, '/login'),
    '/login': html('<form></form>'),
    '/broken': redirect(301, '/missing'),
    '/missing': status(404),
  });
});
afterEach(() => server.close());

function list(): string {
  return [
    '# L', '', '## Data', '',
    `- [Moved](${server.url('/old')}) - One.`,
    `- [Chain](${server.url('/older')}) - Two.`,
    `- [Temporary](${server.url('/temp')}) - Three.`,
    `- [Home](${server.url('/home')}) - Four.`,
    `- [Login](${server.url('/private')}) - Five.`,
    `- [Broken](${server.url('/broken')}) - Six.`,
    '',
  ].join('\n');
}

describe('--fix with link answers', () => {
  it('fixes permanent redirects (and chains) on the same host; not to `/`, a login page or a dead page; a temporary one is not reported', async () => {
    const cwd = tempDir({ 'README.md': list() });
    const result = await runCli(['--allow-private', '--fix', '-f', 'json'], { cwd });
    const text = readFileSync(path.join(cwd, 'README.md'), 'utf8');
    expect(text).toContain(`- [Moved](${server.url('/new')}) - One.`);
    expect(text).toContain(`- [Chain](${server.url('/new2')}) - Two.`);
    expect(text).toContain(`- [Temporary](${server.url('/temp')}) - Three.`);
    expect(text).toContain(`- [Home](${server.url('/home')}) - Four.`);
    expect(text).toContain(`- [Login](${server.url('/private')}) - Five.`);
    expect(text).toContain(`- [Broken](${server.url('/broken')}) - Six.`);
    const left = JSON.parse(result.stdout)[0].diagnostics.map((d: { ruleId: string; line: number; fix?: unknown }) => [d.ruleId, d.line, d.fix !== undefined]);
    expect(left).toEqual([
      ['link-redirect', 8, false],
      ['link-unverified', 9, false],
      ['link-dead', 10, false],
    ]);
  });

  it('--fix-dry-run shows the link fixes and writes nothing', async () => {
    const cwd = tempDir({ 'README.md': list() });
    const result = await runCli(['--allow-private', '--fix-dry-run'], { cwd });
    expect(result.stdout).toContain(`+- [Moved](${server.url('/new')}) - One.`);
    expect(readFileSync(path.join(cwd, 'README.md'), 'utf8')).toBe(list());
  });

  it('reuses the answers in --cache: a second run fixes from the cache', async () => {
    const cwd = tempDir({ 'README.md': list() });
    await runCli(['--allow-private', '--cache', '-f', 'json'], { cwd });
    const asked = server.requests.length;
    await runCli(['--allow-private', '--cache', '--fix', '-f', 'json'], { cwd });
    expect(readFileSync(path.join(cwd, 'README.md'), 'utf8')).toContain(`- [Moved](${server.url('/new')}) - One.`);
    // Redirects are cached as outcomes: nothing is asked again for them.
    expect(server.requests.slice(asked).filter((request) => request.path === '/old')).toEqual([]);
  });

  it('--offline --fix says how many link fixes it left out', async () => {
    const text = '# L\n\n## Data\n\n- [A](http://example.org/a) - One.\n- [B](http://example.org/b) - Two.\n';
    const cwd = tempDir({ 'README.md': text });
    const result = await runCli(['--offline', '--fix'], { cwd });
    expect(result.stderr).toContain('--offline: 2 link fixes left out');
    expect(readFileSync(path.join(cwd, 'README.md'), 'utf8')).toBe(text);
  });

  it('--offline --fix applies only the fixes that need no network', async () => {
    const cwd = tempDir({ 'README.md': list() });
    const result = await runCli(['--offline', '--fix'], { cwd });
    expect(readFileSync(path.join(cwd, 'README.md'), 'utf8')).toBe(list());
    expect(server.requests).toEqual([]);
    expect(result.code).toBe(0);
  });
});
