import { describe, expect, it } from 'vitest';
import { createAdmission, type HostRoom } from '../../../src/links/schedule/admission.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Page {
  host: string;
  id: number;
}

function pages(counts: Record<string, number>): Page[] {
  return Object.entries(counts).flatMap(([host, count]) => Array.from({ length: count }, (_, id) => ({ host, id })));
}

/** A fixed limit per host, no pauses unless given. */
function room(limit: number, paused: Record<string, number> = {}): HostRoom {
  const until = Object.fromEntries(Object.entries(paused).map(([host, ms]) => [host, Date.now() + ms]));
  return {
    limitOf: () => limit,
    pausedFor: (host) => Math.max(0, (until[host] ?? 0) - Date.now()),
  };
}

/** Runs every page for `ms` and records the most under way overall and per host, and the start order. */
async function record(concurrency: number, items: Page[], hostRoom: HostRoom, ms = 5) {
  const admission = createAdmission(concurrency);
  const now = new Map<string, number>();
  const max = new Map<string, number>();
  const started: Page[] = [];
  let total = 0;
  let maxTotal = 0;
  await admission.runAll(items, (page) => page.host, hostRoom, async (page) => {
    started.push(page);
    now.set(page.host, (now.get(page.host) ?? 0) + 1);
    max.set(page.host, Math.max(max.get(page.host) ?? 0, now.get(page.host)!));
    maxTotal = Math.max(maxTotal, ++total);
    await sleep(ms);
    now.set(page.host, now.get(page.host)! - 1);
    total--;
  });
  return { max, maxTotal, started };
}

describe('createAdmission', () => {
  it('keeps every page of the list under the global limit and each host under its own', async () => {
    const items = pages({ big: 40, mid: 10, small: 2 });
    const { max, maxTotal, started } = await record(6, items, room(3));
    expect(started).toHaveLength(52);
    expect(maxTotal).toBe(6);
    expect(max.get('big')).toBe(3);
    expect(max.get('mid')).toBe(3);
  });

  it('starts the host with the most pages left first, so the busiest host is busy from the start', async () => {
    const items = [...pages({ small: 2 }), ...pages({ big: 20 })];
    const { started } = await record(4, items, room(2));
    expect(started.slice(0, 2).map((page) => page.host)).toEqual(['big', 'big']);
    expect(started.slice(2, 4).map((page) => page.host)).toEqual(['small', 'small']);
  });

  it('does not let a host that is written first fill the window', async () => {
    // Forty pages of one host, then ten hosts of one page: the ten must not wait behind the forty.
    const items = [...pages({ busy: 40 }), ...Array.from({ length: 10 }, (_, i) => ({ host: `h${i}`, id: 0 }))];
    const { started } = await record(12, items, room(2), 20);
    const firstWave = started.slice(0, 12).map((page) => page.host);
    expect(firstWave.filter((host) => host === 'busy')).toHaveLength(2);
    expect(new Set(firstWave.filter((host) => host !== 'busy')).size).toBe(10);
  });

  it('keeps a host’s pages in the order they were written', async () => {
    const { started } = await record(8, pages({ only: 12 }), room(3));
    expect(started.map((page) => page.id)).toEqual([...Array(12).keys()]);
  });

  it('holds a paused host back without holding up the others', async () => {
    const items = pages({ paused: 2, calm: 4 });
    const began = Date.now();
    const startedAt = new Map<string, number>();
    const admission = createAdmission(4);
    await admission.runAll(items, (page) => page.host, room(4, { paused: 120 }), async (page) => {
      if (!startedAt.has(page.host)) startedAt.set(page.host, Date.now() - began);
      await sleep(5);
    });
    expect(startedAt.get('calm')).toBeLessThan(60);
    expect(startedAt.get('paused')).toBeGreaterThanOrEqual(110);
  });

  it('lets another page start while one waits out a backoff', async () => {
    const admission = createAdmission(1);
    const order: string[] = [];
    await admission.runAll(['a', 'b'], (page) => page, room(1), async (page) => {
      order.push(`start ${page}`);
      if (page === 'a') await admission.wait(60);
      order.push(`end ${page}`);
    });
    expect(order).toEqual(['start a', 'start b', 'end b', 'end a']);
  });

  it('finishes every page and then rejects with the first error', async () => {
    const admission = createAdmission(2);
    const done: number[] = [];
    const run = admission.runAll([1, 2, 3, 4], () => 'host', room(2), async (page) => {
      await sleep(page);
      if (page === 2) throw new Error('page 2 failed');
      done.push(page);
    });
    await expect(run).rejects.toThrow('page 2 failed');
    expect(done.sort()).toEqual([1, 3, 4]);
  });

  it('resolves at once for an empty list', async () => {
    await expect(createAdmission(4).runAll([], () => 'host', room(1), async () => undefined)).resolves.toBeUndefined();
  });
});
