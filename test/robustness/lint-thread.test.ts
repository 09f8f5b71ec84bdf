/**
 * With links to check, the built command parses and lints a large list on a worker thread
 * (src/pipeline/lint-off-thread.ts) while its requests run; the TypeScript sources under vitest
 * do it on the main thread, in turns. Both must give the same report, byte for byte.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_SIZE } from '../../src/parse/parse-in-chunks.js';
import { hang, html, startHttpServer, status, type TestServer } from '../helpers/http-server.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { type ChildResult, type CompiledCli, compileCli, spawnNode, STACK_TRACE } from './support.js';

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

  /** 400 entries in 8 sections, a fragment on every 25th link, and a hanging URL in a code block. */
  const bigList = (): string => {
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
    return ['# Datasets', '', '```sh', `curl ${server.url('/in-code')}`, '```', '', ...sections.flat()].join('\n');
  };

  /** Runs `list` through the built command and in-process; both must print the same report. */
  const bothWays = async (list: string): Promise<{ built: ChildResult; diagnostics: Array<{ ruleId: string; actual?: string }> }> => {
    const cwd = tempDir({ 'list.md': list });
    const args = ['--allow-private', '--timeout', '60s', '--format', 'json', 'list.md'];
    const built = await spawnNode(cli.bin, args, { cwd });
    const inProcess = await runCli(args, { cwd });
    expect(built.stderr).not.toMatch(STACK_TRACE);
    expect(built.code).toBe(1);
    expect(built.stdout).toBe(inProcess.stdout);
    const report = JSON.parse(built.stdout) as Array<{ diagnostics: Array<{ ruleId: string; actual?: string }> }>;
    return { built, diagnostics: report[0]?.diagnostics ?? [] };
  };

  /** `count` entries under sections of 100, linking `/d/0`…`/d/49` (one in ten dead) with a distinct query each. */
  const manyEntries = (count: number, nested: boolean): string => {
    const lines = ['# Datasets', ''];
    if (nested) lines.push('## Nested', '', '- All of them');
    for (let i = 0; i < count; i++) {
      if (!nested && i % 100 === 0) lines.push('', `## Section ${i / 100}`, '');
      lines.push(`${nested ? '  ' : ''}- [Dataset ${i}](${server.url(`/d/${i % 50}?n=${i}`)}) - ${1000 + i} chest radiographs from ${100 + i} patients. Requires registration.`);
    }
    return `${lines.join('\n')}\n`;
  };

  it('reports exactly what the in-process run reports, and never waits for a URL in a code block', async () => {
    const list = bigList();
    expect(list.length).toBeGreaterThan(4 * CHUNK_SIZE);
    const { diagnostics } = await bothWays(list);
    expect(diagnostics.filter((d) => d.ruleId === 'link-dead')).toHaveLength(40);
    expect(diagnostics.filter((d) => d.ruleId === 'link-fragment')).toHaveLength(16);
    expect(diagnostics.some((d) => d.actual?.includes('/in-code'))).toBe(false);
  }, 60_000);

  // Over 512 KiB the worker only parses, and posts the pieces to be joined and linted here (a
  // second heap holding the whole tree would cost more memory than it saves time).
  it('reports exactly what the in-process run reports for a list too large to lint on the worker', async () => {
    const list = manyEntries(4400, false);
    expect(list.length).toBeGreaterThan(512 * 1024);
    const { diagnostics } = await bothWays(list);
    expect(diagnostics.filter((d) => d.ruleId === 'link-dead')).toHaveLength(4400 / 10);
  }, 120_000);

  // A list that cannot be cut (one item holding thousands of nested ones) is a single piece too
  // large for the capped heap of a worker that posts pieces: the worker runs out of memory, and
  // the file is parsed on the main thread instead. Without that fallback this run would fail.
  it('parses here a piece too large for the lint thread, and reports what the in-process run reports', async () => {
    const list = manyEntries(4800, true);
    expect(list.length).toBeGreaterThan(512 * 1024);
    const { built } = await bothWays(list);
    expect(built.stderr).toBe('');
  }, 120_000);

  // Linux: the lint thread steps back (a higher nice value) so it never delays a response the
  // main thread is about to read; the main thread keeps its priority.
  it.runIf(process.platform === 'linux')('runs the lint thread, and only it, at a lower priority', async () => {
    const cwd = tempDir({ 'list.md': bigList() });
    const niceness = new Map<string, number>();
    let timer: ReturnType<typeof setInterval> | undefined;
    const watch = (pid: number): void => {
      timer = setInterval(() => {
        try {
          for (const tid of readdirSync(`/proc/${pid}/task`)) {
            // Field 19 of stat is the nice value; fields are counted after the `(comm)` part.
            const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
            const nice = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
            const thread = tid === String(pid) ? 'main' : tid;
            niceness.set(thread, Math.max(niceness.get(thread) ?? 0, nice));
          }
        } catch {
          // The process or a thread ended between two reads.
        }
      }, 2);
    };
    const built = await spawnNode(cli.bin, ['--allow-private', '--timeout', '60s', 'list.md'], { cwd, onSpawn: watch });
    clearInterval(timer);

    expect(built.stderr).not.toMatch(STACK_TRACE);
    expect(niceness.get('main')).toBe(0);
    expect([...niceness].filter(([, nice]) => nice === 10)).toHaveLength(1);
  }, 60_000);
});
