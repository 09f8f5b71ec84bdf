import { headersForOrigin } from '../../src/links/http/client.js';
import { describe, expect, it } from 'vitest';
import { checkLinks, DEFAULT_USER_AGENT } from '../../src/links/index.js';
import { byMethod, delayed, html, redirect, sequence, status, tracked } from '../helpers/http-server.js';
import { fastOptions, serve } from './support.js';

describe('checkLinks: one outcome per URL', () => {
  it('returns exactly one outcome for every distinct input, in order of first appearance', async () => {
    const server = await serve({ '/ok': html('fine') });
    const inputs = [
      server.url('/ok'),
      'mailto:someone@example.org',
      server.url('/ok'),
      'docs/local.md',
      'https://exa mple.org/',
      'tel:+4412345',
      server.url('/ok'),
      'http://',
    ];
    const outcomes = await checkLinks(inputs, fastOptions());
    expect([...outcomes.keys()]).toEqual([
      server.url('/ok'),
      'mailto:someone@example.org',
      'docs/local.md',
      'https://exa mple.org/',
      'tel:+4412345',
      'http://',
    ]);
    expect(outcomes.get(server.url('/ok'))).toMatchObject({ kind: 'ok', status: 200 });
    expect(outcomes.get('mailto:someone@example.org')).toEqual({ kind: 'skipped', reason: 'unsupported-scheme', scheme: 'mailto' });
    expect(outcomes.get('tel:+4412345')).toMatchObject({ kind: 'skipped', reason: 'unsupported-scheme' });
    expect(outcomes.get('docs/local.md')).toEqual({ kind: 'skipped', reason: 'relative' });
    expect(outcomes.get('https://exa mple.org/')).toEqual({ kind: 'skipped', reason: 'invalid-url' });
    expect(outcomes.get('http://')).toEqual({ kind: 'skipped', reason: 'invalid-url' });
  });

  it('requests each page once however many links cite it and whatever fragments they name', async () => {
    const server = await serve({ '/page': html('<h2 id="a">A</h2><h2 id="b">B</h2>') });
    const page = server.url('/page');
    const outcomes = await checkLinks([page, `${page}#a`, `${page}#b`, page, `${page}#a`], fastOptions());
    expect(server.count('/page')).toBe(1);
    expect(outcomes.size).toBe(3);
    expect(outcomes.get(`${page}#a`)).toMatchObject({ kind: 'ok', fragment: 'found' });
  });

  it('counts URLs that differ only in spelling (case of the host, default port) as one page', async () => {
    const server = await serve({ '/x': html('x') });
    const spelled = server.url('/x').replace('http://', 'HTTP://');
    const outcomes = await checkLinks([server.url('/x'), spelled], fastOptions());
    expect(server.count('/x')).toBe(1);
    expect(outcomes.get(spelled)).toMatchObject({ kind: 'ok' });
  });

  it('skips excluded URLs without a request', async () => {
    const server = await serve({ '/private-area': html('x') });
    const outcomes = await checkLinks([server.url('/private-area')], fastOptions({ exclude: [/private-area/] }));
    expect(outcomes.get(server.url('/private-area'))).toEqual({ kind: 'skipped', reason: 'excluded' });
    expect(server.requests).toHaveLength(0);
  });

  it('reports progress until every URL is settled', async () => {
    const server = await serve({ '/a': html('a'), '/b': html('b') });
    const calls: Array<[number, number]> = [];
    await checkLinks([server.url('/a'), server.url('/b'), 'mailto:x@example.org'], fastOptions({ onProgress: (done, total) => calls.push([done, total]) }));
    expect(calls.at(-1)).toEqual([3, 3]);
    expect(calls.every(([, total]) => total === 3)).toBe(true);
  });
});

