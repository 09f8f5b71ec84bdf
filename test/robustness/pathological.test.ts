/**
 * Pathological Markdown through the real command (in-process): no crash, no stack overflow,
 * a normal exit (0 or 1, never the fatal 2) and time within a generous bound. The bounds are
 * several times what a 2-core machine needs under vitest (which loads micromark's slower
 * development build), so only a change of complexity class fails them: before
 * src/parse/cap-nesting.ts counted indentation, the 10,000-level cases ran for many minutes.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const ENTRY = '- [Alpha Chest](https://example.org/alpha-chest) - 224,316 chest radiographs.';

async function lintTimed(source: string, argv: string[] = []): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const cwd = tempDir({ 'list.md': source });
  const started = performance.now();
  const result = await runCli(['--offline', ...argv, 'list.md'], { cwd });
  return { ...result, ms: performance.now() - started };
}

describe('pathological Markdown: no crash, bounded time, a normal exit', () => {
  it.each([
    ['10,000 nested list markers on one line', `${'- '.repeat(10_000)}item\n`],
    ['10,000 nested ordered-list markers on one line', `${'1. '.repeat(10_000)}item\n`],
    ['10,000 nested blockquotes on one line', `${'> '.repeat(10_000)}quote\n`],
    ['5,000 alternating quotes and list items on one line', `${'> - '.repeat(5_000)}item\n`],
    [
      '10,000 levels of lists in 1 MB: 100 lines of 100 markers, each indented past the one before',
      `${Array.from({ length: 100 }, (_, i) => `${' '.repeat(200 * i)}${'- '.repeat(100)}item`).join('\n')}\n`,
    ],
    [
      '10,000 levels of quotes in 1 MB: 100 lines of 100 markers, each indented past the one before',
      `${Array.from({ length: 100 }, (_, i) => `${' '.repeat(200 * i)}${'> '.repeat(100)}quote`).join('\n')}\n`,
    ],
  ])('lints %s with exit 0 within 60 s', async (_name, source) => {
    const result = await lintTimed(source);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: '✔ No problems (1 file, 0 entries)\n' });
    expect(result.ms).toBeLessThan(60_000);
  }, 90_000);

  it('lints a list nested 1,000 deep by indentation alone (1 MB) with exit 0 within 60 s', async () => {
    const source = `${Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n')}\n`;
    const result = await lintTimed(source);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.ms).toBeLessThan(60_000);
  }, 90_000);

  it('lints a 1 MB single line of description within 20 s', async () => {
    const source = `# Data\n\n## Imaging\n\n- [Huge](https://example.org/huge) - ${'chest radiographs '.repeat(60_000)}\n`;
    expect(source.length).toBeGreaterThan(1_000_000);
    const result = await lintTimed(source);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: '✔ No problems (1 file, 1 entry)\n' });
    expect(result.ms).toBeLessThan(20_000);
  });

  it('lints a 1 MB single line holding 50,000 links within 60 s', async () => {
    const source = `# Data\n\n## Imaging\n\n- ${'[a](https://example.org/x) '.repeat(50_000)}\n`;
    expect(source.length).toBeGreaterThan(1_000_000);
    const result = await lintTimed(source, ['-f', 'json']);
    expect(result.code).toBeLessThan(2);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject([{ file: 'list.md', entryCount: 1 }]);
    expect(result.ms).toBeLessThan(60_000);
  }, 90_000);

  it('lints 100,000 links in one list (3.6 MB, under the 4 MiB default) with exit 0 within 180 s', async () => {
    const items = Array.from({ length: 100_000 }, (_, i) => `- [D${i}](https://e.org/${i}) - d.`);
    const result = await lintTimed(`# Data\n\n## Imaging\n\n${items.join('\n')}\n`);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: '✔ No problems (1 file, 100000 entries)\n' });
    expect(result.ms).toBeLessThan(180_000);
  }, 240_000);

  it('reads everything after an unclosed code fence as code, within 20 s', async () => {
    const source = `# Data\n\n## Imaging\n\n${ENTRY}\n\n\`\`\`\n${'- [Hidden](https://example.org/h) - in code.\n~~~\n'.repeat(20_000)}`;
    const result = await lintTimed(source);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: '✔ No problems (1 file, 1 entry)\n' });
    expect(result.ms).toBeLessThan(20_000);
  });

  it('lints HTML soup (unclosed comments, scripts, CDATA, stray end tags) with a normal exit within 20 s', async () => {
    const pieces = ['<div>', '<!--', '<script>', '</td></tr>', '<![CDATA[', '<?php', '<a href="https://example.org/a">', '<p><b><i>', ENTRY, '</pre>', '-->', '', '<table><tr><td>', '&#0;&#x110000;&bogus;'];
    const source = `# Data\n\n## Imaging\n\n${Array.from({ length: 40_000 }, (_, i) => pieces[i % pieces.length]).join('\n')}\n`;
    const result = await lintTimed(source);
    expect(result.code).toBeLessThan(2);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/\(1 file, \d+ entr(y|ies)\)\n$/);
    expect(result.ms).toBeLessThan(20_000);
  });
});
