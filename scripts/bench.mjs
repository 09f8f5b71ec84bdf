#!/usr/bin/env node
/**
 * `npm run bench`: medlint and the peer link checkers on the same generated lists, in one run,
 * against the loopback "internet" of the shared benchmark harness (`../shared/bench`).
 *
 * Steps, in order:
 *   1. find the harness (`MEDLINT_BENCH_DIR`, else `../shared/bench`); stop with a message if absent
 *   2. copy it to `bench-results/harness/` (gitignored; `peers/node_modules` is kept between runs)
 *   3. build medlint (`npm run build`) when a source file is newer than the build
 *   4. patch the copy: medlint's configs into `CONFIGS` (bench.mjs), `ORDER`/`LABEL`/`CT` (report.mjs)
 *   5. install the peers when needed (`npm install` in `peers/`); LinkChecker is used when on PATH
 *   6. generate the lists: `node gen.mjs` and `node gen.mjs --mix clean --hosts zipf clean:2000:200`
 *   7. run every (list, config) pair with `bench.mjs`, then `report.mjs` → RESULTS.md, and the
 *      targets of issue 3 (floors, ratios, pass/miss) → results/TARGETS.md, appended to RESULTS.md
 *
 * Options: --reps N (default 3) · --files medium,clean,large · --configs id,id (medlint ids and
 * peer ids; `node scripts/bench.mjs --list`) · --quick (1 rep; medlint and linkinator only) ·
 * --latency MS (default 50). The default run takes about 20 minutes on 2 cores. Dependency-free;
 * talks to 127.0.0.0/8 only.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench-results');
const HARNESS = path.join(OUT, 'harness');
const BIN = path.join(ROOT, 'bin', 'medlint.js');

const { values } = parseArgs({
  options: {
    reps: { type: 'string' },
    files: { type: 'string' },
    configs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    latency: { type: 'string', default: '50' },
    list: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

/**
 * medlint's configs, as inserted into the harness. `C` = pages under way at once, `T` = seconds to
 * give up on a /hang URL (timeout × attempts), for the harness's floor table.
 *
 * On the faults list the peers make one attempt per URL with a 10 s timeout (markdown-link-check
 * and LinkChecker by default or with --timeout 10, linkinator and remark-lint-no-dead-urls set
 * to it here), so `medlint-faults` does the same: --timeout 10s, --retries 0, no timeout retry.
 * `medlint-faults-retry` keeps medlint's retries (2, for resets, 5xx and 429 after Retry-After,
 * which pauses the host) to show what honouring rate limits costs; `medlint` is the defaults.
 */
const MEDLINT_CONFIGS = [
  {
    id: 'medlint-faults',
    label: 'medlint --timeout 10s --retries 0, no timeout retry',
    setting: '--timeout 10s --retries 0, links.timeoutRetries 0 (bench/faults.json): one attempt per URL like the peers; concurrency 128, per-host 8',
    args: ['--timeout', '10s', '--retries', '0', '--config', path.join(ROOT, 'bench', 'faults.json')],
    C: 128,
    T: 10,
  },
  {
    id: 'medlint-faults-retry',
    label: 'medlint --timeout 10s, no timeout retry, 2 retries',
    setting: '--timeout 10s, links.timeoutRetries 0 (bench/faults.json); 2 retries for resets/5xx/429 (Retry-After pauses the host); concurrency 128, per-host 8',
    args: ['--timeout', '10s', '--config', path.join(ROOT, 'bench', 'faults.json')],
    C: 128,
    T: 10,
  },
  {
    id: 'medlint',
    label: 'medlint (defaults)',
    setting: 'defaults (bench/defaults.json is empty): concurrency 128, per-host 8, timeout 15s, 1 timeout retry, 2 retries for resets/5xx/429',
    args: ['--config', path.join(ROOT, 'bench', 'defaults.json')],
    C: 128,
    T: 30,
  },
  {
    // Not polite, and not a target: what medlint does with linkinator's freedom on one host.
    id: 'medlint-per-host-160',
    label: 'medlint --per-host 160',
    setting: '--per-host 160 (about the most requests linkinator sends one host at once on the clean list); otherwise defaults: concurrency 128',
    args: ['--per-host', '160', '--config', path.join(ROOT, 'bench', 'defaults.json')],
    C: 128,
    T: 30,
  },
];
const PER_HOST = 8; // medlint's default per-host limit: the polite floor of the targets

