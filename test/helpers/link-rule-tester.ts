/**
 * A table-driven tester for the link rules, the counterpart of `ruleTester`: each case is a link
 * outcome (as the checker concludes it) and the exact message the rule must give for a URL, or
 * none. It also rejects a bad table: duplicate cases, an outcome of another rule's kind, or a
 * message of the rule that no case uses.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/linter/report.js';
import type { LinkOutcome, LinkOutcomeKind } from '../../src/results/link-outcome.js';
import { describeOutcome, type LinkRule } from '../../src/rules/link-rules.js';

export interface LinkCase<K extends LinkOutcomeKind> {
  name: string;
  outcome: Extract<LinkOutcome, { kind: K }>;
  /** The URL as written (default: `https://example.org/data`). */
  url?: string;
}

export interface LinkReportCase<K extends LinkOutcomeKind> extends LinkCase<K> {
  messageId: string;
  /** The whole message, as the engine renders it. */
  message: string;
  expected?: string;
  note?: string;
}

export const LINK_URL = 'https://example.org/data';

export function linkRuleTester<K extends LinkOutcomeKind>(
  rule: LinkRule<K>,
  cases: { silent: Array<LinkCase<K>>; reports: Array<LinkReportCase<K>> },
): void {
  describe(rule.meta.id, () => {
    it('has a table without duplicates, of its own kind, that uses every message', () => {
      const all = [...cases.silent, ...cases.reports];
      expect(new Set(all.map((testCase) => JSON.stringify([testCase.outcome, testCase.url]))).size).toBe(all.length);
      for (const testCase of all) expect(testCase.outcome.kind, testCase.name).toBe(rule.kind);
      const used = new Set(cases.reports.map((testCase) => testCase.messageId));
      expect(Object.keys(rule.meta.messages).filter((id) => !used.has(id))).toEqual([]);
    });

    for (const testCase of cases.silent) {
      it(`says nothing about ${testCase.name}`, () => {
        expect(describeOutcome(testCase.outcome, testCase.url ?? LINK_URL)).toBeNull();
      });
    }

    for (const testCase of cases.reports) {
      it(`reports ${testCase.name}`, () => {
        const report = describeOutcome(testCase.outcome, testCase.url ?? LINK_URL);
        expect(report).toMatchObject({ ruleId: rule.meta.id, messageId: testCase.messageId });
        const template = rule.meta.messages[testCase.messageId] ?? '';
        expect(formatMessage(template, report?.data)).toBe(testCase.message);
        expect(report?.expected).toBe(testCase.expected);
        expect(report?.note).toBe(testCase.note);
      });
    }
  });
}
