import type { List, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { readHistory, writeHistory } from '../../src/action/history.js';
import { itemKey, REPORT_MARKER, renderIssueBody, tickedKeys } from '../../src/action/issue-body.js';
import { buildLinkReport, withoutUnconfirmedFailures } from '../../src/action/link-report.js';
import { diagnostic, entry, fileResult } from './build-results.js';

const results = [
  fileResult(
    'README.md',
    [
      diagnostic({ ruleId: 'link-dead', line: 3, message: 'Unexpected dead link `https://a.org` (HTTP `404`)', actual: 'https://a.org' }),
      diagnostic({ ruleId: 'link-unreachable', line: 4, severity: 'warning', message: 'Unexpected timeout for `https://b.org`', actual: 'https://b.org' }),
      diagnostic({ ruleId: 'link-redirect', line: 5, severity: 'warning', message: 'Moved', actual: 'http://c.org', expected: 'https://c.org/new' }),
      diagnostic({ ruleId: 'link-fragment', line: 6, severity: 'warning', message: 'Missing `#x`', actual: 'https://d.org/#x' }),
      diagnostic({ ruleId: 'link-unverified', line: 7, severity: 'warning', message: 'Blocked `https://e.org`', actual: 'https://e.org' }),
      diagnostic({ ruleId: 'link-skipped', line: 8, severity: 'warning', message: 'Private', actual: 'http://10.0.0.1' }),
      diagnostic({ ruleId: 'entry-link', line: 9, message: 'Not a link problem' }),
      diagnostic({ ruleId: 'link-dead', line: 10, message: 'Unexpected dead link `https://a.org` (HTTP `404`)', actual: 'https://a.org' }),
    ],
    [
      entry({ name: 'Alpha @octocat', line: 3, section: ['Images', 'X-Rays'] }),
      entry({ name: 'Beta #12', line: 4, section: ['Images', 'X-Rays'] }),
      entry({ name: 'Gamma', line: 5, section: ['Text'] }),
      entry({ name: 'Delta', line: 6, section: ['Text'] }),
      entry({ name: 'Epsilon', line: 7, section: ['Text'] }),
      entry({ name: 'Alpha again', line: 10, section: ['Genomics'] }),
    ],
  ),
];
const previous = new Map([
  ['https://a.org', { since: '2025-01-01', runs: 1 }],
  ['https://e.org', { since: '2025-01-02', runs: 1 }],
  ['https://gone.org', { since: '2024-12-01', runs: 9 }],
]);

describe('buildLinkReport', () => {
  const report = buildLinkReport(results, previous, '2025-01-03', 2);

  it('sorts link findings by kind and gives failing URLs their streak', () => {
    expect(report.dead.map((item) => [item.url, item.line, item.entry, item.since, item.runs])).toEqual([
      ['https://a.org', 3, 'Alpha @octocat', '2025-01-01', 2],
      ['https://a.org', 10, 'Alpha again', '2025-01-01', 2],
    ]);
    expect(report.failing.map((item) => [item.url, item.since, item.runs])).toEqual([['https://b.org', '2025-01-03', 1]]);
    expect(report.redirects.map((item) => [item.url, item.target])).toEqual([['http://c.org', 'https://c.org/new']]);
    expect(report.anchors.map((item) => item.url)).toEqual(['https://d.org/#x']);
    expect(report.unverified.map((item) => item.url)).toEqual(['https://e.org']);
    expect(report.healthy).toBe(false);
  });

  it('carries the history forward: streaks grow, unverified ones wait, recovered ones go', () => {
    expect(report.history).toEqual(
      new Map([
        ['https://a.org', { since: '2025-01-01', runs: 2 }],
        ['https://b.org', { since: '2025-01-03', runs: 1 }],
        ['https://e.org', { since: '2025-01-02', runs: 1 }],
      ]),
    );
  });

  it('calls a run with no link problems healthy', () => {
    expect(buildLinkReport([fileResult('README.md', [diagnostic({ ruleId: 'entry-link', line: 1 })])], previous, '2025-01-03', 2).healthy).toBe(true);
  });

  it('reports a URL as dead on its first failure when min-failures is 1', () => {
    expect(buildLinkReport(results, new Map(), '2025-01-03', 1).dead.map((item) => item.url)).toEqual(['https://a.org', 'https://b.org', 'https://a.org']);
  });

  it('drops only the unconfirmed failures from the counted results', () => {
    const [counted] = withoutUnconfirmedFailures(results, report);
    expect(counted!.diagnostics.map((item) => item.ruleId)).not.toContain('link-unreachable');
    expect(counted!.diagnostics).toHaveLength(7);
    expect(counted!.errorCount).toBe(3);
  });
});

describe('renderIssueBody', () => {
  const report = buildLinkReport(results, previous, '2025-01-03', 2);
  const context = { today: '2025-01-03', runUrl: 'https://github.com/o/r/actions/runs/1', minFailures: 2, ticked: new Set<string>() };
  const body = renderIssueBody(report, context, writeHistory(report.history));

  /** Item text without its hidden key. */
  const itemText = (node: Parameters<typeof toString>[0]): string => toString(node).replace(/<!-- medlint-item:[0-9a-f]+ -->/, '');

  function parse(markdown: string): Root {
    const processor = remark().use(remarkGfm);
    return processor.runSync(processor.parse(markdown)) as Root;
  }

  it('starts with the marker and ends with the history', () => {
    expect(body.startsWith(`${REPORT_MARKER}\n`)).toBe(true);
    expect(body.trimEnd().endsWith('-->')).toBe(true);
    expect(readHistory(body).history).toEqual(report.history);
  });

  it('lists dead links by section with entry, line, status, since and runs, as a checklist', () => {
    const tree = parse(body);
    const sections = tree.children.filter((node) => node.type === 'heading').map((node) => toString(node));
    expect(sections).toEqual([
      'Dead links (2)',
      'README.md › Images › X-Rays',
      'README.md › Genomics',
      'Failing once (1)',
      'README.md › Images › X-Rays',
      'Redirects (1)',
      'README.md › Text',
      'Missing anchors (1)',
      'README.md › Text',
      'Unverified (1)',
      'README.md › Text',
    ]);
    const lists = tree.children.filter((node): node is List => node.type === 'list');
    const dead = lists[0]!.children[0]!;
    expect(dead.checked).toBe(false);
    expect(itemText(dead)).toBe('Alpha @\u200Boctocat, line 3: Unexpected dead link https://a.org (HTTP 404) · failing since 2025-01-01, 2 runs in a row');
    expect(lists[2]!.children[0]!.checked ?? null).toBeNull();
    expect(toString(lists[2]!.children[0]!)).toBe('Beta #\u200B12, line 4: Unexpected timeout for https://b.org · failing since 2025-01-03, 1 run in a row');
    expect(itemText(lists[3]!.children[0]!)).toBe('Gamma, line 5: http://c.org → https://c.org/new');
    expect(body).toContain('[workflow run](https://github.com/o/r/actions/runs/1)');
  });

  it('keeps URLs in code spans so GitHub does not link or cross-reference them', () => {
    expect(body).toContain('`https://a.org`');
    expect(body).toContain('`http://c.org` → `https://c.org/new`');
  });

  it('keeps the boxes a maintainer ticked, by kind, file, entry and URL, when the report is rendered again', () => {
    const deadKey = itemKey(report.dead[0]!);
    const edited = body.replace(/^- \[ \] (\*\*Alpha @\u200Boctocat\*\*.*)$/m, '- [x] $1');
    expect(tickedKeys(edited)).toEqual(new Set([deadKey]));
    const again = renderIssueBody(report, { ...context, ticked: tickedKeys(edited) }, '');
    const lists = parse(again).children.filter((node): node is List => node.type === 'list');
    expect(lists[0]!.children[0]!.checked).toBe(true);
    expect(lists[1]!.children[0]!.checked).toBe(false);
  });

  it('lists at most maxItems per category and says how many more there are', () => {
    const short = renderIssueBody(report, { ...context, maxItems: 1 }, '');
    expect(short).toContain('… and 1 more; the job summary of the run lists them all.');
  });
});