/**
 * Peer configs added to the copy, so that on the faults list every tool has the same 10 s timeout
 * and no timeout retry. The harness's own `linkinator-tuned` (--retry) and `remark-ndu` (default)
 * never finish there: they retry /ratelimit-hard (429 forever) and /status999 without end and are
 * killed at the 600 s limit, so they would cost 10 minutes a run and measure nothing.
 */
const PEER_EXTRA = [
  {
    id: 'linkinator-10s',
    label: 'linkinator --timeout 10000 (no --retry)',
    peer: 'linkinator 7.6.1',
    setting: '--timeout 10000 (added by medlint bench; --retry would loop on /ratelimit-hard); concurrency 100 (default)',
    C: 100,
    T: 10,
    cmd: "(f) => [node, path.join(NM, 'linkinator/build/src/cli.js'), f, '--markdown', '--format', 'json', '--timeout', '10000']",
    parse: 'parseLinkinator',
  },
  {
    id: 'remark-ndu-10s',
    label: 'remark-lint-no-dead-urls, timeout 10 s, no retry',
    peer: 'remark-cli 12.0.1 + remark-lint-no-dead-urls 2.0.1 (dead-or-alive 1.0.4)',
    setting: 'deadOrAliveOptions {timeout: 10000, maxRetries: 0} (added by medlint bench); 10 URLs at a time (fixed)',
    C: 10,
    T: 10,
    cmd:
      "(f) => [node, '--import', path.join(PEERS, 'stubs/is-online-stub.mjs'), path.join(NM, 'remark-cli/cli.js'), '--no-config', '--no-color', " +
      "'--no-stdout', '--quiet', '--use', 'remark-lint-no-dead-urls=deadOrAliveOptions:{timeout:10000,maxRetries:0}', f]",
    parse: 'parseRemark',
  },
];

/**
 * The matrix. Faults list (`medium`): every tool with a 10 s timeout and no timeout retry.
 * Clean list: every tool at its defaults. Large list: medlint for memory and politeness, with the
 * peers that finish in a minute or two. `oneRep` configs run once (as run-all.sh does for the slow
 * ones): markdown-link-check (2 requests in flight) and LinkChecker take minutes per run; left out
 * of the large list are markdown-link-check, LinkChecker and linkinator's default (no timeout:
 * every /hang costs the server's 65 s), which would add a quarter of an hour and say nothing new.
 */
const PLAN = [
  {
    file: 'medium',
    configs: ['medlint-faults', 'medlint-faults-retry', 'medlint', 'linkinator-10s', 'remark-ndu-10s', 'mlc', 'linkchecker-tuned'],
    oneRep: ['mlc', 'linkchecker-tuned'],
  },
  { file: 'clean', configs: ['medlint', 'medlint-per-host-160', 'linkinator', 'remark-ndu', 'mlc', 'linkchecker'], oneRep: ['mlc', 'linkchecker'] },
  { file: 'large', configs: ['medlint', 'linkinator-10s', 'remark-ndu-10s'], oneRep: ['linkinator-10s', 'remark-ndu-10s'] },
];
const QUICK_CONFIGS = new Set(['medlint-faults', 'medlint-faults-retry', 'medlint', 'linkinator', 'linkinator-10s']);

if (values.help) {
  console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
  process.exit(0);
}

// ---------- 1. the harness ----------
const source = path.resolve(process.env.MEDLINT_BENCH_DIR ?? path.join(ROOT, '..', 'shared', 'bench'));
const NEEDED = ['bench.mjs', 'report.mjs', 'gen.mjs', 'server.mjs', 'hosts.mjs', 'peers/package.json'];
const missing = NEEDED.filter((file) => !fs.existsSync(path.join(source, file)));
if (missing.length > 0) {
  console.error(`medlint bench: no benchmark harness at ${source} (missing ${missing.join(', ')}).`);
  console.error('Put the shared harness at ../shared/bench, or set MEDLINT_BENCH_DIR to its folder.');
  process.exit(2);
}

if (values.list) {
  for (const c of [...MEDLINT_CONFIGS, ...PEER_EXTRA]) console.log(`${c.id.padEnd(20)} ${c.setting}`);
  const peers = spawnSync(process.execPath, [path.join(source, 'bench.mjs'), '--list'], { encoding: 'utf8', cwd: source });
  process.stdout.write(peers.stdout);
  process.exit(0);
}

