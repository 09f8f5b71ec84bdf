/**
 * The Action: inputs and the runner's environment → the same pipeline as the CLI → annotations,
 * job summary, report file, outputs, and (scheduled mode) the report issue.
 *
 *   inputs ─→ config ─→ files ─┬─ changed mode: pulls files API → changed files and lines
 *                              └─→ lintFiles ─→ restrict to the diff (changed mode)
 *                                           ─→ report issue (report-issue mode)
 *                                           ─→ annotations, summary, report file, outputs
 *
 * `run()` never throws and never exits: failures become `core.setFailed` with one line.
 */
import { mkdir, appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { linkOptionsFromConfig } from '../config/link-options.js';
import { loadConfig } from '../config/load.js';
import type { FileResult } from '../results/file-result.js';
import { isMedlintError, type MedlintError } from '../diagnostics/medlint-error.js';
import type { LinkOptionsInput } from '../links/types.js';
import { resolveFiles } from '../parse/resolve-files.js';
import { lintFiles, type PipelineOptions } from '../pipeline/index.js';
import { formatAnnotation, GITHUB_ANNOTATION_LIMIT, planAnnotations, describeOmitted, type OmittedCounts } from '../reporters/github.js';
import { showControlCharacters } from '../reporters/github-command.js';
import { formatMarkdown } from '../reporters/markdown.js';
import { fetchChangedFiles, type ChangedFiles } from './changed-lines.js';
import { changedListFiles, restrictToDiff, selectChangedLinks } from './changed-mode.js';
import { fixSummary } from './fix-summary.js';
import { readEnvironment, type ActionEnvironment } from './environment.js';
import { createGitHubClient, GitHubApiError } from './github-api.js';
import { isoDate } from './history.js';
import { parseInputs, type ActionInputs, type FailOn } from './inputs.js';
import { withoutUnconfirmedFailures } from './link-report.js';
import { syncReportIssue } from './report-issue.js';
import { totals, type Totals } from './results.js';

/** GitHub refuses a step summary above 1 MiB; stay below with room to spare. */
const MAX_SUMMARY_BYTES = 1_000_000;
/** How long a cached link result is trusted (default: 1 day; 1 hour for the scheduled report). */
const CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const REPORT_CACHE_MAX_AGE_MS = 60 * 60 * 1000;

/** One log line: no control characters, no line breaks, so no text can start a workflow command. */
function log(line: string): void {
  core.info(showControlCharacters(line).replace(/\r/g, '\\r').replace(/\n/g, '\\n'));
}

/** Whether the findings fail the step under `fail-on`. */
export function shouldFail(failOn: FailOn, counts: Pick<Totals, 'errors' | 'warnings'>): boolean {
  switch (failOn) {
    case 'error':
      return counts.errors > 0;
    case 'warning':
      return counts.errors + counts.warnings > 0;
    case 'never':
      return false;
    default:
      throw new TypeError(`Unknown fail-on ${JSON.stringify(failOn satisfies never)}`);
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The failure message for `core.setFailed`: one line, no stack. */
export function describeFailure(error: unknown): string {
  if (isMedlintError(error) || error instanceof GitHubApiError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `medlint: internal error: ${message} (please report it at https://github.com/medlint/medlint/issues)`;
}

function linkOverrides(inputs: ActionInputs, environment: ActionEnvironment): LinkOptionsInput {
  const overrides: LinkOptionsInput = {
    // The input decides, not the config: a pull request can edit the config, and must not be
    // able to point the runner at its own network.
    allowPrivate: inputs.allowPrivate,
    githubToken: inputs.githubToken === '' ? null : inputs.githubToken,
    githubApiUrl: environment.apiUrl,
    apis: environment.registryApis,
  };
  if (environment.huggingfaceToken) overrides.huggingfaceToken = environment.huggingfaceToken;
  if (inputs.cache !== undefined) {
    overrides.cache = {
      path: path.resolve(environment.workspace, inputs.cache),
      maxAgeMs: inputs.reportIssue ? REPORT_CACHE_MAX_AGE_MS : CACHE_MAX_AGE_MS,
      root: environment.workspace,
    };
  }
  return overrides;
}

/** The summary, listing fewer findings until it fits GitHub's size limit. */
function summaryText(results: readonly FileResult[], notes: readonly string[], omitted: OmittedCounts): string {
  for (const maxFindings of [Number.POSITIVE_INFINITY, 2000, 1000, 500, 200, 50, 0]) {
    const text = formatMarkdown(results, {
      notes: Number.isFinite(maxFindings) ? [...notes, 'The summary is shortened to fit GitHub’s size limit; the report file has every finding.'] : notes,
      omittedAnnotations: omitted,
      maxFindings,
    });
    if (Buffer.byteLength(text) <= MAX_SUMMARY_BYTES) return text;
  }
  return '## medlint\n\nToo many findings for a job summary; see the report file.\n';
}

async function lint(
  inputs: ActionInputs,
  environment: ActionEnvironment,
  notes: string[],
): Promise<{ results: FileResult[]; pullRequest: boolean; failures: MedlintError[] }> {
  const cwd = environment.workspace;
  const config = await loadConfig({ cwd, configPath: inputs.config });
  let files = await resolveFiles(inputs.files, cwd);
  let mode = inputs.checkLinks;
  let changed: ChangedFiles | undefined;

  if (mode === 'changed') {
    if (environment.pullRequestNumber === undefined || environment.repo === undefined) {
      notes.push('`check-links: changed` needs a pull request event; every link was checked.');
      mode = 'all';
    } else if (inputs.githubToken === '') {
      throw new GitHubApiError('Input `github-token` is empty; `check-links: changed` needs it to read the pull request’s files.', undefined);
    } else {
      const client = createGitHubClient(inputs.githubToken, environment.apiUrl);
      changed = await fetchChangedFiles(client, environment.repo, environment.pullRequestNumber);
      notes.push(...changed.notes);
      const all = files.length;
      files = changedListFiles(files, changed, cwd);
      notes.push(
        `Changed mode: ${files.length} of ${plural(all, 'list')} changed in pull request #${environment.pullRequestNumber}; only the entries it added or modified are link-checked and reported.`,
      );
    }
  }

  // A file that runs out of its parse budget is given up; the others are still linted and reported.
  const failures: MedlintError[] = [];
  const options: PipelineOptions = {
    config,
    cwd,
    links: mode === 'none' ? null : linkOptionsFromConfig(config, linkOverrides(inputs, environment)),
    onFileFailure: (error) => failures.push(error),
  };
  if (changed !== undefined) options.selectLink = selectChangedLinks(changed, cwd);
  log(`medlint: checking ${plural(files.length, 'file')}${mode === 'none' ? ' (links not checked)' : ''}: ${files.join(', ')}`);
  let results = files.length === 0 ? [] : await lintFiles(files, options);
  for (const failure of failures) {
    core.error(showControlCharacters(failure.message));
    notes.push(`Not linted: ${failure.message}`);
  }

  if (changed !== undefined) {
    const restricted = restrictToDiff(results, changed, cwd);
    results = restricted.results;
    if (restricted.outside > 0) {
      notes.push(`${plural(restricted.outside, 'finding')} on lines this pull request did not touch ${restricted.outside === 1 ? 'is' : 'are'} not reported.`);
    }
  }
  return { results, pullRequest: changed !== undefined, failures };
}

async function runAction(): Promise<void> {
  const environment = readEnvironment(process.env, process.cwd());
  const inputs = parseInputs((name) => core.getInput(name), environment.eventName);
  if (environment.eventName === 'pull_request_target') {
    core.notice('medlint runs on pull_request_target: never check out the pull request’s head in this workflow (see the README, Security).');
  }
  const notes: string[] = [];
  const linted = await lint(inputs, environment, notes);
  let results = linted.results;

  let issueNumber: number | null = null;
  if (inputs.reportIssue) {
    if (environment.repo === undefined) {
      throw new GitHubApiError('GITHUB_REPOSITORY is not set; `report-issue` needs to know the repository.', undefined);
    }
    const outcome = await syncReportIssue(createGitHubClient(inputs.githubToken, environment.apiUrl), results, {
      ...environment.repo,
      title: inputs.issueTitle,
      labels: inputs.issueLabels,
      minFailures: inputs.minFailures,
      today: isoDate(new Date()),
      runUrl: environment.runUrl,
      log,
    });
    issueNumber = outcome.issueNumber;
    results = withoutUnconfirmedFailures(results, outcome.report);
    const failing = new Set(outcome.report.failing.map((item) => item.url)).size;
    if (failing > 0) {
      notes.push(`${plural(failing, 'link')} failed for fewer than ${inputs.minFailures} runs in a row; the report issue lists ${failing === 1 ? 'it' : 'them'} as failing, not dead.`);
    }
    if (issueNumber !== null) notes.push(`Report issue #${issueNumber}: ${outcome.action}.`);
  }

  const counts = totals(results);
  const failed = shouldFail(inputs.failOn, counts);
  // Keep one error slot for setFailed's own `::error`, so the failure message is always shown.
  const plan = planAnnotations(results, { error: GITHUB_ANNOTATION_LIMIT - (failed ? 1 : 0), warning: GITHUB_ANNOTATION_LIMIT });
  for (const diagnostic of plan.shown) process.stdout.write(`${formatAnnotation(diagnostic)}\n`);
  const omitted = describeOmitted(plan.omitted);
  if (omitted !== '') log(`medlint: ${omitted}`);

  const reportPath = path.join(environment.tempDir, 'medlint-report.md');
  await mkdir(environment.tempDir, { recursive: true });
  await writeFile(reportPath, formatMarkdown(results, { notes, omittedAnnotations: plan.omitted }), 'utf8');
  if (environment.summaryPath !== undefined) {
    // A summary that cannot be written is worth a log line, not a failed check.
    // On a pull request, what --fix would fix inside its changes, and the command to apply it.
    const fixes = linted.pullRequest ? await fixSummary(results, environment.workspace).catch(() => '') : '';
    const summary = summaryText(results, notes, plan.omitted);
    // The fixes only when the whole still fits GitHub's size limit.
    const withFixes = fixes === '' ? summary : `${summary}\n${fixes}`;
    await appendFile(environment.summaryPath, Buffer.byteLength(withFixes) <= MAX_SUMMARY_BYTES ? withFixes : summary, 'utf8').catch((error: unknown) => {
      log(`medlint: could not write the job summary (${error instanceof Error ? error.message : String(error)}); the report file has it.`);
    });
  }

  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  core.setOutput('dead-links', counts.deadLinks);
  core.setOutput('report', reportPath);
  core.setOutput('issue-number', issueNumber ?? '');
  log(`medlint: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.deadLinks, 'dead link')}.`);

  if (linted.failures.length > 0) {
    core.setFailed(`medlint could not lint ${plural(linted.failures.length, 'file')} within the parse budget; the job summary names ${linted.failures.length === 1 ? 'it' : 'them'}.`);
  } else if (failed) {
    core.setFailed(
      `medlint found ${plural(counts.errors, 'error')} and ${plural(counts.warnings, 'warning')} (fail-on: ${inputs.failOn}); the job summary lists them.`,
    );
  }
}

/** The Action's entry point: runs once, reports failure through `core.setFailed`, never throws. */
export async function run(): Promise<void> {
  try {
    await runAction();
  } catch (error) {
    if (!(isMedlintError(error) || error instanceof GitHubApiError) && error instanceof Error && error.stack !== undefined) {
      core.debug(error.stack);
    }
    core.setFailed(describeFailure(error));
  }
}
