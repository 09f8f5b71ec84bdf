/**
 * Bad input through the real command: one line on stderr that names the file and the problem,
 * exit 2, no stack trace; odd but valid input (empty, BOM, CRLF, CR) lints normally. Each case
 * runs in-process (`run()`), and the fatal ones also through the compiled `bin/medlint.js` as a
 * child process, which is where a stack trace or a wrong exit code would show.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { type CompiledCli, compileCli, IS_ROOT, NOBODY, spawnNode, STACK_TRACE } from './support.js';

const LIST = '# Datasets\n\n## Imaging\n\n- [CheXpert](https://example.org/chexpert) - 224,316 chest radiographs.\n';
const canMakeFifo = process.platform !== 'win32';

function fifo(dir: string, name: string): void {
  const result = spawnSync('mkfifo', [path.join(dir, name)]);
  if (result.status !== 0) throw new Error(`mkfifo failed: ${String(result.stderr)}`);
}

/** One fatal case: files to create, the arguments, and the exact line expected on stderr. */
interface FatalCase {
  name: string;
  files: Record<string, string | Buffer>;
  setup?: (dir: string) => void;
  argv: string[];
  stderr: string;
}

const FATAL: FatalCase[] = [
  { name: 'a path that does not exist', files: {}, argv: ['missing.md'], stderr: 'medlint: missing.md: no such file' },
  {
    name: 'a directory',
    files: { 'data/a.md': LIST },
    argv: ['data'],
    stderr: 'medlint: data: is a directory; pass a Markdown file or a glob such as "data/**/*.md"',
  },
  { name: 'a glob that matches nothing', files: { 'README.md': LIST }, argv: ['docs/**/*.md'], stderr: 'medlint: docs/**/*.md: no files match this pattern' },
  {
    name: 'binary content (a NUL byte)',
    files: { 'scan.md': Buffer.from('# Scans\n\nPK\u0003\u0004\u0000\u0000rest', 'latin1') },
    argv: ['scan.md'],
    stderr: 'medlint: scan.md: looks binary (NUL byte at line 3, byte 5); medlint reads Markdown text',
  },
  {
    name: 'Latin-1 text, naming the line and byte of the first non-UTF-8 byte',
    files: { 'latin1.md': Buffer.concat([Buffer.from('# Données\n\n## Imagerie\n\n- [Jeu](https://example.org) - '), Buffer.from([0xe9]), Buffer.from('tude\n')]) },
    argv: ['latin1.md'],
    stderr: 'medlint: latin1.md: not valid UTF-8 (line 5, byte 32); save the file as UTF-8',
  },
  {
    name: 'a named pipe, which would block a read forever',
    files: {},
    setup: (dir) => fifo(dir, 'pipe.md'),
    argv: ['pipe.md'],
    stderr: 'medlint: pipe.md: is not a regular file (a pipe, socket or device); pass a Markdown file',
  },
  {
    name: 'a link to /dev/zero, which would fill the memory',
    files: {},
    setup: (dir) => symlinkSync('/dev/zero', path.join(dir, 'zero.md')),
    argv: ['zero.md'],
    stderr: 'medlint: zero.md: is a symbolic link (or lies under one) to a file outside the repository; medlint reads only files inside it',
  },
  {
    name: 'the device /dev/zero typed on the command line',
    files: {},
    argv: ['/dev/zero'],
    stderr: 'medlint: /dev/zero: is not a regular file (a pipe, socket or device); pass a Markdown file',
  },
  {
    name: 'a config that is not valid JSON',
    files: { 'README.md': LIST, '.medlintrc.json': '{ "rules": { "entry-link": "warn", } }' },
    argv: ['README.md'],
    stderr: 'medlint: .medlintrc.json:1:36: invalid JSON: Expected double-quoted property name',
  },
];

const FATAL_HERE = FATAL.filter((c) => canMakeFifo || c.setup === undefined);

