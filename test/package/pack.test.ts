/**
 * What users install: `npm pack` must give a small package that runs as
 * `npx ./medlint-<version>.tgz README.md` in an empty folder, without dev dependencies, with no
 * install script, and with its `medlint/remark` export. Installing the tarball fetches its
 * dependencies from npm's registry (or npm's cache): when neither answers within a minute, the
 * install tests are skipped and say so, instead of waiting for npm's own timeouts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'medlint-pack-'));
const app = path.join(work, 'app');
let tarball = '';
let files: string[] = [];
let installOutput = '';
/** Why the tarball could not be installed, or '' when it was. */
let notInstalled = '';

// npm retries and waits minutes by default; a test says within a minute that it cannot reach the registry.
const FETCH = ['--fetch-timeout=20000', '--fetch-retries=1', '--fetch-retry-maxtimeout=5000', '--no-audit', '--no-fund'];

beforeAll(() => {
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [info] = JSON.parse(output) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = path.join(work, info?.filename ?? '');
  files = (info?.files ?? []).map((file) => file.path);
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  // The cache first (no request when it holds everything), then the registry.
  const install = spawnSync('npm', ['install', '--omit=dev', '--prefer-offline', ...FETCH, tarball], { cwd: app, encoding: 'utf8', timeout: 60_000 });
  installOutput = `${install.stdout}${install.stderr}`;
  if (install.error) notInstalled = `npm install of the tarball took over a minute (${install.error.message}): is npm's registry reachable?`;
  else if (install.status !== 0) notInstalled = `npm install of the tarball failed: ${/npm error (.*)/.exec(installOutput)?.[1] ?? installOutput.slice(-200)}`;
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  it('ships compiled JavaScript, types, the schema and docs only', () => {
    expect(files).toContain('bin/medlint.js');
    expect(files).toContain('lib/index.js');
    expect(files).toContain('lib/index.d.ts');
    expect(files).toContain('lib/remark.js');
    expect(files).toContain('lib/remark/index.d.ts');
    expect(files).toContain('schema/medlintrc.schema.json');
    expect(files.filter((file) => /^(?:src|test|fixtures|scripts|dist)\//.test(file))).toEqual([]);
    // Two files per module of lib/ (JavaScript and types): a few hundred, never thousands.
    expect(files.length).toBeLessThan(400);
  });
});

describe('the installed package', () => {
  it('installs without running or announcing an install script', (context) => {
    if (notInstalled) context.skip(notInstalled);
    // npm 11 names packages whose install scripts it would run (`prepare` included).
    expect(installOutput).not.toMatch(/install-scripts|install script/i);
    expect(readdirSync(path.join(app, 'node_modules'))).not.toContain('vitest');
  });

  it('runs from an empty folder and lints a list', (context) => {
    if (notInstalled) context.skip(notInstalled);
    const folder = path.join(work, 'empty');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'README.md'), '# Data\n\n## Imaging\n\nTCGA: http://example.org/tcga\n');
    const bin = path.join(app, 'node_modules', '.bin', 'medlint');
    const result = spawnSync(bin, ['--offline', 'README.md'], { cwd: folder, encoding: 'utf8' });
    expect(result.stdout).toContain('entry-link');
    expect(result.status).toBe(1);
  });

  it('exports the remark plugin as medlint/remark', (context) => {
    if (notInstalled) context.skip(notInstalled);
    const script = "const { default: plugin } = await import('medlint/remark'); console.log(typeof plugin, plugin.name);";
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('function remarkMedlint\n');
  });
});
