/**
 * The pre-commit hooks (.pre-commit-hooks.yaml). The manifest's fields are always checked; the
 * hooks run through the real pre-commit (`pre-commit try-repo`) on a scratch repository with a
 * failing and a passing list when pre-commit 4 can be had (on PATH, named by MEDLINT_PRE_COMMIT, or
 * else installed from pip into a throwaway virtual environment) and npm's registry answers:
 * pre-commit installs medlint from git with npm, which fetches its dependencies. Otherwise the
 * test is skipped and says why, within about two minutes at most.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'medlint-pre-commit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  types?: string[];
  stages?: string[];
  pass_filenames?: boolean;
  require_serial?: boolean;
}

const hooks = parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

describe('the pre-commit manifest', () => {
  it('declares the hooks medlint (offline) and medlint-links (manual stage), both node hooks on Markdown files', () => {
    expect(hooks.map((hook) => hook.id)).toEqual(['medlint', 'medlint-links']);
    const [lint, links] = hooks as [Hook, Hook];
    for (const hook of hooks) {
      expect(hook.language).toBe('node');
      expect(hook.types).toEqual(['markdown']);
      // The staged file names are the arguments.
      expect(hook.pass_filenames ?? true).toBe(true);
      expect(hook.name).toMatch(/^medlint/);
    }
    expect(lint.entry).toBe('medlint --offline');
    expect(lint.stages).toBeUndefined();
    expect(links.entry).toBe('medlint');
    expect(links.stages).toEqual(['manual']);
  });

  it('names the command the package installs', () => {
    const { bin } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    for (const hook of hooks) expect(Object.keys(bin)).toContain(hook.entry.split(' ')[0]);
  });
});

/** Why the real pre-commit cannot run here, or null when it can. */
function unavailable(): { reason: string } | { command: string } {
  let command = process.env.MEDLINT_PRE_COMMIT ?? 'pre-commit';
  let version = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (version.status !== 0 && process.env.MEDLINT_PRE_COMMIT === undefined) {
    const fromPip = preCommitFromPip();
    if ('reason' in fromPip) return fromPip;
    command = fromPip.command;
    version = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  }
  if (version.status !== 0) return { reason: `pre-commit not found (install it with \`pipx install pre-commit\`, or set MEDLINT_PRE_COMMIT to its path)` };
  if (!/^pre-commit [4-9]\./.test(version.stdout)) return { reason: `pre-commit 4 or later is needed, found ${version.stdout.trim()}` };
  const ping = spawnSync('npm', ['ping', '--fetch-timeout=10000', '--fetch-retries=0'], { encoding: 'utf8', timeout: 20_000 });
  if (ping.status !== 0) return { reason: 'npm registry unreachable: pre-commit installs the hook with npm' };
  return { command };
}

/** pre-commit 4 from pip, in a virtual environment under the test's scratch folder. */
function preCommitFromPip(): { reason: string } | { command: string } {
  const venv = path.join(work, 'venv');
  const made = spawnSync('python3', ['-m', 'venv', venv], { encoding: 'utf8', timeout: 60_000 });
  if (made.status !== 0) return { reason: 'pre-commit not on PATH, and python3 -m venv is not available to install it' };
  const pip = spawnSync(path.join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', '--timeout', '10', '--retries', '1', 'pre-commit>=4,<5'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (pip.status !== 0) return { reason: 'pre-commit not on PATH, and pip could not install it (its package index is out of reach)' };
  return { command: path.join(venv, 'bin', 'pre-commit') };
}

const available = unavailable();

describe.skipIf('reason' in available)(`pre-commit try-repo${'reason' in available ? ` (skipped: ${available.reason})` : ''}`, () => {
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=medlint', '-c', 'user.email=medlint@127.0.0.1', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

  it('installs medlint from git without building it, passes a clean list and fails a broken one', () => {
    const command = 'command' in available ? available.command : '';
    // The repository as committed (try-repo adds uncommitted changes, which we do not want to test).
    const source = path.join(work, 'medlint');
    execFileSync('git', ['clone', '--quiet', root, source]);
    const project = path.join(work, 'project');
    execFileSync('mkdir', ['-p', project]);
    git(project, 'init', '--quiet');
    writeFileSync(path.join(project, 'passing.md'), '# Data\n\n## Imaging\n\n- [Scans](https://127.0.0.1/scans) - 1,000 chest radiographs.\n');
    writeFileSync(path.join(project, 'failing.md'), '# Data\n\n## Imaging\n\n- TCGA: https://127.0.0.1/tcga\n');
    git(project, 'add', '.');
    git(project, 'commit', '--quiet', '-m', 'lists');
    const env = { ...process.env, PRE_COMMIT_HOME: path.join(work, 'home'), NO_COLOR: '1' };
    const tryRepo = (file: string) =>
      spawnSync(command, ['try-repo', source, 'medlint', '--files', file, '--color', 'never'], { cwd: project, env, encoding: 'utf8', timeout: 300_000 });
    const passing = tryRepo('passing.md');
    expect(passing.stdout).toMatch(/^medlint\.+Passed$/m);
    expect(passing.status).toBe(0);
    const failing = tryRepo('failing.md');
    expect(failing.stdout).toMatch(/^medlint\.+Failed$/m);
    expect(failing.stdout).toContain('Unexpected bare URL `https://127.0.0.1/tcga` for `TCGA`');
    expect(failing.status).toBe(1);
  }, 600_000);
});
