/**
 * The registries benchmark (issue 21), bundled and run by `scripts/bench-registries.mjs`: a
 * generated list of 500 registry links (PhysioNet projects with and without versions, Zenodo
 * records and their DOIs, older versions among them, Hugging Face datasets) linted with links
 * checked against loopback stand-ins of the three APIs (test/helpers/registry-servers.ts), each
 * on its own 127/8 address with the harness's latency added to every answer. The stand-ins count
 * requests; the report compares them with the bounds of the issue (two per PhysioNet project, one
 * per Zenodo record plus one per older record, one per Hugging Face dataset) and the wall time
 * of the pipeline with the floor the per-host limit sets: ⌈requests ÷ per-host⌉ × latency on the
 * busiest host (the PhysioNet versions list and its detail run one after the other, which the
 * ⌈2P ÷ per-host⌉ batches already cover when there are more projects than places).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../src/config/load.js';
import { checkLinks } from '../src/links/index.js';
import { resolveLinkOptions } from '../src/links/options.js';
import { lintFiles } from '../src/pipeline/index.js';
import { startHuggingface, startPhysionet, startZenodo, type HubDataset, type PhysionetProject, type ZenodoRecord } from '../test/helpers/registry-servers.js';

const { values } = parseArgs({ options: { latency: { type: 'string', default: '50' }, reps: { type: 'string', default: '3' }, 'per-host': { type: 'string', default: '8' }, links: { type: 'string', default: '500' } } });
const LATENCY = Number(values.latency);
const REPS = Number(values.reps);
const PER_HOST = Number(values['per-host']);
const LINKS = Number(values.links);

/** A small seeded PRNG (mulberry32): the same list on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LICENCES = ['PhysioNet Credentialed Health Data License 1.5.0', 'PhysioNet Restricted Health Data License 1.5.0', 'Open Data Commons Attribution License v1.0', 'Creative Commons Attribution 4.0 International Public License'];

interface Generated {
  markdown: string;
  physionet: Record<string, PhysionetProject>;
  zenodo: Record<string, ZenodoRecord>;
  huggingface: Record<string, HubDataset>;
  bounds: { physionet: number; zenodo: number; huggingface: number };
}

function generate(total: number): Generated {
  const random = prng(21);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const physionet: Record<string, PhysionetProject> = {};
  const zenodo: Record<string, ZenodoRecord> = {};
  const huggingface: Record<string, HubDataset> = {};
  const lines = ['# Generated registry list', ''];
  const perRegistry = Math.floor(total / 5);
  // PhysioNet: 2/5 of the links over a third as many projects, versioned and not.
  lines.push('## PhysioNet', '');
  const projects = Math.ceil((2 * perRegistry) / 3);
  for (let i = 0; i < projects; i++) {
    const versions: PhysionetProject['versions'] = {};
    const count = 1 + Math.floor(random() * 4);
    const licence = pick(LICENCES);
    for (let v = 0; v < count; v++) versions[`1.${v * 3}.0`] = { license: licence };
    physionet[`project-${i}`] = { versions };
  }
  for (let i = 0; i < 2 * perRegistry; i++) {
    const slug = `project-${i % projects}`;
    const versions = Object.keys(physionet[slug]?.versions ?? {});
    const version = random() < 0.4 ? '' : `${pick(versions)}/`;
    lines.push(`- [Project ${i}](https://physionet.org/content/${slug}/${version}) - ${100 + i} ICU stays. Access: credentialed.`);
  }
  // Zenodo: 3/2 of a share, over records of which a third are older versions; some cited by DOI.
  lines.push('', '## Zenodo', '');
  const zenodoLinks = Math.floor(1.5 * perRegistry);
  const records = Math.ceil(zenodoLinks * 0.8);
  let older = 0;
  for (let i = 0; i < records; i++) {
    const id = String(100000 + i);
    const isLast = random() >= 1 / 3;
    if (!isLast) older++;
    zenodo[id] = { access_right: pick(['open', 'open', 'restricted']), license: pick(['cc-by-4.0', 'cc0-1.0', 'cc-by-nc-4.0']), isLast, latest: isLast ? id : String(200000 + i), version: 'v1' };
  }
  for (let i = 0; i < zenodoLinks; i++) {
    const id = String(100000 + (i % records));
    lines.push(random() < 0.3 ? `- [Record ${i}](https://doi.org/10.5281/zenodo.${id}) - ${i} scans. License: CC BY 4.0.` : `- [Record ${i}](https://zenodo.org/records/${id}) - ${i} scans. License: CC BY 4.0.`);
  }
  // Hugging Face: the rest, one dataset each.
  lines.push('', '## Hugging Face', '');
  const hubLinks = total - 2 * perRegistry - zenodoLinks;
  for (let i = 0; i < hubLinks; i++) {
    const id = `lab-${i % 17}/dataset-${i}`;
    huggingface[id] = { gated: pick([false, false, 'auto', 'manual'] as const), license: pick(['cc-by-4.0', 'mit', 'other']) };
    lines.push(`- [Dataset ${i}](https://huggingface.co/datasets/${id}) - ${i} notes.`);
  }
  lines.push('');
  return { markdown: lines.join('\n'), physionet, zenodo, huggingface, bounds: { physionet: 2 * projects, zenodo: records + older, huggingface: hubLinks } };
}

async function once(generated: Generated, cwd: string) {
  const [physionet, zenodo, huggingface] = await Promise.all([
    startPhysionet(generated.physionet, { latencyMs: LATENCY, host: '127.0.0.2' }),
    startZenodo(generated.zenodo, { latencyMs: LATENCY, host: '127.0.0.3' }),
    startHuggingface(generated.huggingface, { latencyMs: LATENCY, host: '127.0.0.4' }),
  ]);
  try {
    const links = resolveLinkOptions({
      // The stand-ins are on loopback; the list's own hosts are never asked.
      allowPrivate: true,
      perHost: PER_HOST,
      apis: { physionet: physionet.origin, zenodo: zenodo.origin, huggingface: huggingface.origin },
      lookup: async (name) => {
        throw Object.assign(new Error(`no look-up in the benchmark: ${name}`), { code: 'ENOTFOUND' });
      },
    });
    const started = performance.now();
    const [result] = await lintFiles(['README.md'], { config: resolveConfig({}, null), cwd, links });
    const wallMs = performance.now() - started;
    const requests = { physionet: physionet.count(), zenodo: zenodo.count(), huggingface: huggingface.count() };
    const maxInFlight = { physionet: physionet.maxInFlight, zenodo: zenodo.maxInFlight, huggingface: huggingface.maxInFlight };
    const rules = new Map<string, number>();
    for (const d of result?.diagnostics ?? []) rules.set(d.ruleId, (rules.get(d.ruleId) ?? 0) + 1);
    // The link check alone, on fresh stand-in counters' worth of work: the same URLs, a new checker.
    const urls = [...generated.markdown.matchAll(/\]\((https:[^)]+)\)/g)].map((match) => match[1] as string);
    const before = physionet.count() + zenodo.count() + huggingface.count();
    const checkStarted = performance.now();
    await checkLinks(urls, links);
    const checkMs = performance.now() - checkStarted;
    const again = physionet.count() + zenodo.count() + huggingface.count() - before;
    const offlineStarted = performance.now();
    await lintFiles(['README.md'], { config: resolveConfig({}, null), cwd, links: null });
    const offlineMs = performance.now() - offlineStarted;
    return { wallMs, checkMs, offlineMs, again, requests, maxInFlight, rules };
  } finally {
    await Promise.all([physionet.close(), zenodo.close(), huggingface.close()]);
  }
}

/**
 * The same run's baseline: as many plain pages as the APIs got requests, on three loopback hosts
 * with the same latency, checked by the same link checker (HEAD, no body): what the machine gives
 * any link check right now (it was shared by six developers).
 */
