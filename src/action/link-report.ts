/**
 * The scheduled report's model: link diagnostics sorted into dead (failed `min-failures` runs
 * in a row), failing (not yet that often), redirects and unverified links, with each URL's
 * streak from the history. Pure; the issue body is rendered from it in `issue-body.ts`.
 */
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FileResult } from '../results/file-result.js';
import { entryAt } from '../reporters/markdown-group.js';
import { advanceHistory, type LinkHistory } from './history.js';
import { recount } from './results.js';

/**
 * Rule ids whose diagnostics mean "this link does not work"; they carry a streak. Unreachable
 * (timeouts, 5xx) is the flaky kind the streak is for.
 */
export const FAILING_RULES: ReadonlySet<string> = new Set(['link-dead', 'link-unreachable']);
const REDIRECT_RULE = 'link-redirect';
const FRAGMENT_RULE = 'link-fragment';
const UNVERIFIED_RULE = 'link-unverified';

export type ProblemKind = 'dead' | 'failing' | 'redirect' | 'anchor' | 'unverified';

/** One place in the list where a link has a problem. */
export interface LinkProblem {
  kind: ProblemKind;
  /** The URL as written. */
  url: string;
  file: string;
  line: number;
  /** Name of the entry that cites it, if any. */
  entry: string | undefined;
  section: string[];
  ruleId: string;
  /** The link checker's message (what it found). */
  message: string;
  /** The new URL of a redirect. */
  target: string | undefined;
  /** Streak of a failing URL (dead and failing kinds). */
  since: string | undefined;
  runs: number | undefined;
}

export interface LinkReport {
  dead: LinkProblem[];
  failing: LinkProblem[];
  redirects: LinkProblem[];
  /** Pages that are alive but lack the `#fragment` the link names. */
  anchors: LinkProblem[];
  unverified: LinkProblem[];
  /** The history to store for the next run. */
  history: LinkHistory;
  /** No problem of any kind: the report issue can be closed. */
  healthy: boolean;
  files: string[];
}

function problem(kind: ProblemKind, diagnostic: Diagnostic, result: FileResult, history: LinkHistory): LinkProblem {
  const entry = entryAt(result.entries, diagnostic.line);
  const streak = kind === 'dead' || kind === 'failing' ? history.get(diagnostic.actual ?? '') : undefined;
  return {
    kind,
    url: diagnostic.actual ?? '',
    file: diagnostic.file,
    line: diagnostic.line,
    entry: entry?.name,
    section: entry?.section ?? [],
    ruleId: diagnostic.ruleId,
    message: diagnostic.message,
    target: kind === 'redirect' ? diagnostic.expected : undefined,
    since: streak?.since,
    runs: streak?.runs,
  };
}

/**
 * Sorts this run's link diagnostics into the report and advances the history. A URL counts as
 * dead once it has failed `minFailures` runs in a row; before that it is "failing".
 */
export function buildLinkReport(
  results: readonly FileResult[],
  previous: LinkHistory,
  today: string,
  minFailures: number,
): LinkReport {
  const failing = new Set<string>();
  const unknown = new Set<string>();
  for (const result of results) {
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.actual === undefined) continue;
      if (FAILING_RULES.has(diagnostic.ruleId)) failing.add(diagnostic.actual);
      else if (diagnostic.ruleId === UNVERIFIED_RULE) unknown.add(diagnostic.actual);
    }
  }
  const history = advanceHistory(previous, { failing, unknown }, today);

  const report: LinkReport = { dead: [], failing: [], redirects: [], anchors: [], unverified: [], history, healthy: true, files: [] };
  for (const result of [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    report.files.push(result.file);
    for (const diagnostic of sortDiagnostics(result.diagnostics)) {
      const url = diagnostic.actual;
      if (url === undefined) continue;
      if (FAILING_RULES.has(diagnostic.ruleId)) {
        const runs = history.get(url)?.runs ?? 1;
        const kind = runs >= minFailures ? 'dead' : 'failing';
        (kind === 'dead' ? report.dead : report.failing).push(problem(kind, diagnostic, result, history));
      } else if (diagnostic.ruleId === REDIRECT_RULE) {
        report.redirects.push(problem('redirect', diagnostic, result, history));
      } else if (diagnostic.ruleId === FRAGMENT_RULE) {
        report.anchors.push(problem('anchor', diagnostic, result, history));
      } else if (diagnostic.ruleId === UNVERIFIED_RULE) {
        report.unverified.push(problem('unverified', diagnostic, result, history));
      }
    }
  }
  report.healthy =
    report.dead.length + report.failing.length + report.redirects.length + report.anchors.length + report.unverified.length === 0;
  return report;
}

/**
 * The results without the diagnostics of URLs that are only "failing" so far: in report mode
 * they are not yet counted as errors, do not fail the run and are not annotated.
 */
export function withoutUnconfirmedFailures(results: readonly FileResult[], report: LinkReport): FileResult[] {
  const unconfirmed = new Set(report.failing.map((item) => item.url));
  return results.map((result) =>
    recount(
      result,
      result.diagnostics.filter(
        (diagnostic) => !(FAILING_RULES.has(diagnostic.ruleId) && diagnostic.actual !== undefined && unconfirmed.has(diagnostic.actual)),
      ),
    ),
  );
}
