/**
 * The Action's inputs, parsed and validated in one place. Pure: it reads inputs through the
 * function it is given (`core.getInput` in the Action, a table in tests) and throws a
 * `MedlintError` with code `usage` and a one-line message for a bad value.
 */
import { MedlintError } from '../diagnostics/medlint-error.js';

export type CheckLinksMode = 'all' | 'changed' | 'none';
export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  /** Globs of the lists to check (default: `README.md`). */
  files: string[];
  /** Config file path, or undefined to search as the CLI does. */
  config: string | undefined;
  /** (default: `changed` on pull_request events, `all` otherwise) */
  checkLinks: CheckLinksMode;
  /** (default: `error`) */
  failOn: FailOn;
  githubToken: string;
  /** Keep one open issue with the link report (default: `false`). */
  reportIssue: boolean;
  /** (default: `Dead links report`) */
  issueTitle: string;
  /** The first label finds the issue; all are set on it (default: `medlint-report`). */
  issueLabels: string[];
  /** Consecutive failing runs before a link is reported as dead (default: `2`). */
  minFailures: number;
  /** Link cache path, or undefined for no cache. */
  cache: string | undefined;
  /** Let the link checker request private, loopback and link-local addresses (default: `false`). */
  allowPrivate: boolean;
}

/** Reads one input as the toolkit does: trimmed, `''` when unset. */
export type InputReader = (name: string) => string;

/** Events that carry a pull request in their payload. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

function usage(message: string): MedlintError {
  return new MedlintError('usage', message);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`Input \`${name}\` is \`${value}\`, expected one of ${allowed.map((item) => `\`${item}\``).join(', ')}.`);
}

/** YAML 1.2 core booleans, as `core.getBooleanInput` accepts them. */
function booleanInput(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw usage(`Input \`${name}\` is \`${value}\`, expected \`true\` or \`false\`.`);
}

/** Splits a list input on newlines and commas; blank items and `#` comment lines are dropped. */
export function listInput(value: string): string[] {
  return value
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Parses every input. `eventName` (`GITHUB_EVENT_NAME`) decides the default of `check-links`.
 */
export function parseInputs(read: InputReader, eventName: string | undefined): ActionInputs {
  const isPullRequest = eventName !== undefined && PULL_REQUEST_EVENTS.has(eventName);
  const reportIssue = booleanInput('report-issue', read('report-issue'), false);
  const checkLinks = oneOf<CheckLinksMode>('check-links', read('check-links'), ['all', 'changed', 'none'], isPullRequest ? 'changed' : 'all');

  const minFailuresText = read('min-failures');
  const minFailures = minFailuresText === '' ? 2 : Number(minFailuresText);
  if (!Number.isInteger(minFailures) || minFailures < 1 || minFailures > 100) {
    throw usage(`Input \`min-failures\` is \`${minFailuresText}\`, expected a whole number from 1 to 100.`);
  }

  const issueLabels = listInput(read('issue-labels'));
  for (const label of issueLabels) {
    if (label.length > 50) throw usage(`Input \`issue-labels\` has \`${label}\`, longer than GitHub's 50 characters.`);
  }

  if (reportIssue && isPullRequest) {
    throw usage('Input `report-issue` is for scheduled runs; run it on `schedule` or `workflow_dispatch`, not on pull requests.');
  }
  if (reportIssue && checkLinks !== 'all') {
    throw usage(`Input \`report-issue\` needs \`check-links: all\` (it is \`${checkLinks}\`): the report covers every link.`);
  }

  const files = listInput(read('files'));
  const token = read('github-token');
  if (reportIssue && token === '') {
    throw usage('Input `github-token` is empty; `report-issue` needs a token with `issues: write`.');
  }
  const config = read('config');
  const cache = read('cache');
  const title = read('issue-title');
  return {
    files: files.length > 0 ? files : ['README.md'],
    config: config === '' ? undefined : config,
    checkLinks,
    failOn: oneOf<FailOn>('fail-on', read('fail-on'), ['error', 'warning', 'never'], 'error'),
    githubToken: token,
    reportIssue,
    issueTitle: title === '' ? 'Dead links report' : title,
    issueLabels: issueLabels.length > 0 ? issueLabels : ['medlint-report'],
    minFailures,
    cache: cache === '' ? undefined : cache,
    allowPrivate: booleanInput('allow-private', read('allow-private'), false),
  };
}