describe('bad input, in-process: one line naming the file and the problem, exit 2', () => {
  it.each(FATAL_HERE.map((c) => [c.name, c] as const))('refuses %s', async (_name, c) => {
    const cwd = tempDir(c.files);
    c.setup?.(cwd);
    const result = await runCli(['--offline', ...c.argv], { cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${c.stderr}\n` });
  });

  it.each([
    ['an overlong encoding of "/"', [0x61, 0xc0, 0xaf], 1, 2],
    ['an encoded UTF-16 surrogate', [0x23, 0x0a, 0x78, 0xed, 0xa0, 0x80], 2, 2],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 1, 1],
    ['a lone continuation byte after a two-byte character', [0x0a, 0x0a, 0xc3, 0xa9, 0x80], 3, 3],
    ['a sequence cut off at the end of the file', [0x61, 0x62, 0x63, 0xe2, 0x82], 1, 4],
  ])('places %s at its line and byte', async (_name, bytes, line, byte) => {
    const cwd = tempDir({ 'bad.md': Buffer.from(bytes) });
    const result = await runCli(['--offline', 'bad.md'], { cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `medlint: bad.md: not valid UTF-8 (line ${line}, byte ${byte}); save the file as UTF-8\n` });
  });

  it('says a UTF-16 file is UTF-16 rather than binary', async () => {
    const cwd = tempDir({ 'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Data\n', 'utf16le')]) });
    const result = await runCli(['--offline', 'utf16.md'], { cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'medlint: utf16.md: is UTF-16 (it starts with a UTF-16 byte order mark); save the file as UTF-8\n' });
  });

  it.skipIf(IS_ROOT)('refuses a file without read permission (skipped as root, who reads a mode-000 file anyway; the child-process test runs it as nobody)', async () => {
    const cwd = tempDir({ 'secret.md': LIST });
    chmodSync(path.join(cwd, 'secret.md'), 0o000);
    const result = await runCli(['--offline', 'secret.md'], { cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'medlint: secret.md: permission denied\n' });
  });
});

describe('odd but valid input lints normally', () => {
  it('reports zero entries and exits 0 for an empty file', async () => {
    const cwd = tempDir({ 'empty.md': '' });
    expect(await runCli(['--offline', 'empty.md'], { cwd })).toEqual({ code: 0, stdout: '✔ No problems (1 file, 0 entries)\n', stderr: '' });
    expect(await runCli(['entries', 'empty.md'], { cwd })).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('reports zero entries and exits 0 for a file of blank lines and a lone BOM', async () => {
    const cwd = tempDir({ 'blank.md': ' \n\t\n\r\n\n', 'bom.md': '\ufeff' });
    const result = await runCli(['--offline', 'blank.md', 'bom.md'], { cwd });
    expect(result).toEqual({ code: 0, stdout: '✔ No problems (2 files, 0 entries)\n', stderr: '' });
  });

  it('gives the same positions for a file with a BOM and CRLF endings, or CR endings, as for its LF original', async () => {
    const lf = [
      '# Datasets [guide](./missing.md)',
      '',
      '## Imaging',
      '',
      'TCGA: https://example.org/tcga',
      '- [Silent](https://example.org/silent)',
      '- [CheXpert](http://example.org/chexpert) - 224,316 chest radiographs. Ünïcödé 😀.',
      '',
      '#### Skipped level',
      '',
      '| Name | About |',
      '|---|---|',
      '| [MIMIC](https://example.org/mimic) | |',
      '',
    ].join('\n');
    const cwd = tempDir({ 'lf.md': lf, 'crlf.md': `\ufeff${lf.replace(/\n/g, '\r\n')}`, 'cr.md': lf.replace(/\n/g, '\r') });
    const places = async (file: string): Promise<unknown> => {
      const lint = await runCli(['--offline', '-f', 'json', file], { cwd });
      const entries = await runCli(['entries', file], { cwd });
      const [result] = JSON.parse(lint.stdout) as Array<{ diagnostics: Array<Record<string, unknown>> }>;
      return {
        diagnostics: result?.diagnostics.map(({ line, column, endLine, endColumn, ruleId, message }) => ({ line, column, endLine, endColumn, ruleId, message })),
        entries: (JSON.parse(entries.stdout) as Array<Record<string, unknown>>).map(({ name, line, column, endLine, endColumn, description }) => ({ name, line, column, endLine, endColumn, description })),
      };
    };
    const expected = await places('lf.md');
    expect(expected).toMatchObject({
      diagnostics: expect.arrayContaining([
        expect.objectContaining({ line: 1, column: 12, ruleId: 'no-missing-file' }),
        expect.objectContaining({ line: 5, column: 7, endColumn: 31, ruleId: 'entry-link' }),
        expect.objectContaining({ line: 7, column: 3, ruleId: 'no-http-link' }),
        expect.objectContaining({ line: 9, column: 1, ruleId: 'heading-increment' }),
      ]),
    });
    expect(await places('crlf.md')).toEqual(expected);
    expect(await places('cr.md')).toEqual(expected);
  });
});

describe('bad input through the compiled bin/medlint.js, as a child process', () => {
  let cli: CompiledCli;
  beforeAll(() => {
    cli = compileCli();
  }, 120_000);
  afterAll(() => cli.dispose());

  /** A temp folder the unprivileged user can enter, so only a file's own mode can refuse it. */
  function openDir(files: Record<string, string | Buffer>): string {
    const cwd = tempDir(files);
    chmodSync(cwd, 0o755);
    return cwd;
  }

  it.each(FATAL_HERE.map((c) => [c.name, c] as const))('refuses %s: exit 2, one line, no stack trace', async (_name, c) => {
    const cwd = openDir(c.files);
    c.setup?.(cwd);
    const result = await spawnNode(cli.bin, ['--offline', ...c.argv], { cwd, timeoutMs: 20_000 });
    expect(result).toEqual({ code: 2, signal: null, stdout: '', stderr: `${c.stderr}\n` });
  });

  it(`refuses a file of mode 000 with exit 2${IS_ROOT ? ' (run as nobody, since root reads it anyway)' : ''}`, async () => {
    const cwd = openDir({ 'secret.md': LIST, 'open.md': LIST });
    chmodSync(path.join(cwd, 'secret.md'), 0o000);
    const as = IS_ROOT ? { uid: NOBODY } : {};
    // The same user reads a readable file in the same folder: only the mode refuses the other.
    const control = await spawnNode(cli.bin, ['--offline', 'open.md'], { cwd, ...as });
    expect(control).toMatchObject({ code: 0, stderr: '' });
    const result = await spawnNode(cli.bin, ['--offline', 'secret.md'], { cwd, ...as });
    expect(result).toEqual({ code: 2, signal: null, stdout: '', stderr: 'medlint: secret.md: permission denied\n' });
  });

  it.each([
    [['--bogus'], "medlint: Unknown option '--bogus'"],
    [['--concurrency', '0'], 'medlint: --concurrency expects a whole number ≥ 1, got "0"'],
    [['--timeout', 'soon'], 'medlint: --timeout expects a duration such as 15s, 500ms, 12h or 1d, got "soon"'],
  ])('refuses the flags %j with the usage line, exit 2 and no stack trace', async (argv, message) => {
    const cwd = openDir({ 'README.md': LIST });
    const result = await spawnNode(cli.bin, argv, { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([message, expect.stringMatching(/^Usage: medlint /), 'Run "medlint --help" for all options.', '']);
  });

  it('lints an empty file with exit 0 and nothing on stderr', async () => {
    const cwd = openDir({ 'empty.md': '' });
    const result = await spawnNode(cli.bin, ['--offline', 'empty.md'], { cwd });
    expect(result).toEqual({ code: 0, signal: null, stdout: '✔ No problems (1 file, 0 entries)\n', stderr: '' });
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
