#!/usr/bin/env node
/**
 * `npm run bench:fix`: how long `medlint --offline --fix` takes on the largest corpus list
 * (`../shared/corpus`, openmedlab, 167 KB) next to the plain lint `medlint --offline` of the same
 * list, in one run: the two commands alternate (the order turns each round, so a busy moment of
 * the machine does not fall on one), `--reps` times each, and the medians and their ratio are
 * printed. Each `--fix` run gets a fresh copy of the list in `bench-results/fix/`, so every run
 * fixes the same text. Builds medlint first when a source file is newer than the build.
 * Options: --reps N (default 9). Offline: no network at all.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench-results', 'fix');
const LIST = path.resolve(ROOT, '..', 'shared', 'corpus', 'openmedlab__Awesome-Medical-Dataset__README.md');
const BIN = path.join(ROOT, 'bin', 'medlint.js');

const { values } = parseArgs({ options: { reps: { type: 'string', default: '9' } } });
const reps = Number(values.reps);
if (!fs.existsSync(LIST)) {
  console.error(`bench:fix needs ../shared beside the repository (${LIST} is missing)`);
  process.exit(2);
}
const built = path.join(ROOT, 'lib', 'cli', 'main.js');
const newest = (dir) => Math.max(...fs.readdirSync(dir, { recursive: true }).map((file) => fs.statSync(path.join(dir, String(file))).mtimeMs));
if (!fs.existsSync(built) || newest(path.join(ROOT, 'src')) > fs.statSync(built).mtimeMs) {
  if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(2);
}
fs.mkdirSync(OUT, { recursive: true });
const target = path.join(OUT, 'README.md');

function timed(args) {
  fs.copyFileSync(LIST, target);
  fs.chmodSync(target, 0o644);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [BIN, '--offline', ...args, 'README.md'], { cwd: OUT, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status === 2) throw new Error(`medlint ${args.join(' ')} failed: ${result.stderr}`);
  return { ms, changed: fs.readFileSync(target, 'utf8') !== fs.readFileSync(LIST, 'utf8') };
}

const runs = { lint: [], fix: [] };
let changed = false;
for (let round = 0; round < reps; round += 1) {
  const order = round % 2 === 0 ? ['lint', 'fix'] : ['fix', 'lint'];
  for (const kind of order) {
    const run = timed(kind === 'fix' ? ['--fix'] : []);
    runs[kind].push(run.ms);
    if (kind === 'fix') changed = run.changed;
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const lint = median(runs.lint);
const fix = median(runs.fix);
console.log(`list: ${path.basename(LIST)} (${fs.statSync(LIST).size} bytes), ${reps} runs each, medians of wall time`);
console.log(`medlint --offline        ${lint.toFixed(0)} ms`);
console.log(`medlint --offline --fix  ${fix.toFixed(0)} ms  (${(fix / lint).toFixed(2)}× the lint; the file ${changed ? 'was' : 'was not'} changed)`);
