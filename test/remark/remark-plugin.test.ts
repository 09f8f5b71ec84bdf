/**
 * `medlint/remark`: the document rules as vfile messages, through the API (`remark().use(…)`)
 * and through the real remark-cli with a `.remarkrc` (which loads the package's `./remark` export,
 * the committed bundle lib/remark.js), giving the same findings as `medlint --offline`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkMedlint from '../../src/remark/index.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = 'fixtures/remark/list-with-problems.md';

/** `line:column severity ruleId`, one per finding, as both tools print them. */
type Finding = string;

async function cliFindings(file: string, cwd: string): Promise<Finding[]> {
  const result = await runCli(['--offline', '--format', 'json', file], { cwd });
  const [report] = JSON.parse(result.stdout) as Array<{ diagnostics: Array<{ line: number; column: number; severity: string; ruleId: string }> }>;
  return (report?.diagnostics ?? []).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`);
}

/** remark-cli's report (vfile-reporter): `line:column-line:column  severity  message  ruleId  medlint`. */
function remarkCli(file: string, rc: string): { findings: Finding[]; status: number | null; stderr: string } {
  const cli = path.join(root, 'node_modules', 'remark-cli', 'cli.js');
  const result = spawnSync(process.execPath, [cli, '--rc-path', rc, '--no-stdout', '--no-color', '--no-ignore', file], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const findings = [...result.stderr.matchAll(/^\s*(\d+):(\d+)(?:-\d+:\d+)?\s+(error|warning)\s.*\s([a-z][a-z0-9-]*)\s+medlint$/gm)].map(
    ([, line, column, severity, rule]) => `${line}:${column} ${severity} ${rule}`,
  );
  return { findings, status: result.status, stderr: result.stderr };
}

describe('the remark plugin through the API', () => {
  it('reports vfile messages with ruleId, source, url, positions and severities', async () => {
    const source = readFileSync(path.join(root, fixture), 'utf8');
    const file = await remark().use(remarkGfm).use(remarkMedlint, {}).process(new VFile({ path: fixture, cwd: root, value: source }));
    const bare = file.messages.find((message) => message.ruleId === 'entry-link');
    expect(bare?.source).toBe('medlint');
    expect(bare?.reason).toBe('Unexpected bare URL `http://127.0.0.1/biopsies` for `Biopsies`, expected a Markdown link `[Biopsies](http://127.0.0.1/biopsies)`');
    expect(bare?.place).toEqual({ start: { line: 13, column: 13 }, end: { line: 13, column: 38 } });
    expect(bare?.url).toBe('https://github.com/medlint/medlint/blob/main/docs/rules/entry-link.md');
    expect(bare?.fatal).toBe(true);
    expect(file.messages.find((message) => message.ruleId === 'no-empty-section')?.fatal).toBe(false);
    const messages = file.messages.map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.ruleId}`);
    expect(messages).toEqual(await cliFindings(fixture, root));
  });

  it('takes the options of a config file', async () => {
    const source = readFileSync(path.join(root, fixture), 'utf8');
    const file = await remark()
      .use(remarkGfm)
      .use(remarkMedlint, { rules: { 'no-duplicate-url': 'off', 'no-empty-section': 'error' } })
      .process(new VFile({ path: fixture, cwd: root, value: source }));
    expect(file.messages.map((message) => message.ruleId)).not.toContain('no-duplicate-url');
    expect(file.messages.find((message) => message.ruleId === 'no-empty-section')?.fatal).toBe(true);
  });

  it('rejects invalid options with a message naming them', async () => {
    const run = remark().use(remarkMedlint, { rules: { 'no-such-rule': 'error' } } as never).process(new VFile({ path: 'list.md', cwd: root, value: '# A\n' }));
    await expect(run).rejects.toThrow(/medlint\/remark options/);
  });

  it('lints the tree unified parsed, not a parse of its own', async () => {
    const source = '# Data\n\n## Imaging\n\n- [Scans](https://127.0.0.1/scans) - 1,000 chest radiographs.\n';
    // A plugin before medlint turns `## Imaging` into `#### Imaging`: only the tree shows it.
    const deepen = () => (tree: Root) => {
      for (const node of tree.children) if (node.type === 'heading' && node.depth === 2) node.depth = 4;
    };
    const file = await remark().use(remarkGfm).use(deepen).use(remarkMedlint, {}).process(new VFile({ path: 'list.md', cwd: root, value: source }));
    expect(file.messages.map((message) => message.ruleId)).toEqual(['heading-increment']);
  });

  it('runs no link rule: a remark pass stays offline', async () => {
    const file = await remark().use(remarkGfm).use(remarkMedlint, {}).process(new VFile({ path: fixture, cwd: root, value: readFileSync(path.join(root, fixture), 'utf8') }));
    expect(file.messages.filter((message) => message.ruleId?.startsWith('link-'))).toEqual([]);
  });
});

describe('the remark plugin through remark-cli and a .remarkrc', () => {
  it('gives the same findings as medlint --offline on a fixture, and fails on errors', async () => {
    const result = remarkCli(fixture, 'fixtures/remark/.remarkrc.json');
    expect(result.findings).toEqual(await cliFindings(fixture, root));
    expect(result.findings.length).toBeGreaterThan(5);
    expect(result.status).toBe(1);
  });

  it('reads the options given in the .remarkrc', async () => {
    const result = remarkCli(fixture, 'fixtures/remark/with-options.remarkrc.json');
    expect(result.findings).toEqual((await cliFindings(fixture, root)).filter((finding) => !finding.endsWith(' no-duplicate-url')));
  });

  const seeds = path.resolve(root, '..', 'shared', 'seeds');
  const seed = existsSync(seeds) ? readdirSync(seeds).find((name) => name.startsWith('000_')) : undefined;
  it.skipIf(seed === undefined)(`gives the same findings as medlint --offline on seed 000${seed ? '' : ' (skipped: ../shared/seeds is absent)'}`, async () => {
    const file = path.join(seeds, seed as string);
    const result = remarkCli(file, 'fixtures/remark/.remarkrc.json');
    expect(result.findings).toEqual(await cliFindings(file, root));
    expect(result.findings.length).toBeGreaterThan(10);
  });
});
