/**
 * The scheduled dead-link report: exactly one open issue, found by its label and marker, kept
 * up to date.
 *
 *   list open report issues ─┬─ none, problems  → create (then re-list: keep the oldest)
 *                            ├─ one, problems   → edit its body in place
 *                            ├─ one, healthy    → comment and close
 *                            └─ none, healthy   → nothing
 *
 * GitHub has no atomic "create unless it exists", so two runs at once can both create an
 * issue. After creating, a run lists again and, if an older report issue is open, moves its
 * report there and closes its own as a duplicate; every run also closes report issues newer
 * than the oldest it finds. A workflow `concurrency:` group keeps runs apart in the first place.
 */
import type { FileResult } from '../results/file-result.js';
import { apiError, fetchAllPages, NO_REDIRECTS, PER_PAGE, type GitHubClient, type RepoRef } from './github-api.js';
import { readHistory, trimHistory, writeHistory } from './history.js';
import { MAX_BODY_LENGTH, REPORT_MARKER, renderHealthyBody, renderIssueBody, tickedKeys, type IssueBodyContext } from './issue-body.js';
import { buildLinkReport, type LinkReport } from './link-report.js';

export interface ReportIssueOptions extends RepoRef {
  title: string;
  /** The first label identifies the report issue; all are set when it is created. */
  labels: readonly string[];
  minFailures: number;
  /** `YYYY-MM-DD` of this run. */
  today: string;
  runUrl: string | undefined;
  /** Called with one line per thing worth logging. */
  log?: (line: string) => void;
}

export type ReportIssueAction = 'created' | 'updated' | 'closed' | 'none';

export interface ReportIssueOutcome {
  action: ReportIssueAction;
  /** The open report issue after this run (or the one just closed), null when there is none. */
  issueNumber: number | null;
  report: LinkReport;
}

interface ReportIssue {
  number: number;
  body: string;
}

const PERMISSION = 'issues: write';
/** Room kept for the history comment inside the 65,536-character body. */
const HISTORY_BUDGET = 24_000;
/** Lists at most 1,000 open report issues (10 pages): a few is already a fault. */
const MAX_PAGES = 10;

async function listReportIssues(client: GitHubClient, options: ReportIssueOptions): Promise<ReportIssue[]> {
  const label = options.labels[0] ?? 'medlint-report';
  try {
    const { items } = await fetchAllPages(
      (page) =>
        client.rest.issues.listForRepo({
          owner: options.owner,
          repo: options.repo,
          labels: label,
          state: 'open',
          sort: 'created',
          direction: 'asc',
          per_page: PER_PAGE,
          page,
          request: NO_REDIRECTS,
        }),
      MAX_PAGES,
    );
    return (
      items
        // The issues API lists pull requests too; and a human's issue with our label is not ours.
        .filter((issue) => issue.pull_request === undefined && (issue.body ?? '').includes(REPORT_MARKER))
        .map((issue) => ({ number: issue.number, body: issue.body ?? '' }))
        .sort((a, b) => a.number - b.number)
    );
  } catch (error) {
    throw apiError(error, `list the open issues labelled \`${label}\``, 'issues: read');
  }
}

async function updateIssue(
  client: GitHubClient,
  options: ReportIssueOptions,
  issueNumber: number,
  fields: { body?: string; state?: 'closed'; state_reason?: 'completed' | 'not_planned' },
): Promise<void> {
  try {
    await client.rest.issues.update({ owner: options.owner, repo: options.repo, issue_number: issueNumber, ...fields, request: NO_REDIRECTS });
  } catch (error) {
    throw apiError(error, `update the report issue #${issueNumber}`, PERMISSION);
  }
}

async function comment(client: GitHubClient, options: ReportIssueOptions, issueNumber: number, body: string): Promise<void> {
  try {
    await client.rest.issues.createComment({ owner: options.owner, repo: options.repo, issue_number: issueNumber, body, request: NO_REDIRECTS });
  } catch (error) {
    throw apiError(error, `comment on the report issue #${issueNumber}`, PERMISSION);
  }
}

async function closeDuplicate(client: GitHubClient, options: ReportIssueOptions, duplicate: number, kept: number): Promise<void> {
  await comment(client, options, duplicate, `Closing as a duplicate of #${kept}: two medlint runs opened a report at the same time.`);
  await updateIssue(client, options, duplicate, { state: 'closed', state_reason: 'not_planned' });
  options.log?.(`Closed report issue #${duplicate} as a duplicate of #${kept}.`);
}

