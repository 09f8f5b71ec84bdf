/**
 * The `--fix` round trip (test/helpers/fix-round-trip.ts) as a property over generated Markdown
 * (fast-check, fixed seed): LF, CRLF, lone CRs, BOMs, broken links and ToCs, directives. Every
 * rule is on and entries must be `[Name](url)`, so that as many fixes as possible are tried;
 * entry-order may sort them, so the entries are compared as a set.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { allRuleMetas } from '../../src/rules/index.js';
import { checkFixRoundTrip } from '../helpers/fix-round-trip.js';
import { block, markdownFile } from './markdown-arbitrary.js';

const config = resolveConfig(
  { rules: { ...Object.fromEntries(allRuleMetas.map((meta) => [meta.id, 'warn'])), 'entry-link': ['warn', { style: 'link' }] } },
  null,
);

/**
 * Blocks that carry a fix: misspelled schemes, `] (`, bare URLs after names, ToCs with typos and
 * gaps, entries out of order and out of format (entry-order, entry-format), comment lines.
 */
const fixable = fc.oneof(
  fc.constantFrom(
    '- [Alpha](htps://example.org/a) - Alpha data.',
    '- [Beta] (https://example.org/b) - Beta data.',
    '- [Gamma](http//example.org/g) - Gamma data.',
    '- TCGA: https://example.org/tcga - Tumour data.',
    '- MIMIC-III https://example.org/mimic',
    '[d]: hhttp://example.org/d',
    '- [Delta][d] - Delta data.',
    '- [Zeta](https://example.org/z) -- zeta data',
    '1. [Eta](https://example.org/e): eta data',
    '<!-- note -->',
    '| [Theta](https://example.org/t) | Theta data. |',
    '- [Imaging](#imagng)',
    '- [Text](#text)',
    '* [Audio](#audio)',
    '## Imaging',
    '## Genomics',
    '## Text',
    '## Audio',
  ),
  block,
);

const fixableFile = fc
  .record({ blocks: fc.array(fixable, { minLength: 1, maxLength: 30 }), eol: fc.constantFrom('\n', '\r\n'), bom: fc.boolean() })
  .map(({ blocks, eol, bom }) => `${bom ? '\uFEFF' : ''}${blocks.join(eol)}${eol}`);

describe('--fix round trip over generated Markdown', () => {
  it('loses no byte, keeps the entries, changes only what the edits cover, and converges', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fixableFile, markdownFile), async (generated) => {
        // A NUL byte makes a file binary, which medlint refuses to read (tested elsewhere).
        await checkFixRoundTrip('list.md', generated.replaceAll('\0', '\u2400'), config, { revealed: true, reordered: true });
      }),
      { seed: 20, numRuns: 60 },
    );
  });
});