async function pagesBaseline(counts: readonly number[]): Promise<number> {
  const servers = await Promise.all(
    counts.map(async (_count, index) => {
      const server = http.createServer((_req, res) => {
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/html', 'content-length': 2 });
          res.end('ok');
        }, LATENCY);
      });
      await new Promise<void>((resolve) => server.listen(0, `127.0.0.${5 + index}`, () => resolve()));
      return server;
    }),
  );
  try {
    const urls = servers.flatMap((server, index) => {
      const { address, port } = server.address() as { address: string; port: number };
      return Array.from({ length: counts[index] as number }, (_, i) => `http://${address}:${port}/page/${i}`);
    });
    const started = performance.now();
    await checkLinks(urls, resolveLinkOptions({ allowPrivate: true, perHost: PER_HOST }));
    return performance.now() - started;
  } finally {
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
  }
}

const generated = generate(LINKS);
const linkCount = generated.markdown.split('\n').filter((line) => line.startsWith('- [')).length;
const cwd = mkdtempSync(path.join(tmpdir(), 'medlint-registries-bench-'));
writeFileSync(path.join(cwd, 'README.md'), generated.markdown);
try {
  const runs = [];
  const baselines: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const run = await once(generated, cwd);
    runs.push(run);
    baselines.push(await pagesBaseline(Object.values(run.requests)));
  }
  const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);
  const middle = (values: number[]): number => sorted(values)[Math.floor(values.length / 2)] as number;
  const walls = runs.map((run) => run.wallMs);
  const median = middle(walls);
  const checkMedian = middle(runs.map((run) => run.checkMs));
  const offlineMedian = middle(runs.map((run) => run.offlineMs));
  const last = runs.at(-1) as (typeof runs)[number];
  const floorMs = Math.max(...Object.values(last.requests).map((count) => Math.ceil(count / PER_HOST) * LATENCY));
  console.log(`links: ${linkCount} (PhysioNet ${Object.keys(generated.physionet).length} projects, Zenodo ${Object.keys(generated.zenodo).length} records, Hugging Face ${Object.keys(generated.huggingface).length} datasets); latency ${LATENCY} ms; per-host ${PER_HOST}; ${REPS} runs`);
  console.log('');
  console.log('| API | requests | bound | most in flight |');
  console.log('|---|---:|---:|---:|');
  for (const name of ['physionet', 'zenodo', 'huggingface'] as const) {
    console.log(`| ${name} | ${last.requests[name]} | ${generated.bounds[name]} | ${last.maxInFlight[name]} |`);
  }
  console.log('');
  console.log(`floor (busiest host, ⌈requests ÷ ${PER_HOST}⌉ × ${LATENCY} ms): ${floorMs} ms`);
  console.log(`lint with links (median of ${REPS}): ${Math.round(median)} ms (${(median / floorMs).toFixed(2)} × floor); runs: ${walls.map((w) => Math.round(w)).join(', ')} ms`);
  console.log(`link check alone (checkLinks, median): ${Math.round(checkMedian)} ms (${(checkMedian / floorMs).toFixed(2)} × floor); its requests: ${last.again}`);
  console.log(`lint offline (parse, extract, rules; median): ${Math.round(offlineMedian)} ms`);
  const baseline = middle(baselines);
  console.log(`baseline, the same number of plain pages (HEAD) on three hosts (median): ${Math.round(baseline)} ms (${(baseline / floorMs).toFixed(2)} × floor); link check ÷ baseline: ${(checkMedian / baseline).toFixed(2)}`);
  console.log(`findings: ${[...last.rules].map(([rule, count]) => `${rule} ${count}`).join(', ')}`);
  const withinBounds = (['physionet', 'zenodo', 'huggingface'] as const).every((name) => last.requests[name] <= generated.bounds[name]);
  if (!withinBounds || checkMedian > 1.2 * floorMs) process.exitCode = 1;
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
