/**
 * GitHub Actions reporter: one `::error` / `::warning` workflow command per diagnostic, which
 * the runner turns into annotations on the pull request's "Files changed" tab.
 *
 * GitHub shows at most 10 error and 10 warning annotations per step, and silently drops the
 * rest; so this reporter emits only what will be shown, says how many it left out, and the
 * Action's job summary (the Markdown reporter) lists every finding.
 */
import { sortDiagnostics, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import type { FileResult } from '../results/file-result.js';
import { formatCommand } from './github-command.js';

/** GitHub's per-step limit for each annotation kind. */
export const GITHUB_ANNOTATION_LIMIT = 10;

export interface GithubReporterContext {
  /** Most annotations of each kind (error, warning) to emit (default: `10`); `Infinity` for all. */
  maxPerKind?: number;
  /**
   * Most error annotations, when it differs from `maxPerKind`: the Action keeps one slot free
   * for the `::error` of its failure message.
   */
  maxErrors?: number;
}

/** How many annotations of each kind to emit. */
export interface AnnotationLimits {
  error: number;
  warning: number;
}

/** Diagnostics left out of the annotations, by severity. */
export interface OmittedCounts {
  errors: number;
  warnings: number;
}

export interface AnnotationPlan {
  /** What to annotate, in report order. */
  shown: Diagnostic[];
  omitted: OmittedCounts;
}

/**
 * Chooses the annotations to emit: the first `limits.error` errors and the first
 * `limits.warning` warnings in report order (file, line, column), so the choice is the same
 * on every run.
 */
export function planAnnotations(
  results: readonly FileResult[],
  limits: AnnotationLimits = { error: GITHUB_ANNOTATION_LIMIT, warning: GITHUB_ANNOTATION_LIMIT },
): AnnotationPlan {
  const all = sortDiagnostics(results.flatMap((result) => result.diagnostics));
  const used: Record<Severity, number> = { error: 0, warning: 0 };
  const shown: Diagnostic[] = [];
  for (const diagnostic of all) {
    if (used[diagnostic.severity] < limits[diagnostic.severity]) shown.push(diagnostic);
    used[diagnostic.severity] += 1;
  }
  return {
    shown,
    omitted: {
      errors: Math.max(0, used.error - limits.error),
      warnings: Math.max(0, used.warning - limits.warning),
    },
  };
}

/** One diagnostic as a workflow command line (no trailing newline). */
export function formatAnnotation(diagnostic: Diagnostic): string {
  // The runner accepts col/endColumn only for a single-line span.
  const singleLine = diagnostic.endLine === diagnostic.line;
  const message = diagnostic.note === undefined ? diagnostic.message : `${diagnostic.message}\n${diagnostic.note}`;
  return formatCommand(
    diagnostic.severity,
    {
      file: diagnostic.file,
      line: diagnostic.line,
      endLine: diagnostic.endLine >= diagnostic.line ? diagnostic.endLine : undefined,
      col: singleLine ? diagnostic.column : undefined,
      endColumn: singleLine && diagnostic.endColumn > diagnostic.column ? diagnostic.endColumn : undefined,
      title: diagnostic.ruleId,
    },
    message,
  );
}

/** Says how many findings were not annotated; empty when none were left out. */
export function describeOmitted(omitted: OmittedCounts, maxPerKind: number = GITHUB_ANNOTATION_LIMIT): string {
  const parts: string[] = [];
  if (omitted.errors > 0) parts.push(`${omitted.errors} more ${omitted.errors === 1 ? 'error' : 'errors'}`);
  if (omitted.warnings > 0) parts.push(`${omitted.warnings} more ${omitted.warnings === 1 ? 'warning' : 'warnings'}`);
  if (parts.length === 0) return '';
  return `${parts.join(' and ')} not annotated: GitHub shows ${maxPerKind} annotations of each kind per step; the job summary lists every finding.`;
}

/**
 * Formats results as workflow commands, one per line, followed by a plain line (never a
 * command) when some were left out. Empty string when there is nothing to report.
 */
export function formatGithub(results: readonly FileResult[], context: GithubReporterContext = {}): string {
  const maxPerKind = context.maxPerKind ?? GITHUB_ANNOTATION_LIMIT;
  const plan = planAnnotations(results, { error: context.maxErrors ?? maxPerKind, warning: maxPerKind });
  const lines = plan.shown.map(formatAnnotation);
  const omitted = describeOmitted(plan.omitted, maxPerKind);
  if (omitted !== '') lines.push(`medlint: ${omitted}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
