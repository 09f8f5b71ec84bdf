import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { tempDir } from '../helpers/temp-dir.js';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const committed = path.join(root, 'dist', 'index.js');
const sha256 = (text: Buffer | string): string => createHash('sha256').update(text).digest('hex');

describe('the committed bundle', () => {
  let rebuilt: Buffer;
  let scratch: string;

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'medlint-bundle-'));
    const outfile = path.join(scratch, 'index.js');
    await run(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), 'action', '--outfile', outfile], { cwd: root });
    rebuilt = readFileSync(outfile);
  }, 60_000);
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('is exactly what the sources build to (run `npm run build:action` and commit dist/ when this fails)', () => {
    // Compare digests: a 4 MB diff helps nobody; the fix is always to rebuild.
    expect(sha256(readFileSync(committed)), 'dist/index.js is stale: run `npm run build:action`').toBe(sha256(rebuilt));
    // The parse thread, beside it: the parse budget needs a thread it can stop.
    const worker = path.join(path.dirname(committed), 'lint-worker.js');
    expect(existsSync(worker), 'dist/lint-worker.js is missing: run `npm run build:action`').toBe(true);
    expect(sha256(readFileSync(worker)), 'dist/lint-worker.js is stale: run `npm run build:action`').toBe(sha256(readFileSync(path.join(scratch, 'lint-worker.js'))));
  });

  it('holds no absolute path of the machine that built it', () => {
    const text = rebuilt.toString('utf8');
    for (const local of [root, homedir(), scratch]) expect(text.includes(`${local}${path.sep}`), local).toBe(false);
  });

  it("validates configs with code compiled at build time, without ajv's compiler", () => {
    const text = rebuilt.toString('utf8');
    expect(text).toContain('// precompiled:src/config/validators.ts');
    expect(text).not.toContain('ajv/dist/compile');
  });

  it('is an ES module that loads require() for the CommonJS it bundles', () => {
    const head = rebuilt.toString('utf8').slice(0, 200);
    expect(head).toContain("import { createRequire as __medlintCreateRequire } from 'node:module';");
  });
});

describe('the bundle as the runner starts it', () => {
  let api: GitHubServer;
  beforeAll(async () => {
    api = await startGitHubServer();
  });
  afterAll(async () => {
    await api.close();
  });

  it('prints annotations, writes outputs and the summary, and exits 1 on errors', async () => {
    const workspace = tempDir({ 'README.md': '# D\n\n## Images\n\n- Gamma https://example.org/g\n' });
    const runner = tempDir({ 'output.txt': '', 'summary.md': '', 'event.json': '{}' });
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: path.join(runner, 'event.json'),
      GITHUB_REPOSITORY: `${api.owner}/${api.repo}`,
      GITHUB_API_URL: api.url,
      GITHUB_OUTPUT: path.join(runner, 'output.txt'),
      GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md'),
      RUNNER_TEMP: runner,
      'INPUT_CHECK-LINKS': 'none',
      'INPUT_GITHUB-TOKEN': api.token,
    };
    const failure = await run(process.execPath, [committed], { cwd: workspace, env }).then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const lines = (failure?.stdout ?? '').split('\n');
    expect(lines.filter((line) => line.startsWith('::error file=README.md,line=5,'))).toHaveLength(2);
    expect(lines).toContain('::error::medlint found 2 errors and 0 warnings (fail-on: error); the job summary lists them.');
    expect(readFileSync(path.join(runner, 'output.txt'), 'utf8')).toMatch(/^errors<<(\S+)\n2\n\1$/m);
    expect(readFileSync(path.join(runner, 'summary.md'), 'utf8')).toContain('**2 errors**');
    expect(api.requests).toEqual([]);
    writeFileSync(path.join(runner, 'output.txt'), '');
  });
});
