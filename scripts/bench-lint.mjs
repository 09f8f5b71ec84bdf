#!/usr/bin/env node
/**
 * `npm run bench:lint`: how fast `medlint --offline` lints a large list next to
 * `markdownlint-cli2` (default config), in one run, and how long `medlint --version` takes.
 *
 * Steps:
 *   1. install markdownlint-cli2 into `bench-results/lint-peers/` (gitignored; not a dependency
 *      of medlint) when it is not there;
 *   2. build medlint (`npm run build`) when a source file is newer than the build;
 *   3. copy the largest corpus list (`../shared/corpus`, openmedlab, 167 KB) and generate two
 *      larger lists (scripts/gen-lint-lists.mjs: about 200 KB with LF, 250 KB with CRLF) into
 *      `bench-results/lint-lists/`, where neither tool finds a config file;
 *   4. bundle medlint's parse alone (src/parse/parse-markdown.ts: micromark and mdast with GFM, in
 *      pieces, as the command parses) into `bench-results/parse-alone.mjs`: Node's start plus that
 *      parse is the floor no lint built on it can go below, timed beside the tools;
 *   5. run the tools on each list, interleaved (the order turns each round, so a busy moment of
 *      the machine does not fall on one tool), `--reps` times, and print the medians and ratios.
 *
 * Options: --reps N (default 7) · --lists openmedlab,generated-200k,generated-250k-crlf ·
 * --medlint label=path/to/bin.js (repeatable: compares builds, e.g. a copy of the last release;
 * default `medlint=bin/medlint.js`) · --node path (the Node that runs every tool; default this
 * one) · --json file (raw times). On a Node with a compile cache (22.1 and later), which the
 * command turns on, the parse alone runs with one too (`NODE_COMPILE_CACHE` in
 * `bench-results/`), so the floor is the parse as the command does it; markdownlint-cli2 runs
 * as it ships (a `NODE_COMPILE_CACHE` or `NODE_DISABLE_COMPILE_CACHE` of the caller's is
 * dropped). Every tool's first run fills its cache. Wall time is measured here;
 * CPU time (user + system) and peak RSS come from `/usr/bin/time` when it is installed.
 * Nothing here talks to the network but the npm registry in step 1.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { GENERATED_LISTS, generateList } from './gen-lint-lists.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench-results');
const PEERS = path.join(OUT, 'lint-peers');
const LISTS = path.join(OUT, 'lint-lists');
/** The newest markdownlint-cli2 that runs on Node 20 (0.23 and later need Node 22). */
const MARKDOWNLINT_CLI2 = 'markdownlint-cli2@0.22.1';
const MARKDOWNLINT_BIN = path.join(PEERS, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const CORPUS_LIST = 'openmedlab__Awesome-Medical-Dataset__README.md';
const TIME = '/usr/bin/time';

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '7' },
    lists: { type: 'string' },
    medlint: { type: 'string', multiple: true },
    node: { type: 'string' },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  process.stdout.write(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').match(/\/\*\*([\s\S]*?)\*\//)[1].replace(/^ \* ?/gm, ''));
  process.exit(0);
}
const reps = Number(values.reps);
// A path (`./node22/bin/node`) or a command on PATH (`node22`).
const node = values.node ? (values.node.includes(path.sep) ? path.resolve(values.node) : values.node) : process.execPath;
// Each tool runs as it ships: no compile cache from the caller's environment.
const { NODE_COMPILE_CACHE: _cache, NODE_DISABLE_COMPILE_CACHE: _disabled, ...baseEnv } = process.env;
const nodeAnswer = (code) => spawnSync(node, ['-p', code], { encoding: 'utf8', env: baseEnv }).stdout?.trim() ?? '';
const nodeVersion = nodeAnswer('process.version');
if (!/^v\d+\./.test(nodeVersion)) fail(`--node ${node} is not a Node that runs`);
/** Whether `node` has the compile cache the command turns on (`module.enableCompileCache`). */
const compileCache = nodeAnswer("typeof require('node:module').enableCompileCache") === 'function';
if (!Number.isInteger(reps) || reps < 1) fail(`--reps must be a whole number ≥ 1, got ${values.reps}`);

