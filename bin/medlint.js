#!/usr/bin/env node
// A dumb wrapper: the command is the bundle of src/cli/main.ts (scripts/bundle.mjs), committed
// (so installing from git builds nothing) and shipped in the package.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22.1+ keeps the compiled bundle on disk between runs (in os.tmpdir(), or NODE_COMPILE_CACHE;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off), as ESLint and TypeScript do. It must be on before
// the bundle loads; it never throws, and Node 20 has no such API.
module.enableCompileCache?.();

const main = new URL('../lib/cli/main.js', import.meta.url);
if (existsSync(main)) {
  await import(main.href);
} else {
  const folder = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
  process.stderr.write(`medlint: the command is not built (lib/cli/main.js is missing): run \`npm ci && npm run build\` in ${folder}\n`);
  process.exitCode = 2;
}