const REPS = values.reps !== undefined ? positiveInteger(values.reps, '--reps') : values.quick ? 1 : 3;
const wantFiles = values.files?.split(',').map((s) => s.trim()).filter(Boolean) ?? PLAN.map((p) => p.file);
const wantConfigs = values.configs ? new Set(values.configs.split(',').map((s) => s.trim())) : null;
for (const file of wantFiles) {
  if (!PLAN.some((p) => p.file === file)) fail(`--files: unknown list ${JSON.stringify(file)}; known: ${PLAN.map((p) => p.file).join(', ')}`);
}

// ---------- 2. copy it (keeping installed peers) ----------
fs.mkdirSync(HARNESS, { recursive: true });
copyTree(source, HARNESS, (rel) => rel !== path.join('peers', 'node_modules') && rel !== 'data' && rel !== 'results');
step(`harness copied from ${source} to ${path.relative(ROOT, HARNESS)}/`);

// ---------- 3. build medlint when stale ----------
if (isStale(path.join(ROOT, 'lib', 'cli', 'main.js'), path.join(ROOT, 'src'))) {
  step('building medlint (npm run build)');
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], ROOT);
}

// ---------- 4. patch medlint into the copy ----------
patchHarness();

// ---------- 5. peers ----------
const peersDir = path.join(HARNESS, 'peers');
const peerBins = ['markdown-link-check/markdown-link-check', 'linkinator/build/src/cli.js', 'remark-cli/cli.js', 'remark-lint-no-dead-urls/package.json'];
if (!peerBins.every((bin) => fs.existsSync(path.join(peersDir, 'node_modules', bin)))) {
  step('installing the peers (npm install in peers/)');
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['install', '--no-audit', '--no-fund'], peersDir);
}
const hasLinkchecker = spawnSync('linkchecker', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasLinkchecker) {
  console.warn('medlint bench: LinkChecker is not installed (apt-get install -y linkchecker); its configs are skipped.');
}

// ---------- 6. data ----------
step('generating the lists');
run(process.execPath, ['gen.mjs'], HARNESS);
run(process.execPath, ['gen.mjs', '--mix', 'clean', '--hosts', 'zipf', 'clean:2000:200'], HARNESS);
// LinkChecker drops root to `nobody`: the lists must be readable by everyone.
for (const file of fs.readdirSync(path.join(HARNESS, 'data'))) fs.chmodSync(path.join(HARNESS, 'data', file), 0o644);

// ---------- 7. run ----------
const results = path.join(HARNESS, 'results');
fs.mkdirSync(results, { recursive: true });
const csv = path.join(results, 'raw.csv');
if (fs.existsSync(csv)) fs.renameSync(csv, path.join(results, `raw-${new Date().toISOString().replace(/[:.]/g, '-')}.csv`));
fs.rmSync(path.join(results, 'runs'), { recursive: true, force: true });

const started = Date.now();
for (const { file, configs, oneRep } of PLAN) {
  if (!wantFiles.includes(file)) continue;
  const chosen = configs.filter(
    (id) => (wantConfigs ? wantConfigs.has(id) : !values.quick || QUICK_CONFIGS.has(id)) && (hasLinkchecker || !id.startsWith('linkchecker')),
  );
  const groups = [
    [chosen.filter((id) => !oneRep.includes(id)), REPS],
    [chosen.filter((id) => oneRep.includes(id)), 1],
  ];
  for (const [ids, reps] of groups) {
    if (ids.length === 0) continue;
    step(`${file}: ${ids.join(', ')} × ${reps}`);
    run(process.execPath, ['bench.mjs', '--files', file, '--configs', ids.join(','), '--reps', String(reps), '--latency', values.latency, '--limit-s', '600'], HARNESS);
  }
}
step(`runs finished in ${((Date.now() - started) / 60_000).toFixed(1)} min`);

// The same command offline (start-up, Markdown parse, lint rules), for scale: with links, the
// requests start before the parse and overlap it, so wall time is not offline + link check.
const offline = new Map();
for (const file of wantFiles) {
  if (wantConfigs && ![...wantConfigs].some((id) => id.startsWith('medlint'))) break;
  const runs = [];
  for (let rep = 0; rep < REPS; rep++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, BIN, '--offline', '--format', 'json', path.join(HARNESS, 'data', `${file}.md`)], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const [wall, rssKb] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    if (Number.isFinite(wall) && Number.isFinite(rssKb)) runs.push({ wall, rss: rssKb / 1024 });
  }
  const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
  if (runs.length > 0) offline.set(file, { wall: median(runs.map((r) => r.wall)), rss: median(runs.map((r) => r.rss)), n: runs.length });
}