function fail(message) {
  process.stderr.write(`bench-lint: ${message}\n`);
  process.exit(2);
}

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

// 1. markdownlint-cli2, beside the project, never in its package.json.
if (!fs.existsSync(MARKDOWNLINT_BIN)) {
  fs.mkdirSync(PEERS, { recursive: true });
  if (!fs.existsSync(path.join(PEERS, 'package.json'))) fs.writeFileSync(path.join(PEERS, 'package.json'), '{ "private": true }\n');
  sh('npm', ['install', '--prefix', PEERS, '--no-audit', '--no-fund', MARKDOWNLINT_CLI2]);
}
const peerVersion = JSON.parse(fs.readFileSync(path.join(PEERS, 'node_modules', 'markdownlint-cli2', 'package.json'), 'utf8')).version;

// 2. The built command.
const newest = (dir) => {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return latest;
};
const built = path.join(ROOT, 'lib', 'cli', 'main.js');
if (!values.medlint && (!fs.existsSync(built) || newest(path.join(ROOT, 'src')) > fs.statSync(built).mtimeMs)) sh('npm', ['run', 'build'], { cwd: ROOT });
const medlints = (values.medlint ?? ['medlint=bin/medlint.js']).map((spec) => {
  const at = spec.indexOf('=');
  const [label, bin] = at === -1 ? [spec, spec] : [spec.slice(0, at), spec.slice(at + 1)];
  const absolute = path.resolve(ROOT, bin);
  if (!fs.existsSync(absolute)) fail(`${absolute} does not exist`);
  return { label, bin: absolute };
});

// 3. The lists.
fs.mkdirSync(LISTS, { recursive: true });
const corpus = path.resolve(ROOT, '..', 'shared', 'corpus', CORPUS_LIST);
if (!fs.existsSync(corpus)) fail(`${corpus} is missing (the shared corpus beside the repository)`);
fs.copyFileSync(corpus, path.join(LISTS, 'openmedlab.md'));
for (const list of GENERATED_LISTS) fs.writeFileSync(path.join(LISTS, list.name), generateList(list));
const allLists = ['openmedlab', ...GENERATED_LISTS.map((list) => list.name.replace(/\.md$/, ''))];
const lists = values.lists ? values.lists.split(',') : allLists;
for (const list of lists) if (!allLists.includes(list)) fail(`unknown list ${list}; known: ${allLists.join(', ')}`);

