import { describe, expect, it } from 'vitest';
import { apiUrlUnder } from '../../../src/links/resolvers/api-path.js';
import { githubTargetOf } from '../../../src/links/resolvers/github.js';
import { checkLinks } from '../../../src/links/index.js';
import { html, json, redirect, status, type TestServer } from '../../helpers/http-server.js';
import { fastOptions, loopbackLookup, serve } from '../support.js';

const TOKEN = 'ghp_test_token_0123456789';

/** Every header value any request to `server` carried, joined: the token must not be in it. */
function everythingSentTo(server: TestServer): string {
  return JSON.stringify(server.requests.map((r) => r.headers));
}

/** A stand-in for api.github.com with one repository and one file. */
async function githubApi(): Promise<TestServer> {
  return serve({
    '/repos/medlint/datasets': json({ full_name: 'medlint/datasets', html_url: 'https://github.com/medlint/datasets' }),
    '/repos/medlint/datasets/contents/data/cohort.csv': (req, res) => {
      const ref = new URL(req.url ?? '/', 'http://x').searchParams.get('ref');
      const found = ref === 'main' || ref === 'feature/x';
      res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(found ? { html_url: `https://github.com/medlint/datasets/blob/${ref}/data/cohort.csv` } : { message: 'Not Found' }));
    },
  });
}

