/**
 * Where users already work: standard input (`medlint -`, `medlint entries -`,
 * `--stdin-filename`), `--dump`, `medlint init`, the missing-README message, the one line for an
 * unreachable network, and `--help` made from one table that the README shows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { helpMarkdown, OPTION_ROWS } from '../../src/cli/help.js';
import { pullRequestWorkflow, reportWorkflow } from '../../src/cli/recipes.js';
import { resolveConfig } from '../../src/config/load.js';
import { resolveLinkOptions } from '../../src/links/index.js';
import { lintFiles } from '../../src/pipeline/index.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = path.resolve(import.meta.dirname, '../..');
const LIST = '# Data\n\n## Imaging\n\n- TCGA: http://127.0.0.1/tcga\n- [Scans](https://127.0.0.1/scans) - 1,000 chest radiographs, [notes](docs/notes.md).\n';

describe('standard input', () => {
  it('lints the list on stdin with `-`, reported as <stdin>', async () => {
    const result = await runCli(['--offline', '-'], { cwd: tempDir(), input: LIST });
    expect(result.stdout).toMatch(/^<stdin>\n/);
    expect(result.stdout).toContain('Unexpected bare URL `http://127.0.0.1/tcga` for `TCGA`');
    expect(result.code).toBe(1);
  });

  it('names the list with --stdin-filename, for output, relative links and the config, without reading that file', async () => {
    const cwd = tempDir({
      'lists/README.md': '# Not this text\n',
      'lists/docs/notes.md': '# Notes\n',
      'lists/.medlintrc.json': '{ "rules": { "entry-description": "off", "no-http-link": "off" } }',
    });
    const result = await runCli(['--offline', '--format', 'json', '--stdin-filename', 'lists/README.md', '-'], { cwd, input: LIST });
    const [report] = JSON.parse(result.stdout) as Array<{ file: string; entryCount: number; diagnostics: Array<{ ruleId: string }> }>;
    expect(report?.file).toBe('lists/README.md');
    expect(report?.entryCount).toBe(2);
    // docs/notes.md resolves from lists/ (it exists), and the config in lists/ turned two rules off.
    expect(report?.diagnostics.map((d) => d.ruleId)).toEqual(['entry-link']);
  });

  it('writes the list fixed from stdin with `--fix -` to stdout, keeping its BOM, and adds none', async () => {
    const broken = '# Data\n\n- [Alpha](htps://example.org/alpha) - 12 chest radiographs.\n';
    const fixed = '# Data\n\n- [Alpha](https://example.org/alpha) - 12 chest radiographs.\n';
    for (const bom of ['\uFEFF', '']) {
      const result = await runCli(['--offline', '--fix', '-'], { cwd: tempDir(), input: `${bom}${broken}` });
      expect(result.stdout).toBe(`${bom}${fixed}`);
      // Nothing to fix: the text comes back as it went in.
      const unchanged = await runCli(['--offline', '--fix', '-'], { cwd: tempDir(), input: `${bom}${fixed}` });
      expect(unchanged.stdout).toBe(`${bom}${fixed}`);
    }
  });

  it('reports a missing relative target from the named folder; the named file need not exist', async () => {
    const result = await runCli(['--offline', '--stdin-filename', 'new/list.md', '-'], { cwd: tempDir(), input: LIST });
    expect(result.stdout).toMatch(/^new\/list\.md\n/);
    expect(result.stdout).toContain('no-missing-file');
  });

  it('prints the entries of the list on stdin with `entries -`', async () => {
    const result = await runCli(['entries', '-'], { cwd: tempDir(), input: LIST });
    const entries = JSON.parse(result.stdout) as Array<{ name: string }>;
    expect(entries.map((entry) => entry.name)).toEqual(['TCGA', 'Scans']);
    expect(result.code).toBe(0);
  });

  it('refuses `-` among other files, and --stdin-filename without `-`, with exit 2', async () => {
    const mixed = await runCli(['-', 'README.md'], { cwd: tempDir(), input: LIST });
    expect(mixed.stderr).toMatch(/^medlint: `-` \(standard input\) cannot be combined with other files\n/);
    expect(mixed.code).toBe(2);
    const named = await runCli(['--stdin-filename', 'x.md', 'README.md'], { cwd: tempDir() });
    expect(named.stderr).toMatch(/^medlint: --stdin-filename names the list read from standard input/);
    expect(named.code).toBe(2);
  });

  it('refuses stdin larger than maxFileSize in one line, exit 2', async () => {
    const cwd = tempDir({ '.medlintrc.json': '{ "maxFileSize": 1024 }' });
    const result = await runCli(['--offline', '-'], { cwd, input: 'x'.repeat(5000) });
    expect(result.stderr).toBe('medlint: <stdin>: standard input is over the 1024 bytes limit; raise "maxFileSize" in the config to lint it\n');
    expect(result.code).toBe(2);
  });
});

describe('--dump', () => {
  const list = [
    '# Data',
    '',
    '## Imaging',
    '',
    '- [Scans](https://127.0.0.1/scans) - 1,000 chest radiographs.',
    '- [Scans again](https://127.0.0.1/scans) - the same.',
    '- [Skipped](https://skip.invalid/x) - 10 notes; [mail](mailto:a@b.c), [local](docs/a.md).',
    '- [Notes](https://127.0.0.1/notes#part) - 12 notes.',
    '',
  ].join('\n');

  it('prints each URL to be checked once, with its first place, after excludes, without a request', async () => {
    const cwd = tempDir({ 'README.md': list });
    const result = await runCli(['--dump', '--exclude', 'skip\\.invalid'], { cwd });
    expect(result.stdout).toBe('https://127.0.0.1/scans README.md:5:3\nhttps://127.0.0.1/notes#part README.md:8:3\n');
    expect(result.code).toBe(0);
  });

  it('prints JSON with --format json', async () => {
    const cwd = tempDir({ 'README.md': list });
    const result = await runCli(['--dump', '--format', 'json'], { cwd });
    expect(JSON.parse(result.stdout)).toEqual([
      { url: 'https://127.0.0.1/scans', file: 'README.md', line: 5, column: 3 },
      { url: 'https://skip.invalid/x', file: 'README.md', line: 7, column: 3 },
      { url: 'https://127.0.0.1/notes#part', file: 'README.md', line: 8, column: 3 },
    ]);
  });
});

describe('medlint init', () => {
  it('writes the config and the two workflows for README.md, and says what to do next', async () => {
    const cwd = tempDir({ 'README.md': LIST });
    const result = await runCli(['init'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  wrote      .medlintrc.json\n  wrote      .github/workflows/medlint.yml\n  wrote      .github/workflows/medlint-report.yml\n');
    expect(result.stdout).toContain('Next steps:');
    const config = JSON.parse(readFileSync(path.join(cwd, '.medlintrc.json'), 'utf8')) as Record<string, unknown>;
    expect(config.$schema).toBe('https://github.com/medlint/medlint/raw/main/schema/medlintrc.schema.json');
    const pr = parse(readFileSync(path.join(cwd, '.github/workflows/medlint.yml'), 'utf8')) as { jobs: { lint: { steps: Array<{ uses: string; with?: { files: string } }> } } };
    expect(pr.jobs.lint.steps[1]).toEqual({ uses: 'medlint/medlint@v1', with: { files: 'README.md' } });
    const report = parse(readFileSync(path.join(cwd, '.github/workflows/medlint-report.yml'), 'utf8')) as { jobs: { report: { steps: Array<{ uses: string; with?: Record<string, unknown> }> } } };
    expect(report.jobs.report.steps.map((step) => step.uses)).toEqual(['actions/checkout@v4', 'actions/cache@v4', 'medlint/medlint@v1']);
    expect(report.jobs.report.steps[2]?.with).toMatchObject({ files: 'README.md', 'report-issue': true, cache: '.medlintcache' });
    // The config it wrote is valid: medlint runs with it.
    expect((await runCli(['--offline'], { cwd })).code).toBe(1);
  });

  it('never overwrites a file, and says which it left alone', async () => {
    const cwd = tempDir({ 'docs/datasets.md': LIST, '.medlintrc.json': '{ "rules": {} }\n' });
    const result = await runCli(['init', '--file', 'docs/datasets.md'], { cwd });
    expect(result.stdout).toContain('  left alone .medlintrc.json (it exists)\n');
    expect(readFileSync(path.join(cwd, '.medlintrc.json'), 'utf8')).toBe('{ "rules": {} }\n');
    expect(readFileSync(path.join(cwd, '.github/workflows/medlint.yml'), 'utf8')).toContain('files: docs/datasets.md\n');
    const again = await runCli(['init', '--file', 'docs/datasets.md'], { cwd });
    expect(again.stdout).toContain('  left alone .github/workflows/medlint-report.yml (it exists)\n');
  });

  it('says in one line when it finds no list, exit 2, and writes nothing', async () => {
    const cwd = tempDir();
    const result = await runCli(['init'], { cwd });
    expect(result.stderr).toBe('medlint: README.md: no such file; run `medlint init` at the repository root, or name the list with `medlint init --file <path>`\n');
    expect(result.code).toBe(2);
    expect(() => readFileSync(path.join(cwd, '.medlintrc.json'))).toThrow();
  });

  it('writes the workflows the README shows (one source for both)', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(`\`\`\`yaml\n${pullRequestWorkflow('README.md')}\`\`\``);
    expect(readme).toContain(`\`\`\`yaml\n${reportWorkflow('README.md')}\`\`\``);
  });
});

describe('the first five minutes', () => {
  it('says which file it looked for and how to name one when there is no README.md', async () => {
    const cwd = tempDir();
    const result = await runCli([], { cwd });
    expect(result.stderr).toBe(`medlint: no README.md in ${cwd}: name the list to lint (\`medlint docs/datasets.md\`, or \`medlint -\` to read it from standard input); \`medlint --help\` lists the options\n`);
    expect(result.code).toBe(2);
  });

  it('lists every option and the environment variables in --help', async () => {
    const { stdout } = await runCli(['--help'], { cwd: tempDir() });
    for (const row of OPTION_ROWS) expect(stdout).toContain(`--${row.name}`);
    for (const name of ['GITHUB_TOKEN', 'NO_COLOR', 'medlint init', 'medlint entries']) expect(stdout).toContain(name);
    expect(stdout.split('\n').filter((line) => line.length > 100)).toEqual([]);
  });

  it('parses every option of the table', async () => {
    for (const row of OPTION_ROWS) {
      const args = row.type === 'boolean' ? [`--${row.name}`] : [`--${row.name}`, 'x'];
      // Parsed (a wrong value is a usage error naming the option, never "Unknown option").
      const result = await runCli([...args, '--help'], { cwd: tempDir() });
      expect(result.stderr, row.name).not.toMatch(/Unknown option/);
    }
  });

  it('says once that the network looks unreachable instead of one warning per link', async () => {
    const cwd = tempDir({ 'README.md': '# D\n\n## A\n\n- [A](https://a.example/x) - 10 scans.\n- [B](https://b.example/y) - 12 scans.\n' });
    const failing = Object.assign(async () => Promise.reject(Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' })), {});
    const links = resolveLinkOptions({ lookup: failing, retries: 0 });
    let unreachable = 0;
    const [result] = await lintFiles(['README.md'], { config: resolveConfig({}, null), cwd, links, onNetworkUnreachable: (count) => (unreachable = count) });
    expect(unreachable).toBe(2);
    expect(result?.diagnostics.filter((d) => d.ruleId.startsWith('link-'))).toEqual([]);
  });
});

describe('the README', () => {
  it('shows the command-line reference made from the same table as --help', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const start = '<!-- cli:start (generated by npm run generate) -->\n';
    const end = '\n<!-- cli:end -->';
    const from = readme.indexOf(start);
    const to = readme.indexOf(end);
    expect(from, 'README command-line reference markers').toBeGreaterThan(-1);
    const updated = `${readme.slice(0, from + start.length)}${helpMarkdown()}${readme.slice(to)}`;
    if (process.env.MEDLINT_GENERATE === '1') writeFileSync(path.join(root, 'README.md'), updated);
    expect(readme, 'README command-line reference is stale: run npm run generate').toBe(updated);
  });
});
