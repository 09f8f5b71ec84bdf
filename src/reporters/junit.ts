/**
 * JUnit XML reporter, for CI systems that show test reports. One `<testsuite>` per file and
 * one `<testcase>` per entry, so a clean list shows as N passing tests: an entry with errors
 * fails (one `<failure>` listing all its findings), warnings go to `<system-out>`. Findings
 * outside any entry (headings, table of contents) belong to a `(document)` test case.
 */
import { compareStrings, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FileResult } from '../results/file-result.js';
import type { DatasetEntry } from '../extract/types.js';
import { entryAt, sectionLabel } from './markdown-group.js';

export interface JunitReporterContext {
  /** Name of the `<testsuites>` element (default: `medlint`). */
  name?: string;
}

/** Characters XML 1.0 does not allow at all, not even as references; plus DEL, C1 and bidirectional overrides. */
const NOT_XML = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for XML content and attribute values: the five markup characters, line breaks
 * and tabs as references (attribute values would otherwise normalise them to spaces), and
 * characters XML cannot carry (NUL, ANSI escapes, lone surrogates) or that would reorder what a
 * CI page shows (bidirectional overrides such as U+202E) as visible `\uXXXX` text.
 */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
}

function describe(diagnostic: Diagnostic): string {
  return `${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.message} (${diagnostic.ruleId})`;
}

interface TestCase {
  name: string;
  classname: string;
  line: number;
  diagnostics: Diagnostic[];
}

function testCases(result: FileResult): TestCase[] {
  const byEntry = new Map<DatasetEntry | undefined, Diagnostic[]>();
  for (const diagnostic of sortDiagnostics(result.diagnostics)) {
    const entry = entryAt(result.entries, diagnostic.line);
    const list = byEntry.get(entry) ?? [];
    list.push(diagnostic);
    byEntry.set(entry, list);
  }
  const cases: TestCase[] = [...result.entries]
    .sort((a, b) => a.line - b.line || a.column - b.column || compareStrings(a.name, b.name))
    .map((entry) => ({
      // Names repeat in real lists; the line keeps test cases apart.
      name: `${entry.name} (line ${entry.line})`,
      classname: entry.section.length > 0 ? `${result.file} › ${sectionLabel(entry.section)}` : result.file,
      line: entry.line,
      diagnostics: byEntry.get(entry) ?? [],
    }));
  const outside = byEntry.get(undefined);
  if (outside !== undefined || cases.length === 0) {
    cases.unshift({ name: '(document)', classname: result.file, line: 1, diagnostics: outside ?? [] });
  }
  return cases;
}

function renderCase(file: string, testCase: TestCase): { xml: string; failed: boolean } {
  const errors = testCase.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const warnings = testCase.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
  const open = `    <testcase${attributes({ name: testCase.name, classname: testCase.classname, file, line: testCase.line })}`;
  const first = errors[0];
  if (first === undefined && warnings.length === 0) return { xml: `${open}/>`, failed: false };
  const body: string[] = [];
  if (first !== undefined) {
    body.push(
      `      <failure${attributes({ message: first.message, type: first.ruleId })}>${escapeXml(errors.map(describe).join('\n'))}</failure>`,
    );
  }
  if (warnings.length > 0) body.push(`      <system-out>${escapeXml(warnings.map(describe).join('\n'))}</system-out>`);
  return { xml: `${open}>\n${body.join('\n')}\n    </testcase>`, failed: first !== undefined };
}

/** Formats results as a JUnit XML report. Deterministic: no times, no host names. */
export function formatJunit(results: readonly FileResult[], context: JunitReporterContext = {}): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of [...results].sort((a, b) => compareStrings(a.file, b.file))) {
    const rendered = testCases(result).map((testCase) => renderCase(result.file, testCase));
    const failed = rendered.filter((item) => item.failed).length;
    tests += rendered.length;
    failures += failed;
    suites.push(
      [
        `  <testsuite${attributes({ name: result.file, tests: rendered.length, failures: failed, errors: 0, skipped: 0 })}>`,
        ...rendered.map((item) => item.xml),
        '  </testsuite>',
      ].join('\n'),
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: context.name ?? 'medlint', tests, failures, errors: 0 })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