// 4. The parse alone, bundled as the command is (one file, no module resolution at run time).
const PARSE_ALONE = path.join(OUT, 'parse-alone.mjs');
await build({
  stdin: {
    contents: [
      "import { readFileSync } from 'node:fs';",
      "import { parseMarkdown } from './src/parse/parse-markdown.ts';",
      "parseMarkdown(readFileSync(process.argv[2], 'utf8'));",
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: PARSE_ALONE,
  logLevel: 'warning',
});

// 5. Interleaved runs.
const hasTime = fs.existsSync(TIME);
const timeFile = path.join(OUT, 'lint-time.txt');

const cachedParse = compileCache ? { NODE_COMPILE_CACHE: path.join(OUT, 'compile-cache') } : {};

/** Runs one command in `LISTS`; wall time from here, CPU and RSS from /usr/bin/time. */
function measure(args, okCodes, env = {}) {
  const command = hasTime ? [TIME, ['-f', '%U %S %M', '-o', timeFile, node, ...args]] : [node, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0], command[1], { cwd: LISTS, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...baseEnv, ...env } });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (!okCodes.includes(result.status)) fail(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr.slice(0, 500)}`);
  const sample = { wall, output: result.stdout.length + result.stderr.length };
  if (hasTime) {
    const [user, system, rss] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    Object.assign(sample, { cpu: (user + system) * 1000, rss: rss / 1024 });
  }
  return sample;
}

const tools = [
  ...medlints.map(({ label, bin }) => ({ label, args: (file) => [bin, '--offline', file] })),
  { label: "medlint's parse alone (floor)", args: (file) => [PARSE_ALONE, file], env: cachedParse },
  { label: `markdownlint-cli2 ${peerVersion}`, args: (file) => [MARKDOWNLINT_BIN, file] },
];
const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const raw = { reps, node: nodeVersion, compileCache, peer: peerVersion, lists: {}, version: {} };
const ms = (value) => (value === undefined ? '–' : `${Math.round(value)}`);

process.stdout.write(
  `node ${nodeVersion}${compileCache ? ' (compile cache: medlint and its parse alone)' : ''}, ${MARKDOWNLINT_CLI2.split('@')[0]} ${peerVersion}, ${reps} runs each, interleaved\n\n`,
);
const rows = [];
for (const list of lists) {
  const file = `${list}.md`;
  const samples = tools.map(() => []);
  for (let rep = 0; rep < reps; rep++) {
    for (let turn = 0; turn < tools.length; turn++) {
      const index = (turn + rep) % tools.length;
      samples[index].push(measure(tools[index].args(file), [0, 1], tools[index].env));
    }
  }
  raw.lists[list] = Object.fromEntries(tools.map((tool, index) => [tool.label, samples[index]]));
  const peerWall = median(samples.at(-1).map((s) => s.wall));
  const peerCpu = hasTime ? median(samples.at(-1).map((s) => s.cpu)) : undefined;
  const size = fs.statSync(path.join(LISTS, file)).size;
  tools.forEach((tool, index) => {
    const walls = samples[index].map((s) => s.wall);
    const cpu = hasTime ? median(samples[index].map((s) => s.cpu)) : undefined;
    const isPeer = index === tools.length - 1;
    rows.push([
      `${list} (${Math.round(size / 1000)} KB)`,
      tool.label,
      `${ms(median(walls))} [${ms(Math.min(...walls))}–${ms(Math.max(...walls))}]`,
      ms(cpu),
      hasTime ? ms(median(samples[index].map((s) => s.rss))) : '–',
      isPeer ? '1.00' : (peerWall / median(walls)).toFixed(2),
      isPeer || cpu === undefined ? (isPeer ? '1.00' : '–') : (peerCpu / cpu).toFixed(2),
    ]);
  });
}

// `--version`, interleaved with a bare Node start for scale.
const starts = [...medlints.map(({ label, bin }) => ({ label: `${label} --version`, args: [bin, '--version'] })), { label: 'node -e 0 (floor)', args: ['-e', '0'] }];
const startSamples = starts.map(() => []);
for (let rep = 0; rep < Math.max(reps, 10); rep++) {
  for (let turn = 0; turn < starts.length; turn++) {
    const index = (turn + rep) % starts.length;
    startSamples[index].push(measure(starts[index].args, [0]));
  }
}
starts.forEach((start, index) => (raw.version[start.label] = startSamples[index]));

const table = (header, body) =>
  [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`, ...body.map((row) => `| ${row.join(' | ')} |`)].join('\n');
process.stdout.write(
  `${table(['list', 'tool', 'wall ms, median [min–max]', 'CPU ms', 'peak RSS MB', '× faster (wall)', '× faster (CPU)'], rows)}\n\n`,
);
process.stdout.write(
  `${table(
    ['command', '', 'wall ms, median [min–max]', 'CPU ms'],
    starts.map((start, index) => {
      const walls = startSamples[index].map((s) => s.wall);
      return [start.label, '', `${ms(median(walls))} [${ms(Math.min(...walls))}–${ms(Math.max(...walls))}]`, hasTime ? ms(median(startSamples[index].map((s) => s.cpu))) : '–'];
    }),
  )}\n`,
);
if (values.json) fs.writeFileSync(values.json, `${JSON.stringify(raw, null, 2)}\n`);
