import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { fixFiles } from '../../src/pipeline/index.js';
import { writeFixedFile } from '../../src/pipeline/write-fixed.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A misspelled scheme (no-malformed-url), a broken ToC anchor (toc-link), a section missing from the ToC (toc-complete). */
const FIXABLE = [
  '# Lists',
  '',
  '- [Imaging](#imagng)',
  '',
  '## Imaging',
  '',
  '- [Alpha Chest](htps://example.org/alpha-chest) - 224,316 chest radiographs.',
  '',
  '## Genomics',
  '',
  '- [Beta Genome](https://example.org/beta-genome) - 1,000 genomes.',
  '',
].join('\n');

const FIXED = FIXABLE.replace('#imagng', '#imaging').replace('htps:', 'https:').replace('- [Imaging](#imaging)', '- [Imaging](#imaging)\n- [Genomics](#genomics)');

const files = (cwd: string, ...names: string[]): string[] => names.map((name) => readFileSync(path.join(cwd, name), 'utf8'));

describe('medlint --fix', () => {
  it('fixes every file of a folder in place and reports what is left (nothing here)', async () => {
    const cwd = tempDir({ 'a.md': FIXABLE, 'lists/b.md': FIXABLE, 'lists/clean.md': FIXED });
    const result = await runCli(['--offline', '--fix', '**/*.md'], { cwd });
    expect(result.stderr).toBe('');
    expect(files(cwd, 'a.md', 'lists/b.md', 'lists/clean.md')).toEqual([FIXED, FIXED, FIXED]);
    expect(result.stdout).toBe('✔ No problems (3 files, 6 entries)\n');
    expect(result.code).toBe(0);
    // A fixed file fixed again does not change.
    const again = await runCli(['--offline', '--fix', '**/*.md'], { cwd });
    expect(again.code).toBe(0);
    expect(files(cwd, 'a.md', 'lists/b.md')).toEqual([FIXED, FIXED]);
  });

  it('keeps a BOM, CRLF line endings and the file mode', async () => {
    const crlf = `\uFEFF${FIXABLE.replace(/\n/g, '\r\n')}`;
    const cwd = tempDir({ 'a.md': crlf });
    chmodSync(path.join(cwd, 'a.md'), 0o640);
    const result = await runCli(['--offline', '--fix', 'a.md'], { cwd });
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'a.md'), 'utf8')).toBe(`\uFEFF${FIXED.replace(/\n/g, '\r\n')}`);
    expect(statSync(path.join(cwd, 'a.md')).mode & 0o777).toBe(0o640);
  });

  it('applies only the fixes of the rules named by --fix-rule, and reports the others as fixable', async () => {
    const cwd = tempDir({ 'a.md': FIXABLE });
    const result = await runCli(['--offline', '--fix', '--fix-rule', 'no-malformed-url', '--fix-rule', 'toc-link', 'a.md'], { cwd });
    expect(files(cwd, 'a.md')).toEqual([FIXABLE.replace('#imagng', '#imaging').replace('htps:', 'https:')]);
    expect(result.stdout).toMatch(/9:1 +warning +Unexpected section `Genomics` missing from the table of contents.* toc-complete \(fixable\)\n/);
    expect(result.stdout).toContain('\n  0 errors and 1 warning potentially fixable with the `--fix` option.\n');
    expect(result.code).toBe(0);
  });

  it('refuses an unknown or unfixable --fix-rule, and --fix-rule without --fix', async () => {
    const cwd = tempDir({ 'a.md': FIXABLE });
    for (const argv of [
      ['--fix', '--fix-rule', 'no-such-rule'],
      ['--fix', '--fix-rule', 'single-h1'],
      ['--fix-rule', 'toc-link'],
      ['--fix', '--fix-dry-run'],
    ]) {
      const result = await runCli(['--offline', ...argv, 'a.md'], { cwd });
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.split('\n')[0]).toMatch(/^medlint: --fix/);
    }
    expect(files(cwd, 'a.md')).toEqual([FIXABLE]);
  });

  it('prints a unified diff per file with --fix-dry-run and writes nothing', async () => {
    const cwd = tempDir({ 'a.md': FIXABLE, 'clean.md': FIXED });
    const result = await runCli(['--offline', '--fix-dry-run', 'a.md', 'clean.md'], { cwd });
    expect(files(cwd, 'a.md')).toEqual([FIXABLE]);
    expect(result.stdout.startsWith('--- a/a.md\n+++ b/a.md\n@@ -1,10 +1,11 @@\n # Lists\n \n-- [Imaging](#imagng)\n+- [Imaging](#imaging)\n+- [Genomics](#genomics)\n')).toBe(true);
    expect(result.stdout).toContain('\n-- [Alpha Chest](htps://example.org/alpha-chest) - 224,316 chest radiographs.\n+- [Alpha Chest](https://example.org/alpha-chest) - 224,316 chest radiographs.\n');
    expect(result.stdout).not.toContain('clean.md');
    // The report is of the text as it would be fixed.
    expect(result.stdout).toMatch(/✔ No problems \(2 files, 4 entries\)\n$/);
    expect(result.code).toBe(0);
  });

  it('sends the diff to stderr beside a machine format, so the JSON stays JSON', async () => {
    const cwd = tempDir({ 'a.md': FIXABLE });
    const result = await runCli(['--offline', '--fix-dry-run', '--format', 'json', 'a.md'], { cwd });
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    expect(result.stderr).toContain('@@ -1,10 +1,11 @@');
  });

  it('does not write a read-only file: one line naming it, the other files fixed, exit 2', async () => {
    const cwd = tempDir({ 'a.md': FIXABLE, 'locked.md': FIXABLE });
    chmodSync(path.join(cwd, 'locked.md'), 0o444);
    const result = await runCli(['--offline', '--fix', 'a.md', 'locked.md'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('medlint: locked.md: not fixed: the file is read-only; make it writable to fix it\n');
    expect(files(cwd, 'a.md', 'locked.md')).toEqual([FIXED, FIXABLE]);
  });

  it('does not write a file that changed since it was read, and says so', async () => {
    const cwd = tempDir({ 'a.md': FIXABLE });
    const config = resolveConfig({}, null);
    const { fixed } = await fixFiles(['a.md'], { config, cwd, links: null });
    expect(fixed.map((file) => file.after)).toEqual([FIXED]);
    // An editor saves the file between the read and the write.
    writeFileSync(path.join(cwd, 'a.md'), `${FIXABLE}\nA new line.\n`);
    expect(await writeFixedFile(fixed[0]!, config.maxFileSize)).toEqual({ kind: 'changed' });
    expect(files(cwd, 'a.md')).toEqual([`${FIXABLE}\nA new line.\n`]);
  });

  it('writes the fix and suggestions into the JSON report, and marks fixable rows in stylish', async () => {
    const cwd = tempDir({ 'a.md': FIXABLE });
    const json = await runCli(['--offline', '--format', 'json', 'a.md'], { cwd });
    const diagnostics = (JSON.parse(json.stdout) as Array<{ diagnostics: Array<Record<string, unknown>> }>)[0]?.diagnostics ?? [];
    const malformed = diagnostics.find((d) => d.ruleId === 'no-malformed-url');
    const start = FIXABLE.indexOf('htps:');
    expect(malformed?.fix).toEqual({ edits: [{ range: [start, start + 30], text: 'https://example.org/alpha-chest', line: 7, column: 17, endLine: 7, endColumn: 47 }] });
    const stylish = await runCli(['--offline', 'a.md'], { cwd });
    expect(stylish.stdout).toContain('toc-link (fixable)\n');
    expect(stylish.stdout).toMatch(/\n {2}2 errors and 0 warnings potentially fixable with the `--fix` option\.\n$/);
  });
});
