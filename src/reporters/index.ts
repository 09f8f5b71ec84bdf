/**
 * Reporters: pure `(results, context) => string` functions, one per format.
 *   stylish   terminal, grouped by file (default)
 *   json      machine-readable array per file
 *   sarif     SARIF 2.1.0 for code scanning
 *   junit     JUnit XML for CI test reports
 *   github    workflow commands (annotations)
 *   markdown  job summaries and issue bodies
 */
import type { FileResult } from '../diagnostics/file-result.js';
import { json } from './json.js';
import { stylish } from './stylish.js';

/** Output formats of the `medlint` command. */
export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReporterContext {
  color: boolean;
  cwd: string;
}

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function formatResults(format: Format, results: readonly FileResult[], context: ReporterContext): string {
  switch (format) {
    case 'stylish':
      return stylish(results, { color: context.color });
    case 'json':
      return json(results);
    case 'sarif':
    case 'junit':
    case 'github':
    case 'markdown':
      throw new Error(`format ${format} not wired yet`);
    default:
      throw new TypeError(`Unknown format ${JSON.stringify(format satisfies never)}`);
  }
}
