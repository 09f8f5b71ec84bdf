/**
 * medlint parses with micromark and mdast-util-from-markdown directly and runs GFM's
 * autolink-literal transform only on blocks that may hold a literal (src/parse/autolink-literals.ts).
 * The tree must be the one remark-parse with remark-gfm gives, positions included.
 */
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { block } from '../robustness/markdown-arbitrary.js';

const processor = unified().use(remarkParse).use(remarkGfm);
const remark = (text: string): Root => processor.parse(text);

const LITERALS = [
  'www.example.org',
  'WWW.Example.org/path?q=1.',
  'see https://example.org/x.',
  'HTTP://EXAMPLE.ORG/A',
  '(https://example.org/paren)',
  'a.b+c@example.org',
  'mailto:x@example.org',
  'xmpp:user@example.org/resource',
  'x@y',
  'http://',
  'wwwexample',
  '**www.example.org**',
  '_name@example.org_',
  '`https://example.org/code`',
  '[text https://example.org/in](https://example.org/out)',
  '<https://example.org/angle>',
  'ünïcödé@example.org',
  'a\u00a0www.example.org',
];

describe('the parse is remark-parse with remark-gfm', () => {
  it.each(LITERALS.map((literal) => [literal]))('links `%s` as remark-gfm does, in a paragraph, an item, a table and a heading', (literal) => {
    const source = `${literal}\n\n- ${literal} - text\n\n| a | b |\n|---|---|\n| ${literal} | x |\n\n## ${literal}\n\n> ${literal}\n`;
    expect(parseMarkdown(source)).toEqual(remark(source));
  });

  it('gives the same tree for any list (property)', () => {
    const withLiterals = fc.oneof({ weight: 3, arbitrary: block }, { weight: 1, arbitrary: fc.constantFrom(...LITERALS) });
    fc.assert(
      fc.property(fc.array(withLiterals, { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\n\n'), (blocks, separator) => {
        const source = `${blocks.join(separator)}\n`;
        expect(parseMarkdown(source)).toEqual(remark(source));
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('gives the same tree for a list parsed in pieces', () => {
    const items = Array.from({ length: 400 }, (_, i) => `- [D${i}](https://example.org/${i}) - data at www.example.org/${i} or d${i}@example.org.`);
    const source = `# List\n\n${items.join('\n')}\n\nPlain text with no literal.\n`;
    expect(source.length).toBeGreaterThan(8 * 1024);
    expect(parseMarkdown(source)).toEqual(remark(source));
  });
});
