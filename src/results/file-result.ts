import type { DatasetEntry } from '../extract/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Everything medlint found in one file: what reporters, the CLI and the Action consume. */
export interface FileResult {
  /** Path as given (relative to the cwd when it was relative), with `/` separators. */
  file: string;
  entries: DatasetEntry[];
  /** Sorted by line, column, rule id. */
  diagnostics: Diagnostic[];
  entryCount: number;
  errorCount: number;
  warningCount: number;
}
