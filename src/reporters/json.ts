import { stringifySafe } from './json-text.js';
import { compareStrings, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { FileResult } from '../results/file-result.js';

/** `[{file, entryCount, errorCount, warningCount, diagnostics}]`, sorted, two-space indented. */
export function json(results: readonly FileResult[]): string {
  const files = [...results]
    .sort((a, b) => compareStrings(a.file, b.file))
    .map((result) => ({
      file: result.file,
      entryCount: result.entryCount,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      diagnostics: sortDiagnostics(result.diagnostics),
    }));
  return `${stringifySafe(files)}\n`;
}