describe('github.com links through the REST API (token given)', () => {
  it('checks a repository with GET /repos/{owner}/{repo} and the token as a Bearer header', async () => {
    const api = await githubApi();
    const url = 'https://github.com/medlint/datasets';
    const outcomes = await checkLinks([url], fastOptions({ githubToken: TOKEN, githubApiUrl: api.origin }));
    expect(outcomes.get(url)).toEqual({ kind: 'ok', status: 200, via: 'github-api' });
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(api.requests[0]?.headers.accept).toBe('application/vnd.github+json');
  });

  it('reports a missing repository as dead', async () => {
    const api = await githubApi();
    const url = 'https://github.com/medlint/deleted-repo';
    const outcomes = await checkLinks([url], fastOptions({ githubToken: TOKEN, githubApiUrl: api.origin }));
    expect(outcomes.get(url)).toEqual({ kind: 'dead', reason: 'github-not-found', status: 404 });
  });

  it('checks a file through the contents API with its ref', async () => {
    const api = await githubApi();
    const url = 'https://github.com/medlint/datasets/blob/main/data/cohort.csv';
    const missing = 'https://github.com/medlint/datasets/blob/main/data/absent.csv';
    const outcomes = await checkLinks([url, missing], fastOptions({ githubToken: TOKEN, githubApiUrl: `${api.origin}/` }));
    expect(outcomes.get(url)).toMatchObject({ kind: 'ok', via: 'github-api' });
    expect(outcomes.get(missing)).toMatchObject({ kind: 'dead', reason: 'github-not-found' });
  });

  it('finds a file on a branch whose name contains a slash', async () => {
    const api = await githubApi();
    const url = 'https://github.com/medlint/datasets/tree/feature/x/data/cohort.csv';
    const outcomes = await checkLinks([url], fastOptions({ githubToken: TOKEN, githubApiUrl: api.origin }));
    expect(outcomes.get(url)).toMatchObject({ kind: 'ok', via: 'github-api' });
    expect(api.count('/repos/medlint/datasets/contents/x/data/cohort.csv')).toBe(1);
    expect(api.count('/repos/medlint/datasets/contents/data/cohort.csv')).toBe(1);
  });

  it('reports a renamed repository as a redirect to its new URL', async () => {
    const api = await serve({
      '/repos/old-owner/datasets': redirect(301, '/repositories/42'),
      '/repositories/42': json({ full_name: 'new-owner/datasets', html_url: 'https://github.com/new-owner/datasets' }),
    });
    const url = 'https://github.com/old-owner/datasets';
    const outcomes = await checkLinks([url], fastOptions({ githubToken: TOKEN, githubApiUrl: api.origin }));
    expect(outcomes.get(url)).toMatchObject({ kind: 'redirect', to: 'https://github.com/new-owner/datasets', via: 'github-api' });
    expect(api.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
  });

  it('reports an exhausted API rate limit as unverified, not dead', async () => {
    const api = await serve({ '/repos/medlint/datasets': status(403, { 'x-ratelimit-remaining': '0' }) });
    const url = 'https://github.com/medlint/datasets';
    const outcomes = await checkLinks([url], fastOptions({ githubToken: TOKEN, githubApiUrl: api.origin }));
    expect(outcomes.get(url)).toMatchObject({ kind: 'unverified', reason: 'rate-limited' });
  });
});

describe('the token goes to the GitHub API host only', () => {
  it('never sends the token to a redirect target on another host, even a github.com lookalike', async () => {
    const lookalike = await serve({ '/repositories/1': json({ html_url: 'https://github.com/evil/datasets' }) });
    const lookalikeUrl = `http://api.github.com.evil.example:${lookalike.port}/repositories/1`;
    const api = await serve({ '/repos/medlint/datasets': redirect(301, lookalikeUrl) });
    const outcomes = await checkLinks(
      ['https://github.com/medlint/datasets'],
      fastOptions({ githubToken: TOKEN, githubApiUrl: api.origin, lookup: loopbackLookup({ 'api.github.com.evil.example': '127.0.0.1' }) }),
    );
    // Followed without the token, and the foreign host's `html_url` is not taken as the new URL.
    expect(outcomes.get('https://github.com/medlint/datasets')).toMatchObject({ kind: 'ok' });
    expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(lookalike.requests).toHaveLength(1);
    expect(lookalike.requests[0]?.headers.authorization).toBeUndefined();
    expect(everythingSentTo(lookalike)).not.toContain(TOKEN);
  });

  it('never sends the token with ordinary page checks, or to the same address on another port', async () => {
    const page = await serve({ '/page': html('hi'), '/moved': redirect(301, '/page') });
    const api = await serve({ '/repos/medlint/datasets': json({}) });
    const urls = [page.url('/page'), page.url('/moved'), `${page.url('/page')}#section`];
    await checkLinks(urls, fastOptions({ githubToken: TOKEN, githubApiUrl: api.origin }));
    expect(page.requests.length).toBeGreaterThanOrEqual(3);
    expect(everythingSentTo(page)).not.toContain(TOKEN);
    expect(api.requests).toHaveLength(0);
  });

  it('without a token, checks github.com links as ordinary pages and never calls the API', async () => {
    // `github.com` resolves to this loopback server, so nothing leaves the machine.
    const site = await serve({ '/medlint/datasets': html('<h2 id="user-content-install">Install</h2>') });
    const api = await serve();
    const url = `http://github.com:${site.port}/medlint/datasets#install`;
    const outcomes = await checkLinks([url], fastOptions({ githubApiUrl: api.origin, lookup: loopbackLookup({ 'github.com': '127.0.0.1' }) }));
    expect(outcomes.get(url)).toMatchObject({ kind: 'ok', fragment: 'found', via: 'http' });
    expect(api.requests).toHaveLength(0);
    expect(site.requests[0]?.headers.authorization).toBeUndefined();
  });
});

describe('dot segments never reach the GitHub API (issue 10, item 7)', () => {
  it.each([
    'https://github.com/o/r/blob/main/..%2F..%2F..%2Flogin',
    'https://github.com/o/r/blob/main/%2e%2e/%2e%2e/%2e%2e/user/installations',
    'https://github.com/%2e%2e/r',
    'https://github.com/o/%2E%2E',
  ])('checks %s without a token-bearing API request outside /repos/', async (url) => {
    const api = await githubApi();
    await checkLinks([url], fastOptions({ githubToken: TOKEN, githubApiUrl: api.origin }));
    expect(api.requests.filter((request) => !request.path.startsWith('/repos/') || request.path.includes('/../'))).toEqual([]);
    expect(githubTargetOf(new URL(url))).toBeNull();
  });

  it('builds API URLs from checked parts only', () => {
    const base = new URL('https://api.example/v3/');
    expect(apiUrlUnder(base, ['repos', 'o', 'r', 'contents', 'a b', '#x'])?.href).toBe('https://api.example/v3/repos/o/r/contents/a%20b/%23x');
    expect(apiUrlUnder(base, ['repos', 'o', '..', 'login'])).toBeNull();
    expect(apiUrlUnder(base, ['repos', 'o', 'r', 'contents', '../../../login'])).toBeNull();
    expect(apiUrlUnder(base, ['repos', 'o', 'r', 'contents', '.'])).toBeNull();
  });
});

describe('githubTargetOf', () => {
  it.each([
    ['https://github.com/owner/repo', { kind: 'repo', owner: 'owner', repo: 'repo' }],
    ['https://github.com/owner/repo.git', { kind: 'repo', owner: 'owner', repo: 'repo' }],
    ['https://www.github.com/owner/repo/', { kind: 'repo', owner: 'owner', repo: 'repo' }],
    ['https://github.com/owner/repo/blob/main/a/b.md', { kind: 'path', owner: 'owner', repo: 'repo', mode: 'blob', rest: ['main', 'a', 'b.md'] }],
    ['https://github.com/owner/repo/issues/1', null],
    ['https://github.com/owner', null],
    ['https://github.com/orgs/owner/repositories', null],
    ['https://gitlab.com/owner/repo', null],
  ])('reads %s', (url, expected) => {
    expect(githubTargetOf(new URL(url))).toEqual(expected);
  });
});
