/**
 * What the runner tells the Action through `GITHUB_*` variables and the event payload file,
 * read once, at run time (not at import, as `@actions/github`'s `context` does, so that
 * in-process tests can run the Action several times with different environments).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { MedlintError } from '../diagnostics/medlint-error.js';
import { trimEndOf } from '../parse/linear-text.js';
import type { RepoRef } from './github-api.js';
import { apiOverrides } from '../links/options.js';
import type { RegistryApis } from '../links/types.js';

export interface ActionEnvironment {
  /** Where the repository is checked out; relative paths resolve against it. */
  workspace: string;
  eventName: string | undefined;
  /** `owner/name` of the repository the workflow runs in. */
  repo: RepoRef | undefined;
  /** Number of the pull request, on pull request events. */
  pullRequestNumber: number | undefined;
  /** REST API base URL: the only place the token is sent (default: `https://api.github.com`). */
  apiUrl: string;
  /** Link to this workflow run, for the report issue. */
  runUrl: string | undefined;
  /** `GITHUB_STEP_SUMMARY`, when the runner supports job summaries. */
  summaryPath: string | undefined;
  /** Directory for the report file (`RUNNER_TEMP`, else the OS temp directory). */
  tempDir: string;
  /** `MEDLINT_API_PHYSIONET`, `_ZENODO`, `_HUGGINGFACE`: where the registries' APIs are (never from the config). */
  registryApis: Partial<RegistryApis>;
  /** `HF_TOKEN`, for the Hugging Face API only. */
  huggingfaceToken: string | undefined;
}

function readPayload(eventPath: string | undefined): Record<string, unknown> {
  if (eventPath === undefined || eventPath === '') return {};
  let text: string;
  try {
    text = readFileSync(eventPath, 'utf8');
  } catch {
    throw new MedlintError('usage', `Cannot read the event payload ${eventPath} (GITHUB_EVENT_PATH).`);
  }
  try {
    const data = JSON.parse(text) as unknown;
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  } catch {
    throw new MedlintError('usage', `The event payload ${eventPath} (GITHUB_EVENT_PATH) is not valid JSON.`);
  }
}

function pullRequestNumber(payload: Record<string, unknown>): number | undefined {
  const pullRequest = payload['pull_request'];
  if (typeof pullRequest !== 'object' || pullRequest === null) return undefined;
  const number = (pullRequest as Record<string, unknown>)['number'];
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}

function repository(value: string | undefined): RepoRef | undefined {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(value ?? '');
  return match === null ? undefined : { owner: match[1] ?? '', repo: match[2] ?? '' };
}

/** Reads the environment of one run. */
export function readEnvironment(env: NodeJS.ProcessEnv, cwd: string): ActionEnvironment {
  const payload = readPayload(env['GITHUB_EVENT_PATH']);
  const repo = repository(env['GITHUB_REPOSITORY']);
  const serverUrl = trimEndOf(env['GITHUB_SERVER_URL'] || 'https://github.com', '/');
  const runId = env['GITHUB_RUN_ID'];
  return {
    workspace: env['GITHUB_WORKSPACE'] || cwd,
    eventName: env['GITHUB_EVENT_NAME'] || undefined,
    repo,
    pullRequestNumber: pullRequestNumber(payload),
    apiUrl: trimEndOf(env['GITHUB_API_URL'] || 'https://api.github.com', '/'),
    runUrl: repo !== undefined && runId !== undefined && /^\d+$/.test(runId) ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : undefined,
    summaryPath: env['GITHUB_STEP_SUMMARY'] || undefined,
    tempDir: env['RUNNER_TEMP'] || os.tmpdir(),
    // GITHUB_API_URL is `apiUrl` above; only the registries' come from here.
    registryApis: apiOverrides([], { ...env, GITHUB_API_URL: undefined }).apis ?? {},
    huggingfaceToken: env['HF_TOKEN'] || undefined,
  };
}