// ---------- report, then the targets (appended to RESULTS.md via findings.md) ----------
fs.rmSync(path.join(HARNESS, 'findings.md'), { force: true });
run(process.execPath, ['report.mjs', '--latency', values.latency], HARNESS);
const targets = targetsReport(Number(values.latency) / 1000);
fs.writeFileSync(path.join(results, 'TARGETS.md'), targets);
fs.writeFileSync(path.join(HARNESS, 'findings.md'), targets);
run(process.execPath, ['report.mjs', '--latency', values.latency], HARNESS);
console.log(`\n${targets}`);
console.log(`Full tables: ${path.relative(ROOT, path.join(HARNESS, 'RESULTS.md'))}; raw rows: ${path.relative(ROOT, csv)}`);

// ====================================================================================

function step(message) {
  console.log(`\n== ${message}`);
}

function fail(message) {
  console.error(`medlint bench: ${message}`);
  process.exit(2);
}

function positiveInteger(value, flag) {
  if (!/^\d+$/.test(value) || Number(value) < 1) fail(`${flag} expects a whole number ≥ 1, got ${JSON.stringify(value)}`);
  return Number(value);
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) fail(`\`${[path.basename(command), ...args].join(' ')}\` failed (exit ${result.status ?? result.signal})`);
}

/** Copies `from` into `to`, replacing files (the source is read-only; the copy must be writable). */
function copyTree(from, to, keep, rel = '') {
  for (const entry of fs.readdirSync(path.join(from, rel), { withFileTypes: true })) {
    const child = path.join(rel, entry.name);
    if (!keep(child)) continue;
    const target = path.join(to, child);
    if (entry.isDirectory()) {
      fs.mkdirSync(target, { recursive: true });
      fs.chmodSync(target, 0o755);
      copyTree(from, to, keep, child);
    } else {
      fs.rmSync(target, { force: true });
      fs.copyFileSync(path.join(from, child), target);
      fs.chmodSync(target, entry.name.endsWith('.sh') ? 0o755 : 0o644);
    }
  }
}

/** True when `built` is missing or older than any file under `sourceDir`. */
function isStale(built, sourceDir) {
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  const newest = (dir) =>
    Math.max(0, ...fs.readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs)));
  return newest(sourceDir) > builtAt;
}

/** Inserts medlint into the copy's bench.mjs and report.mjs by string replacement; fails loudly if an anchor moved. */
function patchHarness() {
  const replace = (file, anchor, insert, where = 'after') => {
    const full = path.join(HARNESS, file);
    const text = fs.readFileSync(full, 'utf8');
    if (!text.includes(anchor)) fail(`cannot patch ${file}: ${JSON.stringify(anchor)} not found (has the harness changed?)`);
    fs.writeFileSync(full, text.replace(anchor, where === 'after' ? anchor + insert : where === 'before' ? insert + anchor : insert));
  };
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  const entries = MEDLINT_CONFIGS.map(
    (c) =>
      `  { id: ${JSON.stringify(c.id)}, peer: ${JSON.stringify(`medlint ${version}`)}, setting: ${JSON.stringify(c.setting)}, C: ${c.C},\n` +
      `    cmd: (f) => [node, ${JSON.stringify(BIN)}, '--format', 'json', '--allow-private', ${c.args.map((a) => JSON.stringify(a)).join(', ')}, f], parse: parseMedlint },\n`,
  ).join('');
  // Reported = dead (error), unreachable (hang/reset after the retries: the truth counts them as
  // dead) and missing fragments; not link-unverified (blocked is not dead) nor link-redirect.
  const parser =
    `// medlint (inserted by medlint's scripts/bench.mjs)\n` +
    `const MEDLINT_REPORTED = new Set(['link-dead', 'link-unreachable', 'link-fragment']);\n` +
    `const parseMedlint = (out) => { try { return JSON.parse(out).flatMap((r) => r.diagnostics)` +
    `.filter((d) => MEDLINT_REPORTED.has(d.ruleId) && d.actual).map((d) => d.actual); } catch { return []; } };\n`;
  replace('bench.mjs', 'const CONFIGS = [\n', parser, 'before');
  const peerEntries = PEER_EXTRA.map(
    (c) =>
      `  { id: ${JSON.stringify(c.id)}, peer: ${JSON.stringify(c.peer)}, setting: ${JSON.stringify(c.setting)}, C: ${c.C},\n` +
      `    cmd: ${c.cmd}, parse: ${c.parse} },\n`,
  ).join('');
  replace('bench.mjs', 'const CONFIGS = [\n', entries + peerEntries);
  const ids = MEDLINT_CONFIGS.map((c) => JSON.stringify(c.id)).join(', ');
  replace('report.mjs', "const ORDER = [", `${ids}, `);
  replace('report.mjs', "'linkinator-tuned', ", PEER_EXTRA.map((c) => `${JSON.stringify(c.id)}, `).join(''), 'before');
  const added = [...MEDLINT_CONFIGS, ...PEER_EXTRA];
  replace('report.mjs', 'const LABEL = {\n', added.map((c) => `  ${JSON.stringify(c.id)}: ${JSON.stringify(c.label)},\n`).join(''));
  replace('report.mjs', 'const CT = { ', added.map((c) => `${JSON.stringify(c.id)}: [${c.C}, ${c.T}], `).join(''));
  // The clean (throughput) list gets its own section.
  replace('report.mjs', "const FILE_ORDER = ['small', 'medium', 'large'];", "const FILE_ORDER = ['small', 'medium', 'clean', 'large'];", 'instead');
  step('patched medlint into bench.mjs (CONFIGS) and report.mjs (ORDER, LABEL, CT, FILE_ORDER)');
}

