import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, resolveLinkOptions } from '../../src/links/index.js';
import { byMethod, closedPort, hang, html, largeBody, reset, stalledBody, status } from '../helpers/http-server.js';
import { selfSignedCertificate } from '../helpers/http-tls.js';
import { fastOptions, serve, serveRaw } from './support.js';

const MB = 1024 * 1024;

describe('network faults: each gets its documented outcome within its timeout', () => {
  it('gives up on a server that never answers after one timeout retry', async () => {
    const server = await serve({ '/hang': hang() });
    const started = Date.now();
    const outcomes = await checkLinks([server.url('/hang')], fastOptions({ timeoutMs: 300 }));
    expect(outcomes.get(server.url('/hang'))).toEqual({ kind: 'unreachable', reason: 'timeout', attempts: 2, code: 'ETIMEDOUT' });
    expect(server.count('/hang')).toBe(2);
    // Two attempts of 300 ms and a short backoff: well under a second and a half.
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('keeps the timeout budget when the host turns out to refuse HEAD while a HEAD hangs', async () => {
    const server = await serve({ '/hang': hang(), '/nohead': byMethod({ GET: html('ok') }) });
    const outcomes = await checkLinks([server.url('/hang'), server.url('/nohead')], fastOptions({ timeoutMs: 300, perHost: 2 }));
    expect(outcomes.get(server.url('/hang'))).toMatchObject({ kind: 'unreachable', reason: 'timeout', attempts: 2 });
    expect(server.count('/hang')).toBe(2);
  });

  it('treats headers followed by a stalled body (slowloris) as a timeout when the body is needed', async () => {
    const server = await serve({ '/slow': stalledBody() });
    const url = `${server.url('/slow')}#section`;
    const started = Date.now();
    const outcomes = await checkLinks([url], fastOptions({ timeoutMs: 300, timeoutRetries: 0 }));
    expect(outcomes.get(url)).toMatchObject({ kind: 'unreachable', reason: 'timeout', attempts: 1 });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('judges a stalled body by its status when the body is not needed, within the timeout', async () => {
    const server = await serve({ '/slow': byMethod({ GET: stalledBody() }) });
    const started = Date.now();
    const outcomes = await checkLinks([server.url('/slow')], fastOptions({ timeoutMs: 300 }));
    expect(outcomes.get(server.url('/slow'))).toMatchObject({ kind: 'ok', status: 200 });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('retries a reset connection twice, then reports it unreachable', async () => {
    const server = await serve({ '/reset': reset() });
    const outcomes = await checkLinks([server.url('/reset')], fastOptions());
    expect(outcomes.get(server.url('/reset'))).toMatchObject({ kind: 'unreachable', reason: 'reset', attempts: 3 });
    expect(server.count('/reset')).toBe(3);
  });

  it('reports an answer that is not HTTP as an invalid response, without retrying', async () => {
    const raw = await serveRaw((socket) => {
      socket.once('data', () => socket.end('SSH-2.0-OpenSSH_9.6\r\ngarbage\r\n\r\n'));
    });
    const outcomes = await checkLinks([`${raw.origin}/`], fastOptions());
    expect(outcomes.get(`${raw.origin}/`)).toMatchObject({ kind: 'unreachable', reason: 'invalid-response', attempts: 1 });
    expect(raw.connections).toBe(1);
  });

  it('reports a refused connection as dead, without retrying', async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/`;
    const outcomes = await checkLinks([url], fastOptions());
    expect(outcomes.get(url)).toEqual({ kind: 'dead', reason: 'connection-refused', code: 'ECONNREFUSED' });
  });

  it('reports a name under .invalid as dead (not found) with the system resolver', async () => {
    // No `lookup` option: the system resolver, and `.invalid` never leaves the machine (RFC 6761).
    const options = resolveLinkOptions({ timeoutMs: 1_000, retryDelayMs: 5 });
    expect(options.lookup).toBeUndefined();
    const url = 'https://no-such-host.invalid/dataset';
    const outcomes = await checkLinks([url], options);
    expect(outcomes.get(url)).toEqual({ kind: 'dead', reason: 'dns-not-found', code: 'ENOTFOUND' });
  });

  it('survives a 429 storm: every URL ends rate limited, with a bounded number of requests', async () => {
    const server = await serve();
    const urls = Array.from({ length: 20 }, (_, i) => {
      server.route(`/p${i}`, status(429, { 'retry-after': '0' }));
      return server.url(`/p${i}`);
    });
    const outcomes = await checkLinks(urls, fastOptions());
    expect(outcomes.size).toBe(20);
    for (const url of urls) expect(outcomes.get(url)).toMatchObject({ kind: 'unverified', reason: 'rate-limited' });
    expect(server.requests.length).toBeLessThanOrEqual(20 * 3);
  });

  it('stops reading an endless body at the cap', async () => {
    const server = await serve({ '/endless': largeBody(Number.POSITIVE_INFINITY) });
    const url = `${server.url('/endless')}#never`;
    const outcomes = await checkLinks([url], fastOptions({ maxBodyBytes: 512 * 1024, timeoutMs: 5_000 }));
    expect(outcomes.get(url)).toMatchObject({ kind: 'ok', fragment: 'not-checked' });
    expect(server.bytesSent('/endless')).toBeLessThan(16 * MB);
  });

  it('does not download a 100 MB body it does not need', async () => {
    const server = await serve({ '/huge.zip': byMethod({ GET: largeBody(100 * MB, 'application/zip') }) });
    const outcomes = await checkLinks([server.url('/huge.zip')], fastOptions({ timeoutMs: 5_000 }));
    expect(outcomes.get(server.url('/huge.zip'))).toMatchObject({ kind: 'ok', status: 200 });
    expect(server.bytesSent('/huge.zip')).toBeLessThan(16 * MB);
  });

  it('does not download a 100 MB HTML page past the cap while looking for a fragment', async () => {
    const server = await serve({ '/huge.html': largeBody(100 * MB) });
    const url = `${server.url('/huge.html')}#missing`;
    const outcomes = await checkLinks([url], fastOptions({ timeoutMs: 5_000 }));
    expect(outcomes.get(url)).toMatchObject({ kind: 'ok', fragment: 'not-checked' });
    expect(server.bytesSent('/huge.html')).toBeLessThan(20 * MB);
  });

  it('gives every URL exactly one outcome when everything fails at once', async () => {
    const server = await serve({ '/hang': hang(), '/reset': reset(), '/limited': status(429, { 'retry-after': '0' }), '/ok': html('ok') });
    const port = await closedPort();
    const urls = [
      server.url('/hang'),
      server.url('/reset'),
      server.url('/limited'),
      server.url('/ok'),
      server.url('/missing'),
      `http://127.0.0.1:${port}/`,
      'https://x.invalid/',
      'not a url at all',
      'mailto:a@b.org',
    ];
    const outcomes = await checkLinks(urls, fastOptions({ timeoutMs: 300 }));
    expect([...outcomes.keys()]).toEqual(urls);
    expect(Object.fromEntries([...outcomes].map(([url, outcome]) => [url, outcome.kind]))).toEqual({
      [server.url('/hang')]: 'unreachable',
      [server.url('/reset')]: 'unreachable',
      [server.url('/limited')]: 'unverified',
      [server.url('/ok')]: 'ok',
      [server.url('/missing')]: 'dead',
      [`http://127.0.0.1:${port}/`]: 'dead',
      'https://x.invalid/': 'dead',
      'not a url at all': 'skipped',
      'mailto:a@b.org': 'skipped',
    });
  });
});

describe('TLS', () => {
  let certificate: { key: string; cert: string } | null = null;
  beforeAll(async () => {
    certificate = await selfSignedCertificate();
  });

  it('reports a self-signed certificate as a TLS error (unreachable), not dead, and does not retry', async (context) => {
    if (!certificate) {
      context.skip('openssl is not on PATH: no certificate can be made for this test');
      return;
    }
    const server = await serve({ '/': html('secure') }, { tls: certificate });
    const outcomes = await checkLinks([server.url('/')], fastOptions());
    expect(outcomes.get(server.url('/'))).toEqual({
      kind: 'unreachable',
      reason: 'tls',
      attempts: 1,
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    });
    expect(server.requests).toHaveLength(0);
    expect(server.connections).toBe(1);
  });
});
