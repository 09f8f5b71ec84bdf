/**
 * Issue 18, item 7: reporting costs time linear in the findings. Each finding's entry is found
 * in a table built once (reporters/markdown-group.ts `entryAt`), not by scanning every entry,
 * and the stylish reporter measures its columns without spreading every row into `Math.max`.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { DatasetEntry } from '../../src/extract/types.js';
import { formatJunit } from '../../src/reporters/junit.js';
import { formatMarkdown } from '../../src/reporters/markdown.js';
import { stylish } from '../../src/reporters/stylish.js';
import type { FileResult } from '../../src/results/file-result.js';
import { buildLinkReport } from '../../src/action/link-report.js';
import { expectLinear } from './linear.js';

/** A list of `n` one-line entries without descriptions, each with one finding, as the rules give it. */
function manyFindings(n: number, message = (line: number) => `Missing description for \`Data ${line}\``): FileResult[] {
  const entries: DatasetEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (let line = 5; line < n + 5; line++) {
    entries.push({ name: `Data ${line}`, url: `https://example.org/${line}`, line, endLine: line, column: 1, section: ['Data'] } as unknown as DatasetEntry);
    diagnostics.push({
      ruleId: 'link-dead',
      severity: 'warning',
      message: message(line),
      messageId: 'dead',
      file: 'README.md',
      line,
      column: 3,
      url: 'https://example.org/docs/rules/link-dead',
      actual: `https://example.org/${line}`,
    } as Diagnostic);
  }
  return [{ file: 'README.md', entries, diagnostics, entryCount: n, errorCount: 0, warningCount: n }];
}

describe('reports linear in their findings (issue 18, item 7)', () => {
  it('finds the entry of each finding for the JUnit report and the Action link report in linear time (6,250, then 50,000)', () => {
    // 50,000 took 21 s and 26 s when each finding scanned every entry.
    expectLinear(manyFindings, (results) => {
      formatJunit(results);
      buildLinkReport(results, new Map(), '2026-12-04', 1);
    }, 6_250, 2_000, 8);
  });

  it('groups findings by the section of their entry for the Markdown report as before', () => {
    const [result] = manyFindings(3) as [FileResult];
    result.entries.push({ ...result.entries[0], name: 'Outer', line: 1, endLine: 100, section: ['Outer'] } as DatasetEntry);
    const output = formatMarkdown([result]);
    expect(output).toContain('Data 5');
    expect(output).not.toContain('Outer');
  });

  it('renders 200,000 findings as stylish (it overflowed the stack at 180,000) in linear time', () => {
    const { largeMs } = expectLinear(manyFindings, (results) => void stylish(results, { color: false }), 50_000);
    expect(largeMs).toBeLessThan(30_000);
  });

  it('pads stylish messages to at most 100 columns, however long one message is', () => {
    const results = manyFindings(1_000, (line) => (line === 5 ? `Dead \`https://example.org/${'a'.repeat(100_000)}\`` : 'Short'));
    const output = stylish(results, { color: false });
    expect(output.length).toBeLessThan(100_000 + 1_000 * 200);
    // Padded to align the rule ids, but the row stays within the 100 columns of a non-terminal.
    const shortRow = output.split('\n').find((line) => /^ +6:3 {2}warning {2}Short /.test(line));
    expect(shortRow).toMatch(/^ +6:3 {2}warning {2}Short +link-dead$/);
    expect(shortRow?.length).toBe(100);
  });
});
