/** Small operations on results that the Action's modes share: recount, totals, dead links. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FileResult } from '../results/file-result.js';

/**
 * Rule ids of links counted in the `dead-links` output: `link-dead` only, since unreachable
 * links (timeouts, 5xx) are not called dead (see `src/rules/link-unreachable.ts`).
 */
export const DEAD_RULES: ReadonlySet<string> = new Set(['link-dead']);

/** A copy of `result` with other diagnostics, counts recomputed. */
export function recount(result: FileResult, diagnostics: Diagnostic[]): FileResult {
  return {
    ...result,
    diagnostics,
    errorCount: diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
    warningCount: diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length,
  };
}

export interface Totals {
  errors: number;
  warnings: number;
  /** Unique URLs reported by `link-dead`. */
  deadLinks: number;
}

export function totals(results: readonly FileResult[]): Totals {
  let errors = 0;
  let warnings = 0;
  const dead = new Set<string>();
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    for (const diagnostic of result.diagnostics) {
      if (DEAD_RULES.has(diagnostic.ruleId)) dead.add(diagnostic.actual ?? `${diagnostic.file}:${diagnostic.line}`);
    }
  }
  return { errors, warnings, deadLinks: dead.size };
}
