/**
 * The built command answers `--version` and `--help` from its entry file (lib/cli/main.js)
 * without loading the command itself (lib/cli/run.js, with the parser, the rules and the config
 * loader): that keeps `medlint --version` near Node's own start-up. Everything else goes through
 * run.js, and must print what the in-process run prints, byte for byte.
 */
import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GeneratedList, generateList, GENERATED_LISTS } from '../../scripts/gen-lint-lists.mjs';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { type CompiledCli, compileCli, ROOT, spawnNode, STACK_TRACE } from './support.js';

describe('the built command at start-up', () => {
  let cli: CompiledCli;
  beforeAll(() => {
    cli = compileCli();
  }, 120_000);
  afterAll(() => cli.dispose());

  const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const runJs = (): string => path.join(path.dirname(cli.bin), '..', 'lib', 'cli', 'run.js');

  it.each([['--version'], ['-v'], ['--help'], ['-h']])('answers %s as the in-process run does', async (flag) => {
    const cwd = tempDir();
    const built = await spawnNode(cli.bin, [flag], { cwd });
    const inProcess = await runCli([flag], { cwd });
    expect(built.code).toBe(0);
    expect(built.stderr).toBe('');
    expect(built.stdout).toBe(inProcess.stdout);
    if (flag.includes('v')) expect(built.stdout).toBe(`${version}\n`);
    else expect(built.stdout).toContain('Usage: medlint');
  });

  it('answers --version and --help without loading the command, and needs it for anything else', async () => {
    const cwd = tempDir({ 'README.md': '# List\n\n- [Data](https://example.org/data) - 10 scans.\n' });
    renameSync(runJs(), `${runJs()}.away`);
    try {
      expect((await spawnNode(cli.bin, ['--version'], { cwd })).stdout).toBe(`${version}\n`);
      expect((await spawnNode(cli.bin, ['--help'], { cwd })).stdout).toContain('Usage: medlint');
      // With the flag among others, the command decides (here: it is missing, so the run fails).
      const other = await spawnNode(cli.bin, ['--version', '--offline'], { cwd });
      expect(other.code).not.toBe(0);
      expect(other.stderr).toContain('run.js');
    } finally {
      renameSync(`${runJs()}.away`, runJs());
    }
    const both = await spawnNode(cli.bin, ['--version', '--offline'], { cwd });
    expect(both.stdout).toBe(`${version}\n`);
  });

  it('lints a 200 KB list offline exactly as the in-process run does', async () => {
    const list = generateList(GENERATED_LISTS[0] as GeneratedList);
    expect(list.length).toBeGreaterThan(200_000);
    const cwd = tempDir({ 'list.md': list });
    const args = ['--offline', '--format', 'json', 'list.md'];
    const built = await spawnNode(cli.bin, args, { cwd });
    const inProcess = await runCli(args, { cwd });
    expect(built.stderr).not.toMatch(STACK_TRACE);
    expect(built.code).toBe(1);
    expect(built.stdout).toBe(inProcess.stdout);
    const [report] = JSON.parse(built.stdout) as Array<{ entryCount: number; diagnostics: unknown[] }>;
    expect(report?.entryCount).toBeGreaterThan(400);
    expect(report?.diagnostics.length).toBeGreaterThan(100);
  }, 60_000);
});