/** Creates the labels that do not exist yet (GitHub answers 422 for one that does). */
async function ensureLabels(client: GitHubClient, options: ReportIssueOptions): Promise<void> {
  for (const name of options.labels) {
    try {
      await client.rest.issues.createLabel({
        owner: options.owner,
        repo: options.repo,
        name,
        color: 'b60205',
        description: 'medlint link report',
        request: NO_REDIRECTS,
      });
    } catch (error) {
      if (typeof error === 'object' && error !== null && 'status' in error && error.status === 422) continue;
      throw apiError(error, `create the label \`${name}\``, PERMISSION);
    }
  }
}

/** Renders the body, listing fewer items per category until it fits GitHub's limit. */
function fitBody(report: LinkReport, context: IssueBodyContext, log: ((line: string) => void) | undefined): string {
  const trimmed = trimHistory(report.history, HISTORY_BUDGET);
  if (trimmed.dropped > 0) {
    log?.(`The failure history of ${trimmed.dropped} URLs does not fit in the issue body; their streaks start over.`);
  }
  const history = writeHistory(trimmed.history);
  for (const maxItems of [Number.POSITIVE_INFINITY, 500, 200, 100, 50, 20, 10, 0]) {
    const body = renderIssueBody(report, { ...context, maxItems }, history);
    if (body.length <= MAX_BODY_LENGTH) return body;
  }
  return renderIssueBody(report, { ...context, maxItems: 0 }, writeHistory(new Map()));
}

/**
 * Brings the report issue in line with this run's results (which must come from checking
 * every link). Throws a `GitHubApiError` with a one-line message when GitHub refuses.
 */
export async function syncReportIssue(
  client: GitHubClient,
  results: readonly FileResult[],
  options: ReportIssueOptions,
): Promise<ReportIssueOutcome> {
  const log = options.log;
  const open = await listReportIssues(client, options);
  const kept = open[0];
  for (const duplicate of open.slice(1)) {
    if (kept !== undefined) await closeDuplicate(client, options, duplicate.number, kept.number);
  }

  const previous = readHistory(kept?.body ?? '');
  if (previous.problem !== undefined) log?.(previous.problem);
  const report = buildLinkReport(results, previous.history, options.today, options.minFailures);
  const context: IssueBodyContext = {
    today: options.today,
    runUrl: options.runUrl,
    minFailures: options.minFailures,
    ticked: kept === undefined ? new Set() : tickedKeys(kept.body),
  };

  if (report.healthy) {
    if (kept === undefined) return { action: 'none', issueNumber: null, report };
    const runLink = options.runUrl === undefined ? '' : ` ([workflow run](${options.runUrl}))`;
    await comment(client, options, kept.number, `Every link is healthy as of ${options.today}${runLink}. Closing; medlint opens a new issue when a link fails again.`);
    await updateIssue(client, options, kept.number, {
      body: renderHealthyBody(report, context, writeHistory(new Map())),
      state: 'closed',
      state_reason: 'completed',
    });
    log?.(`Closed report issue #${kept.number}: every link is healthy.`);
    return { action: 'closed', issueNumber: kept.number, report };
  }

  const body = fitBody(report, context, log);
  if (kept !== undefined) {
    await updateIssue(client, options, kept.number, { body });
    log?.(`Updated report issue #${kept.number}.`);
    return { action: 'updated', issueNumber: kept.number, report };
  }

  await ensureLabels(client, options);
  let created: number;
  try {
    const response = await client.rest.issues.create({
      owner: options.owner,
      repo: options.repo,
      title: options.title,
      body,
      labels: [...options.labels],
      request: NO_REDIRECTS,
    });
    created = response.data.number;
    const label = options.labels[0];
    const labels = response.data.labels.map((item) => (typeof item === 'string' ? item : (item.name ?? '')));
    if (label !== undefined && !labels.includes(label)) {
      throw new Error(`GitHub created issue #${created} without the label \`${label}\`, so the next run could not find it`);
    }
  } catch (error) {
    throw apiError(error, 'create the report issue', PERMISSION);
  }

  // No atomic create: if another run's issue is older, report there and close ours.
  const after = await listReportIssues(client, options);
  const oldest = after[0];
  if (oldest !== undefined && oldest.number < created) {
    await updateIssue(client, options, oldest.number, { body });
    await closeDuplicate(client, options, created, oldest.number);
    return { action: 'updated', issueNumber: oldest.number, report };
  }
  log?.(`Created report issue #${created}.`);
  return { action: 'created', issueNumber: created, report };
}
