/**
 * Large files are parsed in pieces to bound memory (src/parse/parse-in-chunks.ts). The pieces
 * must add up to exactly the tree of the whole file: these tests split as often as the splitter
 * allows (a piece size of one character) and compare the trees node for node.
 */
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseInChunks } from '../../src/parse/parse-in-chunks.js';
import { block } from './markdown-arbitrary.js';

const processor = unified().use(remarkParse).use(remarkGfm);
const parse = (text: string): Root => processor.parse(text);

/** Files the splitter works on: no definitions and no lone CR (those are parsed whole). */
const splitPoint = fc.oneof(
  fc.constant(''),
  fc.constantFrom('Paragraph text', '# Heading', '- [Item](https://example.org/i) - text.', '* [Star](https://example.org/s)', '- **Bold** - text'),
);
const splittable = fc
  .record({ blocks: fc.array(fc.oneof({ weight: 3, arbitrary: block }, { weight: 2, arbitrary: splitPoint }), { minLength: 10, maxLength: 80 }), eol: fc.constantFrom('\n', '\r\n'), bom: fc.boolean() })
  .map(({ blocks, eol, bom }) => (bom ? '\ufeff' : '') + blocks.join(eol).replace(/\]:/g, '] :').replace(/\r(?!\n)/g, ' ') + eol);

/** How many pieces `source` is cut into at the given piece size. */
function pieces(source: string, size: number): number {
  let count = 0;
  parseInChunks(source, (text) => {
    count += 1;
    return parse(text);
  }, size);
  return count;
}

describe('parsing a large file in pieces', () => {
  it('gives the same tree as parsing the whole file, whatever the Markdown (property)', () => {
    fc.assert(
      fc.property(splittable, fc.constantFrom(1, 7, 64), (source, size) => {
        expect(parseInChunks(source, parse, size)).toEqual(parse(source));
      }),
      { numRuns: 400, seed: 20240605 },
    );
  });

  it('cuts a sectioned list after blank lines and a single long list between its items', () => {
    const sectioned = Array.from({ length: 50 }, (_, i) => `## Section ${i}\n\n- [D${i}](https://example.org/${i}) - data.\n`).join('\n');
    const single = Array.from({ length: 200 }, (_, i) => `- [D${i}](https://example.org/${i}) - data set ${i}.`).join('\n');
    expect(pieces(sectioned, 100)).toBeGreaterThan(10);
    expect(pieces(single, 100)).toBeGreaterThan(10);
    expect(parseInChunks(single, parse, 100)).toEqual(parse(single));
    expect(parseInChunks(single, parse, 100).children).toHaveLength(1);
  });

  it('cuts after an HTML block that a blank line closes, such as the </details> around a table', () => {
    const table = (i: number): string => `| Name | Link |\n|---|---|\n| D${i} | [D${i}](https://example.org/${i}) |\n`;
    const source = Array.from({ length: 20 }, (_, i) => `### Group ${i}\n\n<details>\n<summary>More</summary>\n\n${table(i)}\n</details>\n`).join('\n');
    expect(pieces(source, 100)).toBeGreaterThan(10);
    expect(parseInChunks(source, parse, 100)).toEqual(parse(source));
  });

  it('keeps an unclosed fence, an open HTML comment, <pre>, <script>, <style> and a loose list whole across a would-be cut', () => {
    const cases = [
      '# A\n\n```\ncode\n\nHeading inside code\n\n# also code\n',
      '# A\n\n<!--\n\nStill a comment\n\n# still\n-->\n\nAfter\n',
      '# A\n\n<pre>\n\nStill pre\n\n# still\n</pre>\n\nAfter\n',
      '# A\n\n<script>\n\nlet x;\n\nAfter\n</script>\n',
      '# A\n\n  <style>\n\np {}\n\n# still\n</style>\n',
      '- [a](https://e.org/a)\n\n- [b](https://e.org/b)\n- [c](https://e.org/c)\n\nText\n',
      '- [a](https://e.org/a)\n- [b](https://e.org/b)\n\n- [c](https://e.org/c)\n',
      '- [a](https://e.org/a)\n- [b](https://e.org/b)\n\n  more of b\n- [c](https://e.org/c)\n',
      '* [a](https://e.org/a)\n- [b](https://e.org/b)\n+ [c](https://e.org/c)\n',
      '1. [a](https://e.org/a)\n- [b](https://e.org/b)\n',
      '> quote\n- [b](https://e.org/b)\n',
      '| a |\n|---|\n- [b](https://e.org/b)\n',
    ];
    for (const source of cases) expect(parseInChunks(source, parse, 1)).toEqual(parse(source));
  });

  it('parses a file with a definition whole, since a definition applies to the whole file', () => {
    const source = `[Data][ref]\n\n${'Text\n\n'.repeat(50)}[ref]: https://example.org/ref\n`;
    expect(pieces(source, 1)).toBe(1);
    expect(parseInChunks(source, parse, 1)).toEqual(parse(source));
  });
});
