/**
 * src/parse/cap-markers.ts: past `MAX_MARKERS` of one kind in a paragraph, markers are read as
 * text, one UTF-16 unit for one; real lists (../shared, when present beside the repository, and
 * the generated bench lists) never reach the cap, so they are parsed exactly as before.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { capMarkers, MAX_MARKERS } from '../../src/parse/cap-markers.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { GENERATED_LISTS, generateList } from '../../scripts/gen-lint-lists.mjs';
import { expectLinear } from '../robustness/linear.js';

const shared = path.resolve(import.meta.dirname, '../../../shared');
const present = existsSync(path.join(shared, 'corpus')) && existsSync(path.join(shared, 'seeds'));

describe('capping the inline markers of a paragraph', () => {
  it('leaves a paragraph of MAX_MARKERS brackets alone, and makes the ones past it inert, positions kept', () => {
    const at = `# T\n\n${'[x]'.repeat(MAX_MARKERS)}\n`;
    expect(capMarkers(at)).toBe(at);
    const over = `# T\n\nx${']'.repeat(MAX_MARKERS + 10)}\n`;
    const capped = capMarkers(over);
    expect(capped).toHaveLength(over.length);
    expect(capped.split('\n')).toHaveLength(over.split('\n').length);
    expect([...capped.matchAll(/\]/g)]).toHaveLength(MAX_MARKERS);
    expect([...capped.matchAll(/］/g)]).toHaveLength(10);
  });

  it('counts each item of a tight list and each table row on its own', () => {
    const list = `# T\n\n${'- [A](https://example.org/a_b_c) - *d*, ~e~\n'.repeat(2 * MAX_MARKERS)}`;
    expect(capMarkers(list)).toBe(list);
    const table = `| a | b |\n| - | - |\n${'[A](https://example.org/a_b) | *x*\n'.repeat(2 * MAX_MARKERS)}`;
    expect(capMarkers(table)).toBe(table);
  });

  it('counts no bracket of a well-formed one-line link, so a long paragraph of `**Name** [link](url)` lines keeps all its links', () => {
    const lines = Array.from({ length: 2 * MAX_MARKERS }, (_, i) => `**Set ${i}** [link](https://a${i}.example/x_y~z*) - Scans.`);
    const source = `# T\n\n## Data\n\n${lines.join('\n')}\n`;
    const capped = capMarkers(source);
    // The brackets and the markers in the destinations stay; the bold past the cap does not.
    expect([...capped.matchAll(/\[link\]\(https:\/\/a\d+\.example\/x_y~z\*\)/g)]).toHaveLength(2 * MAX_MARKERS);
    expect([...capped.matchAll(/∗/g)].length).toBeGreaterThan(0);
    const paragraph = parseMarkdown(source).children[2];
    const links = paragraph && 'children' in paragraph ? paragraph.children.filter((node) => node.type === 'link') : [];
    expect(links).toHaveLength(2 * MAX_MARKERS);
  });

  it('still counts the brackets of what is not a well-formed link: escaped, unclosed, spaced, or with brackets or code in its text', () => {
    for (const unit of ['\\[a](b) ', '[a](b ', '[a] (b) ', '[a](b c) ', '[a[b](c ', '[`a`](b) ', '[a](<b>) ', '[a]() ']) {
      const source = `# T\n\n${unit.repeat(2 * MAX_MARKERS)}\n`;
      expect([...capMarkers(source).matchAll(/［/g)].length, unit).toBeGreaterThan(0);
    }
    // An escaped backslash leaves the `[` live: a link.
    const live = `# T\n\n${'\\\\[a](b) '.repeat(2 * MAX_MARKERS)}\n`;
    expect(capMarkers(live)).toBe(live);
  });

  it('parses a paragraph of well-formed links, which the cap leaves alone, in linear time', () => {
    const make = (bytes: number): string => `# T\n\n${'[x](y) '.repeat(Math.floor(bytes / 7))}\n`;
    expectLinear(make, (source) => parseMarkdown(source), 32 * 1024);
  }, 60_000);

  it('keeps the links and emphasis before the cap in a paragraph over it', () => {
    const source = `# T\n\n[A](https://example.org/a) *b* ${'*a'.repeat(2 * MAX_MARKERS)}\n`;
    const tree = parseMarkdown(source);
    const paragraph = tree.children[1];
    expect(paragraph?.type).toBe('paragraph');
    expect(paragraph && 'children' in paragraph ? paragraph.children.slice(0, 3).map((node) => node.type) : []).toEqual(['link', 'text', 'emphasis']);
  });

  it('changes none of the generated bench lists', () => {
    for (const { bytes, eol, seed } of GENERATED_LISTS) {
      const list = generateList({ bytes, eol, seed });
      expect(capMarkers(list)).toBe(list);
    }
  });
});

describe.skipIf(!present)('real lists in ../shared (integration; needs ../shared beside the repo)', () => {
  const files = present
    ? ['seeds', 'corpus'].flatMap((folder) =>
        readdirSync(path.join(shared, folder))
          .filter((name) => /\.(?:md|txt)$/.test(name))
          .map((name) => path.join(shared, folder, name)),
      )
    : [];
  it.each(files.map((file) => [path.basename(file), file]))('parses %s to the same tree as before (no paragraph reaches the cap)', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    // The same text in, so the same tree out.
    expect(capMarkers(source)).toBe(source);
  });
});

if (!present) {
  describe('real lists in ../shared', () => {
    it.skip('are absent: clone the workspace with ../shared beside the repo to run this integration suite', () => {});
  });
}
