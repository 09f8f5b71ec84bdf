/**
 * Issue 19, item 10 (and issue 18, item 6): every file gets a parse budget. Offline, the built
 * command parses each file on the main thread under a `vm` deadline; while links are checked, it
 * parses files over 16 KiB on worker threads (small files share one) and terminates a thread when
 * its file's budget runs out. Either way the file is one line on stderr, the run exits 2, and the
 * other files are still linted and their links checked.
 *
 * The slow files are made slow by size, not by a parser weakness that a pre-pass may remove
 * one day: a 3 MiB list takes over 10 s to parse, far over a budget of 1 s per MiB, in which
 * a thread starts and lints a small list many times over even on a busy machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { lintFiles } from '../../src/pipeline/index.js';
import type { MedlintError } from '../../src/diagnostics/medlint-error.js';
import { html, startHttpServer, status, type TestServer } from '../helpers/http-server.js';
import { tempDir } from '../helpers/temp-dir.js';
import { type CompiledCli, compileCli, spawnNode, STACK_TRACE } from './support.js';

/** `count` entries, about 100 bytes each, linking to local files (no request leaves the test). */
const longList = (count: number): string =>
  ['# Datasets', '', '## Imaging', '', ...Array.from({ length: count }, (_, i) => `- [Dataset ${i}](data/set-${i}.csv) - ${1000 + i} chest radiographs from ${100 + i} patients.`), ''].join('\n');

const TIMED_OUT = /^medlint: (\S+): not parsed within ([\d.]+) s \(the parse budget\): .*raise --parse-timeout$/;

