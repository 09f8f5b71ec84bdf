/**
 * Issue 10, items 1 and 6: every hostile shape is linted in time that grows no faster than its
 * size. Each shape is linted (parse, extract, rules, and the early URL scan of the link checker)
 * at 128 KiB (the faster of two runs) and at 512 KiB in one run; four times the input may take at
 * most twelve times as long (linear is four; quadratic would be sixteen, and was minutes to hours
 * here), with a floor of 3 s so a busy machine cannot fail a run of a few hundred milliseconds.
 * The sizes stay where micromark's own cost on `[` runs is still close to linear (at 1 MiB its
 * garbage collection alone pushed one CI run to 13 times). The 4 MiB worst cases
 * through the real binary are in `hostile-input.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { candidateUrls } from '../../src/links/collect/candidates.js';
import { lintText } from '../../src/pipeline/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { DirectiveMap } from '../../src/linter/directives.js';
import { runRules } from '../../src/linter/run-rules.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { noMalformedUrl } from '../../src/rules/no-malformed-url.js';
import { expectLinear } from './linear.js';
import { HOSTILE_SHAPES, MARKER_SHAPES } from './shapes.js';

const KiB = 1024;

function lintMs(source: string): { ms: number; entries: number } {
  const started = performance.now();
  const result = lintText('list.md', source, resolveConfig({}, null));
  candidateUrls(source);
  return { ms: performance.now() - started, entries: result.entries.length };
}

describe('linear time on hostile Markdown (issue 10, items 1 and 6)', () => {
  it('lints the 347-byte README that hung medlint forever (`<!---->` × 40 + `x` after an empty section) at once', () => {
    const source = `# T\n\n## Empty\n\n${'<!---->'.repeat(40)}x\n`;
    const started = performance.now();
    const result = lintText('README.md', source, resolveConfig({}, null));
    expect(performance.now() - started).toBeLessThan(2_000);
    // The `x` renders, so the section is not empty.
    expect(result.diagnostics.map((d) => d.ruleId)).not.toContain('no-empty-section');
  });

  it.each([...HOSTILE_SHAPES, ...MARKER_SHAPES])('lints %s in linear time (128 KiB, then 512 KiB)', (_name, make) => {
    lintMs(make(16 * KiB)); // warm the JIT up
    const small = Math.min(lintMs(make(128 * KiB)).ms, lintMs(make(128 * KiB)).ms);
    const large = lintMs(make(512 * KiB));
    expect(large.ms).toBeLessThan(Math.max(3_000, small * 12));
  }, 120_000);
});

describe('a rule alone in linear time', () => {
  it('no-malformed-url looks for a `)` on a broken link\'s own line only, lines ended by a lone CR too (16 KiB, then 256 KiB)', () => {
    // The document is built outside the timing: the rule alone is timed, so its cost is not
    // hidden by the parse's. Looking back to the file's start from each line was quadratic.
    const make = (bytes: number) => {
      const source = `# T\r\r## Data\r\r${'- [A](https://example.org/a b\r'.repeat(Math.ceil(bytes / 30))}`;
      const tree = parseMarkdown(source);
      return { document: extractDocument('list.md', source, tree), directives: new DirectiveMap(tree) };
    };
    const config = resolveConfig({ rules: { 'no-malformed-url': 'error' } }, null);
    const run = ({ document, directives }: ReturnType<typeof make>): void => {
      const reported = runRules(document, [noMalformedUrl], config, directives, () => undefined);
      expect(reported.length).toBeGreaterThan(0);
    };
    expectLinear(make, run, 16 * KiB, 500, 16);
  }, 120_000);

  it.each([
    ['one long line', ' '],
    ['a line each', '\n'],
  ])('no-malformed-url looks for the `)` of a `<` left open near the link only: %s (16 KiB, then 256 KiB)', (_name, separator) => {
    const make = (bytes: number) => {
      const source = `# T\n\n## Data\n\n${`[A](<https://example.org/a b${separator}`.repeat(Math.ceil(bytes / 30))}`;
      const tree = parseMarkdown(source);
      return { document: extractDocument('list.md', source, tree), directives: new DirectiveMap(tree) };
    };
    const config = resolveConfig({ rules: { 'no-malformed-url': 'error' } }, null);
    const run = ({ document, directives }: ReturnType<typeof make>): void => {
      const reported = runRules(document, [noMalformedUrl], config, directives, () => undefined);
      expect(reported.some((report) => report.messageId === 'unclosedAngle')).toBe(true);
    };
    expectLinear(make, run, 16 * KiB, 500, 16);
  }, 120_000);
});

