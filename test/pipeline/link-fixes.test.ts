import { describe, expect, it } from 'vitest';
import { httpsChange, redirectChange } from '../../src/pipeline/link-fixes.js';
import type { RedirectHop } from '../../src/results/link-outcome.js';

function moved(from: string, hops: Array<[number, string]>, status = 200) {
  const chain: RedirectHop[] = [];
  let url = from;
  for (const [code, location] of hops) {
    chain.push({ url, status: code, location });
    url = location;
  }
  const to = chain.filter((hop) => hop.status === 301 || hop.status === 308).at(-1)?.location ?? from;
  return { kind: 'redirect' as const, status, to, chain, via: 'http' as const };
}

describe('redirectChange (link-redirect fixes)', () => {
  it.each([
    ['the same URL in https', 'http://data.example.org/set', [[301, 'https://data.example.org/set']]],
    ['with www.', 'https://example.org/set', [[301, 'https://www.example.org/set']]],
    ['without www.', 'https://www.example.org/set', [[308, 'https://example.org/set']]],
    ['another path on the host', 'https://example.org/a', [[301, 'https://example.org/b/c']]],
    ['a chain of permanent redirects', 'http://example.org/a', [[301, 'https://example.org/a'], [308, 'https://example.org/b']]],
  ] as Array<[string, string, Array<[number, string]>]>)('fixes %s', (_name, from, hops) => {
    const outcome = moved(from, hops);
    expect(redirectChange(from, outcome)).toEqual({ kind: 'fix', to: outcome.to });
  });

  it('only suggests a move to another host', () => {
    expect(redirectChange('https://old.org/set', moved('https://old.org/set', [[301, 'https://new.org/set']]))).toEqual({ kind: 'suggestion', to: 'https://new.org/set' });
  });

  it('only suggests when a temporary redirect follows the permanent ones', () => {
    expect(redirectChange('https://e.org/a', moved('https://e.org/a', [[301, 'https://e.org/b'], [302, 'https://e.org/c']]))?.kind).toBe('suggestion');
  });

  it.each([
    ['the home page', [[301, 'https://e.org/']]],
    ['a login page', [[301, 'https://e.org/accounts/login?next=/a']]],
    ['an error page', [[301, 'https://e.org/404.html']]],
  ] as Array<[string, Array<[number, string]>]>)('never fixes a redirect to %s', (_name, hops) => {
    expect(redirectChange('https://e.org/a', moved('https://e.org/a', hops))).toBeNull();
  });

  it('never fixes a redirect to a page that is not alive', () => {
    expect(redirectChange('https://e.org/a', moved('https://e.org/a', [[301, 'https://e.org/b']], 404))).toBeNull();
  });
});

describe('httpsChange (no-http-link fixes with --fix)', () => {
  const url = 'http://e.org/data';
  it('fixes when the https form is alive and ends at the same page', () => {
    expect(httpsChange(url, { kind: 'ok', status: 200, via: 'http' })).toEqual({ kind: 'fix', to: 'https://e.org/data' });
    expect(httpsChange(url, { kind: 'ok', status: 200, via: 'http', chain: [{ url: 'https://e.org/data', status: 302, location: 'https://e.org/data/' }] })?.kind).toBe('fix');
  });

  it('suggests when the https form is dead, unreachable or redirects elsewhere', () => {
    expect(httpsChange(url, { kind: 'dead', reason: 'not-found', status: 404 })?.kind).toBe('suggestion');
    expect(httpsChange(url, { kind: 'unreachable', reason: 'tls', attempts: 1 })?.kind).toBe('suggestion');
    expect(httpsChange(url, { kind: 'ok', status: 200, via: 'http', chain: [{ url: 'https://e.org/data', status: 302, location: 'https://e.org/' }] })?.kind).toBe('suggestion');
    expect(httpsChange(url, undefined)?.kind).toBe('suggestion');
  });
});
