/**
 * github.com repository and file links, checked through the GitHub REST API when a token is
 * given: `GET /repos/{owner}/{repo}` and `GET /repos/{owner}/{repo}/contents/{path}?ref={ref}`.
 * The token goes to the API's origin only (`githubApiUrl`); a redirect elsewhere is followed
 * without it. Without a token, github.com links are checked like any page.
 */
import { headerValue, requestWithRetries, type CheckContext } from '../http/index.js';
import type { LinkOutcome, RedirectHop } from '../../results/link-outcome.js';
import type { RegistryRecord } from '../../results/registry-record.js';
import { apiUrlUnder, hasDotSegment } from './api-path.js';
import { REQUESTED_SCHEMES } from '../policy/index.js';
import { failureOutcome, responseOutcome } from '../outcome/index.js';

export type GithubTarget =
  | { kind: 'repo'; owner: string; repo: string }
  | { kind: 'path'; owner: string; repo: string; mode: 'blob' | 'tree'; rest: string[] };

/** First path segments that are GitHub pages, not owners. */
const RESERVED_OWNERS: ReadonlySet<string> = new Set([
  'about', 'apps', 'collections', 'contact', 'customer-stories', 'enterprise', 'explore', 'features',
  'issues', 'join', 'login', 'logout', 'marketplace', 'new', 'notifications', 'orgs', 'organizations',
  'pricing', 'pulls', 'search', 'security', 'settings', 'site', 'sponsors', 'topics', 'trending', 'users',
]);

