/**
 * `no-http-link` with `--fix`: the `https` form of an `http` link is asked once, under the same
 * rules as every request; `link-redirect` to another host is a suggestion. Against a real server
 * on 127.0.0.1 (a test resolver maps the names to it).
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { CACHE_VERSION } from '../../src/links/index.js';
import { fixFiles, lintFiles } from '../../src/pipeline/index.js';
import { html, redirect } from '../helpers/http-server.js';
import { selfSignedCertificate } from '../helpers/http-tls.js';
import { tempDir } from '../helpers/temp-dir.js';
import { fastOptions, loopbackLookup, serve } from '../links/support.js';

/**
 * One site on a loopback address of its own, plain HTTP on port 80 and TLS on 443, so
 * `http://data.test/page` and its https form are one site, as on the web. Binding those ports
 * needs root (CI runs as root); elsewhere the caller skips. Each request is logged with its scheme.
 */
async function siteOnDefaultPorts(tls: { key: string; cert: string }, host: string): Promise<{ requests: string[]; close: () => Promise<void> } | null> {
  const requests: string[] = [];
  const answer = (scheme: string) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    requests.push(`${scheme} ${req.method ?? ''} ${req.url ?? ''}`);
    res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Page</h1>');
  };
  const servers = [http.createServer(answer('http')), https.createServer(tls, answer('https'))];
  try {
    await Promise.all(servers.map((server, index) => new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(index === 0 ? 80 : 443, host, resolve);
    })));
  } catch {
    for (const server of servers) server.close();
    return null;
  }
  const close = async (): Promise<void> => {
    for (const server of servers) server.closeAllConnections();
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  };
  return { requests, close };
}

describe('no-http-link with --fix', () => {
  const closers: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  it('fixes an http link whose https form answers as the same live page, asking it once', async (context) => {
    const tls = await selfSignedCertificate(['data.test']);
    if (!tls) return context.skip('openssl is not on PATH to make a test certificate');
    const server = await siteOnDefaultPorts(tls, '127.0.0.9');
    if (!server) return context.skip('ports 80 and 443 of 127.0.0.9 cannot be bound here (not root, or taken)');
    closers.push(server.close);
    const url = 'http://data.test/page';
    const cwd = tempDir({ 'README.md': `# L\n\n## Data\n\n- [A](${url}) - One.\n` });
    const links = fastOptions({ lookup: loopbackLookup({ 'data.test': '127.0.0.9' }), trustedCa: tls.cert });
    const { results, fixed } = await fixFiles(['README.md'], { config: resolveConfig({}, null), cwd, links });
    expect(fixed.map((file) => file.after)).toEqual([`# L\n\n## Data\n\n- [A](${url.replace('http://', 'https://')}) - One.\n`]);
    expect(results[0]?.diagnostics.filter((d) => d.ruleId === 'no-http-link')).toEqual([]);
    // The link and its https form were each asked once, through the same checker; the fixed
    // URL is not asked again.
    expect([...server.requests].sort()).toEqual(['http HEAD /page', 'https HEAD /page']);
  });

  it('suggests (does not fix) the https form when it does not answer as the same live page', async () => {
    const server = await serve({ '/page': html('<h1>Page</h1>') });
    const url = `http://data.test:${new URL(server.origin).port}/page`;
    const cwd = tempDir({ 'README.md': `# L\n\n## Data\n\n- [A](${url}) - One.\n` });
    const config = resolveConfig({}, null);
    const links = fastOptions({ lookup: loopbackLookup({ 'data.test': '127.0.0.1' }) });
    const { results, fixed } = await fixFiles(['README.md'], { config, cwd, links });
    expect(fixed).toEqual([]);
    const finding = results[0]?.diagnostics.find((d) => d.ruleId === 'no-http-link');
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions?.map((s) => s.edits.map((e) => e.text))).toEqual([[url.replace('http://', 'https://')]]);
    // The http page itself was asked, once.
    expect(server.requests.filter((request) => request.path === '/page').length).toBeGreaterThan(0);
  });

  it('asks nothing extra and offers nothing without --fix', async () => {
    const server = await serve({ '/page': html('<h1>Page</h1>') });
    const url = `http://data.test:${new URL(server.origin).port}/page`;
    const cwd = tempDir({ 'README.md': `# L\n\n## Data\n\n- [A](${url}) - One.\n` });
    const lookup = loopbackLookup({ 'data.test': '127.0.0.1' });
    const results = await lintFiles(['README.md'], { config: resolveConfig({}, null), cwd, links: fastOptions({ lookup }) });
    const finding = results[0]?.diagnostics.find((d) => d.ruleId === 'no-http-link');
    expect(finding).toBeDefined();
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions).toBeUndefined();
  });
});

