/**
 * Registry links checked through the registries' APIs (PhysioNet, Zenodo, Hugging Face, GitHub
 * repositories), against loopback stand-ins that answer the documented paths and JSON shapes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkLinks, type LinkCheckOptions } from '../../../src/links/index.js';
import { registryTargetOf } from '../../../src/links/resolvers/registry-id.js';
import { compareVersions, physionetAccess } from '../../../src/links/resolvers/physionet.js';
import { startGithubRepos, startHuggingface, startPhysionet, startZenodo, type StandIn } from '../../helpers/registry-servers.js';
import { fastOptions, loopbackLookup, serve } from '../support.js';

const open: StandIn[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});
async function up<T extends StandIn>(server: Promise<T>): Promise<T> {
  const started = await server;
  open.push(started);
  return started;
}

const CREDENTIALED = 'PhysioNet Credentialed Health Data License 1.5.0';
const HF_TOKEN = 'hf_test_token_0123456789';
const GH_TOKEN = 'ghp_test_token_0123456789';

function options(apis: Partial<LinkCheckOptions['apis']>, extra: Parameters<typeof fastOptions>[0] = {}): LinkCheckOptions {
  return fastOptions({ apis, ...extra });
}

describe('which links name a registry record', () => {
  it('reads PhysioNet projects with and without a version and the old physiobank paths', () => {
    expect(registryTargetOf(new URL('https://physionet.org/content/mimiciv/'))).toEqual({ registry: 'physionet', slug: 'mimiciv', version: null, legacy: false });
    expect(registryTargetOf(new URL('https://physionet.org/content/mimiciv/2.2/'))).toEqual({ registry: 'physionet', slug: 'mimiciv', version: '2.2', legacy: false });
    expect(registryTargetOf(new URL('https://physionet.org/physiobank/database/mitdb/'))).toEqual({ registry: 'physionet', slug: 'mitdb', version: null, legacy: true });
    expect(registryTargetOf(new URL('https://physionet.org/content/mimiciv/2.2/hosp/admissions.csv.gz'))).toBeNull();
    expect(registryTargetOf(new URL('https://physionet.org/content/%2E%2E/'))).toBeNull();
  });

  it('reads Zenodo records, their DOIs and Hugging Face datasets with and without an owner', () => {
    expect(registryTargetOf(new URL('https://zenodo.org/records/123'))).toEqual({ registry: 'zenodo', id: '123', doi: false });
    expect(registryTargetOf(new URL('https://zenodo.org/record/123'))).toEqual({ registry: 'zenodo', id: '123', doi: false });
    expect(registryTargetOf(new URL('https://doi.org/10.5281/zenodo.123'))).toEqual({ registry: 'zenodo', id: '123', doi: true });
    expect(registryTargetOf(new URL('https://doi.org/10.1000/182'))).toBeNull();
    expect(registryTargetOf(new URL('https://huggingface.co/datasets/org/chest-xray'))).toEqual({ registry: 'huggingface', id: 'org/chest-xray' });
    expect(registryTargetOf(new URL('https://huggingface.co/datasets/squad'))).toEqual({ registry: 'huggingface', id: 'squad' });
    expect(registryTargetOf(new URL('https://huggingface.co/datasets/squad/viewer'))).toBeNull();
    expect(registryTargetOf(new URL('https://huggingface.co/org/model'))).toBeNull();
  });

  it('orders versions numerically and derives access from PhysioNet licence names', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('2.0', '2.0.1')).toBeLessThan(0);
    expect(physionetAccess(CREDENTIALED)).toBe('credentialed');
    expect(physionetAccess('PhysioNet Restricted Health Data License 1.5.0')).toBe('registration');
    expect(physionetAccess('PhysioNet Contributor Review Health Data License 1.5.0')).toBe('application');
    expect(physionetAccess('Open Data Commons Attribution License v1.0')).toBe('open');
    expect(physionetAccess('Creative Commons Attribution 4.0 International Public License')).toBe('open');
    expect(physionetAccess('A licence nobody knows')).toBeNull();
  });
});

describe('PhysioNet', () => {
  const projects = {
    mimiciv: { versions: { '1.0': { license: CREDENTIALED }, '2.2': { license: CREDENTIALED }, '1.10.0': { license: CREDENTIALED } } },
    ptbxl: { versions: { '1.0.3': { license: 'Creative Commons Attribution 4.0 International Public License' } } },
    policy: { versions: { '1.0.0': { license: null, access_policy: 'Restricted' } } },
  };

  it('reads the licence, the access it implies and the newest version (by version order), asking JSON explicitly', async () => {
    const api = await up(startPhysionet(projects));
    const url = 'https://physionet.org/content/mimiciv/1.0/';
    const outcome = (await checkLinks([url], options({ physionet: api.origin }))).get(url);
    expect(outcome).toEqual({
      kind: 'ok',
      status: 200,
      via: 'physionet-api',
      record: {
        registry: 'physionet',
        url: 'https://physionet.org/content/mimiciv/1.0/',
        access: { level: 'credentialed', terms: CREDENTIALED },
        licenses: [CREDENTIALED],
        newer: { linked: '1.0', newest: '2.2', url: 'https://physionet.org/content/mimiciv/2.2/' },
        archived: null,
      },
    });
    expect(api.requests.map((r) => r.path)).toEqual(['/api/v1/project/published/mimiciv/', '/api/v1/project/published/mimiciv/2.2/']);
    expect(api.requests.every((r) => r.headers.accept === 'application/json')).toBe(true);
  });

  it('takes 1.10.0 as newer than 1.9.0 and says nothing of the version of an unversioned link', async () => {
    const api = await up(startPhysionet({ p: { versions: { '1.9.0': { license: 'Open Data Commons Attribution License v1.0' }, '1.10.0': { license: 'Open Data Commons Attribution License v1.0' } } } }));
    const versioned = 'https://physionet.org/content/p/1.9.0/';
    const unversioned = 'https://physionet.org/content/p/';
    const outcomes = await checkLinks([versioned, unversioned], options({ physionet: api.origin }));
    expect(outcomes.get(versioned)).toMatchObject({ record: { newer: { newest: '1.10.0' }, access: { level: 'open' } } });
    expect(outcomes.get(unversioned)).toMatchObject({ kind: 'ok', record: { newer: null, url: 'https://physionet.org/content/p/1.10.0/' } });
  });

  it('asks at most two requests per project, shared by every link to any of its versions', async () => {
    const api = await up(startPhysionet(projects));
    const urls = ['https://physionet.org/content/mimiciv/', 'https://physionet.org/content/mimiciv/1.0/', 'https://physionet.org/content/mimiciv/2.2/', 'https://physionet.org/content/mimiciv/2.2/#files', 'http://www.physionet.org/content/mimiciv/1.10.0/'];
    const outcomes = await checkLinks(urls, options({ physionet: api.origin }));
    expect([...outcomes.values()].every((o) => o.kind === 'ok')).toBe(true);
    expect(api.count()).toBe(2);
  });

  it('reads the access policy when the licence names none', async () => {
    const api = await up(startPhysionet(projects));
    const url = 'https://physionet.org/content/policy/';
    expect((await checkLinks([url], options({ physionet: api.origin }))).get(url)).toMatchObject({ record: { access: { level: 'registration' }, licenses: [] } });
  });

  it('calls a project the API lists with no versions (`200 []`) dead, and a version it does not list', async () => {
    const api = await up(startPhysionet(projects));
    const missing = 'https://physionet.org/content/no-such-project/';
    const badVersion = 'https://physionet.org/content/ptbxl/9.9.9/';
    const outcomes = await checkLinks([missing, badVersion], options({ physionet: api.origin }));
    expect(outcomes.get(missing)).toEqual({ kind: 'dead', reason: 'registry-not-found', registry: 'physionet', status: 200 });
    expect(outcomes.get(badVersion)).toMatchObject({ kind: 'dead', reason: 'registry-not-found', registry: 'physionet' });
  });

  it('checks an old physiobank path the API does not know as a page (its slug may have changed)', async () => {
    const api = await up(startPhysionet(projects));
    const lookup = loopbackLookup();
    const url = 'https://physionet.org/physiobank/database/mimic3cdb/';
    const outcome = (await checkLinks([url], options({ physionet: api.origin }, { lookup }))).get(url);
    // The page request was tried (the test resolver knows no public name): not called dead by the API.
    expect(lookup.calls).toContain('physionet.org');
    expect(outcome).toMatchObject({ kind: 'dead', reason: 'dns-not-found' });
  });

  it('reports a 404 from the API as dead', async () => {
    const api = await up(startPhysionet(projects));
    api.override('/api/v1/project/published/gone/', (_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"detail":"Not found."}');
    });
    const url = 'https://physionet.org/content/gone/';
    expect((await checkLinks([url], options({ physionet: api.origin }))).get(url)).toEqual({ kind: 'dead', reason: 'registry-not-found', registry: 'physionet', status: 404 });
  });

  it('calls HTML where JSON was asked for an unexpected answer, not dead', async () => {
    const api = await up(startPhysionet(projects));
    api.override('/api/v1/project/published/ptbxl/', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>PhysioNet</title>');
    });
    const url = 'https://physionet.org/content/ptbxl/';
    expect((await checkLinks([url], options({ physionet: api.origin }))).get(url)).toEqual({ kind: 'unverified', reason: 'unexpected-answer', registry: 'physionet', status: 200 });
  });

  it('calls a version answer without its licence field an unexpected answer', async () => {
    const api = await up(startPhysionet(projects));
    api.override('/api/v1/project/published/ptbxl/1.0.3/', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ slug: 'ptbxl', version: '1.0.3' }));
    });
    const url = 'https://physionet.org/content/ptbxl/1.0.3/';
    expect((await checkLinks([url], options({ physionet: api.origin }))).get(url)).toMatchObject({ kind: 'unverified', reason: 'unexpected-answer' });
  });
});

describe('Zenodo', () => {
  const records = {
    '100': { access_right: 'open', license: 'cc-by-4.0', version: 'v1', isLast: false, latest: '300' },
    '300': { access_right: 'open', license: 'cc-by-4.0', version: 'v3' },
    '400': { access_right: 'restricted', license: 'cc-by-nc-4.0' },
    '500': { access_right: 'embargoed' },
    '600': { access_right: 'open', removed: true },
  };

  it('reads access right, licence, and the newest record from links.latest for an older version', async () => {
    const api = await up(startZenodo(records));
    const url = 'https://zenodo.org/records/100';
    const outcome = (await checkLinks([url], options({ zenodo: api.origin }))).get(url);
    expect(outcome).toEqual({
      kind: 'ok',
      status: 200,
      via: 'zenodo-api',
      record: {
        registry: 'zenodo',
        url: 'https://zenodo.org/records/100',
        access: { level: 'open', terms: 'access right open' },
        licenses: ['cc-by-4.0'],
        newer: { linked: 'v1', newest: 'record 300', url: 'https://zenodo.org/records/300' },
        archived: null,
      },
    });
    expect(api.requests.map((r) => r.path)).toEqual(['/api/records/100', '/api/records/100/versions/latest']);
  });

  it('asks one request for the newest record, shared by its page and its DOI, and suggests the DOI form for a DOI', async () => {
    const api = await up(startZenodo(records));
    const urls = ['https://zenodo.org/records/300', 'https://doi.org/10.5281/zenodo.300', 'https://zenodo.org/record/300'];
    const outcomes = await checkLinks(urls, options({ zenodo: api.origin }));
    for (const url of urls) expect(outcomes.get(url)).toMatchObject({ kind: 'ok', record: { newer: null } });
    expect(api.count()).toBe(1);
    const doi = 'https://doi.org/10.5281/zenodo.100';
    const older = await checkLinks([doi], options({ zenodo: api.origin }));
    expect(older.get(doi)).toMatchObject({ record: { newer: { url: 'https://doi.org/10.5281/zenodo.300' } } });
  });

  it('maps restricted and embargoed records to `restricted`, and a record without a licence to none', async () => {
    const api = await up(startZenodo(records));
    const [restricted, embargoed] = ['https://zenodo.org/records/400', 'https://zenodo.org/records/500'];
    const outcomes = await checkLinks([restricted, embargoed], options({ zenodo: api.origin }));
    expect(outcomes.get(restricted)).toMatchObject({ record: { access: { level: 'restricted' }, licenses: ['cc-by-nc-4.0'] } });
    expect(outcomes.get(embargoed)).toMatchObject({ record: { access: { level: 'restricted' }, licenses: [] } });
  });

  it('reports a removed record (410) and an unknown one (404) as dead', async () => {
    const api = await up(startZenodo(records));
    const [removed, unknown] = ['https://zenodo.org/records/600', 'https://zenodo.org/records/999'];
    const outcomes = await checkLinks([removed, unknown], options({ zenodo: api.origin }));
    expect(outcomes.get(removed)).toEqual({ kind: 'dead', reason: 'registry-not-found', registry: 'zenodo', status: 410 });
    expect(outcomes.get(unknown)).toEqual({ kind: 'dead', reason: 'registry-not-found', registry: 'zenodo', status: 404 });
  });

  it('reads the newest record from a links.latest that names it (the older serializer) without a request', async () => {
    const api = await up(startZenodo(records));
    api.override('/api/records/100', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 100, metadata: { access_right: 'open', relations: { version: [{ index: 0, is_last: false }] } }, links: { latest: `${api.origin}/api/records/300` } }));
    });
    const url = 'https://zenodo.org/records/100';
    expect((await checkLinks([url], options({ zenodo: api.origin }))).get(url)).toMatchObject({ record: { newer: { url: 'https://zenodo.org/records/300' } } });
    expect(api.requests.map((r) => r.path)).toEqual(['/api/records/100']);
  });

  it('does not follow a links.latest on another origin', async () => {
    const elsewhere = await serve({});
    const api = await up(startZenodo(records));
    api.override('/api/records/100', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 100, metadata: { access_right: 'open', relations: { version: [{ is_last: false }] } }, links: { latest: `${elsewhere.origin}/api/records/100/versions/latest` } }));
    });
    const url = 'https://zenodo.org/records/100';
    expect((await checkLinks([url], options({ zenodo: api.origin }))).get(url)).toMatchObject({ kind: 'ok', record: { newer: null } });
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('waits out a 429 with Retry-After, then reads the record', async () => {
    const api = await up(startZenodo(records));
    api.override('/api/records/300', (_req, res, hit) => {
      if (hit === 1) {
        res.writeHead(429, { 'retry-after': '1' });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 300, metadata: { access_right: 'open', license: { id: 'cc0-1.0' } }, links: {} }));
    });
    const url = 'https://zenodo.org/records/300';
    const started = Date.now();
    const outcome = (await checkLinks([url], options({ zenodo: api.origin }))).get(url);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(outcome).toMatchObject({ kind: 'ok', record: { licenses: ['cc0-1.0'] } });
    expect(api.count('/api/records/300')).toBe(2);
  });

  it('checks the page instead when the API stays at 429 (PhysioNet: 20 anonymous requests an hour), never calling the link dead from the API', async () => {
    const api = await up(startPhysionet({ ptbxl: { versions: { '1.0.3': { license: 'Open Data Commons Attribution License v1.0' } } } }));
    api.override('/api/v1/project/published/ptbxl/', (_req, res) => {
      res.writeHead(429, { 'retry-after': '3000', 'content-type': 'application/json' });
      res.end('{"detail":"Request was throttled. Expected available in 3000 seconds."}');
    });
    const page = await serve({ '/content/ptbxl/': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<h1>PTB-XL</h1>');
    } });
    // The page is the stand-in's own: physionet.org resolves to it (over http, for the test).
    const lookup = loopbackLookup({ 'physionet.org': '127.0.0.1' });
    const url = `http://physionet.org:${new URL(page.origin).port}/content/ptbxl/`;
    const outcome = (await checkLinks([url], options({ physionet: api.origin }, { lookup }))).get(url);
    expect(api.count()).toBe(1);
    expect(page.count('/content/ptbxl/')).toBeGreaterThan(0);
    expect(outcome).toEqual({ kind: 'ok', status: 200, via: 'http' });
  });

  it('calls JSON that does not parse, or a record without metadata.access_right, an unexpected answer', async () => {
    const api = await up(startZenodo(records));
    api.override('/api/records/300', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": 300, "metadata": {');
    });
    api.override('/api/records/400', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 400, metadata: { title: 'no access right' } }));
    });
    const [malformed, missing] = ['https://zenodo.org/records/300', 'https://zenodo.org/records/400'];
    const outcomes = await checkLinks([malformed, missing], options({ zenodo: api.origin }));
    expect(outcomes.get(malformed)).toEqual({ kind: 'unverified', reason: 'unexpected-answer', registry: 'zenodo', status: 200 });
    expect(outcomes.get(missing)).toEqual({ kind: 'unverified', reason: 'unexpected-answer', registry: 'zenodo', status: 200 });
  });

  it('reads an answer only up to the size cap, and calls a larger one an unexpected answer', async () => {
    const api = await up(startZenodo(records));
    api.override('/api/records/300', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id": 300, "pad": "${'x'.repeat(2 * 1024 * 1024)}", "metadata": {"access_right": "open"}}`);
    });
    const url = 'https://zenodo.org/records/300';
    expect((await checkLinks([url], options({ zenodo: api.origin }))).get(url)).toMatchObject({ kind: 'unverified', reason: 'unexpected-answer' });
  });

  it('reports a slow API as unreachable after the timeout and its retry, not dead', async () => {
    const api = await up(startZenodo(records, { latencyMs: 600 }));
    const url = 'https://zenodo.org/records/300';
    const outcome = (await checkLinks([url], options({ zenodo: api.origin }, { timeoutMs: 200 }))).get(url);
    expect(outcome).toMatchObject({ kind: 'unreachable', reason: 'timeout', attempts: 2 });
  });
});

describe('Hugging Face', () => {
  const datasets = {
    'org/open': { gated: false as const, license: 'cc-by-4.0' },
    'org/auto': { gated: 'auto' as const, license: ['cc-by-nc-4.0', 'mit'] },
    'org/manual': { gated: 'manual' as const },
    'org/hidden': { gated: false as const, private: true },
    squad: { gated: false as const, license: 'cc-by-sa-4.0' },
  };

  it('maps gating to access levels and reads the card licence (a string or a list)', async () => {
    const api = await up(startHuggingface(datasets));
    const urls = ['https://huggingface.co/datasets/org/open', 'https://huggingface.co/datasets/org/auto', 'https://huggingface.co/datasets/org/manual', 'https://huggingface.co/datasets/squad'];
    const outcomes = await checkLinks(urls, options({ huggingface: api.origin }));
    expect(outcomes.get(urls[0] as string)).toEqual({
      kind: 'ok',
      status: 200,
      via: 'huggingface-api',
      record: { registry: 'huggingface', url: 'https://huggingface.co/datasets/org/open', access: { level: 'open', terms: 'not gated' }, licenses: ['cc-by-4.0'], newer: null, archived: null },
    });
    expect(outcomes.get(urls[1] as string)).toMatchObject({ record: { access: { level: 'registration' }, licenses: ['cc-by-nc-4.0', 'mit'] } });
    expect(outcomes.get(urls[2] as string)).toMatchObject({ record: { access: { level: 'application' }, licenses: [] } });
    expect(outcomes.get(urls[3] as string)).toMatchObject({ record: { licenses: ['cc-by-sa-4.0'] } });
    expect(api.requests.map((r) => r.path).sort()).toEqual(['/api/datasets/org/auto', '/api/datasets/org/manual', '/api/datasets/org/open', '/api/datasets/squad']);
  });

  it('calls a 401 without a token unverified, not dead; with HF_TOKEN a 404 is dead and a private dataset is restricted', async () => {
    const api = await up(startHuggingface(datasets, { token: HF_TOKEN }));
    const [missing, hidden] = ['https://huggingface.co/datasets/org/missing', 'https://huggingface.co/datasets/org/hidden'];
    const without = await checkLinks([missing, hidden], options({ huggingface: api.origin }));
    expect(without.get(missing)).toMatchObject({ kind: 'unverified', reason: 'blocked', status: 401 });
    expect(without.get(hidden)).toMatchObject({ kind: 'unverified', reason: 'blocked', status: 401 });
    const withToken = await checkLinks([missing, hidden], options({ huggingface: api.origin }, { huggingfaceToken: HF_TOKEN }));
    expect(withToken.get(missing)).toEqual({ kind: 'dead', reason: 'registry-not-found', registry: 'huggingface', status: 404 });
    expect(withToken.get(hidden)).toMatchObject({ kind: 'ok', record: { access: { level: 'restricted' } } });
    expect(api.requests.filter((r) => r.headers.authorization === `Bearer ${HF_TOKEN}`)).toHaveLength(2);
  });

  it('sends no token across a redirect to another host, and takes no facts from it', async () => {
    const elsewhere = await serve({ '/api/datasets/org/open': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'org/open', gated: 'manual', private: false }));
    } });
    const api = await up(startHuggingface(datasets));
    api.override('/api/datasets/org/open', (_req, res) => {
      res.writeHead(307, { location: `${elsewhere.origin}/api/datasets/org/open` });
      res.end();
    });
    const url = 'https://huggingface.co/datasets/org/open';
    const outcome = (await checkLinks([url], options({ huggingface: api.origin }, { huggingfaceToken: HF_TOKEN }))).get(url);
    expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${HF_TOKEN}`);
    expect(elsewhere.requests).toHaveLength(1);
    expect(JSON.stringify(elsewhere.requests.map((r) => r.headers))).not.toContain(HF_TOKEN);
    expect(outcome).toEqual({ kind: 'unverified', reason: 'unexpected-answer', registry: 'huggingface', status: 200 });
  });

  it('calls an answer without `gated` an unexpected answer', async () => {
    const api = await up(startHuggingface(datasets));
    api.override('/api/datasets/org/open', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'org/open', private: false }));
    });
    const url = 'https://huggingface.co/datasets/org/open';
    expect((await checkLinks([url], options({ huggingface: api.origin }))).get(url)).toMatchObject({ kind: 'unverified', reason: 'unexpected-answer', registry: 'huggingface' });
  });

  it('never sends HF_TOKEN to the other registries', async () => {
    const zenodo = await up(startZenodo({ '300': { access_right: 'open' } }));
    const url = 'https://zenodo.org/records/300';
    await checkLinks([url], options({ zenodo: zenodo.origin }, { huggingfaceToken: HF_TOKEN }));
    expect(JSON.stringify(zenodo.requests.map((r) => r.headers))).not.toContain(HF_TOKEN);
  });
});

describe('GitHub repositories (token given)', () => {
  it('reads license.spdx_id and archived', async () => {
    const api = await up(startGithubRepos({ 'lab/old-tool': { archived: true, spdx: 'MIT' }, 'lab/data': { archived: false, spdx: 'NOASSERTION' } }));
    const [old, data] = ['https://github.com/lab/old-tool', 'https://github.com/lab/data'];
    const outcomes = await checkLinks([old, data], fastOptions({ githubToken: GH_TOKEN, githubApiUrl: api.origin }));
    expect(outcomes.get(old)).toEqual({
      kind: 'ok',
      status: 200,
      via: 'github-api',
      record: { registry: 'github', url: old, access: null, licenses: ['MIT'], newer: null, archived: true },
    });
    expect(outcomes.get(data)).toMatchObject({ record: { licenses: [], archived: false } });
    expect(api.requests.every((r) => r.headers.authorization === `Bearer ${GH_TOKEN}`)).toBe(true);
  });
});

describe('defaults', () => {
  it('asks the public APIs by default (not a loopback stand-in): the defaults name the registries', () => {
    expect(fastOptions().apis).toEqual({ physionet: 'https://physionet.org', zenodo: 'https://zenodo.org', huggingface: 'https://huggingface.co' });
  });
});