describe('checkLinks: HEAD first, GET when HEAD says nothing', () => {
  it('answers from HEAD alone when the server takes HEAD', async () => {
    const server = await serve({ '/p': html('p') });
    const outcomes = await checkLinks([server.url('/p')], fastOptions());
    expect(outcomes.get(server.url('/p'))).toEqual({ kind: 'ok', status: 200, via: 'http' });
    expect(server.count('/p', 'HEAD')).toBe(1);
    expect(server.count('/p', 'GET')).toBe(0);
  });

  it.each([405, 403, 404, 501, 500, 400])('falls back to GET when HEAD answers %i', async (code) => {
    const server = await serve({ '/p': byMethod({ HEAD: status(code), GET: html('alive') }) });
    const outcomes = await checkLinks([server.url('/p')], fastOptions());
    expect(outcomes.get(server.url('/p'))).toMatchObject({ kind: 'ok', status: 200 });
    expect(server.count('/p', 'HEAD')).toBe(1);
    expect(server.count('/p', 'GET')).toBe(1);
  });

  it('remembers a host that refuses HEAD and starts its next requests with GET', async () => {
    const page = byMethod({ HEAD: status(405), GET: html('alive') });
    const server = await serve({ '/a': page, '/b': page, '/c': page });
    const urls = ['/a', '/b', '/c'].map((p) => server.url(p));
    const outcomes = await checkLinks(urls, fastOptions({ perHost: 1 }));
    expect([...outcomes.values()].every((o) => o.kind === 'ok')).toBe(true);
    expect(server.requests.filter((r) => r.method === 'HEAD')).toHaveLength(1);
  });

  it('sends a browser-like User-Agent and an Accept header', async () => {
    const server = await serve({ '/p': html('p') });
    await checkLinks([server.url('/p')], fastOptions({ userAgent: DEFAULT_USER_AGENT }));
    const headers = server.requests[0]?.headers ?? {};
    expect(headers['user-agent']).toMatch(/^Mozilla\/5\.0 .*Chrome\//);
    expect(headers.accept).toContain('text/html');
  });

  it('sends configured headers to their origin only (scheme, host and port)', async () => {
    const a = await serve({ '/p': html('a') });
    const b = await serve({ '/p': html('b') });
    await checkLinks([a.url('/p'), b.url('/p')], fastOptions({ headersByHost: { [`http://127.0.0.1:${a.port}`]: { 'X-Api-Key': 'secret' } } }));
    expect(a.requests[0]?.headers['x-api-key']).toBe('secret');
    expect(b.requests[0]?.headers['x-api-key']).toBeUndefined();
  });

  it('never sends headers given for a host without a scheme over plain http, nor to another port (issue 10, item 8)', async () => {
    const a = await serve({ '/p': html('a') });
    await checkLinks([a.url('/p')], fastOptions({ headersByHost: { '127.0.0.1': { 'X-Api-Key': 'secret' }, [`127.0.0.1:${a.port}`]: { 'X-Other': 'secret' } } }));
    expect(a.requests[0]?.headers['x-api-key']).toBeUndefined();
    expect(a.requests[0]?.headers['x-other']).toBeUndefined();
    expect(headersForOrigin({ 'example.org': { a: '1' } }, new URL('https://example.org/x'))).toEqual({ a: '1' });
    expect(headersForOrigin({ 'example.org': { a: '1' } }, new URL('http://example.org/x'))).toEqual({});
    expect(headersForOrigin({ 'example.org': { a: '1' } }, new URL('https://example.org:8443/x'))).toEqual({});
    expect(headersForOrigin({ 'example.org:8443': { a: '1' } }, new URL('https://example.org:8443/x'))).toEqual({ a: '1' });
  });
});

describe('checkLinks: statuses', () => {
  it('reports 404 and 410 as dead', async () => {
    const server = await serve({ '/gone': status(410) });
    const outcomes = await checkLinks([server.url('/missing'), server.url('/gone')], fastOptions());
    expect(outcomes.get(server.url('/missing'))).toEqual({ kind: 'dead', reason: 'not-found', status: 404 });
    expect(outcomes.get(server.url('/gone'))).toEqual({ kind: 'dead', reason: 'gone', status: 410 });
  });

  it.each([401, 402, 403, 451, 999])('reports %i as unverified (blocked), never dead', async (code) => {
    const server = await serve({ '/p': status(code) });
    const outcomes = await checkLinks([server.url('/p')], fastOptions());
    expect(outcomes.get(server.url('/p'))).toEqual({ kind: 'unverified', reason: 'blocked', status: code });
  });

  it('reports a Cloudflare challenge as unverified (challenge)', async () => {
    const server = await serve({ '/p': status(403, { 'cf-mitigated': 'challenge' }) });
    const outcomes = await checkLinks([server.url('/p')], fastOptions());
    expect(outcomes.get(server.url('/p'))).toEqual({ kind: 'unverified', reason: 'challenge', status: 403 });
  });

  it('reports other client errors as unverified (unexpected status)', async () => {
    const server = await serve({ '/p': status(400) });
    const outcomes = await checkLinks([server.url('/p')], fastOptions());
    expect(outcomes.get(server.url('/p'))).toEqual({ kind: 'unverified', reason: 'unexpected-status', status: 400 });
  });

  it('takes the accepted status codes as alive', async () => {
    const server = await serve({ '/teapot': status(418) });
    const outcomes = await checkLinks([server.url('/teapot')], fastOptions({ accept: [418] }));
    expect(outcomes.get(server.url('/teapot'))).toMatchObject({ kind: 'ok', status: 418 });
  });
});

describe('checkLinks: redirects', () => {
  it('reports a permanent redirect to a live page with the new URL and the chain', async () => {
    const server = await serve({ '/old': redirect(301, '/new'), '/new': html('new') });
    const outcomes = await checkLinks([server.url('/old')], fastOptions());
    expect(outcomes.get(server.url('/old'))).toEqual({
      kind: 'redirect',
      status: 200,
      to: server.url('/new'),
      via: 'http',
      chain: [{ url: server.url('/old'), status: 301, location: server.url('/new') }],
    });
  });

  it('does not report a temporary redirect, but records it', async () => {
    const server = await serve({ '/now': redirect(302, '/today'), '/today': html('today') });
    const outcomes = await checkLinks([server.url('/now')], fastOptions());
    expect(outcomes.get(server.url('/now'))).toMatchObject({ kind: 'ok', chain: [{ status: 302 }] });
  });

  it('suggests the end of the leading run of permanent redirects', async () => {
    const server = await serve({ '/a': redirect(308, '/b'), '/b': redirect(302, '/c'), '/c': html('c') });
    const outcomes = await checkLinks([server.url('/a')], fastOptions());
    expect(outcomes.get(server.url('/a'))).toMatchObject({ kind: 'redirect', to: server.url('/b') });
  });

  it('reports a redirect to a dead page as dead, with the chain', async () => {
    const server = await serve({ '/moved': redirect(301, '/nowhere') });
    const outcomes = await checkLinks([server.url('/moved')], fastOptions());
    expect(outcomes.get(server.url('/moved'))).toEqual({
      kind: 'dead',
      reason: 'not-found',
      status: 404,
      chain: [{ url: server.url('/moved'), status: 301, location: server.url('/nowhere') }],
    });
  });

  it('detects a redirect loop and stops', async () => {
    const server = await serve({ '/a': redirect(302, '/b'), '/b': redirect(302, '/a'), '/self': redirect(302, '/self') });
    const outcomes = await checkLinks([server.url('/a'), server.url('/self')], fastOptions());
    expect(outcomes.get(server.url('/a'))).toMatchObject({ kind: 'dead', reason: 'redirect-loop' });
    expect(outcomes.get(server.url('/self'))).toMatchObject({ kind: 'dead', reason: 'redirect-loop' });
    expect(server.count('/a')).toBe(1);
    expect(server.count('/b')).toBe(1);
    expect(server.count('/self')).toBe(1);
  });

  it('gives up after 10 redirects', async () => {
    const server = await serve();
    for (let i = 0; i < 30; i++) server.route(`/r${i}`, redirect(302, `/r${i + 1}`));
    const outcomes = await checkLinks([server.url('/r0')], fastOptions());
    const outcome = outcomes.get(server.url('/r0'));
    expect(outcome).toMatchObject({ kind: 'dead', reason: 'too-many-redirects' });
    expect(server.requests).toHaveLength(11);
  });

  it('reports a redirect to a login page as unverified (login wall)', async () => {
    const server = await serve({ '/dataset': redirect(302, '/users/sign_in?return_to=/dataset'), '/users/sign_in': html('log in') });
    const outcomes = await checkLinks([server.url('/dataset')], fastOptions());
    expect(outcomes.get(server.url('/dataset'))).toMatchObject({ kind: 'unverified', reason: 'login-wall', status: 200 });
  });

  it('reports a redirect to another scheme as unverified', async () => {
    const server = await serve({ '/ftp': redirect(301, 'ftp://ftp.example.org/pub/data') });
    const outcomes = await checkLinks([server.url('/ftp')], fastOptions());
    expect(outcomes.get(server.url('/ftp'))).toMatchObject({ kind: 'unverified', reason: 'unsupported-redirect' });
  });

  it('reports a redirect without a Location as an invalid response', async () => {
    const server = await serve({ '/bad': status(301) });
    const outcomes = await checkLinks([server.url('/bad')], fastOptions());
    expect(outcomes.get(server.url('/bad'))).toMatchObject({ kind: 'unreachable', reason: 'invalid-response', status: 301 });
  });
});

describe('checkLinks: retries, counted on the server', () => {
  it('retries a 5xx twice by default and then reports it unreachable', async () => {
    const server = await serve({ '/flaky': status(503) });
    const outcomes = await checkLinks([server.url('/flaky')], fastOptions());
    expect(outcomes.get(server.url('/flaky'))).toEqual({ kind: 'unreachable', reason: 'server-error', status: 503, attempts: 3 });
    // HEAD once (an odd HEAD answer goes to GET, not to a retry), then GET 1 + 2 retries.
    expect(server.count('/flaky', 'HEAD')).toBe(1);
    expect(server.count('/flaky', 'GET')).toBe(3);
  });

  it('succeeds when the server recovers within the retries', async () => {
    const server = await serve({ '/flaky': byMethod({ HEAD: status(200), GET: html('x') }) });
    server.route('/flaky', sequence(status(502), status(500), html('back')));
    const outcomes = await checkLinks([server.url('/flaky')], fastOptions());
    expect(outcomes.get(server.url('/flaky'))).toMatchObject({ kind: 'ok', status: 200 });
    expect(server.count('/flaky')).toBe(3);
  });

  it('follows the configured number of retries', async () => {
    const server = await serve({ '/down': byMethod({ HEAD: status(500), GET: status(500) }) });
    await checkLinks([server.url('/down')], fastOptions({ retries: 0 }));
    expect(server.count('/down', 'GET')).toBe(1);
  });

  it('does not retry a 501 (not implemented is permanent)', async () => {
    const server = await serve({ '/x': status(501) });
    const outcomes = await checkLinks([server.url('/x')], fastOptions());
    expect(outcomes.get(server.url('/x'))).toMatchObject({ kind: 'unreachable', reason: 'server-error', attempts: 1 });
    expect(server.count('/x', 'GET')).toBe(1);
  });
});

describe('checkLinks: rate limits', () => {
  it('honours Retry-After in seconds and then succeeds', async () => {
    const server = await serve({ '/limited': sequence(status(429, { 'retry-after': '1' }), html('ok')) });
    const started = Date.now();
    const outcomes = await checkLinks([server.url('/limited')], fastOptions());
    expect(outcomes.get(server.url('/limited'))).toMatchObject({ kind: 'ok' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.count('/limited')).toBe(2);
  });

  it('honours Retry-After as an HTTP date', async () => {
    // Dates have whole seconds: two seconds ahead is at least one second of waiting.
    const server = await serve();
    server.route('/limited', sequence((_req, res) => {
      res.writeHead(429, { 'retry-after': new Date(Date.now() + 2_000).toUTCString() }).end();
    }, html('ok')));
    const started = Date.now();
    const outcomes = await checkLinks([server.url('/limited')], fastOptions());
    expect(outcomes.get(server.url('/limited'))).toMatchObject({ kind: 'ok' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.count('/limited')).toBe(2);
  });

  it('reports a host that stays rate limited as unverified after the waits, never dead', async () => {
    const server = await serve({ '/hard': status(429, { 'retry-after': '0' }) });
    const outcomes = await checkLinks([server.url('/hard')], fastOptions());
    expect(outcomes.get(server.url('/hard'))).toEqual({ kind: 'unverified', reason: 'rate-limited', status: 429, attempts: 3 });
    expect(server.count('/hard')).toBe(3);
  });

  it('does not wait for a Retry-After longer than the cap', async () => {
    const server = await serve({ '/later': status(429, { 'retry-after': '3600' }) });
    const started = Date.now();
    const outcomes = await checkLinks([server.url('/later')], fastOptions({ maxRetryAfterMs: 500 }));
    expect(outcomes.get(server.url('/later'))).toMatchObject({ kind: 'unverified', reason: 'rate-limited', attempts: 1 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(server.count('/later')).toBe(1);
  });
});

describe('checkLinks: politeness', () => {
  it('never exceeds the per-host limit, including retries and redirects to another host', async () => {
    const other = await serve();
    const server = await serve();
    const urls: string[] = [];
    for (let i = 0; i < 40; i++) {
      const path = `/p${i}`;
      if (i % 4 === 0) server.route(path, delayed(20, sequence(status(503), html('back'))));
      else if (i % 4 === 1) server.route(path, delayed(20, redirect(302, other.url(path))));
      else server.route(path, delayed(20, html('x')));
      other.route(path, delayed(20, html('there')));
      urls.push(server.url(path));
    }
    const outcomes = await checkLinks(urls, fastOptions({ perHost: 3, concurrency: 100 }));
    expect([...outcomes.values()].every((o) => o.kind === 'ok')).toBe(true);
    expect(server.maxInFlight).toBeLessThanOrEqual(3);
    expect(server.maxInFlight).toBeGreaterThanOrEqual(2);
    expect(other.maxInFlight).toBeLessThanOrEqual(3);
    expect(other.requests.length).toBeGreaterThanOrEqual(10);
  });

  it('applies a per-host override', async () => {
    const server = await serve();
    const urls = Array.from({ length: 10 }, (_, i) => {
      server.route(`/p${i}`, delayed(20, html('x')));
      return server.url(`/p${i}`);
    });
    await checkLinks(urls, fastOptions({ perHost: 8, perHostByHost: { [`127.0.0.1:${server.port}`]: 1 } }));
    expect(server.maxInFlight).toBe(1);
  });

  it('never exceeds the global limit across hosts', async () => {
    const counter = { now: 0, max: 0 };
    const servers = await Promise.all([serve(), serve(), serve()]);
    const urls = servers.flatMap((server) =>
      Array.from({ length: 6 }, (_, i) => {
        server.route(`/p${i}`, tracked(counter, delayed(20, html('x'))));
        return server.url(`/p${i}`);
      }),
    );
    await checkLinks(urls, fastOptions({ concurrency: 2, perHost: 8 }));
    expect(counter.max).toBeLessThanOrEqual(2);
    expect(counter.max).toBe(2);
  });

  it('keeps connections alive after HEAD: one per request in flight, not one per URL', async () => {
    const server = await serve();
    const urls = Array.from({ length: 30 }, (_, i) => {
      server.route(`/p${i}`, delayed(5, html('x')));
      return server.url(`/p${i}`);
    });
    const outcomes = await checkLinks(urls, fastOptions({ perHost: 2 }));
    expect([...outcomes.values()].every((o) => o.kind === 'ok')).toBe(true);
    expect(server.requests.filter((r) => r.method === 'HEAD')).toHaveLength(30);
    expect(server.connections).toBeLessThanOrEqual(2);
  });

  it('starts the pages of a small host while a busy host works through its own', async () => {
    const busy = await serve();
    const small = await serve();
    const urls = [
      ...Array.from({ length: 20 }, (_, i) => {
        busy.route(`/p${i}`, delayed(30, html('x')));
        return busy.url(`/p${i}`);
      }),
      small.url('/only'),
    ];
    small.route('/only', html('x'));
    const started = Date.now();
    let smallDoneAfter = Number.POSITIVE_INFINITY;
    await checkLinks(urls, fastOptions({ concurrency: 4, perHost: 2, onProgress: () => {
      if (small.requests.length > 0 && smallDoneAfter === Number.POSITIVE_INFINITY) smallDoneAfter = Date.now() - started;
    } }));
    // Written last, it is checked at once: the busy host can hold only its two places.
    expect(smallDoneAfter).toBeLessThan(150);
    expect(busy.maxInFlight).toBe(2);
  });
});
