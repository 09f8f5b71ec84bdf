/**
 * The committed build: installing from git (pre-commit's `language: node`, `npm install <git url>`)
 * runs no build, so lib/cli/ (the command) and lib/remark.js (the remark plugin) are committed.
 * They must be exactly what the sources build to, and the package must carry no install script.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'medlint-committed-'));
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every file under `folder`, relative to it, with its digest. */
function digests(folder: string): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => path.join(entry.parentPath, entry.name)).map((file) => [path.relative(folder, file), sha256(file)]).sort());
}

beforeAll(async () => {
  const bundle = path.join(root, 'scripts', 'bundle.mjs');
  await Promise.all([
    run(process.execPath, [bundle, 'cli', '--outdir', path.join(scratch, 'cli')], { cwd: root }),
    run(process.execPath, [bundle, 'remark', '--outfile', path.join(scratch, 'remark.js')], { cwd: root }),
  ]);
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the committed build', () => {
  it('lib/cli is exactly what the sources build to (run `npm run build` and commit lib/cli when this fails)', () => {
    expect(digests(path.join(root, 'lib', 'cli')), 'lib/cli is stale: run `npm run build`').toEqual(digests(path.join(scratch, 'cli')));
  });

  it('lib/remark.js is exactly what the sources build to (run `npm run build` and commit it when this fails)', () => {
    expect(sha256(path.join(root, 'lib', 'remark.js')), 'lib/remark.js is stale: run `npm run build`').toBe(sha256(path.join(scratch, 'remark.js')));
  });

  it('is tracked by git, and the rest of lib/ is not', async () => {
    const { stdout } = await run('git', ['ls-files', 'lib'], { cwd: root });
    const tracked = stdout.split('\n').filter(Boolean);
    expect(tracked).toContain('lib/cli/main.js');
    expect(tracked).toContain('lib/cli/run.js');
    expect(tracked).toContain('lib/remark.js');
    expect(tracked.filter((file) => !file.startsWith('lib/cli/') && file !== 'lib/remark.js')).toEqual([]);
  });

  it('package.json has no script that runs when the package is installed, and none that builds on a git install', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // npm runs these on install (and warns about them); pacote runs `prepare` when it installs from git.
    for (const name of ['preinstall', 'install', 'postinstall', 'prepare']) expect(scripts, name).not.toHaveProperty(name);
    expect(scripts.prepack).toBe('npm run build');
  });
});
