/**
 * The registries end to end through the command line: `--api`, `MEDLINT_API_*`, the record
 * rules after the link check, `entries --registries`, against loopback stand-ins of the APIs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHuggingface, startPhysionet, startZenodo, type StandIn } from '../helpers/registry-servers.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const CREDENTIALED = 'PhysioNet Credentialed Health Data License 1.5.0';
let physionet: StandIn;
let zenodo: StandIn;
let hub: StandIn;
beforeEach(async () => {
  physionet = await startPhysionet({ wavex: { versions: { '1.0.0': { license: CREDENTIALED }, '1.1.0': { license: CREDENTIALED } } } });
  zenodo = await startZenodo({ '123': { access_right: 'open', license: 'cc-by-nc-4.0' } });
  hub = await startHuggingface({ 'lab/notes': { gated: 'manual', license: 'mit' } });
});
afterEach(async () => {
  await Promise.all([physionet.close(), zenodo.close(), hub.close()]);
});

const LIST = [
  '# Data',
  '',
  '## ICU',
  '',
  '- [Wave X](https://physionet.org/content/wavex/1.0.0/) - 20 ICU stays. Open access.',
  '- [Knee MRI](https://zenodo.org/records/123) - 40 knee MRIs. License: CC BY 4.0.',
  '- [Notes](https://huggingface.co/datasets/lab/notes) - 2,000 notes.',
  '',
].join('\n');

function apiFlags(): string[] {
  return ['--api', `physionet=${physionet.origin}`, '--api', `zenodo=${zenodo.origin}`, '--api', `huggingface=${hub.origin}`];
}

type Finding = { ruleId: string; line: number; expected?: string; message: string };
function findings(stdout: string): Finding[] {
  return (JSON.parse(stdout) as Array<{ diagnostics: Finding[] }>)[0]?.diagnostics ?? [];
}

describe('medlint with the registries', () => {
  it('compares entries with their records after the link check, naming the registry', async () => {
    const cwd = tempDir({ 'README.md': LIST });
    const result = await runCli(['--allow-private', '-f', 'json', ...apiFlags()], { cwd });
    const found = findings(result.stdout).map((d) => [d.ruleId, d.line, d.expected]);
    expect(found).toEqual([
      ['access-mismatch', 5, 'credentialed'],
      ['dataset-version', 5, 'https://physionet.org/content/wavex/1.1.0/'],
      ['license-mismatch', 6, 'CC-BY-NC-4.0'],
      ['entry-access', 7, 'application'],
    ]);
    expect(findings(result.stdout)[0]?.message).toContain('PhysioNet says it needs credentialed access');
    expect(result.code).toBe(1);
    expect(physionet.count()).toBe(2);
    expect(zenodo.count()).toBe(1);
    expect(hub.count()).toBe(1);
  });

  it('refuses an API on a private address without --allow-private, as any request, and asks it nothing', async () => {
    const cwd = tempDir({ 'README.md': LIST });
    const result = await runCli(['-f', 'json', ...apiFlags()], { cwd });
    const rules = findings(result.stdout).map((d) => d.ruleId);
    expect(rules.filter((rule) => rule === 'link-skipped')).toHaveLength(3);
    expect(rules).not.toContain('dataset-version');
    expect(physionet.count() + zenodo.count() + hub.count()).toBe(0);
  });

  it('honours an inline directive for a record rule', async () => {
    const cwd = tempDir({ 'README.md': LIST.replace('- [Wave X]', '<!-- medlint-disable-next-line dataset-version -->\n- [Wave X]') });
    const result = await runCli(['--allow-private', '-f', 'json', ...apiFlags()], { cwd });
    const rules = findings(result.stdout).map((d) => d.ruleId);
    expect(rules).not.toContain('dataset-version');
    expect(rules).toContain('access-mismatch');
  });

  it('takes the API base URLs from MEDLINT_API_*, with --api winning over the environment', async () => {
    const cwd = tempDir({ 'README.md': LIST });
    const env = { MEDLINT_API_PHYSIONET: 'http://127.0.0.1:9/', MEDLINT_API_ZENODO: zenodo.origin, MEDLINT_API_HUGGINGFACE: hub.origin };
    const result = await runCli(['--allow-private', '-f', 'json', '--api', `physionet=${physionet.origin}`], { cwd, env });
    expect(findings(result.stdout).map((d) => d.ruleId)).toContain('license-mismatch');
    expect(physionet.count()).toBe(2);
    expect(zenodo.count()).toBe(1);
  });

  it('refuses an unknown registry or a URL that is not http(s) in one line, exit 2', async () => {
    const cwd = tempDir({ 'README.md': LIST });
    const unknown = await runCli(['--api', 'figshare=https://x.example'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('medlint: --api expects name=url with a name of physionet, zenodo, huggingface, github, got "figshare=https://x.example"');
    const scheme = await runCli(['--api', 'zenodo=file:///etc/passwd'], { cwd });
    expect(scheme.code).toBe(2);
    expect(scheme.stderr).toContain('--api zenodo expects an http(s) URL');
    const env = await runCli([], { cwd, env: { MEDLINT_API_ZENODO: 'not a url' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('MEDLINT_API_ZENODO expects an http(s) URL');
    expect(zenodo.count() + physionet.count() + hub.count()).toBe(0);
  });

  it('refuses a bad --api with --offline too, and takes a good one without asking anything', async () => {
    const cwd = tempDir({ 'README.md': LIST });
    const unknown = await runCli(['--offline', '--api', 'figshare=https://x.example'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toMatch(/^medlint: --api expects name=url/);
    const scheme = await runCli(['--offline', '--api', 'zenodo=file:///etc/passwd'], { cwd });
    expect(scheme.code).toBe(2);
    const good = await runCli(['--offline', '--api', `zenodo=${zenodo.origin}`], { cwd });
    expect(good.stderr).toBe('');
    expect(good.code).not.toBe(2);
    expect(zenodo.count() + physionet.count() + hub.count()).toBe(0);
  });

  it('never takes an API base URL from a config file', async () => {
    const cwd = tempDir({ 'README.md': LIST, '.medlintrc.json': JSON.stringify({ links: { apis: { zenodo: zenodo.origin } } }) });
    const result = await runCli(['--allow-private', '-f', 'json'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^medlint: .*\.medlintrc\.json/);
    expect(zenodo.count()).toBe(0);
  });

  it('asks nothing with --offline, where the knowledge file still applies', async () => {
    const cwd = tempDir({ 'README.md': '# L\n\n## ICU\n\n- [MIMIC-IV](https://physionet.org/content/mimiciv/1.0/) - EHR. Open access.\n' });
    const result = await runCli(['--offline', '-f', 'json', ...apiFlags()], { cwd });
    expect(findings(result.stdout).map((d) => d.ruleId)).toEqual(['access-mismatch']);
    expect(physionet.count()).toBe(0);
  });
});

describe('medlint entries --registries', () => {
  it('fills missing licence and access from the records, marked as the registry\'s', async () => {
    const cwd = tempDir({ 'README.md': LIST });
    const result = await runCli(['entries', 'README.md', '--registries', '--allow-private', ...apiFlags()], { cwd });
    expect(result.code).toBe(0);
    const entries = JSON.parse(result.stdout) as Array<{ name: string; access: unknown; license: unknown }>;
    expect(entries.map((e) => [e.name, e.access, e.license])).toEqual([
      ['Wave X', { level: 'open', text: 'Open access', source: 'text' }, { id: null, text: CREDENTIALED, source: 'registry', record: 'https://physionet.org/content/wavex/1.0.0/' }],
      ['Knee MRI', { level: 'open', text: 'access right open', source: 'registry', record: 'https://zenodo.org/records/123' }, { id: 'CC-BY-4.0', text: 'CC BY 4.0' }],
      ['Notes', { level: 'application', text: 'gated: access approved by the authors', source: 'registry', record: 'https://huggingface.co/datasets/lab/notes' }, { id: 'MIT', text: 'mit', source: 'registry', record: 'https://huggingface.co/datasets/lab/notes' }],
    ]);
  });

  it('stays offline without --registries', async () => {
    const cwd = tempDir({ 'README.md': LIST });
    const result = await runCli(['entries', 'README.md', ...apiFlags()], { cwd });
    expect(result.code).toBe(0);
    expect(physionet.count() + zenodo.count() + hub.count()).toBe(0);
  });
});
