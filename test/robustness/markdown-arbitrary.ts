/**
 * fast-check arbitraries for Markdown that looks like a dataset list and then goes wrong:
 * headings, list items with links (nested, ordered, tasks), tables, code fences (closed or
 * not), HTML comments and blocks, quotes, definitions, setext underlines, thematic breaks,
 * random Unicode (control characters, bidi overrides, astral and combining characters), joined
 * with LF or CRLF, with or without a BOM.
 */
import fc from 'fast-check';

/** Characters that have broken parsers and terminals before. */
const TRICKY = ['\u0000', '\t', '\r', '\u001b[31m', '\u0007', '\u202e', '\u2066', '\u200b', '\u00a0', '\ufeff', 'é', 'e\u0301', '😀', '\ud83d', '𝔘', '\\', '`', '*', '_', '[', ']', '(', ')', '<', '>', '|', '#', '&amp;', '%0A', '::'];

/** Text for one line: words, tricky characters and random graphemes, never a line break. */
export const inlineText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('MIMIC', 'CheXpert', 'data', 'set', '224,316', 'images', 'Open access', 'Requires registration', '-', ':', '—') },
      { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(' ').replace(/[\r\n]/g, ' '));

const url: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('https://example.org/a', 'http://example.org/b#frag', 'https://example.org/a', './local.md', '#imaging', 'mailto:x@example.org', 'https://exa mple.org', 'htps://x', '<https://example.org/angle>', ''),
  fc.webUrl(),
);

const name: fc.Arbitrary<string> = fc.oneof(fc.constantFrom('TCGA', 'MIMIC-III', 'UK Biobank', ''), inlineText);

const link = fc.tuple(name, url).map(([text, target]) => `[${text}](${target})`);

/** One block of one or more lines. */
export const block: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('# Medical datasets', '## Imaging', '### MRI', '## Contents', '## License'),
  fc.tuple(fc.integer({ min: 1, max: 6 }), inlineText).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  fc.constant(''),
  inlineText,
  fc.tuple(fc.constantFrom('- ', '* ', '+ ', '  - ', '    - ', '1. ', '2) ', '- [ ] ', '\t- '), link, inlineText).map(([marker, l, text]) => `${marker}${l} - ${text}`),
  fc.tuple(fc.constantFrom('- ', '* '), name, url, inlineText).map(([marker, n, u, text]) => `${marker}**${n}**: ${u} ${text}`),
  fc.tuple(link, inlineText).map(([l, text]) => `${l}: ${text}`),
  fc.tuple(link, inlineText).map(([l, text]) => `| ${l} | ${text} |`),
  fc.constantFrom('| Name | Description |', '|---|---|', '| :-- | --: |', '- | -'),
  fc.constantFrom('```', '```js', '~~~', '````'),
  fc.constantFrom('<!-- medlint-disable -->', '<!-- medlint-enable -->', '<!-- medlint-disable-next-line entry-link -->', '<!--', '-->', '<!-- a -->'),
  fc.constantFrom('<div>', '</div>', '<pre>', '</pre>', '<details><summary>More</summary>', '</details>', '<a href="https://example.org/html">x</a>', '<img src="x.png">'),
  fc.tuple(fc.constantFrom('> ', '>', '> > ', '> - '), inlineText).map(([marker, text]) => marker + text),
  fc.constantFrom('---', '***', '- - -', '===', '___'),
  fc.tuple(fc.constantFrom('[ref]: https://example.org/ref', '[^1]: a note', '[Ref][ref]', '[^1]'), inlineText).map(([d, t]) => `${d} ${t}`),
  fc.tuple(fc.constantFrom('    ', '\t'), inlineText).map(([indent, text]) => indent + text),
  url,
);

/** A whole file: blocks joined by LF or CRLF, sometimes with a BOM and a final newline. */
export const markdownFile: fc.Arbitrary<string> = fc
  .record({
    blocks: fc.array(block, { minLength: 1, maxLength: 60, size: 'medium' }),
    eol: fc.constantFrom('\n', '\n', '\r\n'),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ blocks, eol, bom, finalNewline }) => (bom ? '\ufeff' : '') + blocks.join(eol) + (finalNewline ? eol : ''));
