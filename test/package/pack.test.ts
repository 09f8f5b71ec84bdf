/**
 * What users install: `npm pack` must give a small package that runs as
 * `npx ./medlint-<version>.tgz README.md` in an empty folder, without dev dependencies.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'medlint-pack-'));
let tarball = '';
let files: string[] = [];

beforeAll(() => {
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [info] = JSON.parse(output) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = path.join(work, info?.filename ?? '');
  files = (info?.files ?? []).map((file) => file.path);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--omit=dev', '--prefix', path.join(work, 'app'), tarball], { stdio: 'ignore' });
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  it('ships compiled JavaScript, types, the schema and docs only', () => {
    expect(files).toContain('bin/medlint.js');
    expect(files).toContain('lib/index.js');
    expect(files).toContain('lib/index.d.ts');
    expect(files).toContain('schema/medlintrc.schema.json');
    expect(files.filter((file) => /^(?:src|test|fixtures|scripts|dist)\//.test(file))).toEqual([]);
    // Two files per module of lib/ (JavaScript and types): a few hundred, never thousands.
    expect(files.length).toBeLessThan(400);
  });

  it('runs from an empty folder and lints a list', () => {
    const folder = path.join(work, 'empty');
    execFileSync('mkdir', ['-p', folder]);
    writeFileSync(path.join(folder, 'README.md'), '# Data\n\n## Imaging\n\nTCGA: http://example.org/tcga\n');
    const bin = path.join(work, 'app', 'node_modules', '.bin', 'medlint');
    const result = spawnSync(bin, ['--offline', 'README.md'], { cwd: folder, encoding: 'utf8' });
    expect(result.stdout).toContain('entry-link');
    expect(result.status).toBe(1);
    expect(readdirSync(path.join(work, 'app', 'node_modules'))).not.toContain('vitest');
  });
});
