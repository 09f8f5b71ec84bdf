#!/usr/bin/env node
// A dumb wrapper: the command is the bundle of src/cli/main.ts (scripts/bundle.mjs), built on
// install from a clone (`prepare`) and shipped built in the package.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../lib/cli/main.js', import.meta.url);
if (existsSync(main)) {
  await import(main.href);
} else {
  const folder = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
  process.stderr.write(`medlint: the command is not built (lib/cli/main.js is missing): run \`npm ci\` in ${folder}, which builds it\n`);
  process.exitCode = 2;
}
