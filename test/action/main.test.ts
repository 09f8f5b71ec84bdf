import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { startHttpServer, type TestServer } from '../helpers/http-server.js';
import { tempDir } from '../helpers/temp-dir.js';
import { runAction } from './run-action.js';

const CLEAN = '# Datasets\n\n## Images\n\n- [Alpha](https://example.org/alpha) - 10 chest images.\n';
const BROKEN = '# Datasets\n\n## Images\n\n- [Alpha](https://example.org/alpha) - 10 chest images.\n- Gamma https://example.org/gamma\n';

/** The command name of a workflow command line (`error`, `warning`, …). */
const commandName = (line: string): string => /^::([\w-]+)/.exec(line.trimStart())?.[1] ?? '';

let api: GitHubServer;
let links: TestServer;

beforeEach(async () => {
  api = await startGitHubServer();
  const alive = (_request: unknown, response: { end(text: string): void }) => void response.end('ok');
  links = await startHttpServer({ '/alive': alive, '/alive-b': alive, '/alive-g': alive });
});
afterEach(async () => {
  await api.close();
  await links.close();
});

describe('the Action on a push, without link checks', () => {
  it('annotates each finding, writes the summary, the report and the outputs, and fails', async () => {
    const workspace = tempDir({ 'README.md': BROKEN });
    const result = await runAction({ workspace, inputs: { 'check-links': 'none' } });
    expect(result.commands.filter((line) => line.startsWith('::error file='))).toEqual([
      expect.stringMatching(/^::error file=README\.md,line=6,endLine=6,col=1,endColumn=\d+,title=entry-description::Unexpected entry `Gamma` without a description/),
      expect.stringMatching(/^::error file=README\.md,line=6,endLine=6,col=9,endColumn=\d+,title=entry-link::Unexpected bare URL `https:\/\/example\.org\/gamma`/),
    ]);
    expect(result.outputs).toMatchObject({ errors: '2', warnings: '0', 'dead-links': '0', 'issue-number': '' });
    expect(result.outputs['report']).toMatch(/medlint-report\.md$/);
    expect(result.outputs['report-text']).toContain('| 6:1  | Gamma | error    | [`entry-description`]');
    expect(result.summary).toContain('**2 errors**, **0 warnings** in 1 file checked, 2 entries.');
    expect(result.summary).toContain('#### Datasets › Images');
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe('medlint found 2 errors and 0 warnings (fail-on: error); the job summary lists them.');
    expect(api.requests).toEqual([]);
  });

  it('passes a clean list', async () => {
    const workspace = tempDir({ 'README.md': CLEAN });
    const result = await runAction({ workspace, inputs: { 'check-links': 'none' } });
    expect(result.commands).toEqual([]);
    expect(result.exitCode).toBeUndefined();
    expect(result.summary).toBe('## medlint\n\nNo problems found: 1 file checked, 1 entry.\n');
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '0' });
  });

  it('reports without failing under fail-on never, and fails on warnings under fail-on warning', async () => {
    const workspace = tempDir({ 'README.md': BROKEN });
    expect((await runAction({ workspace, inputs: { 'check-links': 'none', 'fail-on': 'never' } })).exitCode).toBeUndefined();
    const redirect = tempDir({ 'README.md': `# D\n\n## Images\n\n- [Alpha](${links.url('/moved')}) - 10 chest images.\n` });
    links.route('/moved', (_request, response) => {
      response.writeHead(301, { location: '/alive' });
      response.end();
    });
    const warned = await runAction({ workspace: redirect, inputs: { 'check-links': 'all', 'allow-private': 'true', 'fail-on': 'warning' } });
    expect(warned.outputs).toMatchObject({ errors: '0', warnings: '1' });
    expect(warned.commands[0]).toMatch(/^::warning file=README\.md,line=5,.*title=link-redirect::/);
    expect(warned.exitCode).toBe(1);
  });

  it('caps annotations at 10 per kind, keeping one error slot for the failure message, and lists all in the summary', async () => {
    const lines = Array.from({ length: 8 }, (_, index) => `- Name${index} https://example.org/${index}`);
    // `style: "link"`: the eight bare URLs are errors although they make the list's own style.
    const workspace = tempDir({
      'README.md': `# D\n\n## Images\n\n${lines.join('\n')}\n`,
      '.medlintrc.json': '{ "rules": { "entry-link": ["error", { "style": "link" }] } }',
    });
    const result = await runAction({ workspace, inputs: { 'check-links': 'none' } });
    expect(result.commands.filter((line) => line.startsWith('::error file='))).toHaveLength(9);
    expect(result.commands.filter((line) => line.startsWith('::error::'))).toHaveLength(1);
    expect(result.stdout).toContain(
      'medlint: 7 more errors not annotated: GitHub shows 10 annotations of each kind per step; the job summary lists every finding.',
    );
    expect(result.summary).toContain('7 more errors not annotated');
    expect(result.summary.match(/^\| \d+:\d+ /gm)).toHaveLength(16);
  });
});