/** The repository or file a github.com link names, or null for other github.com pages. */
export function githubTargetOf(url: URL): GithubTarget | null {
  const host = url.hostname.toLowerCase();
  if (host !== 'github.com' && host !== 'www.github.com') return null;
  let segments: string[];
  try {
    segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
  // `..%2F..%2Flogin` would climb out of `/repos/…` in the token-bearing API request.
  if (hasDotSegment(segments)) return null;
  const [owner, rawRepo, mode, ...rest] = segments;
  if (!owner || !rawRepo || RESERVED_OWNERS.has(owner.toLowerCase())) return null;
  const repo = rawRepo.replace(/\.git$/, '');
  if (mode === undefined) return { kind: 'repo', owner, repo };
  if ((mode === 'blob' || mode === 'tree') && rest.length > 0) return { kind: 'path', owner, repo, mode, rest };
  return null;
}

/** Ref/path splits to try: a branch may contain `/`, so `a/b/c` is ref `a` + `b/c`, then `a/b` + `c`. */
function candidates(target: Extract<GithubTarget, { kind: 'path' }>): Array<{ ref: string; path: string }> {
  const out: Array<{ ref: string; path: string }> = [];
  const maxRefSegments = Math.min(target.rest.length, 4);
  for (let i = 1; i <= maxRefSegments; i++) {
    const path = target.rest.slice(i).join('/');
    if (path === '' && target.mode === 'blob') continue;
    out.push({ ref: target.rest.slice(0, i).join('/'), path });
  }
  return out;
}

export interface GithubOptions {
  token: string;
  apiUrl: string;
}

interface ApiAnswer {
  outcome: LinkOutcome;
  status: number | null;
}

export async function checkGithub(ctx: CheckContext, target: GithubTarget, options: GithubOptions): Promise<LinkOutcome> {
  let base: URL;
  try {
    base = new URL(options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`);
  } catch {
    return { kind: 'skipped', reason: 'invalid-url' };
  }
  const repoApi = apiUrlUnder(base, ['repos', target.owner, target.repo]);
  if (repoApi === null) return { kind: 'skipped', reason: 'invalid-url' };
  if (target.kind === 'repo') {
    return (await apiGet(ctx, repoApi, base, options.token, `https://github.com/${target.owner}/${target.repo}`, true)).outcome;
  }
  let last: ApiAnswer | null = null;
  for (const { ref, path } of candidates(target)) {
    const api = apiUrlUnder(base, ['repos', target.owner, target.repo, 'contents', ...(path === '' ? [] : path.split('/'))]);
    if (api === null) return { kind: 'skipped', reason: 'invalid-url' };
    api.searchParams.set('ref', ref);
    const written = `https://github.com/${target.owner}/${target.repo}/${target.mode}/${target.rest.join('/')}`;
    last = await apiGet(ctx, api, base, options.token, written);
    // Only "not found" means "try the next split"; anything else is the answer.
    if (last.status !== 404) return last.outcome;
  }
  return last?.outcome ?? { kind: 'dead', reason: 'github-not-found', status: 404 };
}

const MAX_API_REDIRECTS = 3;

/** One API call, following redirects by hand; the token is sent only while on the API's origin. */
async function apiGet(ctx: CheckContext, first: URL, base: URL, token: string, written: string, repository = false): Promise<ApiAnswer> {
  const chain: RedirectHop[] = [];
  let url = first;
  for (;;) {
    const sameOrigin = url.origin === base.origin;
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(sameOrigin ? { authorization: `Bearer ${token}` } : {}),
    };
    // A repository's body holds its licence and archived state; after a redirect the body names
    // the new location (`html_url`); a file's body is not needed.
    const body = repository || chain.length > 0 ? ({ kind: 'text', maxBytes: 1024 * 1024 } as const) : ({ kind: 'none' } as const);
    const { exchange, attempts } = await requestWithRetries(ctx, url, 'GET', body, {
      extraHeaders: headers,
      started: chain.length > 0,
    });
    if (exchange.type === 'failure') return { outcome: failureOutcome(exchange.failure, attempts), status: null };
    const { status, headers: responseHeaders, text } = exchange.response;
    const location = headerValue(responseHeaders, 'location');
    if ([301, 302, 307, 308].includes(status) && location && chain.length < MAX_API_REDIRECTS) {
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        return { outcome: { kind: 'unreachable', reason: 'invalid-response', attempts, status }, status };
      }
      if (!REQUESTED_SCHEMES.has(next.protocol)) {
        return { outcome: { kind: 'unverified', reason: 'unsupported-redirect', status }, status };
      }
      chain.push({ url: url.href, status, location: next.href });
      url = next;
      continue;
    }
    if (status === 404) return { outcome: { kind: 'dead', reason: 'github-not-found', status }, status };
    if (status === 403 && headerValue(responseHeaders, 'x-ratelimit-remaining') === '0') {
      return { outcome: { kind: 'unverified', reason: 'rate-limited', status, attempts }, status };
    }
    if (status === 200) {
      // A new location is taken only from the API itself, never from a host it redirected to.
      const moved = chain.length > 0 && sameOrigin ? movedTo(text, written) : null;
      const record = repository && sameOrigin ? repositoryRecord(text, moved ?? written) : null;
      const facts = record === null ? {} : { record };
      const outcome: LinkOutcome = moved === null ? { kind: 'ok', status, via: 'github-api', ...facts } : { kind: 'redirect', status, to: moved, chain, via: 'github-api', ...facts };
      return { outcome, status };
    }
    return {
      outcome: responseOutcome(status, responseHeaders, { accept: ctx.accept, chain: [], attempts, via: 'github-api', start: url.href }),
      status,
    };
  }
}

/**
 * A repository's facts from its API body: `license.spdx_id` (GitHub's `NOASSERTION` is no
 * licence medlint can compare) and `archived`. Null when the body is not a repository.
 */
function repositoryRecord(text: string | undefined, url: string): RegistryRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '');
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !('archived' in value) || typeof value.archived !== 'boolean') return null;
  const licence = 'license' in value && typeof value.license === 'object' && value.license !== null && 'spdx_id' in value.license ? value.license.spdx_id : null;
  return {
    registry: 'github',
    url,
    access: null,
    licenses: typeof licence === 'string' && licence !== 'NOASSERTION' && licence.trim() !== '' ? [licence] : [],
    newer: null,
    archived: value.archived,
  };
}

/** The renamed repository's (or file's) github.com URL from an API body, when it differs from the link. */
function movedTo(text: string | undefined, written: string): string | null {
  if (text === undefined) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || !('html_url' in value) || typeof value.html_url !== 'string') {
      return null;
    }
    const html = new URL(value.html_url);
    if (html.protocol !== 'https:' || html.hostname !== 'github.com') return null;
    const same = html.href.replace(/\/$/, '').toLowerCase() === written.replace(/\/$/, '').toLowerCase();
    return same ? null : html.href;
  } catch {
    return null;
  }
}
