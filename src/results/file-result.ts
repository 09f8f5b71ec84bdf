import type { DatasetEntry } from '../extract/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Everything medlint found in one file: what reporters, the CLI and the Action consume. */
export interface FileResult {
  /** Path as given (relative to the cwd when it was relative), with `/` separators. */
  file: string;
  entries: DatasetEntry[];
  /** The list's title: its first `#` heading, when it has one (names the `entries --format jsonld` catalogue). */
  title?: string;
  /** Sorted by line, column, rule id. */
  diagnostics: Diagnostic[];
  entryCount: number;
  errorCount: number;
  warningCount: number;
}