describe('link-redirect with --fix', () => {
  it('only suggests a permanent redirect to another host', async () => {
    const server = await serve({ '/page': html('<h1>Page</h1>') });
    const port = new URL(server.origin).port;
    server.route('/old', redirect(301, `http://new.test:${port}/page`));
    const url = `http://old.test:${port}/old`;
    const cwd = tempDir({ 'README.md': `# L\n\n## Data\n\n- [A](${url}) - One.\n` });
    const links = fastOptions({ lookup: loopbackLookup({ 'old.test': '127.0.0.1', 'new.test': '127.0.0.1' }) });
    const { results, fixed } = await fixFiles(['README.md'], { config: resolveConfig({ rules: { 'no-http-link': 'off' } }, null), cwd, links });
    expect(fixed).toEqual([]);
    const finding = results[0]?.diagnostics.find((d) => d.ruleId === 'link-redirect');
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions?.map((s) => s.edits.map((e) => e.text))).toEqual([[`http://new.test:${port}/page`]]);
  });
});

describe('link fixes write only URLs that stand as written', () => {
  const list = (links: string[]): string => `# L\n\n## Data\n\n${links.map((link, index) => `- ${link} - Dataset ${index + 1} of chest images.`).join('\n')}\n`;
  const config = resolveConfig({ rules: { 'no-http-link': 'off' } }, null);

  it('does not write a same-host redirect whose Location carries Markdown or ends an HTML attribute, and reports it without an edit', async () => {
    const server = await serve({ '/t.png': html('png') });
    const image = `/b)![x](${server.url('/t.png')}`;
    const attribute = "/c'onmouseover='alert(1)";
    server.route('/a', redirect(301, image));
    server.route(image, html('<h1>B</h1>'));
    server.route('/html', redirect(301, attribute));
    server.route(attribute, html('<h1>C</h1>'));
    const before = list([`[Alpha](${server.url('/a')})`, `<a href='${server.url('/html')}'>Beta</a>`]);
    const cwd = tempDir({ 'README.md': before });
    const { results, fixed } = await fixFiles(['README.md'], { config, cwd, links: fastOptions() });
    expect(fixed).toEqual([]);
    expect(readFileSync(path.join(cwd, 'README.md'), 'utf8')).toBe(before);
    const redirects = results[0]?.diagnostics.filter((d) => d.ruleId === 'link-redirect') ?? [];
    expect(redirects.map((d) => [d.line, d.fix, d.suggestions])).toEqual([
      [5, undefined, undefined],
      [6, undefined, undefined],
    ]);
  });

  it('does not write a redirect read from a forged link cache either', async () => {
    const from = 'http://127.0.0.1:9/a';
    const to = 'http://127.0.0.1:9/b)![x](http://127.0.0.1:9/t.png';
    const outcome = { kind: 'redirect', status: 200, to, chain: [{ url: from, status: 301, location: to }], via: 'http' };
    const cache = JSON.stringify({ version: CACHE_VERSION, entries: { [from]: { checkedAt: new Date().toISOString(), outcome } } });
    const before = list([`[Alpha](${from})`]);
    const cwd = tempDir({ 'README.md': before, '.medlintcache': cache });
    const links = fastOptions({ cache: { path: path.join(cwd, '.medlintcache'), maxAgeMs: 60_000 } });
    const { results, fixed } = await fixFiles(['README.md'], { config, cwd, links });
    expect(fixed).toEqual([]);
    // The answer came from the cache (port 9 would refuse): the redirect is reported, with no edit.
    const finding = results[0]?.diagnostics.find((d) => d.ruleId === 'link-redirect');
    expect(finding).toMatchObject({ line: 5, actual: from });
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions).toBeUndefined();
  });

  it('still fixes a same-host redirect to a URL with balanced parentheses and a query', async () => {
    const server = await serve({ '/wiki/Alpha_(dataset)': html('<h1>Alpha</h1>') });
    server.route('/a', redirect(301, '/wiki/Alpha_(dataset)?v=2&lang=en'));
    const cwd = tempDir({ 'README.md': list([`[Alpha](${server.url('/a')})`]) });
    const { fixed } = await fixFiles(['README.md'], { config, cwd, links: fastOptions() });
    expect(fixed.map((file) => file.after)).toEqual([list([`[Alpha](${server.url('/wiki/Alpha_(dataset)?v=2&lang=en')})`])]);
  });
});
