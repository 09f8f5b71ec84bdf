/**
 * Reporters: pure `(results, context) => string` functions, one per format.
 *   stylish   terminal, grouped by file (default)
 *   json      machine-readable array per file
 *   sarif     SARIF 2.1.0 for code scanning
 *   junit     JUnit XML for CI test reports
 *   github    workflow commands (annotations)
 *   markdown  job summaries and issue bodies
 */
import type { FileResult } from '../results/file-result.js';
import type { RuleMeta } from '../rules/types.js';
import { formatGithub } from './github.js';
import { json } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { stylish } from './stylish.js';

/** Output formats of the `medlint` command. */
export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReporterContext {
  /** Colour the output (stylish only); the caller decides from the TTY and NO_COLOR. */
  color: boolean;
  /** medlint's version, for SARIF's `tool.driver`. */
  version: string;
  /** Rule metadata, for SARIF's `driver.rules`. */
  rules: readonly RuleMeta[];
  /** The terminal's width in columns (stylish only): no line is padded past it. */
  width?: number;
}

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function formatResults(format: Format, results: readonly FileResult[], context: ReporterContext): string {
  switch (format) {
    case 'stylish':
      return stylish(results, { color: context.color, ...(context.width ? { width: context.width } : {}) });
    case 'json':
      return json(results);
    case 'sarif':
      return formatSarif([...results], { toolVersion: context.version, rules: [...context.rules] });
    case 'junit':
      return formatJunit([...results]);
    case 'github':
      return formatGithub([...results]);
    case 'markdown':
      return formatMarkdown([...results]);
    default:
      throw new TypeError(`Unknown format ${JSON.stringify(format satisfies never)}`);
  }
}
