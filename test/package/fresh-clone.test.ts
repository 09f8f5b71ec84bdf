/**
 * A fresh clone runs: the two commands the README gives for using medlint from a clone run, as
 * written, in a `git clone` of this repository (its last commit). The command runs even before
 * them: it is committed (lib/cli), so installing from git needs no build. npm works offline, from the cache the repository's own `npm ci` filled,
 * and the list links to loopback only (refused without a request), so nothing leaves the machine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'medlint-clone-'));
const clone = path.join(work, 'medlint');
// Without the npm_* variables of an enclosing `npm test`: the clone is a project of its own.
const inherited = Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_'));
const env = { ...Object.fromEntries(inherited), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', NO_COLOR: '1' };

/** The commands of the README's code block for a fresh clone, without their comments. */
function freshCloneCommands(): string[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const intro = readme.indexOf('In a fresh clone of this repository, two commands run the tool on a list');
  const block = /```sh\n([^`]*)```/.exec(readme.slice(intro));
  expect(intro, 'README: the fresh-clone commands').toBeGreaterThan(-1);
  return (block?.[1] ?? '')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

beforeAll(() => {
  execFileSync('git', ['clone', '--quiet', root, clone], { stdio: 'ignore' });
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a fresh clone', () => {
  it('runs right after the clone, before any install: the command is a committed bundle', () => {
    writeFileSync(path.join(clone, 'list.md'), '# Data\n\n## Imaging\n\n- [Scans](https://127.0.0.1/scans) - 1,000 chest radiographs.\n');
    const result = spawnSync(process.execPath, ['bin/medlint.js', '--offline', 'list.md'], { cwd: clone, env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('No problems (1 file, 1 entry)');
    expect(result.status).toBe(0);
  });

  it('runs the README commands, npm ci then the demo, and reports the demo list\'s problems', () => {
    const commands = freshCloneCommands();
    expect(commands).toEqual(['npm ci', 'npx medlint --offline examples/datasets.md']);
    const [install, lint] = commands.map((command) => command.split(' '));
    execFileSync(install![0]!, install!.slice(1), { cwd: clone, env, stdio: 'ignore' });
    const result = spawnSync(lint![0]!, lint!.slice(1), { cwd: clone, env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Unexpected bare URL `http://example.org/knee` for `Knee MRI`, expected a Markdown link');
    expect(result.stdout).toContain('✖ 6 problems (3 errors, 3 warnings) in 1 file, 5 entries');
  }, 600_000);
});
