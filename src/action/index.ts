/**
 * The Action's bundle entry (`dist/index.js`). The parts, in the order they run:
 *
 *   inputs.ts          parse and validate the inputs
 *   environment.ts     GITHUB_* variables and the event payload
 *   changed-lines.ts   pulls files API → changed files and lines (changed mode)
 *   changed-mode.ts    which files to lint, links to check, findings to report
 *   main.ts            config → files → pipeline → annotations, summary, outputs
 *   link-report.ts     scheduled mode: dead / failing / redirects / unverified
 *   history.ts         failure streaks per URL, kept in the issue body
 *   issue-body.ts      the report issue's Markdown
 *   report-issue.ts    find, create, edit or close the one report issue
 *   github-api.ts      the Octokit client, pages, API errors as one line
 */
import * as core from '@actions/core';
import { run } from './main.js';

// run() reports its own failures; this catch is for a failure to report them.
await run().catch((error: unknown) => {
  core.setFailed(error instanceof Error ? error.message : String(error));
});