describe('a parse budget for every file, through the built command', () => {
  let cli: CompiledCli;
  let server: TestServer;
  beforeAll(async () => {
    cli = compileCli();
    server = await startHttpServer({ '/alive': html('<h1>Data</h1>'), '/dead': status(404) });
  }, 120_000);
  afterAll(async () => {
    cli.dispose();
    await server.close();
  });

  it('gives up a file over its budget in one line (exit 2), and still lints the other files and checks their links', async () => {
    const good = `# Good\n\n## Data\n\n- [Alive](${server.url('/alive')}) - 12 scans. Open access.\n- [Dead](${server.url('/dead')}) - 13 scans. Open access.\n`;
    const cwd = tempDir({ 'a-good.md': good, 'b-slow.md': longList(38_000), 'c-good.md': good });
    const started = performance.now();
    const result = await spawnNode(cli.bin, ['--allow-private', '--parse-timeout', '1s', '--format', 'json', 'a-good.md', 'b-slow.md', 'c-good.md'], { cwd });
    const elapsed = performance.now() - started;

    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(TIMED_OUT);
    // 1 s per MiB.
    expect(TIMED_OUT.exec(lines[0] ?? '')?.slice(1)).toEqual(['b-slow.md', '3']);
    const report = JSON.parse(result.stdout) as Array<{ file: string; diagnostics: Array<{ ruleId: string; actual?: string }> }>;
    expect(report.map((file) => file.file)).toEqual(['a-good.md', 'c-good.md']);
    for (const file of report) expect(file.diagnostics.filter((d) => d.ruleId === 'link-dead').map((d) => d.actual)).toEqual([server.url('/dead')]);
    // The budget in CPU time (at most six times as much in wall time on a busy machine), and
    // a second or two to start the command and lint the two small files.
    expect(result.signal).toBeNull();
    expect(elapsed).toBeLessThan(45_000);
  }, 60_000);

  it.each([
    ['offline, on the main thread under its deadline', ['--offline']],
    ['while links are checked, on the thread small files share (a new one after a timeout)', []],
  ])('gives up a small file %s, and lints the next one', async (_how, flags) => {
    const cwd = tempDir({ 'a-slow.md': longList(250), 'b-good.md': longList(230) });
    // Above the 16 KiB parsed in process when links are checked, below the 32 KiB that get a thread of their own.
    for (const count of [230, 250]) expect(longList(count).length).toBeGreaterThan(16 * 1024);
    expect(longList(250).length).toBeLessThan(32 * 1024);
    // 1 ms: no parse of 20 KB (and no thread) is done in that time.
    const result = await spawnNode(cli.bin, [...flags, '--parse-timeout', '1ms', '--format', 'json', 'a-slow.md', 'b-good.md'], { cwd });
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.map((line) => TIMED_OUT.exec(line)?.[1])).toEqual(['a-slow.md', 'b-good.md']);

    const generous = await spawnNode(cli.bin, [...flags, '--parse-timeout', '60', '--format', 'json', 'a-slow.md', 'b-good.md'], { cwd });
    expect(generous.stderr).toBe('');
    expect(generous.code).toBe(1); // the local files it links to do not exist
    expect((JSON.parse(generous.stdout) as Array<{ entryCount: number }>).map((file) => file.entryCount)).toEqual([250, 230]);
  }, 60_000);

  it('prints nothing on stdout when no file could be parsed in time, as for any fatal error', async () => {
    const cwd = tempDir({ 'README.md': longList(10_000) });
    const result = await spawnNode(cli.bin, ['--offline', '--parse-timeout', '0.3'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    // Under 1 MiB: the budget as given.
    expect(result.stderr).toMatch(/^medlint: README\.md: not parsed within 0\.3 s \(the parse budget\)/);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  }, 60_000);

  it('gives up `medlint entries` on a file over its budget with exit 2', async () => {
    const cwd = tempDir({ 'README.md': longList(10_000) });
    const result = await spawnNode(cli.bin, ['entries', 'README.md', '--parse-timeout', '300ms'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^medlint: README\.md: not parsed within 0\.3 s/);
  }, 60_000);
});

describe('a parse budget in process (the TypeScript sources, no worker)', () => {
  it('stops the parse of a file at its deadline, and lints the others', async () => {
    const cwd = tempDir({ 'slow.md': longList(10_000), 'good.md': longList(2) });
    const failures: MedlintError[] = [];
    const results = await lintFiles(['slow.md', 'good.md'], { config: resolveConfig({}, null), cwd, links: null, parseTimeoutMs: 100, onFileFailure: (error) => failures.push(error) });
    expect(results.map((result) => [result.file, result.entryCount])).toEqual([['good.md', 2]]);
    expect(failures.map((error) => [error.code, error.message.split(' (')[0]])).toEqual([['file-parse-timeout', 'slow.md: not parsed within 0.1 s']]);
  }, 60_000);

  it('stops a parse that would run on inside one piece (lazy continuation lines), not between pieces', async () => {
    const cwd = tempDir({ 'lazy.md': `# T\n\n- item\n${'a\n'.repeat(200_000)}` });
    const failures: MedlintError[] = [];
    const started = performance.now();
    const results = await lintFiles(['lazy.md'], { config: resolveConfig({}, null), cwd, links: null, parseTimeoutMs: 50, onFileFailure: (error) => failures.push(error) });
    expect(results).toEqual([]);
    expect(failures.map((error) => error.code)).toEqual(['file-parse-timeout']);
    // 50 ms per MiB of CPU time, at most six times that in wall time on a busy machine.
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 60_000);

  it('throws the timeout when the caller takes no failures', async () => {
    const cwd = tempDir({ 'slow.md': longList(10_000) });
    await expect(lintFiles(['slow.md'], { config: resolveConfig({}, null), cwd, links: null, parseTimeoutMs: 100 })).rejects.toMatchObject({ code: 'file-parse-timeout' });
  }, 60_000);
});

/**
 * The shapes on which micromark's time grows with the square of their length or faster (issue
 * 18 item 6, issue 19 item 10), each just under the 4 MiB limit: a paragraph of them would run
 * for hours. One run of the built command over all of them, with a budget of 250 ms of CPU per
 * MiB: each file is linted or given up in one line, none is lost, and the run ends.
 */
const QUADRATIC_SHAPES: ReadonlyArray<readonly [string, string, string]> = [
  ['close-brackets', '`]` × n', ']'],
  ['x-close-brackets', '`x]` × n', 'x]'],
  ['star-a', '`*a` × n', '*a'],
  ['tilde-a', '`~a` × n', '~a'],
  ['link-openers', '`[x](` × n', '[x]('],
  ['star-underscore', '`*_` × n', '*_'],
  ['a-star', '`a*` × n', 'a*'],
  ['nested-brackets', '`[` × n then `]` × n', '['],
  ['bracket-a-underscore', '`[ a_` × n', '[ a_'],
  ['double-tilde-a', '`~~a` × n', '~~a'],
  // Not capped (cap-markers.ts counts no bracket of a well-formed link): linear, but 4 MiB of links is slow.
  ['links', 'well-formed links `[x](y)` × n', '[x](y)'],
  ['lazy-lines', 'a list item followed by `a` lines × n, not indented (lazy continuation)', 'a\n'],
  ['bold-labels', 'entries broken by bold group labels × n, with a definition (parsed whole)', '- [A](d.csv) - d\n\n**Group**\n\n'],
];

describe('the quadratic shapes of micromark at 4 MiB, through the built command', () => {
  let cli: CompiledCli;
  beforeAll(() => {
    cli = compileCli();
  }, 120_000);
  afterAll(() => cli.dispose());

  it(`lints or gives up each of ${QUADRATIC_SHAPES.length} shapes just under 4 MiB in one run that ends`, async () => {
    const size = 4 * 1024 * 1024 - 1024;
    const files: Record<string, string> = {};
    for (const [name, , unit] of QUADRATIC_SHAPES) {
      const body = name === 'nested-brackets' ? '['.repeat(size / 2 - 64) + ']'.repeat(size / 2 - 64) : unit.repeat(Math.floor((size - 64) / unit.length));
      const head = name === 'lazy-lines' ? '# T\n\n- item\n' : name === 'bold-labels' ? '# T\n\n[d]: d.csv\n\n' : '# T\n\nx';
      files[`${name}.md`] = `${head}${body}\n`;
      expect(files[`${name}.md`]?.length).toBeLessThan(4 * 1024 * 1024);
    }
    const cwd = tempDir(files);
    const started = performance.now();
    const result = await spawnNode(cli.bin, ['--offline', '--parse-timeout', '250ms', '--format', 'json', '*.md'], { cwd, timeoutMs: 280_000 });
    const elapsed = performance.now() - started;
    expect(result.signal).toBeNull();
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const given = result.stderr.trimEnd().split('\n').filter(Boolean).map((line) => TIMED_OUT.exec(line)?.[1]);
    const linted = result.stdout === '' ? [] : (JSON.parse(result.stdout) as Array<{ file: string }>).map((file) => file.file);
    expect([...given, ...linted].sort()).toEqual(Object.keys(files).sort());
    expect(result.code).toBe(given.length > 0 ? 2 : 0);
    // 13 files, each at most 1 s of CPU (4 × 250 ms) or 6 s of wall time, and the reads.
    expect(elapsed).toBeLessThan(180_000);
  }, 300_000);
});
