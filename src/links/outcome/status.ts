/**
 * From what happened to what it means: a status code, a network failure or the end of a redirect
 * chain becomes a `LinkOutcome`. Blocked is not dead: only proof of absence (404, 410, a name that
 * does not exist, a refused connection) is dead; bot walls, challenges, login walls and rate
 * limits are "unverified"; timeouts, resets, 5xx and TLS errors are "unreachable".
 */
import { headerValue, type Failure, type Headers, type PageResult } from '../http/index.js';
import type { CheckedVia, LinkOutcome, RedirectHop } from '../../results/link-outcome.js';

export type StatusClass =
  | 'ok'
  | 'not-found'
  | 'gone'
  | 'blocked'
  | 'challenge'
  | 'rate-limited'
  | 'server-error'
  | 'unexpected';

/** Statuses servers use to turn automated clients away (999: LinkedIn and others). */
const BLOCKED_STATUSES: ReadonlySet<number> = new Set([401, 402, 403, 451, 999]);

/** What a final (non-redirect) answer says about the page. */
export function classifyStatus(status: number, headers: Headers, accept: ReadonlySet<number>): StatusClass {
  // Cloudflare marks its challenge pages, whatever their status.
  if (headerValue(headers, 'cf-mitigated') !== undefined) return 'challenge';
  if (accept.has(status) || (status >= 200 && status < 300)) return 'ok';
  if (status === 404) return 'not-found';
  if (status === 410) return 'gone';
  if (status === 429) return 'rate-limited';
  if (BLOCKED_STATUSES.has(status)) return 'blocked';
  if (status >= 500 && status < 600) return 'server-error';
  return 'unexpected';
}

const LOGIN_SEGMENT =
  /(?:^|\/)(?:log-?in|sign-?in|sign_in|logon|sso|auth|authenticate|authorize|oauth2?|cas|saml2?|idp)(?:[/.;]|$)/i;
const LOGIN_HOST = /^(?:login|signin|sso|auth|accounts|idp|cas)\./i;

/** A URL that looks like a login page (path segment or host name). */
export function isLoginUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return LOGIN_HOST.test(parsed.hostname) || LOGIN_SEGMENT.test(parsed.pathname);
  } catch {
    return false;
  }
}

/** The URL to suggest: the end of the leading run of permanent redirects, or null when it starts temporary. */
export function permanentTarget(chain: readonly RedirectHop[]): string | null {
  let target: string | null = null;
  for (const hop of chain) {
    if (hop.status !== 301 && hop.status !== 308) break;
    target = hop.location;
  }
  return target;
}

function withChain<T extends object>(outcome: T, chain: readonly RedirectHop[]): T & { chain?: RedirectHop[] } {
  return chain.length > 0 ? { ...outcome, chain: [...chain] } : outcome;
}

/** The outcome of a network failure after the retries. */
export function failureOutcome(failure: Failure, attempts: number, chain: readonly RedirectHop[] = []): LinkOutcome {
  switch (failure.kind) {
    case 'dns-not-found':
      return withChain({ kind: 'dead', reason: 'dns-not-found', code: failure.code }, chain);
    case 'refused':
      return withChain({ kind: 'dead', reason: 'connection-refused', code: failure.code }, chain);
    case 'private-address':
      return withChain(
        { kind: 'skipped', reason: 'private-address', address: failure.address, range: failure.range },
        chain,
      );
    case 'timeout':
    case 'reset':
    case 'tls':
    case 'invalid-response':
    case 'dns-temporary':
    case 'network':
      return withChain({ kind: 'unreachable', reason: failure.kind, attempts, code: failure.code }, chain);
    case 'status':
      return withChain({ kind: 'unreachable', reason: 'server-error', attempts, status: failure.status }, chain);
  }
}

/** The outcome of a final HTTP answer, reached through `chain`. */
export function responseOutcome(
  status: number,
  headers: Headers,
  options: { accept: ReadonlySet<number>; chain: readonly RedirectHop[]; attempts: number; via: CheckedVia; start: string },
): LinkOutcome {
  const { chain, attempts, via } = options;
  const final = chain.at(-1)?.location;
  if (final !== undefined && isLoginUrl(final) && !isLoginUrl(options.start)) {
    return { kind: 'unverified', reason: 'login-wall', status, chain: [...chain] };
  }
  const statusClass = classifyStatus(status, headers, options.accept);
  switch (statusClass) {
    case 'ok': {
      const to = permanentTarget(chain);
      if (to !== null) return { kind: 'redirect', status, to, chain: [...chain], via };
      return withChain({ kind: 'ok', status, via }, chain);
    }
    case 'not-found':
      return withChain({ kind: 'dead', reason: 'not-found', status }, chain);
    case 'gone':
      return withChain({ kind: 'dead', reason: 'gone', status }, chain);
    case 'blocked':
      return withChain({ kind: 'unverified', reason: 'blocked', status }, chain);
    case 'challenge':
      return withChain({ kind: 'unverified', reason: 'challenge', status }, chain);
    case 'rate-limited':
      return withChain({ kind: 'unverified', reason: 'rate-limited', status, attempts }, chain);
    case 'server-error':
      return withChain({ kind: 'unreachable', reason: 'server-error', status, attempts }, chain);
    case 'unexpected':
      return withChain({ kind: 'unverified', reason: 'unexpected-status', status }, chain);
  }
}

/** The outcome of a whole page check (the URL without its fragment). */
export function pageOutcome(result: PageResult, accept: ReadonlySet<number>, start: string): LinkOutcome {
  switch (result.type) {
    case 'response':
      return responseOutcome(result.response.status, result.response.headers, {
        accept,
        chain: result.chain,
        attempts: result.attempts,
        via: 'http',
        start,
      });
    case 'failure':
      return failureOutcome(result.failure, result.attempts, result.chain);
    case 'redirect-loop':
      return { kind: 'dead', reason: 'redirect-loop', chain: [...result.chain] };
    case 'too-many-redirects':
      return { kind: 'dead', reason: 'too-many-redirects', chain: [...result.chain] };
    case 'unsupported-redirect':
      return { kind: 'unverified', reason: 'unsupported-redirect', chain: [...result.chain] };
    case 'invalid-redirect':
      return withChain(
        { kind: 'unreachable', reason: 'invalid-response', attempts: 1, status: result.status },
        result.chain,
      );
  }
}

/**
 * The outcome for one URL as written, given its page's outcome: a live page (ok or redirect)
 * without the wanted fragment becomes `fragment-missing`; a fragment that could not be looked
 * for (not HTML, body cap reached) leaves the page's outcome, marked `not-checked` when ok.
 */
export function fragmentOutcome(
  page: LinkOutcome,
  result: PageResult | null,
  fragment: string,
  hash: string,
): LinkOutcome {
  if (page.kind !== 'ok' && page.kind !== 'redirect') return page;
  const anchors = result?.type === 'response' ? result.response.anchors : undefined;
  const found = anchors?.found.has(fragment) ?? false;
  const provablyMissing = anchors !== undefined && anchors.html && anchors.complete && !found;
  if (provablyMissing) {
    return withChain({ kind: 'fragment-missing', fragment, status: page.status }, page.chain ?? []);
  }
  if (page.kind === 'redirect') {
    // Suggest the new URL with the fragment the author wrote.
    const to = new URL(page.to);
    if (to.hash === '') to.hash = hash;
    return { ...page, to: to.href };
  }
  return { ...page, fragment: found ? 'found' : 'not-checked' };
}
