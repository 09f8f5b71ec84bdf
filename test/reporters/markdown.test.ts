import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/reporters/markdown.js';
import { oneLine } from '../../src/reporters/markdown-mdast.js';
import { diagnostic, entry, fileResult, HOSTILE } from '../action/build-results.js';

function parse(markdown: string): Root {
  const processor = remark().use(remarkGfm);
  return processor.runSync(processor.parse(markdown)) as Root;
}

function tables(tree: Root): Table[] {
  return tree.children.filter((node): node is Table => node.type === 'table');
}

function cells(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => toString(cell)));
}

function headings(tree: Root): string[] {
  return tree.children.flatMap((node) => (node.type === 'heading' ? [`${'#'.repeat(node.depth)} ${toString(node)}`] : []));
}

describe('formatMarkdown', () => {
  const results = [
    fileResult(
      'lists/b.md',
      [diagnostic({ ruleId: 'link-dead', line: 4, message: 'Unexpected dead link `https://x.org`', severity: 'error' })],
      [entry({ name: 'TCGA', line: 4, section: ['Genomics'] })],
    ),
    fileResult(
      'README.md',
      [
        diagnostic({ ruleId: 'entry-link', line: 9, column: 3, severity: 'warning', expected: '[A](http://a)' }),
        diagnostic({ ruleId: 'entry-link', line: 3, severity: 'error' }),
        diagnostic({ ruleId: 'heading-style', line: 1, severity: 'warning' }),
      ],
      [entry({ name: 'MIMIC', line: 3, section: ['(1) Medical Images', 'X-Rays'] }), entry({ name: 'CheXpert', line: 9, section: ['Text'] })],
    ),
  ];

  it('groups every finding by file and section in tables with rule links', () => {
    const tree = parse(formatMarkdown(results));
    expect(headings(tree)).toEqual(['## medlint', '### README.md', '#### Outside entries', '#### (1) Medical Images › X-Rays', '#### Text', '### lists/b.md', '#### Genomics']);
    const [outside, xrays, text, genomics] = tables(tree);
    expect(cells(outside!)).toEqual([
      ['Line', 'Entry', 'Severity', 'Rule', 'Message'],
      ['1:1', '', 'warning', 'heading-style', 'Problem found by heading-style'],
    ]);
    expect(cells(xrays!)[1]).toEqual(['3:1', 'MIMIC', 'error', 'entry-link', 'Problem found by entry-link']);
    expect(cells(text!)[1]).toEqual(['9:3', 'CheXpert', 'warning', 'entry-link', 'Problem found by entry-link']);
    expect(cells(genomics!)[1]?.[4]).toBe('Unexpected dead link https://x.org');
    const ruleCell = xrays!.children[1]!.children[3]!.children[0];
    expect(ruleCell).toMatchObject({ type: 'link', url: 'https://github.com/medlint/medlint/blob/main/docs/rules/entry-link.md' });
  });

  it('puts the totals first', () => {
    const tree = parse(formatMarkdown(results));
    expect(toString(tree.children[1]!)).toBe('2 errors, 2 warnings in 2 files checked, 3 entries.');
  });

  it('says so when there is nothing to report', () => {
    const markdown = formatMarkdown([fileResult('README.md', [], [entry({ name: 'A', line: 1 })])]);
    expect(markdown).toBe('## medlint\n\nNo problems found: 1 file checked, 1 entry.\n');
  });

  it('says when annotations were capped', () => {
    const markdown = formatMarkdown(results, { omittedAnnotations: { errors: 3, warnings: 0 } });
    expect(markdown).toContain('3 more errors not annotated: GitHub shows 10 annotations of each kind per step; the job summary lists every finding.');
  });

  it('lists at most maxFindings and counts the rest', () => {
    const tree = parse(formatMarkdown(results, { maxFindings: 2 }));
    expect(tables(tree).flatMap((table) => table.children.slice(1))).toHaveLength(2);
    expect(toString(tree.children.at(-1)!)).toBe('2 more findings not listed here.');
  });

  it('is the same text for the same results in any order', () => {
    expect(formatMarkdown([...results].reverse())).toBe(formatMarkdown(results));
  });

  it.each(HOSTILE)('keeps %j as text in one cell of one row', (value) => {
    const markdown = formatMarkdown([
      fileResult(value, [diagnostic({ ruleId: 'r', line: 2, message: value, expected: value })], [entry({ name: value, line: 2, section: [value] })]),
    ]);
    const tree = parse(markdown);
    // No raw HTML reached the output: `<script>` is text, not an html node.
    expect(JSON.stringify(tree)).not.toContain('"type":"html"');
    const [table] = tables(tree);
    expect(table!.children).toHaveLength(2);
    const row = table!.children[1]!.children.map((cell) => toString(cell));
    expect(row).toHaveLength(5);
    expect(row[1]).toBe(oneLine(value));
    expect(headings(tree)).toEqual(['## medlint', `### ${oneLine(value)}`, `#### ${oneLine(value)}`]);
    expect(markdown).not.toMatch(/\u001b|\0/);
  });
});

describe('formatMarkdown notes', () => {
  it('shows where a claim comes from after the message, as stylish does', () => {
    const withNote = diagnostic({ ruleId: 'access-mismatch', line: 5, message: 'Unexpected access `open`', severity: 'error', note: 'source: physionet.org, checked 2026-11-30' });
    const rows = cells(tables(parse(formatMarkdown([fileResult('README.md', [withNote, diagnostic({ ruleId: 'entry-link', line: 6, message: 'No note here', severity: 'error' })], [])])))[0] as Table);
    expect(rows[1]?.[4]).toBe('Unexpected access open Note: source: physionet.org, checked 2026-11-30');
    expect(rows[2]?.[4]).toBe('No note here');
  });
});
