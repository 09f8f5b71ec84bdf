/**
 * Issue 18, items 4 and 5: entry extraction costs time linear in the list. Raw HTML lists and
 * tables are read once however deep they nest (extract/html-entries.ts: an item's or a cell's
 * text and links stop at the lists and tables nested in it, which are read on their own); a
 * heading entry's description grows without being folded again; each heading finds its parent
 * from one pass (extract/index.ts). Each shape is linted at 64 KiB and at 256 KiB.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { lintText } from '../../src/pipeline/index.js';
import { expectLinear } from './linear.js';

const KiB = 1024;

/** `unit(i)` repeated until `bytes`, numbered. */
function repeated(bytes: number, unit: (index: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < bytes; index += 1) {
    const part = unit(index);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

/** Nested `open(i)` … `close` to `bytes`, each level's opening and closing counted. */
function nested(bytes: number, open: (index: number) => string, close: string): string {
  const opens: string[] = [];
  let length = 0;
  for (let index = 0; length < bytes; index += 1) {
    opens.push(open(index));
    length += opens[index]!.length + close.length;
  }
  return opens.join('') + close.repeat(opens.length);
}

const SHAPES: ReadonlyArray<readonly [string, (bytes: number) => string]> = [
  ['raw HTML lists nested in <div>s', (bytes) => `# T\n\n## Data\n\n${nested(bytes, (i) => `<div><ul><li><a href="https://example.org/${i}">Set ${i}</a> - A set.`, '</li></ul></div>')}\n`],
  ['nested <table>s', (bytes) => `# T\n\n## Data\n\n${nested(bytes, (i) => `<table><tr><td><a href="https://example.org/${i}">Set ${i}</a></td><td>A set.`, '</td></tr></table>')}\n`],
  ['one <li> with thousands of children', (bytes) => `# T\n\n## Data\n\n<ul><li><a href="https://example.org/a">A</a> - A set.${repeated(bytes, (i) => `<ul><li><a href="https://example.org/${i}">Part ${i}</a></li></ul><span>x</span>`)}</li></ul>\n`],
  ['one <tr> with thousands of cells', (bytes) => `# T\n\n## Data\n\n<table><tr><th>Name</th>${repeated(bytes / 2, (i) => `<th>C${i}</th>`)}</tr><tr><td><a href="https://example.org/a">A</a></td>${repeated(bytes / 2, (i) => `<td>v${i}</td>`)}</tr></table>\n`],
  ['a heading entry followed by thousands of short paragraphs', (bytes) => `# T\n\n## Data\n\n### [Name](https://example.org/a)\n\n${repeated(bytes, () => 'Some text.\n\n')}`],
  ['thousands of heading entries in a row', (bytes) => `# T\n\n## Data\n\n${repeated(bytes, (i) => `### [Set ${i}](https://example.org/${i})\n\nA set.\n\n`)}`],
];

describe('extraction linear in the list (issue 18, items 4 and 5)', () => {
  it.each(SHAPES)('lints %s in linear time (64 KiB, then 256 KiB)', (_name, make) => {
    expectLinear(make, (source) => void lintText('README.md', source, resolveConfig({}, null)), 64 * KiB, 3_000);
  }, 300_000);

  it('still reads entries from nested lists and tables, with their parents', () => {
    const source = `# T\n\n## Data\n\n${nested(600, (i) => `<div><ul><li><a href="https://example.org/${i}">Set ${i}</a> - A set.`, '</li></ul></div>')}\n\n${nested(300, (i) => `<table><tr><td><a href="https://example.org/t${i}">Row ${i}</a></td><td>A set.`, '</td></tr></table>')}\n`;
    const { entries } = lintText('README.md', source, resolveConfig({}, null));
    const names = entries.map((entry) => entry.name);
    expect(names.slice(0, 3)).toEqual(['Set 0', 'Set 1', 'Set 2']);
    expect(entries[1]?.description).toBe('A set.');
    expect(names).toContain('Row 0');
    expect(names).toContain('Row 1');
  });
});
