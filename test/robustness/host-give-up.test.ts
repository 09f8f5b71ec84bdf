/**
 * Issue 18, item 8: a host that never answers is given up after a bounded total wait
 * (links/http/page.ts `HOST_GIVE_UP_TIMEOUTS` timed-out attempts in a row), and its remaining
 * URLs are reported unreachable at once, instead of `timeout × attempts` for every URL on it.
 * Against a real server on 127.0.0.1 that accepts and never answers.
 */
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/index.js';
import { HOST_GIVE_UP_TIMEOUTS } from '../../src/links/http/page.js';
import { hang, html } from '../helpers/http-server.js';
import { fastOptions, serve } from '../links/support.js';

describe('a host that never answers (issue 18, item 8)', () => {
  it('gives up a silent host after a bounded wait and reports all its URLs unreachable', async () => {
    const count = 60;
    const routes = Object.fromEntries(Array.from({ length: count }, (_, index) => [`/silent-${index}`, hang()]));
    const server = await serve(routes);
    const urls = Array.from({ length: count }, (_, index) => server.url(`/silent-${index}`));
    const started = performance.now();
    const outcomes = await checkLinks(urls, fastOptions({ timeoutMs: 250, timeoutRetries: 1, perHost: 2 }));
    const elapsed = performance.now() - started;
    expect([...outcomes.values()].map((outcome) => outcome.kind)).toEqual(Array(count).fill('unreachable'));
    // Without giving up: 60 URLs × 2 attempts × 250 ms, two at a time = 15 s.
    const bound = 250 * (HOST_GIVE_UP_TIMEOUTS / 2 + 2 + 4);
    expect(elapsed).toBeLessThan(bound);
    expect(server.count('/silent-59')).toBe(0);
  }, 60_000);

  it('keeps checking a host that answers between its timeouts', async () => {
    const routes: Record<string, ReturnType<typeof hang>> = { '/ok': html('ok') };
    for (let index = 0; index < HOST_GIVE_UP_TIMEOUTS - 1; index += 1) routes[`/slow-${index}`] = hang();
    const server = await serve(routes);
    const urls = [...Array.from({ length: HOST_GIVE_UP_TIMEOUTS - 1 }, (_, index) => server.url(`/slow-${index}`)), server.url('/ok')];
    const outcomes = await checkLinks(urls, fastOptions({ timeoutMs: 200, timeoutRetries: 0, perHost: 1 }));
    expect(outcomes.get(server.url('/ok'))?.kind).toBe('ok');
  }, 60_000);
});
