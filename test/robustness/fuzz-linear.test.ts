/**
 * Done-when of issue 10: a fuzz test (fast-check) runs the pipeline (parse, extract, rules and
 * the early URL scan) over generated hostile Markdown, built by repeating a generated pattern of
 * the pieces that made medlint's regexes super-linear, and fails on any run slower than linear:
 * the same pattern four times as long may take at most twelve times as long (floor 750 ms).
 *
 * It found two shapes on which the Markdown parser itself (micromark) is quadratic: a bare URL
 * followed by a long run of `.`, and unclosed `<!--` inside a paragraph. src/parse/defuse-scans.ts
 * breaks both up; test/robustness/shapes.ts holds them (linear-time and 4 MiB tests). Their
 * pieces stay out of this list: with them the same seed draws `[x](` × n, one of the runs in a
 * paragraph on which micromark is quadratic too, now capped by src/parse/cap-markers.ts and
 * tested in linear-time.test.ts (MARKER_SHAPES).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { candidateUrls } from '../../src/links/collect/candidates.js';
import { lintText } from '../../src/pipeline/index.js';

const PIECES = [
  '<!-- a -->', '-->', '<!---->', '<!-- medlint-disable -->', '<!-- medlint-enable -->', '<div>', '<p id="a">', '</p>',
  '[', ']', '](', '( ', '[x](', '-', '–', ':', ',', ';', ' ', '\n', '\n\n', '## S\n', '- ', '**', '`',
  'https://example.org/a ', 'http://example.org/b ', 'application ', 'access ', '/', '=', '"', "'", 'x', 'Name',
];

const config = resolveConfig({}, null);

function lintMs(source: string): number {
  const started = performance.now();
  lintText('fuzz.md', source, config);
  candidateUrls(source);
  return performance.now() - started;
}

describe('fuzzed hostile Markdown (issue 10)', () => {
  it('lints every generated pattern in time linear in its size', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }), (pattern) => {
        const unit = pattern.join('');
        const times = (bytes: number): string => `# Fuzz\n\n${unit.repeat(Math.ceil(bytes / unit.length))}\n`;
        lintMs(times(2_048)); // warm up
        const small = lintMs(times(8_192));
        const large = lintMs(times(32_768));
        expect(large, `pattern ${JSON.stringify(unit)}: ${Math.round(small)} ms, then ${Math.round(large)} ms`).toBeLessThan(Math.max(750, small * 12));
      }),
      { numRuns: 30, seed: 20261203 },
    );
  }, 300_000);
});
