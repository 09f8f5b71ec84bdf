/**
 * A table-driven rule tester in the spirit of ESLint's RuleTester: `valid` Markdown must give
 * no report, each `invalid` case exactly the listed reports. It also rejects a bad table:
 * duplicate cases, or an invalid case that lists no errors.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig, ResolvedRule } from '../../src/config/types.js';
import { extractDocument } from '../../src/extract/index.js';
import { DirectiveMap } from '../../src/linter/directives.js';
import { applyFixes } from '../../src/linter/fixes.js';
import { runRules } from '../../src/linter/run-rules.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import type { RegistryRecord } from '../../src/results/registry-record.js';
import type { LocalTarget, RecordRule, Rule } from '../../src/rules/types.js';
import { localTargetsByPath } from '../../src/rules/urls.js';

export interface ExpectedReport {
  messageId: string;
  line: number;
  column?: number;
  /** Substring the formatted message must contain. */
  message?: string;
  expected?: string;
  /** Substring the note (the detail shown on a second line) must contain. */
  note?: string;
  /** The text after applying each of the report's suggestions alone, in order. */
  suggestions?: string[];
}

export interface ValidCase {
  name?: string;
  markdown: string;
  options?: Record<string, unknown>;
  /** Relative link targets that exist on disk, by the path a link names (decoded, no query or fragment). */
  existingFiles?: string[];
  /** What the pipeline found, by URL as written; takes precedence over `existingFiles`. */
  localTargets?: Record<string, LocalTarget>;
  /** Registry records by link URL as written, as the link check would give them (record rules). */
  records?: Record<string, RegistryRecord>;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedReport[];
  /** The text after one pass of `--fix` (ESLint's `output`); null: no report has a fix. */
  output?: string | null;
}

export function lintWith(rule: Rule | RecordRule, testCase: ValidCase) {
  const tree = parseMarkdown(testCase.markdown);
  const document = extractDocument('test.md', testCase.markdown, tree);
  const setting: ResolvedRule = { level: 'error', options: testCase.options ?? {} };
  const config: ResolvedConfig = {
    rules: new Map([[rule.meta.id, setting]]),
    ignoreSections: [],
    maxFileSize: Number.POSITIVE_INFINITY,
    links: {},
    source: null,
  };
  const existing = new Set(testCase.existingFiles ?? []);
  const byPath = localTargetsByPath((path) => existing.has(path));
  const localTarget = (url: string) => testCase.localTargets?.[url] ?? byPath(url);
  return runRules(document, [rule as Rule], config, new DirectiveMap(tree), localTarget, (url) => testCase.records?.[url]);
}

export function ruleTester(rule: Rule | RecordRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has a table without duplicate cases or invalid cases that expect nothing', () => {
      const seen = new Set<string>();
      for (const testCase of [...cases.valid, ...cases.invalid]) {
        const key = JSON.stringify([testCase.markdown, testCase.options ?? null, testCase.records ?? null]);
        expect(seen.has(key), `duplicate case: ${testCase.markdown}`).toBe(false);
        seen.add(key);
      }
      for (const testCase of cases.invalid) expect(testCase.errors.length, testCase.markdown).toBeGreaterThan(0);
    });

    for (const testCase of cases.valid) {
      it(`accepts ${testCase.name ?? JSON.stringify(testCase.markdown.slice(0, 60))}`, () => {
        expect(lintWith(rule, testCase)).toEqual([]);
      });
    }

    for (const testCase of cases.invalid) {
      it(`reports ${testCase.name ?? JSON.stringify(testCase.markdown.slice(0, 60))}`, () => {
        const diagnostics = lintWith(rule, testCase);
        expect(diagnostics.map((d) => ({ messageId: d.messageId, line: d.line }))).toEqual(
          testCase.errors.map((e) => ({ messageId: e.messageId, line: e.line })),
        );
        testCase.errors.forEach((error, index) => {
          const diagnostic = diagnostics[index];
          if (!diagnostic) return;
          expect(diagnostic.ruleId).toBe(rule.meta.id);
          expect(diagnostic.url).toMatch(new RegExp(`/docs/rules/${rule.meta.id}\\.md$`));
          if (error.column !== undefined) expect(diagnostic.column).toBe(error.column);
          if (error.message !== undefined) expect(diagnostic.message).toContain(error.message);
          if (error.expected !== undefined) expect(diagnostic.expected).toBe(error.expected);
          if (error.note !== undefined) expect(diagnostic.note).toContain(error.note);
          if (error.suggestions !== undefined) {
            const outputs = (diagnostic.suggestions ?? []).map((suggestion) => applyFixes(testCase.markdown, [{ ...diagnostic, fix: { edits: suggestion.edits } }]).output);
            expect(outputs).toEqual(error.suggestions);
          }
        });
        if (testCase.output === null) expect(diagnostics.filter((d) => d.fix)).toEqual([]);
        else if (testCase.output !== undefined) expect(applyFixes(testCase.markdown, diagnostics).output).toBe(testCase.output);
        // A rule offers fixes and suggestions only as its metadata says.
        if (diagnostics.some((d) => d.fix)) expect(rule.meta.fixable).toBe(true);
        if (diagnostics.some((d) => d.suggestions)) expect(rule.meta.hasSuggestions).toBe(true);
      });
    }
  });
}