describe('the Action against hostile input', () => {
  it('cannot be made to print another workflow command through names, messages or file names', async () => {
    const workspace = tempDir({
      'lists/evil\n::set-output name=pwned::1.md': '# D\n\n## A\n\n- Evil%0A::set-output name=pwned::1 https://example.org/e\n',
      'lists/ok.md': '# D\n\n## X%0D%0A::add-mask::secret\n\n- \u001b[31mRed::error::x https://example.org/r\n',
    });
    const result = await runAction({ workspace, inputs: { files: 'lists/*.md', 'check-links': 'none' } });
    expect(new Set(result.commands.map(commandName))).toEqual(new Set(['error']));
    expect(result.stdout).not.toMatch(/\u001b/);
    expect(result.outputs['pwned']).toBeUndefined();
    expect(Object.keys(result.outputs).sort()).toEqual(['dead-links', 'errors', 'issue-number', 'report', 'report-text', 'warnings']);
    // The names arrive intact, escaped: the runner decodes %250A back to the literal %0A.
    expect(result.stdout).toContain('Evil%250A::set-output name=pwned::1');
    expect(result.stdout).toContain('file=lists/evil%0A%3A%3Aset-output name=pwned%3A%3A1.md');
    expect(result.summary).not.toMatch(/\u001b/);
  });
});

