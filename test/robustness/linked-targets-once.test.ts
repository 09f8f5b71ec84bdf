/**
 * Issue 18, item 9: many lists that link `#fragments` into one large local file read and parse
 * it once per run (pipeline/local-targets.ts), not once per list.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { lintFiles } from '../../src/pipeline/index.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A checkout with `lists` small lists, each linking a fragment of one 64 KiB file. */
function checkout(lists: number): { cwd: string; files: string[] } {
  const big = Array.from({ length: 1_200 }, (_, index) => `## Section ${index}\n\n- [Set ${index}](https://example.org/${index}) - A set.\n`).join('\n');
  const cwd = tempDir({ 'docs/all.md': big });
  const files: string[] = [];
  for (let index = 0; index < lists; index += 1) {
    const file = `list-${index}.md`;
    writeFileSync(path.join(cwd, file), `# L\n\n## Data\n\n- [A](docs/all.md#section-${index}) - A set of 10 scans.\n- [B](docs/all.md#no-such-section) - A set.\n`);
    files.push(file);
  }
  return { cwd, files };
}

async function lintMs(lists: number): Promise<{ ms: number; fragments: number }> {
  const { cwd, files } = checkout(lists);
  const started = performance.now();
  const results = await lintFiles(files, { config: resolveConfig({}, null), cwd, links: null });
  const fragments = results.flatMap((result) => result.diagnostics).filter((diagnostic) => diagnostic.ruleId === 'no-missing-fragment').length;
  return { ms: performance.now() - started, fragments };
}

describe('local link targets read once per run (issue 18, item 9)', () => {
  it('lints 24 lists that link into one 64 KiB file in little more than the time of one', async () => {
    await lintMs(1); // warm up
    const one = await lintMs(1);
    const many = await lintMs(24);
    // Every list still has its fragments checked: one missing section each.
    expect(one.fragments).toBe(1);
    expect(many.fragments).toBe(24);
    // Parsing the target once per list took 24 times the parse.
    expect(many.ms, `1 list: ${one.ms.toFixed(0)} ms, 24 lists: ${many.ms.toFixed(0)} ms`).toBeLessThan(Math.max(2_000, one.ms * 6));
  }, 300_000);
});
