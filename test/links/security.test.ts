import { describe, expect, it } from 'vitest';
import { checkLinks, resolveLinkOptions } from '../../src/links/index.js';
import { describeOutcome } from '../../src/rules/link-rules.js';
import { classifyAddress } from '../../src/links/policy/policy.js';
import { html, redirect } from '../helpers/http-server.js';
import { fastOptions, loopbackLookup, serve } from './support.js';

/** Private addresses refused (the default), with test timings. */
function strictOptions(overrides: Parameters<typeof fastOptions>[0] = {}) {
  return fastOptions({ allowPrivate: false, ...overrides });
}

/** The default policy, except that 127.0.0.1 counts as public: lets a test start on loopback. */
const loopbackIsPublic = (address: string) => (address === '127.0.0.1' ? null : classifyAddress(address));

describe('private, loopback and link-local addresses are refused by default', () => {
  it('refuses a loopback address literal, and nothing reaches the server', async () => {
    const server = await serve({ '/': html('internal') });
    const outcomes = await checkLinks([server.url('/')], strictOptions());
    expect(outcomes.get(server.url('/'))).toEqual({ kind: 'skipped', reason: 'private-address', address: '127.0.0.1', range: 'loopback' });
    expect(server.connections).toBe(0);
    expect(describeOutcome(outcomes.get(server.url('/'))!, server.url('/'))).toMatchObject({
      ruleId: 'link-skipped',
      messageId: 'privateAddress',
    });
  });

  it('refuses localhost, a name the system resolver maps to loopback', async () => {
    const server = await serve({ '/': html('internal') });
    const url = `http://localhost:${server.port}/`;
    const options = resolveLinkOptions({ timeoutMs: 1_000 });
    const outcomes = await checkLinks([url], options);
    expect(outcomes.get(url)).toMatchObject({ kind: 'skipped', reason: 'private-address', range: 'loopback' });
    expect(server.connections).toBe(0);
  });

  it('refuses a public-looking name that resolves to a private address', async () => {
    const server = await serve({ '/': html('internal') });
    const url = `http://data.hospital-example.org:${server.port}/`;
    const outcomes = await checkLinks([url], strictOptions({ lookup: loopbackLookup({ 'data.hospital-example.org': '127.0.0.1' }) }));
    expect(outcomes.get(url)).toEqual({ kind: 'skipped', reason: 'private-address', address: '127.0.0.1', range: 'loopback' });
    expect(server.connections).toBe(0);
  });

  it('refuses IPv6 loopback, IPv4-mapped and odd IPv4 spellings before connecting', async () => {
    const server = await serve({ '/': html('internal') });
    const urls = [
      `http://[::1]:${server.port}/`,
      `http://[::ffff:127.0.0.1]:${server.port}/`,
      `http://0x7f.0.0.1:${server.port}/`,
      `http://2130706433:${server.port}/`,
      `http://[fe80::1]:${server.port}/`,
      `http://169.254.169.254/latest/meta-data/`,
      `http://0.0.0.0:${server.port}/`,
    ];
    const outcomes = await checkLinks(urls, strictOptions());
    for (const url of urls) expect(outcomes.get(url), url).toMatchObject({ kind: 'skipped', reason: 'private-address' });
    expect(outcomes.get(urls[5]!)).toMatchObject({ range: 'link-local' });
    expect(server.connections).toBe(0);
  });

  it('re-checks every redirect hop: a redirect to a private address literal is refused', async () => {
    const inside = await serve({ '/secret': html('internal') }, { host: '127.0.0.2' });
    const outside = await serve({ '/go': redirect(302, inside.url('/secret')) });
    const outcomes = await checkLinks([outside.url('/go')], strictOptions({ privateRange: loopbackIsPublic }));
    expect(outcomes.get(outside.url('/go'))).toMatchObject({
      kind: 'skipped',
      reason: 'private-address',
      address: '127.0.0.2',
      chain: [{ url: outside.url('/go'), status: 302, location: inside.url('/secret') }],
    });
    expect(outside.count('/go')).toBe(1);
    expect(inside.connections).toBe(0);
  });

  it('re-checks every redirect hop: a redirect to a name that resolves privately is refused', async () => {
    const inside = await serve({ '/secret': html('internal') }, { host: '127.0.0.2' });
    const outside = await serve({ '/go': redirect(301, `http://intranet.example.org:${inside.port}/secret`) });
    const lookup = loopbackLookup({ 'intranet.example.org': '127.0.0.2' });
    const outcomes = await checkLinks([outside.url('/go')], strictOptions({ privateRange: loopbackIsPublic, lookup }));
    expect(outcomes.get(outside.url('/go'))).toMatchObject({ kind: 'skipped', reason: 'private-address', address: '127.0.0.2' });
    expect(inside.connections).toBe(0);
  });

  it('checks private addresses when allowed', async () => {
    const server = await serve({ '/': html('internal') });
    const outcomes = await checkLinks([server.url('/')], strictOptions({ allowPrivate: true }));
    expect(outcomes.get(server.url('/'))).toMatchObject({ kind: 'ok' });
  });
});

describe('one lookup per name, and the connection goes to the address that was checked', () => {
  it('does not look a name up again, so a rebinding resolver cannot redirect the connection', async () => {
    // The server listens on 127.0.0.2 only. The resolver answers 127.0.0.2 (public under this
    // test's policy) the first time and 127.0.0.1 (loopback, refused) afterwards.
    const server = await serve({}, { host: '127.0.0.2' });
    const urls = Array.from({ length: 6 }, (_, i) => {
      server.route(`/p${i}`, html(`page ${i}`));
      return `http://rebind.example.org:${server.port}/p${i}`;
    });
    const calls: string[] = [];
    const lookup = async (hostname: string) => {
      calls.push(hostname);
      return [{ address: calls.length === 1 ? '127.0.0.2' : '127.0.0.1', family: 4 }];
    };
    const policy = (address: string) => (address === '127.0.0.2' ? null : classifyAddress(address));
    const outcomes = await checkLinks(urls, strictOptions({ lookup, privateRange: policy, perHost: 3 }));
    for (const url of urls) expect(outcomes.get(url), url).toMatchObject({ kind: 'ok' });
    expect(calls).toEqual(['rebind.example.org']);
    expect(server.requests).toHaveLength(6);
    expect(server.requests.every((r) => r.headers.host === `rebind.example.org:${server.port}`)).toBe(true);
  });
});

describe('schemes', () => {
  it('requests only http(s): mailto, tel, ftp and data are skipped without a report', async () => {
    const urls = ['mailto:data@example.org', 'tel:+441234', 'ftp://ftp.example.org/pub', 'data:text/plain,hi', 'javascript:alert(1)'];
    const outcomes = await checkLinks(urls, strictOptions());
    for (const url of urls) {
      const outcome = outcomes.get(url)!;
      expect(outcome).toMatchObject({ kind: 'skipped', reason: 'unsupported-scheme' });
      expect(describeOutcome(outcome, url)).toBeNull();
    }
  });
});
