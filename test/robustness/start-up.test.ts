/**
 * The built command answers `--version` and `--help` from its entry file (lib/cli/main.js)
 * without loading the command itself (lib/cli/run.js, with the parser, the rules and the config
 * loader): that keeps `medlint --version` near Node's own start-up. Everything else goes through
 * run.js, and must print what the in-process run prints, byte for byte. What only some runs need
 * (the config validators and YAML parser, re2js, the progress bar) is in chunks of its own that
 * an offline run without a config never loads, and spdx-correct is evaluated on its first call.
 */
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import module from 'node:module';
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

  it('lints offline without a config with the validators, YAML, re2js and progress chunks removed', async () => {
    const chunks = path.join(path.dirname(runJs()), 'chunks');
    // esbuild names each bundled module in a comment: `// node_modules/yaml/dist/index.js`.
    const markers = [
      '// precompiled:src/config/validators.ts',
      '// node_modules/yaml/',
      '// node_modules/re2js/',
      '// node_modules/cli-progress/',
      // A list without an `<a` needs no HTML parser, no glob for a file named as it is, and only the stylish reporter.
      '// node_modules/parse5/',
      '// node_modules/tinyglobby/',
      '// node_modules/remark-stringify/',
    ];
    const lazy = readdirSync(chunks).filter((name) => markers.some((marker) => readFileSync(path.join(chunks, name), 'utf8').includes(marker)));
    const found = lazy.map((name) => readFileSync(path.join(chunks, name), 'utf8'));
    for (const marker of markers) expect(found.some((text) => text.includes(marker)), marker).toBe(true);
    expect(readFileSync(runJs(), 'utf8')).not.toMatch(/\/\/ (?:precompiled:src\/config|node_modules\/(?:yaml|re2js|cli-progress|parse5|tinyglobby|remark-stringify))\//);
    const cwd = tempDir({ 'README.md': '# List\n\n## Imaging\n\n- [BrainSet](https://example.org/brainset) - 10 scans. License: Apache 2\n' });
    const expected = await runCli(['--offline', '--format', 'json', 'README.md'], { cwd });
    for (const name of lazy) renameSync(path.join(chunks, name), path.join(chunks, `${name}.away`));
    try {
      const built = await spawnNode(cli.bin, ['--offline', '--format', 'json', 'README.md'], { cwd });
      expect(built.stderr).toBe('');
      expect(built.stdout).toBe(expected.stdout);
      // spdx-correct, deferred to its first call, names the licence.
      const entries = await spawnNode(cli.bin, ['entries', 'README.md'], { cwd });
      expect(JSON.parse(entries.stdout)).toMatchObject([{ license: { id: 'Apache-2.0', text: 'Apache 2' } }]);
      // A config needs the validators: the chunk is loaded then (here it is missing, so the run fails).
      const withConfig = tempDir({ 'README.md': '# List\n', '.medlintrc.json': '{}' });
      expect((await spawnNode(cli.bin, ['--offline', 'README.md'], { cwd: withConfig })).code).toBe(2);
    } finally {
      for (const name of lazy) renameSync(path.join(chunks, `${name}.away`), path.join(chunks, name));
    }
  }, 60_000);

  it.each([
    ['a YAML config', '.medlintrc.yaml', 'rules:\n  entry-access: "off"\n  no-http-link: error\n'],
    ['a YAML config with an error', '.medlintrc.yml', 'rules:\n  entry-access: [bogus]\n'],
    ['a YAML config that does not parse', '.medlintrc.yaml', 'rules: [\n'],
    ['a JSON config', '.medlintrc.json', '{ "rules": { "entry-access": "off" } }'],
    ['a config in package.json', 'package.json', '{ "medlint": { "rules": { "no-http-link": "off" } } }'],
  ])('reads %s, loaded when found, as the in-process run does', async (_name, file, text) => {
    const cwd = tempDir({ 'README.md': '# List\n\n## Imaging\n\n- [BrainSet](http://example.org/brainset) - 10 scans.\n', [file]: text });
    const built = await spawnNode(cli.bin, ['--offline', 'README.md'], { cwd });
    const inProcess = await runCli(['--offline', 'README.md'], { cwd });
    expect(built.stderr).not.toMatch(STACK_TRACE);
    expect(built.stderr).not.toContain('internal error');
    expect({ code: built.code, stdout: built.stdout, stderr: built.stderr }).toEqual({ code: inProcess.code, stdout: inProcess.stdout, stderr: inProcess.stderr });
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

  // Node 22.1 and later (`module.enableCompileCache`); on Node 20 the tests above run the command as it is.
  it.skipIf(!('enableCompileCache' in module))('keeps Node\'s compile cache in the temporary folder, and none with NODE_DISABLE_COMPILE_CACHE=1', async () => {
    const cwd = tempDir({ 'README.md': '# List\n\n- [Data](https://example.org/data) - 10 scans.\n' });
    const [cache, none] = [tempDir(), tempDir()];
    const args = ['--offline', 'README.md'];
    const first = await spawnNode(cli.bin, args, { cwd, env: { TMPDIR: cache } });
    const again = await spawnNode(cli.bin, args, { cwd, env: { TMPDIR: cache } });
    const disabled = await spawnNode(cli.bin, args, { cwd, env: { TMPDIR: none, NODE_DISABLE_COMPILE_CACHE: '1' } });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(readdirSync(path.join(cache, 'node-compile-cache'), { recursive: true }).length).toBeGreaterThan(1);
    expect(existsSync(path.join(none, 'node-compile-cache'))).toBe(false);
    for (const run of [again, disabled]) expect(run).toEqual(first);
  }, 60_000);
});
