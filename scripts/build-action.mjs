#!/usr/bin/env node
/**
 * Bundles the GitHub Action: `src/action/index.ts` and everything it imports (the pipeline,
 * @actions/core, @actions/github, remark, undici, …) into one ESM file, `dist/index.js`, which
 * `action.yml` runs with `node24`. The bundle is committed, because `uses: owner/medlint@v1`
 * runs what is in the tag; `test/action/bundle.test.ts` rebuilds it and fails on any difference.
 *
 * Deterministic: no timestamps, no source maps, paths in comments relative to the repository,
 * so the same sources give the same bytes on every machine.
 *
 *   node scripts/build-action.mjs                  → dist/index.js
 *   node scripts/build-action.mjs --outfile x.js   → x.js (used by the bundle test)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outfile: { type: 'string' } } });
const outfile = path.resolve(values.outfile ?? path.join(root, 'dist', 'index.js'));

// Some bundled CommonJS dependencies call require() for Node built-ins; an ES module has none.
const banner = [
  "import { createRequire as __medlintCreateRequire } from 'node:module';",
  'const require = __medlintCreateRequire(import.meta.url);',
].join('\n');

await build({
  absWorkingDir: root,
  entryPoints: ['src/action/index.ts'],
  outfile,
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
});