/** The issue's targets from results/summary.csv and the truth files. */
function targetsReport(latency) {
  const rows = readCsv(path.join(results, 'summary.csv'));
  const truthOf = (file) => JSON.parse(fs.readFileSync(path.join(HARNESS, 'data', `${file}.truth.json`), 'utf8'));
  const hostOf = (url) => new URL(url).host;
  const countBy = (urls) => {
    const counts = new Map();
    for (const url of urls) counts.set(hostOf(url), (counts.get(hostOf(url)) ?? 0) + 1);
    return counts;
  };
  const isPeer = (id) => !id.startsWith('medlint') && id !== 'awesome-lint';
  const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
  const verdict = (ok) => (ok ? '**met**' : '**missed**');
  let md = '## Targets of issue 3 (from this run)\n\n';
  md += `Medians of the runs above. Floors use medlint's polite limits (${PER_HOST} per host, 128 in all) and L = ${latency * 1000} ms; `;
  md += 'peak in-flight per host is the largest number of requests one host saw at once (server side).\n\n';

  for (const file of ['medium', 'clean', 'large']) {
    const here = rows.filter((r) => r.file === file && r.config !== 'awesome-lint');
    if (here.length === 0) continue;
    const truth = truthOf(file);
    const urls = Object.keys(truth.urls);
    const pages = [...new Set(urls.map((u) => u.split('#')[0]))];
    const perHost = countBy(pages);
    const busiest = Math.max(...perHost.values());
    const latencyFloor = Math.max(Math.ceil(busiest / PER_HOST), Math.ceil(pages.length / 128)) * latency;
    const hangs = countBy(urls.filter((u) => truth.urls[u].kind === 'hang'));
    const hangRounds = Math.max(0, ...[...hangs.values()].map((n) => Math.ceil(n / PER_HOST)));
    const peers = here.filter((r) => isPeer(r.config));
    const fastestPeer = peers.length > 0 ? peers.reduce((a, b) => (Number(a.wall) <= Number(b.wall) ? a : b)) : null;
    const floorOf = (config) => {
      if (file === 'clean') return latencyFloor;
      const T = config === 'medlint' ? 30 : 10; // every other config on the faults list gives up after 10 s
      return Math.max(latencyFloor, hangRounds * T);
    };
    const title = { medium: 'Faults list (medium)', clean: 'Clean list (clean, zipf hosts)', large: 'Large list (large)' }[file];
    md += `### ${title}: ${truth.links} links, ${pages.length} unique pages, ${perHost.size} hosts, busiest host ${busiest} pages\n\n`;
    if (file === 'medium') {
      md += `Unavoidable wait: ${hangs.size} hosts hold /hang URLs, at most ${Math.max(0, ...hangs.values())} per host, so with ${PER_HOST} requests per host they all wait at once: `;
      md += `${hangRounds} round × timeout × attempts = ${hangRounds} × 10 s × 1 = **${hangRounds * 10} s** (medlint defaults: ${hangRounds} × 15 s × 2 = ${hangRounds * 30} s). `;
      md += `Latency floor max(⌈${busiest}/${PER_HOST}⌉, ⌈${pages.length}/128⌉) × L = ${f2(latencyFloor)} s is hidden inside it.\n\n`;
    } else if (file === 'clean') {
      md += `Floor: max(⌈${busiest}/${PER_HOST}⌉, ⌈${pages.length}/128⌉) × ${latency * 1000} ms = **${f2(latencyFloor)} s**.\n\n`;
    }
    md += '| config | n | wall s (median) | × fastest peer | × floor | peak in-flight per host (max) | peak RSS MB | requests | TP/FP/FN | fragments |\n';
    md += '|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n';
    for (const r of here) {
      const floor = floorOf(r.config);
      md += `| ${r.config} | ${r.n} | ${f2(Number(r.wall))} | ${fastestPeer ? f2(Number(r.wall) / Number(fastestPeer.wall)) : '–'} | ${f2(Number(r.wall) / floor)} | ${r.perHost} (${r.perHostMax}) | ${Number(r.rss).toFixed(0)} | ${r.requests} | ${r.tp}/${r.fp}/${r.fn} | ${r.frag}/${r.fragTotal} |\n`;
    }
    const off = offline.get(file);
    if (off) {
      md += `\n\`medlint --offline\` on the same list (start-up, Markdown parse, lint rules) takes **${f2(off.wall)} s**, peak RSS ${off.rss.toFixed(0)} MB, median of ${off.n}. `;
      md += 'With links, the requests start before the parse and run while it goes on.\n';
    }
    const checks = [];
    const m = (id) => here.find((r) => r.config === id);
    const beatsPeers = (r) => peers.every((p) => Number(r.wall) < Number(p.wall));
    if (file === 'medium' && m('medlint-faults')) {
      const r = m('medlint-faults');
      const wait = hangRounds * 10;
      checks.push(`zero false positives / negatives: ${verdict(r.fp === '0' && r.fn === '0')} (${r.tp}/${r.fp}/${r.fn})`);
      checks.push(`all missing fragments found: ${verdict(r.frag === r.fragTotal)} (${r.frag}/${r.fragTotal})`);
      checks.push(`within 1.2 × the unavoidable ${wait} s: ${verdict(Number(r.wall) <= 1.2 * wait)} (${f2(Number(r.wall))} s = ${f2(Number(r.wall) / wait)}×)`);
      if (peers.length) checks.push(`below every peer: ${verdict(beatsPeers(r))} (fastest peer ${fastestPeer.config} ${f2(Number(fastestPeer.wall))} s)`);
    }
    if (file === 'clean' && m('medlint')) {
      const r = m('medlint');
      checks.push(`within 1.5 × the floor ${f2(latencyFloor)} s: ${verdict(Number(r.wall) <= 1.5 * latencyFloor)} (${f2(Number(r.wall))} s = ${f2(Number(r.wall) / latencyFloor)}×)`);
      if (peers.length) checks.push(`faster than every peer: ${verdict(beatsPeers(r))} (fastest peer ${fastestPeer.config} ${f2(Number(fastestPeer.wall))} s, ${fastestPeer.perHostMax} in flight on one host)`);
      checks.push(`per-host limit kept: ${verdict(Number(r.perHostMax) <= PER_HOST)} (max ${r.perHostMax})`);
    }
    if (file === 'large' && m('medlint')) {
      const r = m('medlint');
      const raw = readCsv(csv).filter((x) => x.file === 'large' && x.config === 'medlint');
      const worst = Math.max(...raw.map((x) => Number(x.peak_rss_mb)));
      checks.push(`peak RSS under 200 MB: ${verdict(worst < 200)} (median ${Number(r.rss).toFixed(0)} MB, worst of ${raw.length} ${worst.toFixed(0)} MB)`);
      if (off) checks.push(`(parsing the list alone, \`--offline\`, peaks at ${off.rss.toFixed(0)} MB)`);
      checks.push(`per-host limit never exceeded: ${verdict(Number(r.perHostMax) <= PER_HOST)} (max ${r.perHostMax})`);
      checks.push(`accuracy: ${r.tp}/${r.fp}/${r.fn} TP/FP/FN, fragments ${r.frag}/${r.fragTotal}`);
    }
    if (checks.length) md += `\n${checks.map((c) => `- ${c}`).join('\n')}\n`;
    md += '\n';
  }
  return md;
}

function readCsv(file) {
  const text = fs.readFileSync(file, 'utf8');
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  const [header, ...rest] = rows;
  return rest.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((k, i) => [k, r[i]])));
}
