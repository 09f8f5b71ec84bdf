import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, GitHubApiError } from '../../src/action/github-api.js';
import { readHistory } from '../../src/action/history.js';
import { MAX_BODY_LENGTH, REPORT_MARKER } from '../../src/action/issue-body.js';
import { syncReportIssue, type ReportIssueOptions } from '../../src/action/report-issue.js';
import type { FileResult } from '../../src/results/file-result.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { diagnostic, entry, fileResult } from './build-results.js';

let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer();
});
afterEach(async () => {
  await server.close();
});

function options(fields: Partial<ReportIssueOptions> = {}): ReportIssueOptions {
  return {
    owner: server.owner,
    repo: server.repo,
    title: 'Dead links report',
    labels: ['medlint-report', 'links'],
    minFailures: 2,
    today: '2025-01-03',
    runUrl: undefined,
    ...fields,
  };
}

const client = () => createGitHubClient(server.token, server.url);

function deadLinkResults(urls: string[] = ['https://dead.example.org/']): FileResult[] {
  return [
    fileResult(
      'README.md',
      urls.map((url, index) =>
        diagnostic({ ruleId: 'link-dead', line: index + 3, message: `Unexpected dead link \`${url}\` (HTTP \`404\`)`, actual: url }),
      ),
      urls.map((url, index) => entry({ name: `Dataset ${index}`, line: index + 3, url })),
    ),
  ];
}
const healthy: FileResult[] = [fileResult('README.md', [], [entry({ name: 'Fine', line: 3 })])];

