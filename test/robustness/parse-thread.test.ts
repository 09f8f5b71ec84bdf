/**
 * With links to check, the built command parses a large list on a worker thread
 * (src/parse/parse-off-thread.ts) while its requests run; the TypeScript sources under vitest
 * parse it on the main thread, in turns. Both must give the same report, byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_SIZE } from '../../src/parse/parse-in-chunks.js';
import { hang, html, startHttpServer, status, type TestServer } from '../helpers/http-server.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { type CompiledCli, compileCli, spawnNode, STACK_TRACE } from './support.js';

describe('a large list with links, through the built command', () => {
  let cli: CompiledCli;
  let server: TestServer;
  beforeAll(async () => {
    cli = compileCli();
    const routes = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [`/d/${i}`, i % 10 === 3 ? status(404) : html(`<h2 id="s${i}">Data</h2>`)]),
    );
    server = await startHttpServer({ ...routes, '/in-code': hang() });
  }, 120_000);
  afterAll(async () => {
    cli.dispose();
    await server.close();
  });

  it('reports exactly what the in-process run reports, and never waits for a URL in a code block', async () => {
    const sections = Array.from({ length: 8 }, (_, s) => [
      `## Section ${s}`,
      '',
      ...Array.from({ length: 50 }, (_, k) => {
        const i = s * 50 + k;
        const fragment = i % 25 === 7 ? `#s${i + 1}` : '';
        return `- [Dataset ${i}](${server.url(`/d/${i}`)}${fragment}) - ${1000 + i} chest radiographs from ${100 + i} patients. Requires registration.`;
      }),
      '',
    ]);
    const list = ['# Datasets', '', '```sh', `curl ${server.url('/in-code')}`, '```', '', ...sections.flat()].join('\n');
    expect(list.length).toBeGreaterThan(4 * CHUNK_SIZE);
    const cwd = tempDir({ 'list.md': list });
    const args = ['--allow-private', '--timeout', '60s', '--format', 'json', 'list.md'];

    const built = await spawnNode(cli.bin, args, { cwd });
    const inProcess = await runCli(args, { cwd });

    expect(built.stderr).not.toMatch(STACK_TRACE);
    expect(built.code).toBe(1);
    expect(built.stdout).toBe(inProcess.stdout);
    const diagnostics = (JSON.parse(built.stdout) as Array<{ diagnostics: Array<{ ruleId: string; actual?: string }> }>)[0]?.diagnostics ?? [];
    expect(diagnostics.filter((d) => d.ruleId === 'link-dead')).toHaveLength(40);
    expect(diagnostics.filter((d) => d.ruleId === 'link-fragment')).toHaveLength(16);
    expect(diagnostics.some((d) => d.actual?.includes('/in-code'))).toBe(false);
  }, 60_000);
});
