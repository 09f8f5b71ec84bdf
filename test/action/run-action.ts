/**
 * Runs the Action's `run()` in-process the way the runner would: `INPUT_*` and `GITHUB_*`
 * variables, an event payload file, fresh `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` files and
 * `RUNNER_TEMP`; stdout captured. Restores the environment, stdout and `process.exitCode`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/action/main.js';
import type { GitHubServer } from '../helpers/github-server.js';

export interface ActionRunOptions {
  /** The checked-out repository. */
  workspace: string;
  /** Inputs by name as in action.yml (`check-links`, …). */
  inputs?: Record<string, string>;
  /** Event name and payload (default: `push`, `{}`). */
  event?: { name: string; payload?: unknown };
  /** The GitHub API stand-in; its URL becomes `GITHUB_API_URL` and its token the default `github-token`. */
  api?: GitHubServer;
  /** How many runs to start at once in this environment (default: `1`). */
  concurrent?: number;
}

export interface ActionRunResult {
  stdout: string;
  /** Lines of stdout that the runner would read as workflow commands. */
  commands: string[];
  outputs: Record<string, string>;
  summary: string;
  /** `process.exitCode` after the run: `1` when `core.setFailed` was called. */
  exitCode: number | undefined;
  /** The `::error::` line of `core.setFailed`, decoded, when there was one. */
  failure: string | undefined;
}

/** Parses `GITHUB_OUTPUT` (`name<<delimiter` … `delimiter` blocks). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const block = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(block)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRunResult> {
  const runner = mkdtempSync(path.join(tmpdir(), 'medlint-runner-'));
  const outputFile = path.join(runner, 'output.txt');
  const summaryFile = path.join(runner, 'summary.md');
  const eventFile = path.join(runner, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}));

  const savedEnv = { ...process.env };
  const savedExitCode = process.exitCode;
  for (const key of Object.keys(process.env)) {
    if (key.startsWith('INPUT_') || key.startsWith('GITHUB_') || key.startsWith('RUNNER_') || key === 'ACTIONS_STEP_DEBUG') {
      delete process.env[key];
    }
  }
  const inputs = { 'github-token': options.api?.token ?? '', ...options.inputs };
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  Object.assign(process.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: options.api === undefined ? 'medlint-test/datasets' : `${options.api.owner}/${options.api.repo}`,
    GITHUB_API_URL: options.api?.url ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runner,
  });

  let stdout = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  process.exitCode = undefined;
  let exitCode: number | undefined;
  try {
    await Promise.all(Array.from({ length: options.concurrent ?? 1 }, () => run()));
  } finally {
    process.stdout.write = write;
    exitCode = process.exitCode === undefined ? undefined : Number(process.exitCode);
    process.exitCode = savedExitCode;
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
  }

  const commands = stdout.split(/\r?\n/).filter((line) => line.trimStart().startsWith('::'));
  const failureLine = commands.find((line) => line.startsWith('::error::'));
  const result: ActionRunResult = {
    stdout,
    commands,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    exitCode,
    failure: failureLine?.slice('::error::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'),
  };
  // The report file lives in RUNNER_TEMP; keep its text before the folder goes.
  const report = result.outputs['report'];
  if (report !== undefined && report !== '') result.outputs['report-text'] = readFileSync(report, 'utf8');
  rmSync(runner, { recursive: true, force: true });
  return result;
}
