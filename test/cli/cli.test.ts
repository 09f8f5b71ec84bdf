import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const CLEAN = '# Lists\n\n## Imaging\n\n- [Alpha Chest](https://example.org/alpha-chest) - 224,316 chest radiographs.\n';
const BROKEN = '# Lists\n\n## Imaging\n\nTCGA: https://example.org/tcga\n\n- [Silent](https://example.org/silent)\n';
// TCGA: a bare URL and no description; Silent: no description.

describe('medlint command', () => {
  it('lints README.md by default and exits 0 when there are no errors', async () => {
    const cwd = tempDir({ 'README.md': CLEAN });
    const result = await runCli(['--offline'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ No problems (1 file, 1 entry)\n');
  });

  it('exits 1 and prints aligned stylish rows with a summary when errors are found', async () => {
    const cwd = tempDir({ 'README.md': BROKEN });
    const result = await runCli(['--offline', 'README.md'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('README.md\n');
    expect(result.stdout).toMatch(/ {2}5:7 {2}error {2}Unexpected bare URL `https:\/\/example\.org\/tcga` for `TCGA`.* entry-link/);
    expect(result.stdout).toMatch(/✖ 3 problems \(3 errors, 0 warnings\) in 1 file, 2 entries\n {2}1 error and 0 warnings potentially fixable with the `--fix` option\.\n$/);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('prints JSON with one object per file and 1-based positions', async () => {
    const cwd = tempDir({ 'README.md': BROKEN });
    const result = await runCli(['--offline', '--format', 'json', 'README.md'], { cwd });
    const parsed = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ file: 'README.md', entryCount: 2, errorCount: 3, warningCount: 0 });
    const diagnostics = parsed[0]?.diagnostics as Array<Record<string, unknown>>;
    expect(diagnostics.map((d) => [d.line, d.column, d.ruleId])).toEqual([
      [5, 1, 'entry-description'],
      [5, 7, 'entry-link'],
      [7, 1, 'entry-description'],
    ]);
    expect(diagnostics[1]).toMatchObject({
      ruleId: 'entry-link',
      severity: 'error',
      line: 5,
      column: 7,
      endLine: 5,
      endColumn: 31,
      url: 'https://github.com/medlint/medlint/blob/main/docs/rules/entry-link.md',
    });
  });

  it('gives identical output for identical input', async () => {
    const cwd = tempDir({ 'a.md': BROKEN, 'b.md': BROKEN });
    const first = await runCli(['--offline', '-f', 'json', '*.md'], { cwd });
    const second = await runCli(['--offline', '-f', 'json', 'b.md', 'a.md'], { cwd });
    expect(second.stdout).toBe(first.stdout);
  });

  it('reports errors only with --quiet', async () => {
    const cwd = tempDir({ 'README.md': '# A\n\n### Skipped\n\n- [X](https://example.org/x) - fine.\n' });
    const loud = await runCli(['--offline'], { cwd });
    expect(loud.stdout).toContain('heading-increment');
    const quiet = await runCli(['--offline', '--quiet'], { cwd });
    expect(quiet.stdout).not.toContain('heading-increment');
    expect(quiet.code).toBe(0);
  });

  it('exits 1 when warnings exceed --max-warnings', async () => {
    const cwd = tempDir({ 'README.md': '# A\n\n### Skipped\n\n- [X](https://example.org/x) - fine.\n' });
    expect((await runCli(['--offline', '--max-warnings', '5'], { cwd })).code).toBe(0);
    const strict = await runCli(['--offline', '--max-warnings', '0'], { cwd });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('more than --max-warnings 0');
  });

  it('colours only when asked, and never with NO_COLOR', async () => {
    const cwd = tempDir({ 'README.md': BROKEN });
    expect((await runCli(['--offline', '--color'], { cwd })).stdout).toContain('\u001b[');
    expect((await runCli(['--offline'], { cwd, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('prints help and version and exits 0', async () => {
    const cwd = tempDir();
    const help = await runCli(['--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: medlint');
    const version = await runCli(['--version'], { cwd });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [['--format', 'xml'], '--format expects one of stylish, json, sarif, junit, github, markdown'],
    [['--max-warnings', 'many'], '--max-warnings expects a whole number'],
    [['--timeout', 'soon'], '--timeout expects a duration'],
    [['--exclude', '(unclosed'], '--exclude: invalid regular expression'],
  ])('exits 2 with the usage line for %j', async (argv, message) => {
    const cwd = tempDir({ 'README.md': CLEAN });
    const result = await runCli(argv, { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: medlint');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming the file when it does not exist', async () => {
    const cwd = tempDir();
    const result = await runCli(['missing.md'], { cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'medlint: missing.md: no such file\n' });
  });

  it('exits 2 when a glob matches nothing', async () => {
    const cwd = tempDir();
    const result = await runCli(['docs/**/*.md'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('medlint: docs/**/*.md: no files match this pattern\n');
  });
});

describe('medlint entries', () => {
  const LIST = '# L\n\n## MRI\n\n[fastMRI](https://example.org/fastmri): Several thousand knee MRIs. Requires application for access (online form).\n';

  it('prints entries as JSON with their fields', async () => {
    const cwd = tempDir({ 'list.md': LIST });
    const result = await runCli(['entries', 'list.md'], { cwd });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        name: 'fastMRI',
        url: 'https://example.org/fastmri',
        links: [{ url: 'https://example.org/fastmri', kind: 'link', line: 5, column: 1, endLine: 5, endColumn: 39 }],
        description: 'Several thousand knee MRIs. Requires application for access (online form).',
        section: ['L', 'MRI'],
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 115,
        counts: [],
        access: { level: 'application', text: 'Requires application for access (online form)', source: 'text' },
        knownAccess: {
          level: 'application',
          name: 'fastMRI',
          terms: 'an online application form and the fastMRI data sharing agreement',
          source: 'https://fastmri.med.nyu.edu/',
          match: 'fastMRI',
        },
        license: null,
        shape: 'paragraph',
        kind: 'dataset',
      },
    ]);
  });

  it('prints entries as CSV with a header row and quoted cells', async () => {
    const cwd = tempDir({ 'list.md': LIST });
    const result = await runCli(['entries', 'list.md', '--format', 'csv'], { cwd });
    const [header, row] = result.stdout.split('\r\n');
    expect(header).toBe('name,url,section,line,column,description,access,access_text,counts,links,kind,parent,access_source,known_access,known_access_source,license,license_id');
    expect(row).toBe('fastMRI,https://example.org/fastmri,L > MRI,5,1,Several thousand knee MRIs. Requires application for access (online form).,application,Requires application for access (online form),,https://example.org/fastmri,dataset,,text,application,https://fastmri.med.nyu.edu/,,');
  });

  it('prints the parent of a sub-entry in JSON and CSV', async () => {
    const cwd = tempDir({ 'list.md': '## Brain\n\n- [Umbra Archive](https://example.org/umbra) - brain scans\n  - [Umbra-1](https://example.org/umbra-1) - 50 MRIs\n' });
    const json = await runCli(['entries', 'list.md'], { cwd });
    expect((JSON.parse(json.stdout) as Array<{ name: string; parent?: string }>).map(({ name, parent }) => ({ name, parent }))).toEqual([
      { name: 'Umbra Archive', parent: undefined },
      { name: 'Umbra-1', parent: 'Umbra Archive' },
    ]);
    const csv = await runCli(['entries', 'list.md', '--format', 'csv'], { cwd });
    expect(csv.stdout.split('\r\n')[2]).toBe('Umbra-1,https://example.org/umbra-1,Brain,4,3,50 MRIs,,,50 MRIs,https://example.org/umbra-1,dataset,Umbra Archive,,,,,');
  });

  it('puts the licence in CSV, with its SPDX id', async () => {
    const cwd = tempDir({ 'list.md': '# L\n\n## MRI\n\n- [Knees](https://example.org/knees) - 40 knee MRIs. License: CC BY 4.0.\n' });
    const result = await runCli(['entries', 'list.md', '--format', 'csv'], { cwd });
    const [, row] = result.stdout.split('\r\n');
    expect(row?.split(',').slice(-5)).toEqual(['', '', '', 'CC BY 4.0', 'CC-BY-4.0']);
  });
});
