import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const LIST = '# L\n\n## Imaging\n\nTCGA: https://example.org/tcga - a genome atlas.\n';

describe('config loading', () => {
  it('uses medlint:recommended when there is no config', async () => {
    const config = await loadConfig({ cwd: tempDir() });
    expect(config.source).toBeNull();
    expect(config.rules.get('entry-link')?.level).toBe('error');
    expect(config.rules.get('link-dead')?.level).toBe('error');
  });

  it('finds .medlintrc.json from the cwd upwards', async () => {
    const root = tempDir({ '.medlintrc.json': '{ "rules": { "entry-link": "warn" } }', 'docs/deep/x.md': '' });
    const config = await loadConfig({ cwd: path.join(root, 'docs', 'deep') });
    expect(config.rules.get('entry-link')?.level).toBe('warn');
    expect(config.source).toBe(path.join('..', '..', '.medlintrc.json'));
  });

  it('reads .medlintrc.yaml and a "medlint" key in package.json', async () => {
    const yaml = await loadConfig({ cwd: tempDir({ '.medlintrc.yaml': 'rules:\n  entry-link: off\nignoreSections: [Tools]\n' }) });
    expect(yaml.rules.get('entry-link')?.level).toBe('off');
    expect(yaml.ignoreSections).toEqual(['Tools']);
    const pkg = await loadConfig({ cwd: tempDir({ 'package.json': '{ "name": "x", "medlint": { "rules": { "no-http-link": "error" } } }' }) });
    expect(pkg.rules.get('no-http-link')?.level).toBe('error');
  });

  it('takes rule options as [level, options] merged over the defaults', async () => {
    const config = await loadConfig({ cwd: tempDir({ '.medlintrc.json': '{ "rules": { "entry-description": ["warn", { "minLength": 20 }] } }' }) });
    expect(config.rules.get('entry-description')).toEqual({ level: 'warn', options: { minLength: 20 } });
  });

  it('lets --config override the search', async () => {
    const cwd = tempDir({ '.medlintrc.json': '{ "rules": { "entry-link": "warn" } }', 'strict.json': '{ "rules": { "entry-link": "off" } }' });
    expect((await loadConfig({ cwd, configPath: 'strict.json' })).rules.get('entry-link')?.level).toBe('off');
  });
});

describe('invalid config', () => {
  it.each([
    ['bad JSON, with line and column', '.medlintrc.json', '{\n  "rules": {\n    "entry-link": "warn",\n  }\n}', '.medlintrc.json:4:3: invalid JSON'],
    ['bad YAML, with line and column', '.medlintrc.yaml', 'rules:\n  entry-link: [warn\n', '.medlintrc.yaml:3:1: invalid YAML'],
    ['an unknown rule', '.medlintrc.json', '{ "rules": { "no-such-rule": "warn" } }', 'unknown rule `no-such-rule` in `rules`; known rules: entry-link,'],
    ['a bad level', '.medlintrc.json', '{ "rules": { "entry-link": "loud" } }', '`rules.entry-link` must be "off", "warn", "error" or ["warn", { …options }], found "loud"'],
    ['a wrong option type', '.medlintrc.json', '{ "rules": { "entry-description": ["warn", { "minLength": "long" }] } }', '`rules.entry-description[1].minLength` must be integer'],
    ['options for a rule that takes none', '.medlintrc.json', '{ "rules": { "single-h1": ["warn", { "x": 1 }] } }', 'rule `single-h1` takes no options'],
    ['an unknown top-level key', '.medlintrc.json', '{ "rulez": {} }', 'unknown key `rulez` in the top level; expected one of: $schema, extends, rules, ignoreSections, maxFileSize, links'],
    ['a wrong link option type', '.medlintrc.json', '{ "links": { "timeout": "soon" } }', '`links.timeout` must be integer'],
  ])('names the file, the key and what is accepted for %s (exit 2)', async (_name, file, content, message) => {
    const cwd = tempDir({ [file]: content, 'README.md': LIST });
    const result = await runCli(['--offline'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('never runs a JavaScript config', async () => {
    const cwd = tempDir({ 'medlint.config.js': 'process.exit(42)', 'README.md': LIST });
    const result = await runCli(['--offline', '--config', 'medlint.config.js'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('configs must be .json, .yaml or .yml files; medlint never runs code from a config');
  });

  it('says when --config names a missing file', async () => {
    const result = await runCli(['--offline', '--config', 'nope.json'], { cwd: tempDir({ 'README.md': LIST }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('medlint: nope.json: cannot read config (no such file)\n');
  });
});

describe('severity from config and inline comments', () => {
  it('turns a rule off, down to a warning, or leaves it an error', async () => {
    const off = tempDir({ '.medlintrc.json': '{ "rules": { "entry-link": "off" } }', 'README.md': LIST });
    expect((await runCli(['--offline', '-f', 'json'], { cwd: off })).stdout).not.toContain('entry-link');
    const warn = tempDir({ '.medlintrc.json': '{ "rules": { "entry-link": "warn" } }', 'README.md': LIST });
    const result = await runCli(['--offline', '-f', 'json'], { cwd: warn });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)[0].diagnostics[0]).toMatchObject({ ruleId: 'entry-link', severity: 'warning' });
  });

  it('honours medlint-disable, medlint-enable and medlint-disable-next-line comments', async () => {
    const markdown = [
      '# L', '', '## Imaging', '',
      '<!-- medlint-disable-next-line entry-link -->',
      'TCGA: https://example.org/tcga - atlas one.', '',
      '<!-- medlint-disable -->',
      'ICGC: https://example.org/icgc - atlas two.', '',
      '<!-- medlint-enable -->',
      'CCLE: https://example.org/ccle - atlas three.', '',
    ].join('\n');
    // Three bare URLs make the list's own style; `style: "link"` asks for links anyway.
    const cwd = tempDir({ 'README.md': markdown, '.medlintrc.json': '{ "rules": { "entry-link": ["error", { "style": "link" }] } }' });
    const result = await runCli(['--offline', '-f', 'json'], { cwd });
    const found = (JSON.parse(result.stdout)[0].diagnostics as Array<{ ruleId: string; line: number }>).map((d) => [d.ruleId, d.line]);
    expect(found).toEqual([['entry-link', 12]]);
  });
});
