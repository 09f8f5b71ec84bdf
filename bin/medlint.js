#!/usr/bin/env node
// A dumb wrapper: the command is the bundle of src/cli/main.ts (scripts/bundle.mjs), committed
// (so installing from git builds nothing) and shipped in the package.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../lib/cli/main.js', import.meta.url);
if (existsSync(main)) {
  await import(main.href);
} else {
  const folder = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
  process.stderr.write(`medlint: the command is not built (lib/cli/main.js is missing): run \`npm ci && npm run build\` in ${folder}\n`);
  process.exitCode = 2;
}
