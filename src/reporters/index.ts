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

/** Formats results in one format: each reporter is loaded when asked for, so a run loads only its own. */
export type Reporter = (results: readonly FileResult[], context: ReporterContext) => string;

/** The reporter of `format`, loaded on demand (the markdown one brings remark along). */
export async function loadReporter(format: Format): Promise<Reporter> {
  switch (format) {
    case 'stylish': {
      const { stylish } = await import('./stylish.js');
      return (results, context) => stylish(results, { color: context.color, ...(context.width ? { width: context.width } : {}) });
    }
    case 'json': {
      const { json } = await import('./json.js');
      return (results) => json(results);
    }
    case 'sarif': {
      const { formatSarif } = await import('./sarif.js');
      return (results, context) => formatSarif([...results], { toolVersion: context.version, rules: [...context.rules] });
    }
    case 'junit': {
      const { formatJunit } = await import('./junit.js');
      return (results) => formatJunit([...results]);
    }
    case 'github': {
      const { formatGithub } = await import('./github.js');
      return (results) => formatGithub([...results]);
    }
    case 'markdown': {
      const { formatMarkdown } = await import('./markdown.js');
      return (results) => formatMarkdown([...results]);
    }
    default:
      throw new TypeError(`Unknown format ${JSON.stringify(format satisfies never)}`);
  }
}

/** `loadReporter`, then the report: the one call for programs that use medlint as a library. */
export async function formatResults(format: Format, results: readonly FileResult[], context: ReporterContext): Promise<string> {
  return (await loadReporter(format))(results, context);
}
