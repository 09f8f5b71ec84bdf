#!/usr/bin/env node
/**
 * Bundles medlint's two programs with esbuild, each with everything it imports:
 *
 *   node scripts/bundle.mjs action [--outfile x.js]   → dist/index.js (one file)
 *   node scripts/bundle.mjs cli [--outdir dir]        → lib/cli/{main,parse-worker}.js + chunks/
 *
 * action: the GitHub Action, `src/action/index.ts`, which `action.yml` runs with `node24`. The
 *   bundle is committed, because `uses: owner/medlint@v1` runs what is in the tag;
 *   `test/action/bundle.test.ts` rebuilds it and fails on any difference.
 * cli: the `medlint` command, `src/cli/main.ts`, which `bin/medlint.js` imports, and the parser
 *   thread `src/parse/parse-worker.ts`. One file loads in a fraction of the time of the few
 *   hundred small ES modules of unified and micromark (about 0.2 s of every run). The link
 *   checker goes into a chunk of its own, loaded only when links are checked, as in the sources.
 *   Built by `npm run build` (and so by `npm pack`), not committed.
 *
 * Deterministic: no timestamps, no source maps, paths in comments relative to the repository,
 * so the same sources give the same bytes on every machine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { outfile: { type: 'string' }, outdir: { type: 'string' } },
});
const target = positionals[0];

// Some bundled CommonJS dependencies call require() for Node built-ins; an ES module has none.
const banner = [
  "import { createRequire as __medlintCreateRequire } from 'node:module';",
  'const require = __medlintCreateRequire(import.meta.url);',
].join('\n');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  sourcemap: false,
  legalComments: 'eof',
  charset: 'utf8',
  banner: { js: banner },
  logLevel: 'warning',
};

if (target === 'action') {
  await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: path.resolve(values.outfile ?? path.join(root, 'dist', 'index.js')) });
} else if (target === 'cli') {
  // lib/cli/, as deep in the package as src/cli/ is in the repository: run.ts finds
  // package.json (for --version) at ../../package.json in both.
  const outdir = path.resolve(values.outdir ?? path.join(root, 'lib', 'cli'));
  const { metafile } = await build({
    ...common,
    entryPoints: { main: 'src/cli/main.ts', 'parse-worker': 'src/parse/parse-worker.ts' },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
  });
  // parse-off-thread.ts starts ./parse-worker.js from its own folder: it must land in main.js.
  const main = Object.entries(metafile.outputs).find(([file]) => file.endsWith('/main.js'))?.[1];
  if (!main?.inputs['src/parse/parse-off-thread.ts']) throw new Error('src/parse/parse-off-thread.ts is not in main.js: the worker would not be found');
  if (values.outdir === undefined) {
    const version = execFileSync(process.execPath, [path.join(outdir, 'main.js'), '--version'], { encoding: 'utf8' }).trim();
    const expected = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    if (version !== expected) throw new Error(`the bundled CLI says version ${version}, package.json says ${expected}`);
  }
} else {
  process.stderr.write('usage: node scripts/bundle.mjs action [--outfile file] | cli [--outdir dir]\n');
  process.exitCode = 2;
}
