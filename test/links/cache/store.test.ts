import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCache, writeCache } from '../../../src/links/cache/store.js';
import { CACHE_VERSION, checkLinks } from '../../../src/links/index.js';
import { html, redirect, status } from '../../helpers/http-server.js';
import { fastOptions, serve } from '../support.js';
import { startZenodo } from '../../helpers/registry-servers.js';

const DAY = 24 * 60 * 60 * 1000;
let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'medlint-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the link cache', () => {
  it('writes successes, and only successes, in the documented format', async () => {
    const server = await serve({ '/ok': html('<p id="here"></p>'), '/old': redirect(301, '/ok'), '/down': status(503) });
    const path = join(dir, '.medlintcache');
    const urls = [server.url('/ok'), server.url('/old'), server.url('/missing'), server.url('/down'), `${server.url('/ok')}#gone`, `${server.url('/ok')}#here`];
    await checkLinks(urls, fastOptions({ cache: { path, maxAgeMs: DAY } }));
    const file = JSON.parse(await readFile(path, 'utf8'));
    expect(file.version).toBe(CACHE_VERSION);
    expect(Object.keys(file.entries).sort()).toEqual([server.url('/ok'), `${server.url('/ok')}#here`, server.url('/old')].sort());
    const entry = file.entries[server.url('/ok')];
    expect(entry.outcome).toEqual({ kind: 'ok', status: 200, via: 'http' });
    expect(Date.now() - Date.parse(entry.checkedAt)).toBeLessThan(60_000);
  });

  it('answers fresh entries from the cache without a request, and checks failures again', async () => {
    const server = await serve({ '/ok': html('ok') });
    const path = join(dir, '.medlintcache');
    const options = fastOptions({ cache: { path, maxAgeMs: DAY } });
    await checkLinks([server.url('/ok'), server.url('/missing')], options);
    const missingRequests = server.count('/missing');
    expect(server.count('/ok')).toBe(1);
    const second = await checkLinks([server.url('/ok'), server.url('/missing')], options);
    expect(second.get(server.url('/ok'))).toMatchObject({ kind: 'ok' });
    expect(second.get(server.url('/missing'))).toMatchObject({ kind: 'dead' });
    expect(server.count('/ok')).toBe(1);
    expect(server.count('/missing')).toBe(2 * missingRequests);
  });

  it('ignores entries older than the maximum age', async () => {
    const server = await serve({ '/ok': html('ok') });
    const path = join(dir, '.medlintcache');
    const stale = new Date(Date.now() - 2 * DAY).toISOString();
    await writeFile(path, JSON.stringify({ version: CACHE_VERSION, entries: { [server.url('/ok')]: { checkedAt: stale, outcome: { kind: 'ok', status: 200, via: 'http' } } } }));
    await checkLinks([server.url('/ok')], fastOptions({ cache: { path, maxAgeMs: DAY } }));
    expect(server.count('/ok')).toBe(1);
    const file = JSON.parse(await readFile(path, 'utf8'));
    expect(Date.parse(file.entries[server.url('/ok')].checkedAt)).toBeGreaterThan(Date.parse(stale));
  });

  it('ignores a corrupt file, another version and failures written by hand, and replaces the file', async () => {
    const path = join(dir, '.medlintcache');
    await writeFile(path, '{"version": 1, "entries": {');
    expect((await readCache(path, DAY)).size).toBe(0);
    const now = new Date().toISOString();
    await writeFile(path, JSON.stringify({ version: 99, entries: { 'https://a.example/': { checkedAt: now, outcome: { kind: 'ok', status: 200, via: 'http' } } } }));
    expect((await readCache(path, DAY)).size).toBe(0);
    await writeFile(path, JSON.stringify({ version: CACHE_VERSION, entries: { 'https://a.example/': { checkedAt: now, outcome: { kind: 'dead', reason: 'not-found', status: 404 } } } }));
    expect((await readCache(path, DAY)).size).toBe(0);
    const server = await serve({ '/ok': html('ok') });
    await checkLinks([server.url('/ok')], fastOptions({ cache: { path, maxAgeMs: DAY } }));
    expect(Object.keys(JSON.parse(await readFile(path, 'utf8')).entries)).toEqual([server.url('/ok')]);
  });

  it('replaces the file atomically and leaves no temporary file behind', async () => {
    const path = join(dir, '.medlintcache');
    const entry = { checkedAt: new Date().toISOString(), outcome: { kind: 'ok', status: 200, via: 'http' } as const };
    await writeCache(path, new Map([['https://a.example/', entry]]), DAY);
    await writeCache(path, new Map([['https://b.example/', entry]]), DAY);
    expect(await readdir(dir)).toEqual(['.medlintcache']);
    // Entries from earlier runs are kept (merged), newest first wins.
    expect([...(await readCache(path, DAY)).keys()]).toEqual(['https://a.example/', 'https://b.example/']);
  });

  it('keeps the previous file and leaves no temporary file when a write fails', async () => {
    const path = join(dir, 'cache-is-a-directory');
    await mkdir(path);
    const entry = { checkedAt: new Date().toISOString(), outcome: { kind: 'ok', status: 200, via: 'http' } as const };
    await expect(writeCache(path, new Map([['https://a.example/', entry]]), DAY)).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['cache-is-a-directory']);
  });

  it('does not fail the check when the cache cannot be written', async () => {
    const server = await serve({ '/ok': html('ok') });
    const path = join(dir, 'no-such-dir', '.medlintcache');
    const outcomes = await checkLinks([server.url('/ok')], fastOptions({ cache: { path, maxAgeMs: DAY } }));
    expect(outcomes.get(server.url('/ok'))).toMatchObject({ kind: 'ok' });
  });

  it('keeps registry records with their links, and asks the API nothing on the next run', async () => {
    const api = await startZenodo({ '100': { access_right: 'open', license: 'cc-by-4.0', isLast: false, latest: '300' } });
    try {
      const path = join(dir, '.medlintcache');
      const url = 'https://zenodo.org/records/100';
      const options = fastOptions({ cache: { path, maxAgeMs: DAY }, apis: { physionet: 'https://physionet.org', zenodo: api.origin, huggingface: 'https://huggingface.co' } });
      const first = (await checkLinks([url], options)).get(url);
      const second = (await checkLinks([url], options)).get(url);
      expect(first).toMatchObject({ record: { licenses: ['cc-by-4.0'], newer: { url: 'https://zenodo.org/records/300' } } });
      expect(second).toEqual(first);
      expect(api.count()).toBe(2);
      expect(JSON.parse(await readFile(path, 'utf8')).version).toBe(2);
    } finally {
      await api.close();
    }
  });

  it('ignores a version 1 file (its successes hold no records) without an error, and replaces it', async () => {
    const server = await serve({ '/ok': html('ok') });
    const path = join(dir, '.medlintcache');
    await writeFile(path, JSON.stringify({ version: 1, entries: { [server.url('/ok')]: { checkedAt: new Date().toISOString(), outcome: { kind: 'ok', status: 200, via: 'http' } } } }));
    expect((await readCache(path, DAY)).size).toBe(0);
    await checkLinks([server.url('/ok')], fastOptions({ cache: { path, maxAgeMs: DAY } }));
    expect(server.count('/ok')).toBe(1);
    expect(JSON.parse(await readFile(path, 'utf8')).version).toBe(CACHE_VERSION);
  });

  describe('registry records', () => {
    const whole = {
      registry: 'zenodo',
      url: 'https://zenodo.org/records/100',
      access: { level: 'open', terms: 'open access' },
      licenses: ['cc-by-4.0'],
      newer: { linked: '1.0', newest: 'record 300', url: 'https://zenodo.org/records/300' },
      archived: null,
    };
    const forge = async (record: unknown): Promise<string> => {
      const path = join(dir, '.medlintcache');
      const outcome = { kind: 'ok', status: 200, via: 'zenodo-api', record };
      await writeFile(path, JSON.stringify({ version: CACHE_VERSION, entries: { 'https://zenodo.org/records/100': { checkedAt: new Date().toISOString(), outcome } } }));
      return path;
    };

    it('keeps a whole record, with or without access, newer version and archived state', async () => {
      expect([...(await readCache(await forge(whole), DAY)).values()].map((entry) => entry.outcome)).toEqual([{ kind: 'ok', status: 200, via: 'zenodo-api', record: whole }]);
      const bare = { ...whole, registry: 'github', access: null, licenses: [], newer: null, archived: true };
      expect((await readCache(await forge(bare), DAY)).size).toBe(1);
    });

    it.each([
      ['an unknown registry', { ...whole, registry: 'figshare' }],
      ['no registry', { ...whole, registry: undefined }],
      ['a url that is not a string', { ...whole, url: 1 }],
      ['access without its terms', { ...whole, access: { level: 'open' } }],
      ['an unknown access level', { ...whole, access: { level: 'free', terms: 'free' } }],
      ['an access level from the prototype', { ...whole, access: { level: 'toString', terms: 'x' } }],
      ['access as a list', { ...whole, access: ['open', 'open access'] }],
      ['no access field', { ...whole, access: undefined }],
      ['licences that are not strings', { ...whole, licenses: [1] }],
      ['a newer version without the linked one', { ...whole, newer: { newest: 'record 300', url: 'https://zenodo.org/records/300' } }],
      ['a newer version without the newest', { ...whole, newer: { linked: '1.0', url: 'https://zenodo.org/records/300' } }],
      ['an archived state that is not a boolean', { ...whole, archived: 'yes' }],
      ['a record that is not an object', 'zenodo'],
    ])('drops an entry whose record has %s, as not cached', async (_name, record) => {
      expect((await readCache(await forge(record), DAY)).size).toBe(0);
    });

    it('asks the API again for a link whose cached record is half formed, and caches the whole one', async () => {
      const api = await startZenodo({ '100': { access_right: 'open', license: 'cc-by-4.0', isLast: true } });
      try {
        const path = await forge({ ...whole, access: { level: 'restricted' }, newer: { url: 'https://zenodo.org/records/666' } });
        const url = 'https://zenodo.org/records/100';
        const options = fastOptions({ cache: { path, maxAgeMs: DAY }, apis: { physionet: 'https://physionet.org', zenodo: api.origin, huggingface: 'https://huggingface.co' } });
        const outcome = (await checkLinks([url], options)).get(url);
        expect(api.count()).toBeGreaterThan(0);
        expect(outcome).toMatchObject({ kind: 'ok', record: { registry: 'zenodo', licenses: ['cc-by-4.0'], newer: null } });
        expect(outcome).not.toMatchObject({ record: { access: { level: 'restricted' } } });
        expect(JSON.parse(await readFile(path, 'utf8')).entries[url].outcome).toEqual(outcome);
      } finally {
        await api.close();
      }
    });
  });

  it.each([
    ['a redirect whose chain holds something that is not a hop', { kind: 'redirect', status: 200, to: 'https://a.example/b', chain: [null], via: 'http' }],
    ['a redirect hop without its location', { kind: 'redirect', status: 200, to: 'https://a.example/b', chain: [{ url: 'https://a.example/', status: 301 }], via: 'http' }],
    ['a redirect without its chain', { kind: 'redirect', status: 200, to: 'https://a.example/b', via: 'http' }],
    ['an ok outcome whose chain is not a list of hops', { kind: 'ok', status: 200, via: 'http', chain: 'https://a.example/b' }],
  ])('drops %s, as not cached', async (_name, outcome) => {
    const path = join(dir, '.medlintcache');
    await writeFile(path, JSON.stringify({ version: CACHE_VERSION, entries: { 'https://a.example/': { checkedAt: new Date().toISOString(), outcome } } }));
    expect((await readCache(path, DAY)).size).toBe(0);
  });

  it('keeps a redirect and an ok outcome with their hops', async () => {
    const path = join(dir, '.medlintcache');
    const chain = [{ url: 'https://a.example/', status: 301, location: 'https://a.example/b' }];
    const checkedAt = new Date().toISOString();
    const entries = {
      'https://a.example/': { checkedAt, outcome: { kind: 'redirect', status: 200, to: 'https://a.example/b', chain, via: 'http' } },
      'https://c.example/': { checkedAt, outcome: { kind: 'ok', status: 200, via: 'http', chain } },
    };
    await writeFile(path, JSON.stringify({ version: CACHE_VERSION, entries }));
    expect(Object.fromEntries(await readCache(path, DAY))).toEqual(entries);
  });

  it('drops an entry whose record has a foreign shape', async () => {
    const path = join(dir, '.medlintcache');
    const outcome = { kind: 'ok', status: 200, via: 'zenodo-api', record: { registry: 'zenodo', url: 'x', licenses: 'cc-by-4.0' } };
    await writeFile(path, JSON.stringify({ version: CACHE_VERSION, entries: { 'https://zenodo.org/records/1': { checkedAt: new Date().toISOString(), outcome } } }));
    expect((await readCache(path, DAY)).size).toBe(0);
  });
});