const writes = () => server.requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`);

describe('syncReportIssue', () => {
  it('creates one labelled issue when problems are found and none is open', async () => {
    const outcome = await syncReportIssue(client(), deadLinkResults(), options());
    expect(outcome).toMatchObject({ action: 'created', issueNumber: 1 });
    expect(server.issues).toHaveLength(1);
    const [issue] = server.issues;
    expect(issue).toMatchObject({ title: 'Dead links report', state: 'open', labels: ['medlint-report', 'links'] });
    expect(issue!.body.startsWith(REPORT_MARKER)).toBe(true);
    expect(issue!.body).toContain('Failing once (1)');
    expect(readHistory(issue!.body).history.get('https://dead.example.org/')).toEqual({ since: '2025-01-03', runs: 1 });
    expect(writes()).toEqual([
      'POST /repos/medlint-test/datasets/labels',
      'POST /repos/medlint-test/datasets/labels',
      'POST /repos/medlint-test/datasets/issues',
    ]);
  });

  it('edits the same issue in place on the next run and reports the link dead after min-failures runs', async () => {
    await syncReportIssue(client(), deadLinkResults(), options());
    const outcome = await syncReportIssue(client(), deadLinkResults(), options({ today: '2025-01-04' }));
    expect(outcome).toMatchObject({ action: 'updated', issueNumber: 1 });
    expect(server.issues).toHaveLength(1);
    const body = server.issues[0]!.body;
    expect(body).toContain('Dead links (1)');
    expect(body).toContain('failing since 2025-01-03, 2 runs in a row');
    expect(body).not.toContain('Failing once');
    expect(writes().filter((line) => line.endsWith('/issues'))).toHaveLength(1);
    expect(writes().at(-1)).toBe('PATCH /repos/medlint-test/datasets/issues/1');
  });

  it('keeps the boxes a maintainer ticked when it edits the body', async () => {
    await syncReportIssue(client(), deadLinkResults(), options({ minFailures: 1 }));
    const issue = server.issues[0]!;
    issue.body = issue.body.replace('- [ ] ', '- [x] ');
    await syncReportIssue(client(), deadLinkResults(), options({ minFailures: 1 }));
    expect(issue.body).toMatch(/^- \[x\] \*\*Dataset 0\*\*/m);
  });

  it('comments and closes the issue when every link is healthy, then leaves things alone', async () => {
    await syncReportIssue(client(), deadLinkResults(), options());
    const closed = await syncReportIssue(client(), healthy, options({ runUrl: 'https://github.com/o/r/actions/runs/9' }));
    expect(closed).toMatchObject({ action: 'closed', issueNumber: 1 });
    const issue = server.issues[0]!;
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(issue.comments.map((item) => item.body)).toEqual([
      'Every link is healthy as of 2025-01-03 ([workflow run](https://github.com/o/r/actions/runs/9)). Closing; medlint opens a new issue when a link fails again.',
    ]);
    expect(readHistory(issue.body).history.size).toBe(0);

    const before = server.requests.length;
    expect(await syncReportIssue(client(), healthy, options())).toMatchObject({ action: 'none', issueNumber: null });
    expect(server.requests.slice(before).map((request) => request.method)).toEqual(['GET']);
  });

  it('opens a new issue after the old one was closed, starting the history over', async () => {
    await syncReportIssue(client(), deadLinkResults(), options());
    await syncReportIssue(client(), healthy, options());
    const outcome = await syncReportIssue(client(), deadLinkResults(), options());
    expect(outcome).toMatchObject({ action: 'created', issueNumber: 2 });
    expect(server.openIssues().map((issue) => issue.number)).toEqual([2]);
  });

  it('never leaves two open issues when two runs race to create one', async () => {
    // Every answer takes a while, so both runs list (nothing), then both create.
    server.latencyMs = 40;
    const [first, second] = await Promise.all([
      syncReportIssue(client(), deadLinkResults(), options()),
      syncReportIssue(client(), deadLinkResults(), options()),
    ]);
    expect(server.issues.filter((issue) => issue.labels.includes('medlint-report'))).toHaveLength(2);
    expect(server.openIssues('medlint-report').map((issue) => issue.number)).toEqual([1]);
    expect([first.issueNumber, second.issueNumber]).toEqual([1, 1]);
    const duplicate = server.issues[1]!;
    expect(duplicate).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(duplicate.comments.map((item) => item.body)).toEqual([
      'Closing as a duplicate of #1: two medlint runs opened a report at the same time.',
    ]);
  });

  it('keeps the oldest report issue and closes newer ones it finds open', async () => {
    server.addIssue({ title: 'old', body: `${REPORT_MARKER}\nold`, labels: ['medlint-report'] });
    server.addIssue({ title: 'newer', body: `${REPORT_MARKER}\nnewer`, labels: ['medlint-report'] });
    const outcome = await syncReportIssue(client(), deadLinkResults(), options());
    expect(outcome).toMatchObject({ action: 'updated', issueNumber: 1 });
    expect(server.openIssues().map((issue) => issue.number)).toEqual([1]);
  });

  it('ignores a human issue and a pull request that carry the label but not the marker', async () => {
    server.addIssue({ title: 'Please fix links', body: 'I noticed dead links', labels: ['medlint-report'] });
    server.addIssue({ title: 'PR', body: REPORT_MARKER, labels: ['medlint-report'], pull_request: { url: 'x' } });
    const outcome = await syncReportIssue(client(), deadLinkResults(), options());
    expect(outcome).toMatchObject({ action: 'created', issueNumber: 3 });
    expect(server.issues[0]!.body).toBe('I noticed dead links');
  });

  it('finds its issue on a later page of the issues list', async () => {
    for (let index = 0; index < 120; index += 1) server.addIssue({ title: `human ${index}`, labels: ['medlint-report'] });
    server.addIssue({ title: 'report', body: REPORT_MARKER, labels: ['medlint-report'] });
    const outcome = await syncReportIssue(client(), deadLinkResults(), options());
    expect(outcome).toMatchObject({ action: 'updated', issueNumber: 121 });
    const lists = server.requests.filter((request) => request.method === 'GET');
    expect(lists.map((request) => request.query)).toEqual([
      { labels: 'medlint-report', state: 'open', sort: 'created', direction: 'asc', per_page: '100', page: '1' },
      { labels: 'medlint-report', state: 'open', sort: 'created', direction: 'asc', per_page: '100', page: '2' },
    ]);
  });

  it('fits a very long report into the 65,536 characters of an issue body', async () => {
    const urls = Array.from({ length: 1500 }, (_, index) => `https://dead-${index}.example.org/a-long-path/with-many-segments/${index}`);
    await syncReportIssue(client(), deadLinkResults(urls), options({ minFailures: 1 }));
    const body = server.issues[0]!.body;
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_LENGTH);
    expect(body).toMatch(/… and \d+ more; the job summary of the run lists them all\./);
    expect(readHistory(body).history.size).toBeGreaterThan(100);
  });

  it('fails with one line naming `issues: write` when the token may not write issues', async () => {
    server.denyIssuesWrite = true;
    const attempt = syncReportIssue(client(), deadLinkResults(), options());
    await expect(attempt).rejects.toThrow(GitHubApiError);
    await expect(attempt).rejects.toThrow(
      'medlint could not create the label `medlint-report`: GitHub answered 403 (Resource not accessible by integration). Give the job `permissions: issues: write` (or a token that has it) and run it again.',
    );
  });

  it('sends the token to the API server only, and every request carries it', async () => {
    await syncReportIssue(client(), deadLinkResults(), options());
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests.every((request) => request.headers.authorization === `token ${server.token}`)).toBe(true);
  });

  it('does not follow a redirect from the API, so the token cannot leave for another host', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const elsewhere = createServer((request, response) => {
      seen.push(request.headers);
      response.end('[]');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    try {
      server.redirectTo = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
      await expect(syncReportIssue(client(), deadLinkResults(), options())).rejects.toThrow(GitHubApiError);
      expect(seen).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => elsewhere.close(() => resolve()));
    }
  });
});
