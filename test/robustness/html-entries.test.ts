/**
 * Raw HTML is read with an HTML parser (src/extract/html-entries.ts): HTML nested tens of
 * thousands deep must not overflow the call stack nor take quadratic time. Through the real
 * command (in-process), as test/robustness/pathological.test.ts does for Markdown.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('pathological HTML: no crash, bounded time, a normal exit', () => {
  it('lints 50,000 nested <div>s around an HTML list with exit 0 within 60 s', async () => {
    const source = `## Data\n\n${'<div>'.repeat(50_000)}<ul><li><a href="https://example.org/alder">Alder CT</a> - CT scans.</li></ul>\n`;
    const cwd = tempDir({ 'list.md': source });
    const started = performance.now();
    const result = await runCli(['--offline', 'list.md'], { cwd });
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: '✔ No problems (1 file, 1 entry)\n' });
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it('reads 5,000 HTML lists nested in each other as 5,000 entries, each the parent of the next, within 60 s', async () => {
    const levels = 5_000;
    const source = `## Data\n\n${Array.from({ length: levels }, (_, i) => `<ul><li><a href="https://example.org/d${i}">Set ${i}</a> - scans`).join('')}\n`;
    const cwd = tempDir({ 'list.md': source });
    const started = performance.now();
    const result = await runCli(['entries', 'list.md'], { cwd });
    expect(result.code).toBe(0);
    const entries = JSON.parse(result.stdout) as Array<{ name: string; parent?: string }>;
    expect(entries).toHaveLength(levels);
    expect(entries[1]).toMatchObject({ name: 'Set 1', parent: 'Set 0' });
    expect(entries.at(-1)).toMatchObject({ name: `Set ${levels - 1}`, parent: `Set ${levels - 2}` });
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
