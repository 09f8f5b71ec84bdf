#!/usr/bin/env node
/**
 * `npm run bench:registries`: bundles scripts/registries-bench.ts (the sources and the test
 * stand-ins, with esbuild) into bench-results/ and runs it. Options pass through: --latency MS
 * (default 50, the harness's), --reps N (3), --per-host N (8), --links N (500). Talks to
 * 127.0.0.0/8 only. Exit code 1 when a stand-in got more requests than the bounds or the
 * median wall time is over 1.2 × the floor.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'bench-results', 'registries-bench.mjs');
mkdirSync(path.dirname(outfile), { recursive: true });
await build({
  entryPoints: [path.join(root, 'scripts', 'registries-bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  // Some bundled CommonJS dependencies call require() for Node built-ins; an ES module has none.
  banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
