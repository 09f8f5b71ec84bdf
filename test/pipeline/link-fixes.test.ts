import { describe, expect, it } from 'vitest';
import { httpsChange, redirectChange, writableUrl } from '../../src/pipeline/link-fixes.js';
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

  it('neither fixes nor suggests a redirect whose Location carries Markdown, on the same host or another', () => {
    const image = 'http://127.0.0.1:8080/b)![x](http://127.0.0.1:8080/t.png';
    expect(redirectChange('http://127.0.0.1:8080/a', moved('http://127.0.0.1:8080/a', [[301, image]]))).toBeNull();
    expect(redirectChange('https://old.org/a', moved('https://old.org/a', [[301, "https://new.org/a'onload='x"]]))).toBeNull();
  });

  it('still fixes a same-host redirect to a URL with balanced parentheses and a query', () => {
    const outcome = moved('https://e.org/a', [[301, 'https://e.org/wiki/Alpha_(dataset)?v=2&lang=en']]);
    expect(redirectChange('https://e.org/a', outcome)).toEqual({ kind: 'fix', to: 'https://e.org/wiki/Alpha_(dataset)?v=2&lang=en' });
  });
});

describe('writableUrl (what a link fix may write into the list)', () => {
  it.each([
    ['a plain path', 'https://e.org/data/set-1'],
    ['a query and a fragment', 'https://e.org/search?q=chest&page=2#results'],
    ['balanced parentheses', 'https://en.wikipedia.org/wiki/MIMIC_(database)'],
    ['percent-encoded characters', 'https://e.org/a%20b/%28x%29'],
    ['a port, user info and a trailing slash', 'http://user@127.0.0.1:8080/a/'],
  ])('accepts %s', (_name, url) => {
    expect(writableUrl(url)).toBe(true);
  });

  it.each([
    ['an unbalanced `)` that closes the link and opens an image', 'http://127.0.0.1:80/b)![x](http://127.0.0.1:80/t.png'],
    ['an image inside balanced parentheses', 'https://e.org/b(![x](https://e.org/t.png))'],
    ['brackets', 'https://e.org/a[1]'],
    ['an IPv6 host', 'http://[::1]/a'],
    ['a `!`', 'https://e.org/a!b'],
    ['a `\'` that would end an HTML attribute', "https://e.org/a'onmouseover='x"],
    ['a `"`', 'https://e.org/a"b'],
    ['a `<` or `>`', 'https://e.org/a<img>'],
    ['a backtick that could open a code span', 'https://e.org/?q=`x'],
    ['a backslash', 'https://e.org/a\\)b'],
    ['an `*` (emphasis)', 'https://e.org/*a*'],
    ['a space', 'https://e.org/a b'],
    ['a line break', 'https://e.org/a\nb'],
    ['a control character', 'https://e.org/a\u0000b'],
    ['a character reference, which Markdown decodes', 'https://e.org/?a=1&amp;b=2'],
    ['an end GFM cuts off a bare URL', 'https://e.org/a.'],
    ['a non-ASCII character', 'https://e.org/\u00e9'],
    ['parentheses nested deeper than a link destination may be', `https://e.org/${'('.repeat(33)}${')'.repeat(33)}`],
  ])('refuses %s', (_name, url) => {
    expect(writableUrl(url)).toBe(false);
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

  it('offers nothing for a URL that cannot be written back as it is, and still fixes one that can', () => {
    // A list spells the URL `a\b` as `a\\b`: writing the parsed URL back would drop the escape.
    expect(httpsChange('http://e.org/a\\b', { kind: 'ok', status: 200, via: 'http' })).toBeNull();
    expect(httpsChange("http://e.org/a'b", { kind: 'dead', reason: 'not-found', status: 404 })).toBeNull();
    expect(httpsChange('http://e.org/wiki/A_(b)', { kind: 'ok', status: 200, via: 'http' })).toEqual({ kind: 'fix', to: 'https://e.org/wiki/A_(b)' });
  });
});
