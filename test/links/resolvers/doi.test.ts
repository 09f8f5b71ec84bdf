import { describe, expect, it } from 'vitest';
import { doiApiUrl, doiOf } from '../../../src/links/resolvers/doi.js';
import { checkLinks } from '../../../src/links/index.js';
import { json, status } from '../../helpers/http-server.js';
import { fastOptions, serve } from '../support.js';

/** A stand-in for the DOI handle API with one registered DOI. */
async function handleApi() {
  return serve({
    '/api/handles/10.1234/cohort.2020': json({ responseCode: 1, handle: '10.1234/cohort.2020', values: [] }),
    '/api/handles/10.1234/a%3Cb%3E': json({ responseCode: 1, handle: '10.1234/a<b>' }),
    '/api/handles/10.1234/unknown': json({ responseCode: 100, handle: '10.1234/unknown' }, 404),
    '/api/handles/10.1234/outage': status(503),
  });
}

describe('DOI links through the handle API', () => {
  it('checks a DOI with the handle API instead of following the publisher', async () => {
    const api = await handleApi();
    const url = 'https://doi.org/10.1234/cohort.2020';
    const outcomes = await checkLinks([url], fastOptions({ doiApiUrl: `${api.origin}/api/handles/` }));
    expect(outcomes.get(url)).toEqual({ kind: 'ok', status: 200, via: 'doi-api' });
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.method).toBe('GET');
    expect(api.requests[0]?.headers.accept).toBe('application/json');
  });

  it('reports a DOI the handle system does not know as dead, naming the DOI', async () => {
    const api = await handleApi();
    const url = 'https://doi.org/10.1234/unknown';
    const outcomes = await checkLinks([url], fastOptions({ doiApiUrl: `${api.origin}/api/handles/` }));
    expect(outcomes.get(url)).toEqual({ kind: 'dead', reason: 'doi-not-found', status: 404, doi: '10.1234/unknown' });
  });

  it('treats dx.doi.org, http and percent-encoding as the same DOI', async () => {
    const api = await handleApi();
    const urls = ['http://dx.doi.org/10.1234/a%3Cb%3E', 'https://doi.org/10.1234/a<b>'];
    const outcomes = await checkLinks(urls, fastOptions({ doiApiUrl: `${api.origin}/api/handles` }));
    for (const url of urls) expect(outcomes.get(url), url).toMatchObject({ kind: 'ok', via: 'doi-api' });
  });

  it('reports an outage of the handle API as unreachable after the retries, not dead', async () => {
    const api = await handleApi();
    const url = 'https://doi.org/10.1234/outage';
    const outcomes = await checkLinks([url], fastOptions({ doiApiUrl: `${api.origin}/api/handles/` }));
    expect(outcomes.get(url)).toMatchObject({ kind: 'unreachable', reason: 'server-error', status: 503, attempts: 3 });
    expect(api.count('/api/handles/10.1234/outage')).toBe(3);
  });

  it('checks doi.org pages that are not DOIs as ordinary links', () => {
    expect(doiOf(new URL('https://doi.org/'))).toBeNull();
    expect(doiOf(new URL('https://www.doi.org/the-identifier/resources/handbook'))).toBeNull();
    expect(doiOf(new URL('https://doi.org/10.1000/182'))).toBe('10.1000/182');
    expect(doiOf(new URL('https://example.org/10.1000/182'))).toBeNull();
  });

  it('builds the API URL with each DOI segment encoded', () => {
    expect(doiApiUrl('https://doi.org/api/handles/', '10.1000/a#b?c').href).toBe('https://doi.org/api/handles/10.1000/a%23b%3Fc');
  });
});