describe('changed-entries mode on a pull request', () => {
  const list = (port: string) =>
    [
      '# Datasets',
      '',
      '## Images',
      '',
      `- [Alpha](${port}/dead-old) - 10 chest images.`,
      `- [Beta](${port}/alive) - 20 brain scans.`,
      `- [Gamma](${port}/dead-new) - 30 knee images.`,
      `- Delta ${port}/alive`,
      '',
    ].join('\n');
  const pullRequest = { name: 'pull_request', payload: { pull_request: { number: 5 } } };

  it('checks and reports only the entries the pull request added', async () => {
    const workspace = tempDir({ 'README.md': list(links.origin), 'other.md': '# X\n\n## Y\n\n- Bad https://example.org/b\n' });
    api.pulls.set(5, [
      {
        filename: 'README.md',
        status: 'modified',
        changes: 1,
        patch: `@@ -5,3 +5,4 @@\n - [Alpha](${links.origin}/dead-old) - 10 chest images.\n - [Beta](${links.origin}/alive) - 20 brain scans.\n+- [Gamma](${links.origin}/dead-new) - 30 knee images.\n - Delta ${links.origin}/alive`,
      },
    ]);
    const result = await runAction({ workspace, api, event: pullRequest, inputs: { files: '*.md', 'allow-private': 'true' } });
    expect(links.requests.map((request) => request.path)).toEqual(expect.arrayContaining(['/dead-new']));
    expect(new Set(links.requests.map((request) => request.path))).toEqual(new Set(['/dead-new']));
    expect(result.commands.filter((line) => line.startsWith('::error file='))).toEqual([
      expect.stringMatching(/^::error file=README\.md,line=7,endLine=7,col=3,endColumn=\d+,title=link-dead::/),
    ]);
    expect(result.outputs).toMatchObject({ errors: '1', 'dead-links': '1' });
    expect(result.summary).toContain('Changed mode: 1 of 2 lists changed in pull request #5');
    expect(result.summary).toContain('3 findings on lines this pull request did not touch are not reported.');
    expect(result.exitCode).toBe(1);
    expect(api.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /repos/medlint-test/datasets/pulls/5/files']);
  });

  it('does not fail a pull request that moves an entry because of an untouched dead link elsewhere', async () => {
    const moved = [
      '# Datasets',
      '',
      '## Images',
      '',
      `- [Alpha](${links.origin}/dead-old) - 10 chest images.`,
      `- [Gamma](${links.origin}/alive-g) - 30 knee images.`,
      `- [Beta](${links.origin}/alive-b) - 20 brain scans.`,
      '',
    ].join('\n');
    const workspace = tempDir({ 'README.md': moved });
    api.pulls.set(5, [
      {
        filename: 'README.md',
        status: 'modified',
        changes: 2,
        patch: `@@ -5,3 +5,3 @@\n - [Alpha](${links.origin}/dead-old) - 10 chest images.\n-- [Beta](${links.origin}/alive-b) - 20 brain scans.\n - [Gamma](${links.origin}/alive-g) - 30 knee images.\n+- [Beta](${links.origin}/alive-b) - 20 brain scans.`,
      },
    ]);
    const result = await runAction({ workspace, api, event: pullRequest, inputs: { 'allow-private': 'true' } });
    expect(links.count('/dead-old')).toBe(0);
    expect(links.count('/alive-g')).toBe(0);
    expect(links.count('/alive-b')).toBeGreaterThan(0);
    expect(result.commands).toEqual([]);
    expect(result.exitCode).toBeUndefined();
  });

  it('counts the fixes inside the diff in the summary, shows them as a collapsed diff, and gives the command', async () => {
    const text = [
      '# Datasets',
      '',
      '## Images',
      '',
      `- [Alpha] (${links.origin}/alive) - 10 chest images.`,
      `- [Gamma] (${links.origin}/alive-g) - 30 knee images.`,
      `- [Beta](htps://example.org/b) - 20 brain scans.`,
      '',
    ].join('\n');
    const workspace = tempDir({ 'README.md': text });
    api.pulls.set(5, [
      {
        filename: 'README.md',
        status: 'modified',
        changes: 2,
        patch: `@@ -5,1 +5,3 @@\n - [Alpha] (${links.origin}/alive) - 10 chest images.\n+- [Gamma] (${links.origin}/alive-g) - 30 knee images.\n+- [Beta](htps://example.org/b) - 20 brain scans.`,
      },
    ]);
    const result = await runAction({ workspace, api, event: pullRequest, inputs: { 'allow-private': 'true' } });
    expect(result.summary).toContain('### Fixable');
    expect(result.summary).toContain("2 findings in this pull request's changes can be fixed by `--fix`.");
    expect(result.summary).toContain('npx medlint --fix README.md');
    expect(result.summary).toMatch(/<details>\n<summary>The fixes as a diff<\/summary>\n\n```diff\n--- a\/README\.md\n\+\+\+ b\/README\.md\n@@ /);
    expect(result.summary).toContain(`+- [Gamma](${links.origin}/alive-g) - 30 knee images.`);
    expect(result.summary).toContain('+- [Beta](https://example.org/b) - 20 brain scans.');
    // The untouched line's fix is not part of it.
    expect(result.summary).not.toContain(`+- [Alpha](${links.origin}/alive)`);
    expect(result.summary).toContain('1 finding on lines this pull request did not touch is not reported.');
  });

  it('lints nothing when the pull request changes no list', async () => {
    const workspace = tempDir({ 'README.md': BROKEN });
    api.pulls.set(5, [{ filename: 'src/app.ts', status: 'modified', changes: 1, patch: '@@ -1 +1 @@\n-a\n+b' }]);
    const result = await runAction({ workspace, api, event: pullRequest });
    expect(result.exitCode).toBeUndefined();
    expect(result.summary).toContain('Changed mode: 0 of 1 list changed in pull request #5');
  });

  it('fails with one line when the token may not read the pull request', async () => {
    const workspace = tempDir({ 'README.md': CLEAN });
    const result = await runAction({ workspace, api, event: { name: 'pull_request', payload: { pull_request: { number: 99 } } } });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      'medlint could not list the files of pull request #99: GitHub answered 404 (Not Found). Give the job `permissions: pull-requests: read` (or a token that has it) and run it again.',
    );
  });
});

describe('the scheduled report', () => {
  const report = { 'report-issue': 'true', 'allow-private': 'true' };
  const schedule = { name: 'schedule' };

  function deadList(): string {
    return `# Datasets\n\n## Images\n\n- [Alpha](${links.url('/flaky')}) - 10 chest images.\n- [Beta](${links.url('/alive')}) - 20 brain scans.\n`;
  }

  it('creates the issue once, updates it in place, and closes it when the link recovers', async () => {
    const workspace = tempDir({ 'README.md': deadList() });

    const first = await runAction({ workspace, api, event: schedule, inputs: report });
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]!.body).toContain('Failing once (1)');
    expect(first.outputs).toMatchObject({ 'issue-number': '1', 'dead-links': '0', errors: '0' });
    expect(first.exitCode).toBeUndefined();

    const second = await runAction({ workspace, api, event: schedule, inputs: report });
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]!.body).toContain('Dead links (1)');
    expect(api.issues[0]!.body).toContain('2 runs in a row');
    expect(second.outputs).toMatchObject({ 'issue-number': '1', 'dead-links': '1', errors: '1' });
    expect(second.commands[0]).toMatch(/^::error file=README\.md,line=5,.*title=link-dead::/);
    expect(second.exitCode).toBe(1);
    expect(second.summary).toContain('Report issue #1: updated.');

    links.route('/flaky', (_request, response) => void response.end('back'));
    const third = await runAction({ workspace, api, event: schedule, inputs: report });
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(api.issues[0]!.comments).toHaveLength(1);
    expect(third.outputs).toMatchObject({ 'issue-number': '1', 'dead-links': '0' });
    expect(third.exitCode).toBeUndefined();
  });

  it('sends the token only to the API server, never to the links it checks', async () => {
    const workspace = tempDir({ 'README.md': deadList() });
    await runAction({ workspace, api, event: schedule, inputs: report });
    expect(api.requests.length).toBeGreaterThan(0);
    expect(api.requests.every((request) => request.headers.authorization === `token ${api.token}`)).toBe(true);
    expect(links.requests.length).toBeGreaterThan(0);
    for (const request of links.requests) {
      expect(request.headers.authorization).toBeUndefined();
      expect(JSON.stringify(request.headers)).not.toContain(api.token);
    }
  });

  it('never leaves two open issues when two runs start at once', async () => {
    const workspace = tempDir({ 'README.md': deadList() });
    api.latencyMs = 40;
    const result = await runAction({ workspace, api, event: schedule, inputs: report, concurrent: 2 });
    expect(api.issues).toHaveLength(2);
    expect(api.openIssues('medlint-report')).toHaveLength(1);
    expect(result.exitCode).toBeUndefined();
  });

  it('fails with one clear line when the token lacks issues: write', async () => {
    const workspace = tempDir({ 'README.md': deadList() });
    api.denyIssuesWrite = true;
    const result = await runAction({ workspace, api, event: schedule, inputs: report });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(
      'medlint could not create the label `medlint-report`: GitHub answered 403 (Resource not accessible by integration). Give the job `permissions: issues: write` (or a token that has it) and run it again.',
    );
    expect(result.stdout).not.toMatch(/^\s+at /m);
  });
});

describe('bad input', () => {
  it.each([
    [{ 'fail-on': 'sometimes' }, 'Input `fail-on` is `sometimes`, expected one of `error`, `warning`, `never`.'],
    [{ files: 'lists/*.md' }, 'lists/*.md: no files match this pattern'],
  ])('fails with one line for %j', async (inputs, message) => {
    const workspace = tempDir({ 'README.md': CLEAN });
    const result = await runAction({ workspace, inputs: { 'check-links': 'none', ...inputs } });
    expect(result.exitCode).toBe(1);
    expect(result.failure).toBe(message);
    expect(result.stdout).not.toMatch(/^\s+at /m);
  });
});
