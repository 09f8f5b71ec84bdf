import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnchorScanner, isCheckableFragment } from '../../../src/links/http/fragment.js';
import { checkLinks } from '../../../src/links/index.js';
import { byMethod, html, largeBody, redirect, status } from '../../helpers/http-server.js';
import { fastOptions, serve } from '../support.js';

describe('fragments against the fetched page', () => {
  const page = html(
    '<h2 id="methods">Methods</h2><a name="legacy"></a>' +
      '<h2><a id="user-content-data-access" class="anchor" href="#data-access"></a>Data access</h2>' +
      "<p id='single-quoted'>x</p><p id=unquoted>x</p><p id=\"caf&eacute;\">x</p><p id=\"a&amp;b\">x</p>",
  );

  it('finds a fragment by id, by name, and through GitHub’s user-content- prefix', async () => {
    const server = await serve({ '/readme': page });
    const base = server.url('/readme');
    const urls = ['methods', 'legacy', 'data-access', 'single-quoted', 'unquoted', 'a%26b'].map((f) => `${base}#${f}`);
    const outcomes = await checkLinks(urls, fastOptions());
    for (const url of urls) expect(outcomes.get(url), url).toMatchObject({ kind: 'ok', fragment: 'found' });
    expect(server.count('/readme')).toBe(1);
  });

  it('reports a missing fragment on a live page separately from dead links', async () => {
    const server = await serve({ '/readme': page });
    const url = `${server.url('/readme')}#no-such-section`;
    const outcomes = await checkLinks([url, server.url('/readme')], fastOptions());
    expect(outcomes.get(url)).toEqual({ kind: 'fragment-missing', fragment: 'no-such-section', status: 200 });
    expect(outcomes.get(server.url('/readme'))).toMatchObject({ kind: 'ok' });
  });

  it('reads the page as a browser: no ids in comments, scripts, styles or values; entities decoded; name on <a> only', async () => {
    const tricky = html(
      '<!-- <h2 id="commented">x</h2> --><script>var s = \'<a id="scripted">\';</script><style>/* <p id="styled"> */</style>' +
        '<p title=\'id="in-value"\' name="p-name">x</p><h2 id="caf&eacute;">Café</h2><a name="legacy"></a>',
    );
    const server = await serve({ '/page': tricky });
    const base = server.url('/page');
    const urls = ['commented', 'scripted', 'styled', 'in-value', 'p-name', 'caf%C3%A9', 'legacy'].map((f) => `${base}#${f}`);
    const outcomes = await checkLinks(urls, fastOptions());
    expect(urls.map((url) => outcomes.get(url)?.kind)).toEqual([
      'fragment-missing',
      'fragment-missing',
      'fragment-missing',
      'fragment-missing',
      'fragment-missing',
      'ok',
      'ok',
    ]);
    expect(server.count('/page')).toBe(1);
  });

  it('matches ids case-sensitively, as browsers do', async () => {
    const server = await serve({ '/readme': page });
    const url = `${server.url('/readme')}#Methods`;
    const outcomes = await checkLinks([url], fastOptions());
    expect(outcomes.get(url)).toMatchObject({ kind: 'fragment-missing' });
  });

  it('stops reading as soon as every fragment is found', async () => {
    const server = await serve({ '/big': largeBody(100 * 1024 * 1024, 'text/html', '<html><body><h1 id="top-section">T</h1>') });
    const url = `${server.url('/big')}#top-section`;
    const outcomes = await checkLinks([url], fastOptions());
    expect(outcomes.get(url)).toMatchObject({ kind: 'ok', fragment: 'found' });
    expect(server.bytesSent('/big')).toBeLessThan(16 * 1024 * 1024);
  });

  it('does not call a fragment missing when the body cap cut the page short', async () => {
    const server = await serve({ '/long': largeBody(3 * 1024 * 1024) });
    const url = `${server.url('/long')}#far-below`;
    const outcomes = await checkLinks([url], fastOptions({ maxBodyBytes: 256 * 1024 }));
    expect(outcomes.get(url)).toMatchObject({ kind: 'ok', fragment: 'not-checked' });
  });

  it('does not look for fragments in a PDF or other non-HTML body', async () => {
    const server = await serve({ '/paper.pdf': status(200, { 'content-type': 'application/pdf' }, '%PDF-1.7') });
    const url = `${server.url('/paper.pdf')}#page=3`;
    const outcomes = await checkLinks([url], fastOptions());
    expect(outcomes.get(url)).toMatchObject({ kind: 'ok', fragment: 'not-checked' });
  });

  it('leaves #top, text fragments and single-page-app routes alone and uses HEAD for them', async () => {
    const server = await serve({ '/app': html('app') });
    const urls = ['#top', '#:~:text=cohort', '#/datasets/42', '#!/x'].map((f) => server.url('/app') + f);
    const outcomes = await checkLinks(urls, fastOptions());
    for (const url of urls) expect(outcomes.get(url)).toMatchObject({ kind: 'ok' });
    expect(server.count('/app', 'GET')).toBe(0);
  });

  it('checks the fragment on the page a redirect leads to', async () => {
    const server = await serve({ '/old': redirect(301, '/new'), '/new': page });
    const found = `${server.url('/old')}#methods`;
    const missing = `${server.url('/old')}#nothing`;
    const outcomes = await checkLinks([found, missing], fastOptions());
    expect(outcomes.get(found)).toMatchObject({ kind: 'redirect', to: `${server.url('/new')}#methods` });
    expect(outcomes.get(missing)).toMatchObject({ kind: 'fragment-missing', fragment: 'nothing' });
  });

  it('reports the page, not the fragment, when the page itself is dead', async () => {
    const server = await serve({ '/gone': byMethod({ GET: status(410) }) });
    const url = `${server.url('/gone')}#methods`;
    const outcomes = await checkLinks([url], fastOptions());
    expect(outcomes.get(url)).toEqual({ kind: 'dead', reason: 'gone', status: 410 });
  });
});

describe('AnchorScanner', () => {
  it('finds the same ids however the HTML is cut into chunks', () => {
    const text =
      '<!doctype html><html><head><meta name="viewport"></head><body>' +
      '<h2 id="alpha">A</h2><div data-id="beta">no</div><a name = "gamma">g</a>' +
      '<p id=\'delta\'>d</p><span id=epsilon></span></body></html>';
    const wanted = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set([0, ...cuts, text.length])].sort((a, b) => a - b);
        const scanner = new AnchorScanner(wanted);
        for (let i = 1; i < points.length; i++) scanner.feed(text.slice(points[i - 1], points[i]));
        scanner.finish();
        expect(wanted.filter((w) => scanner.has(w))).toEqual(['alpha', 'gamma', 'delta', 'epsilon']);
      }),
    );
  });

  it('is done once every wanted fragment is found', () => {
    const scanner = new AnchorScanner(['a', 'b']);
    scanner.feed('<p id="a"></p><');
    expect(scanner.done).toBe(false);
    scanner.feed('p id="user-content-b"></p>');
    scanner.finish();
    expect(scanner.done).toBe(true);
  });
});

describe('isCheckableFragment', () => {
  it.each([
    ['methods', 'https://example.org/', true],
    ['', 'https://example.org/', false],
    ['top', 'https://example.org/', false],
    [':~:text=x', 'https://example.org/', false],
    ['/route', 'https://example.org/', false],
    ['L10-L20', 'https://github.com/o/r/blob/main/x.py', false],
    ['L10', 'https://example.org/', true],
  ])('says %j on %s is checkable: %s', (fragment, url, expected) => {
    expect(isCheckableFragment(fragment, new URL(url))).toBe(expected);
  });
});
