/** Hand-built results for reporter and Action unit tests (no pipeline needed). */
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { FileResult } from '../../src/results/file-result.js';
import type { DatasetEntry } from '../../src/extract/types.js';
import { ruleDocsUrl } from '../../src/diagnostics/docs-url.js';

export function diagnostic(fields: Partial<Diagnostic> & { ruleId: string; line: number }): Diagnostic {
  return {
    file: 'README.md',
    column: 1,
    endLine: fields.line,
    endColumn: 10,
    messageId: 'm',
    severity: 'error',
    message: `Problem found by ${fields.ruleId}`,
    url: ruleDocsUrl(fields.ruleId),
    ...fields,
  };
}

export function entry(fields: Partial<DatasetEntry> & { name: string; line: number }): DatasetEntry {
  return {
    column: 1,
    endLine: fields.line,
    endColumn: 40,
    url: null,
    links: [],
    description: '',
    section: ['Datasets'],
    counts: [],
    access: null,
    knownAccess: null,
    license: null,
    shape: 'list-item',
    kind: 'dataset',
    hasMarkdownLink: true,
    ...fields,
  };
}

export function fileResult(file: string, diagnostics: Diagnostic[], entries: DatasetEntry[] = []): FileResult {
  const own = diagnostics.map((item) => ({ ...item, file }));
  return {
    file,
    entries,
    diagnostics: own,
    entryCount: entries.length,
    errorCount: own.filter((item) => item.severity === 'error').length,
    warningCount: own.filter((item) => item.severity === 'warning').length,
  };
}

/** Text a stranger could put in a list, to try every output's escaping. */
export const HOSTILE = [
  'name%0A::set-output name=pwned::1',
  'line\r\n::error::injected',
  'a\n::add-mask::x',
  '<script>alert(1)</script>',
  'pipe | in | cells',
  'back`tick` and ``double``',
  '\u001b[31mred\u001b[0m',
  'percent %25 and colon: and comma,',
  '@octocat #1 see https://github.com/o/r/issues/1',
  'nul\u0000char and lone \uD800 surrogate',
] as const;
