import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const LIST = [
  '# Cohorts',
  '',
  '## Local',
  '',
  '- [Our Cohort](https://data.example.edu/cohort) - 4,000 patients with knee MRI.',
  '- [Open Knees](https://example.org/knees) - 40 knee MRIs. Open access. License: CC BY 4.0.',
  '',
].join('\n');

describe('medlint:strict', () => {
  it('turns on entry-license and entry-access with require: "all"', async () => {
    const config = await loadConfig({ cwd: tempDir({ '.medlintrc.json': '{ "extends": "medlint:strict" }' }) });
    expect(config.rules.get('entry-license')).toEqual({ level: 'error', options: {} });
    expect(config.rules.get('entry-access')).toEqual({ level: 'error', options: { require: 'all' } });
    expect(config.rules.get('entry-link')?.level).toBe('error');
  });

  it("lets the config's own rules win over the preset", async () => {
    const config = await loadConfig({
      cwd: tempDir({ '.medlintrc.json': '{ "extends": ["medlint:recommended", "medlint:strict"], "rules": { "entry-license": "warn" } }' }),
    });
    expect(config.rules.get('entry-license')?.level).toBe('warn');
    expect(config.rules.get('entry-access')?.options).toEqual({ require: 'all' });
  });

  it('reports every entry without a licence or access terms, and entries out of order', async () => {
    const cwd = tempDir({ '.medlintrc.json': '{ "extends": "medlint:strict" }', 'README.md': LIST });
    const result = await runCli(['--offline', '--format', 'json'], { cwd });
    const [file] = JSON.parse(result.stdout) as Array<{ diagnostics: Array<{ ruleId: string; line: number }> }>;
    expect(file?.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([
      ['entry-access', 5],
      ['entry-license', 5],
      ['entry-order', 6],
    ]);
  });
});

describe('access facts in the config', () => {
  it('adds the user\'s hosts and datasets to what medlint knows', async () => {
    const cwd = tempDir({
      '.medlintrc.json': JSON.stringify({ access: { hosts: { 'data.example.edu': { level: 'application', terms: 'an application to our data office', source: 'https://example.edu/data-office' } } } }),
      'README.md': LIST,
    });
    const result = await runCli(['--offline'], { cwd });
    expect(result.stdout).toContain('`data.example.edu` needs an application');
    expect(result.stdout).toContain('note: an application to our data office; source: https://example.edu/data-office');
    expect(result.code).toBe(0);
  });

  it.each([
    ['an unknown level', '{ "access": { "datasets": { "Our Cohort": "secret" } } }', '`access.datasets.Our Cohort`'],
    ['a host that is not a host', '{ "access": { "hosts": { "not a host": "open" } } }', '`access.hosts`'],
    ['an unknown key', '{ "access": { "names": {} } }', 'unknown key `names` in `access`; expected one of: hosts, datasets'],
    ['an unknown preset', '{ "extends": "medlint:all" }', '`extends`'],
  ])('rejects %s with one line and exit 2', async (_name, content, message) => {
    const cwd = tempDir({ '.medlintrc.json': content, 'README.md': LIST });
    const result = await runCli(['--offline'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
