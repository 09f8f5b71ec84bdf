import { describe, expect, it } from 'vitest';
import { createScheduler, Gate } from '../../../src/links/schedule/scheduler.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `count` tasks per host and records the most in flight per host and overall. */
async function measure(scheduler: ReturnType<typeof createScheduler>, hosts: string[], count: number) {
  const now = new Map<string, number>();
  const max = new Map<string, number>();
  let total = 0;
  let maxTotal = 0;
  await Promise.all(
    hosts.flatMap((host) =>
      Array.from({ length: count }, () =>
        scheduler.run(host, async () => {
          now.set(host, (now.get(host) ?? 0) + 1);
          max.set(host, Math.max(max.get(host) ?? 0, now.get(host)!));
          maxTotal = Math.max(maxTotal, ++total);
          await sleep(5);
          now.set(host, now.get(host)! - 1);
          total--;
        }),
      ),
    ),
  );
  return { max, maxTotal };
}

describe('createScheduler', () => {
  it('keeps each host at its limit and everything at the global limit', async () => {
    const scheduler = createScheduler({ concurrency: 5, perHost: 2, perHostByHost: { 'slow.example': 1 } });
    const { max, maxTotal } = await measure(scheduler, ['a.example', 'b.example', 'c.example', 'slow.example'], 10);
    expect(max.get('a.example')).toBe(2);
    expect(max.get('slow.example')).toBe(1);
    expect(maxTotal).toBe(5);
  });

  it('matches a per-host override by host name when the port is not given', () => {
    const scheduler = createScheduler({ concurrency: 5, perHost: 4, perHostByHost: { 'a.example': 1 } });
    expect(scheduler.limitOf('a.example:8443')).toBe(1);
    expect(scheduler.limitOf('b.example:8443')).toBe(4);
  });

  it('halves a rate-limited host’s limit and pauses it', async () => {
    const scheduler = createScheduler({ concurrency: 10, perHost: 8, perHostByHost: {} });
    scheduler.slowDown('busy.example', 150);
    expect(scheduler.limitOf('busy.example')).toBe(4);
    scheduler.slowDown('busy.example', 0);
    scheduler.slowDown('busy.example', 0);
    scheduler.slowDown('busy.example', 0);
    expect(scheduler.limitOf('busy.example')).toBe(1);
    const started = Date.now();
    await scheduler.run('busy.example', async () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const other = Date.now();
    await scheduler.run('calm.example', async () => undefined);
    expect(Date.now() - other).toBeLessThan(50);
  });
});

describe('createScheduler: recovery after a 429', () => {
  it('gives a rate-limited host one place back per full window of calm answers, never above its limit', () => {
    const scheduler = createScheduler({ concurrency: 10, perHost: 4, perHostByHost: {} });
    scheduler.slowDown('busy.example', 0);
    scheduler.slowDown('busy.example', 0);
    expect(scheduler.limitOf('busy.example')).toBe(1);
    scheduler.recover('busy.example');
    expect(scheduler.limitOf('busy.example')).toBe(2);
    scheduler.recover('busy.example');
    expect(scheduler.limitOf('busy.example')).toBe(2);
    scheduler.recover('busy.example');
    expect(scheduler.limitOf('busy.example')).toBe(3);
    for (let i = 0; i < 20; i++) scheduler.recover('busy.example');
    expect(scheduler.limitOf('busy.example')).toBe(4);
  });

  it('says how long a paused host stays paused', () => {
    const scheduler = createScheduler({ concurrency: 10, perHost: 4, perHostByHost: {} });
    expect(scheduler.pausedFor('busy.example')).toBe(0);
    scheduler.slowDown('busy.example', 1_000);
    expect(scheduler.pausedFor('busy.example')).toBeGreaterThan(900);
    expect(scheduler.pausedFor('calm.example')).toBe(0);
  });
});

describe('Gate', () => {
  it('admits urgent waiters (work under way) before normal ones, each lane in order', async () => {
    const gate = new Gate(1);
    await gate.acquire(false);
    const order: string[] = [];
    const waiters = [
      gate.acquire(false).then(() => order.push('new-1')),
      gate.acquire(false).then(() => order.push('new-2')),
      gate.acquire(true).then(() => order.push('retry-1')),
      gate.acquire(true).then(() => order.push('retry-2')),
    ];
    for (let i = 0; i < 4; i++) {
      gate.release();
      await sleep(0);
    }
    await Promise.all(waiters);
    expect(order).toEqual(['retry-1', 'retry-2', 'new-1', 'new-2']);
  });

  it('admits more waiters at once when its limit is raised', async () => {
    const gate = new Gate(1);
    await gate.acquire(false);
    let admitted = 0;
    void gate.acquire(false).then(() => admitted++);
    void gate.acquire(false).then(() => admitted++);
    gate.limit = 3;
    await sleep(0);
    expect(admitted).toBe(2);
    expect(gate.active).toBe(3);
  });
});
