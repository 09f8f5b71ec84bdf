/**
 * Soak: 10,000 URLs on 100 loopback hosts (one server on each of 127.0.0.1 … 127.0.0.100),
 * with faults and latencies drawn from a seeded generator, checked twice through `lintFiles`.
 * The run ends in bounded time, every failing URL is reported exactly once at every place that
 * cites it (and a working one nowhere), memory stays bounded, and both runs give the same report.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import type { FileResult } from '../../src/results/file-result.js';
import { resolveLinkOptions } from '../../src/links/index.js';
import { lintFiles } from '../../src/pipeline/index.js';
import { type Behaviour, startHttpServer, type TestServer } from '../helpers/http-server.js';
import { tempDir } from '../helpers/temp-dir.js';
import { random } from './support.js';

const HOSTS = 100;
const PER_HOST = 100;
/** URLs cited a second time, in another section. */
const CITED_TWICE = 500;

type Fault = 'ok' | 'slow' | 'not-found' | 'error-then-ok' | 'reset' | 'rate-limited-0' | 'rate-limited-1' | 'hang';

/** Share of each fault, and the link rule it must end in (null: no report). */
const FAULTS: Array<[Fault, number, string | null]> = [
  ['ok', 0.6, null],
  ['slow', 0.08, null],
  ['not-found', 0.08, 'link-dead'],
  ['error-then-ok', 0.08, null],
  ['reset', 0.05, 'link-unreachable'],
  ['rate-limited-0', 0.05, null],
  ['rate-limited-1', 0.05, null],
  ['hang', 0.01, 'link-unreachable'],
];


function pick(roll: number): [Fault, string | null] {
  let sum = 0;
  for (const [fault, share, rule] of FAULTS) {
    sum += share;
    if (roll < sum) return [fault, rule];
  }
  return ['ok', null];
}

interface Planned {
  url: string;
  fault: Fault;
  rule: string | null;
}

describe('soak: 10,000 URLs on 100 loopback hosts with random faults', () => {
  const servers: TestServer[] = [];
  const planned: Planned[] = [];
  /** Requests per host and path in the current run: "fails first" faults count from here. */
  const hits = new Map<string, number>();
  let cwd = '';

  beforeAll(async () => {
    const next = random(20_240_605);
    for (let h = 0; h < HOSTS; h++) {
      const routes: Record<string, Behaviour> = {};
      const host = `127.0.0.${h + 1}`;
      for (let p = 0; p < PER_HOST; p++) {
        const [fault, rule] = pick(next());
        const latency = Math.floor(next() * (fault === 'slow' ? 300 : 20));
        const key = `${host}/u${p}`;
        routes[`/u${p}`] = behaviour(fault, latency, () => {
          const hit = (hits.get(key) ?? 0) + 1;
          hits.set(key, hit);
          return hit;
        });
        planned.push({ url: `http://${host}:PORT/u${p}`, fault, rule });
      }
      const server = await startHttpServer(routes, { host });
      servers.push(server);
      for (const item of planned.slice(h * PER_HOST)) item.url = item.url.replace('PORT', String(server.port));
    }
    const twice = planned.filter((_, i) => i % (planned.length / CITED_TWICE) === 0);
    const list = [
      '# Soak',
      '',
      '## Everything',
      '',
      ...planned.map((item, i) => `- [Data set ${i}](${item.url}) - a data set.`),
      '',
      '## Cited again',
      '',
      ...twice.map((item, i) => `- [Again ${i}](${item.url}) - the same data set.`),
      '',
    ].join('\n');
    cwd = tempDir();
    writeFileSync(path.join(cwd, 'list.md'), list);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  async function check(): Promise<{ results: FileResult[]; ms: number; rssDeltaMiB: number }> {
    hits.clear();
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const links = resolveLinkOptions({ allowPrivate: true, timeoutMs: 2_000, retries: 2, timeoutRetries: 1, retryDelayMs: 10, maxRetryAfterMs: 2_000 });
    const results = await lintFiles(['list.md'], { config: resolveConfig({}, null), cwd, links });
    return { results, ms: performance.now() - started, rssDeltaMiB: (process.memoryUsage().rss - rss) / 1024 / 1024 };
  }

  it('reports every failing URL once per citing place, in bounded time and memory, and the same on a second run', async () => {
    const first = await check();
    const [result] = first.results;
    const diagnostics = result?.diagnostics ?? [];
    const linkDiagnostics = diagnostics.filter((d) => d.ruleId.startsWith('link-'));

    // Where each URL is cited: its line in the first section, and once more for some.
    const places = new Map<string, number[]>();
    const lines = (result?.entries ?? []).map((entry) => [entry.url ?? '', entry.line] as const);
    for (const [url, line] of lines) places.set(url, [...(places.get(url) ?? []), line]);

    const expected = planned.flatMap((item) => (item.rule ? (places.get(item.url) ?? []).map((line) => `${line} ${item.rule} ${item.url}`) : []));
    const actual = linkDiagnostics.map((d) => `${d.line} ${d.ruleId} ${d.actual ?? ''}`);
    expect(expected.length).toBeGreaterThan(1_000);
    expect(actual.sort()).toEqual(expected.sort());
    expect(result?.entryCount).toBe(HOSTS * PER_HOST + CITED_TWICE);
    expect(new Set(planned.map((item) => item.fault))).toEqual(new Set(FAULTS.map(([fault]) => fault)));

    console.info(`soak: first run ${Math.round(first.ms / 1000)} s, RSS +${Math.round(first.rssDeltaMiB)} MiB`);
    expect(first.ms).toBeLessThan(90_000);
    expect(first.rssDeltaMiB).toBeLessThan(1_024);

    const second = await check();
    console.info(`soak: second run ${Math.round(second.ms / 1000)} s, RSS +${Math.round(second.rssDeltaMiB)} MiB`);
    expect(second.results).toEqual(first.results);
    expect(second.ms).toBeLessThan(90_000);
  }, 240_000);
});

/** What a path does: its fault after its latency. `hit` counts this path's requests in the run. */
function behaviour(fault: Fault, latency: number, hit: () => number): Behaviour {
  return async (req, res) => {
    const n = hit();
    if (fault === 'hang') return;
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    if (res.destroyed) return;
    switch (fault) {
      case 'ok':
      case 'slow':
        res.writeHead(200, { 'content-type': 'text/html' }).end();
        return;
      case 'not-found':
        res.writeHead(404).end();
        return;
      case 'error-then-ok':
        res.writeHead(n === 1 ? 500 : 200).end();
        return;
      case 'reset':
        req.socket.destroy();
        return;
      case 'rate-limited-0':
      case 'rate-limited-1':
        if (n === 1) res.writeHead(429, { 'retry-after': fault === 'rate-limited-0' ? '0' : '1' }).end();
        else res.writeHead(200).end();
        return;
    }
  };
}
