/**
 * Checks one page over HTTP: retries (under the scheduler's limits), HEAD first with GET when HEAD
 * is refused or answered oddly, and redirects followed by hand (each hop goes back through the
 * policy, the scheduler and the private-address check of its own host).
 */
import { headerValue, requestOnce, type BodyNeed, type ClientContext, type Exchange, type HttpResponse } from './client.js';
import type { Failure } from './failure.js';
import type { RedirectHop } from '../../results/link-outcome.js';
import { REQUESTED_SCHEMES } from '../policy/index.js';
import { isRetryableStatus, parseRetryAfter, shouldRetry, type RetryPolicy, type Scheduler } from '../schedule/index.js';

/** Everything one run shares: connections, limits, retry policy, what was learnt about hosts. */
export interface CheckContext {
  client: ClientContext;
  scheduler: Scheduler;
  retry: RetryPolicy;
  /** Status codes taken as alive besides 2xx. */
  accept: ReadonlySet<number>;
  maxRedirects: number;
  maxBodyBytes: number;
  /** Hosts that answered HEAD with 405 or 501: later requests to them start with GET. */
  noHead: Set<string>;
  /**
   * Timed-out attempts per host since its last answer (optional: a context without it never
   * gives a host up). A host at `HOST_GIVE_UP_TIMEOUTS` is given up: see `requestWithRetries`.
   */
  hostTimeouts?: Map<string, number>;
  /** Waits between attempts (backoff, Retry-After) without holding a place in the admission window. */
  wait: (ms: number) => Promise<void>;
}

export interface Attempted {
  exchange: Exchange;
  /** Attempts made for this request (1 + retries). */
  attempts: number;
}

const NO_BODY: BodyNeed = { kind: 'none' };

/**
 * Timed-out attempts in a row (no answer from the host between them) after which a host is given
 * up for the rest of the run: its remaining requests end at once as timed out, so they are
 * reported unreachable. Without it a host that never answers cost `timeout × (timeoutRetries + 1)`
 * for every URL on it, `perHost` at a time: with 1,000 URLs, the defaults (15 s, one retry,
 * eight at a time) hold the run an hour. With it the wait on one host is at most about
 * `timeout × (HOST_GIVE_UP_TIMEOUTS / perHost + timeoutRetries + 1)`.
 */
export const HOST_GIVE_UP_TIMEOUTS = 8;

/** The failure a given-up host's requests end with, without a request. */
const GIVEN_UP: Exchange = { type: 'failure', failure: { kind: 'timeout', code: 'MEDLINT_HOST_GIVEN_UP' } };
/** HEAD answers that mean "this server does not do HEAD". */
const HEAD_REFUSED: ReadonlySet<number> = new Set([405, 501]);
const KNOWN_HEAD_REFUSAL: Exchange = { type: 'response', response: { status: 405, headers: {} } };
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** A response that calls for another attempt (408, 429, 5xx), as a failure for `shouldRetry`. */
function retryableFailure(exchange: Exchange, method: 'HEAD' | 'GET', accept: ReadonlySet<number>): Failure | null {
  if (exchange.type === 'failure') return exchange.failure;
  const { status, headers } = exchange.response;
  if (accept.has(status) || !isRetryableStatus(status)) return null;
  // An odd answer to HEAD (other than 429) is not retried as HEAD: GET is tried instead.
  if (method === 'HEAD' && status !== 429) return null;
  return { kind: 'status', status, retryAfterMs: parseRetryAfter(headerValue(headers, 'retry-after')) };
}

export interface RetryOptions {
  /** Headers that win over the defaults and the per-host headers. */
  extraHeaders?: Record<string, string>;
  /** Failed attempts already made for this URL (an earlier HEAD's), counted against the budget. */
  priorFailures?: number;
  /** Whether this URL is already under way (a redirect hop, the GET after a HEAD): served first. */
  started?: boolean;
}

/**
 * One request, repeated as `shouldRetry` decides. Each attempt takes its own scheduler slot; the
 * waits between attempts hold none. A 429 also slows the whole host down.
 */
export async function requestWithRetries(
  ctx: CheckContext,
  url: URL,
  method: 'HEAD' | 'GET',
  body: BodyNeed,
  options: RetryOptions = {},
): Promise<Attempted> {
  const { extraHeaders = {}, priorFailures = 0, started = false } = options;
  for (let attempt = priorFailures + 1; ; attempt++) {
    // Only the very first request of a URL waits behind the rest of the list.
    const urgent = started || attempt > 1;
    if ((ctx.hostTimeouts?.get(url.host) ?? 0) >= HOST_GIVE_UP_TIMEOUTS) return { exchange: GIVEN_UP, attempts: attempt };
    const exchange = await ctx.scheduler.run(
      url.host,
      () =>
        // Decided when the slot is free, not when queued: by then an earlier HEAD may have taught
        // us that this host refuses HEAD, and the answer is known without asking. Only for a first
        // attempt: a retry after a timeout must not turn into a fresh GET with a fresh budget.
        (ctx.hostTimeouts?.get(url.host) ?? 0) >= HOST_GIVE_UP_TIMEOUTS
          ? Promise.resolve(GIVEN_UP) // given up while this request waited for its slot
          : method === 'HEAD' && attempt === 1 && ctx.noHead.has(url.host)
          ? Promise.resolve(KNOWN_HEAD_REFUSAL)
          : requestOnce(ctx.client, url, method, body, extraHeaders).then((answer) => {
              // Learnt before the slot is released, so the next request in line already knows.
              if (method === 'HEAD' && answer.type === 'response' && HEAD_REFUSED.has(answer.response.status)) {
                ctx.noHead.add(url.host);
              }
              return answer;
            }),
      urgent,
    );
    if (exchange.type === 'response' && exchange.response.status !== 429) ctx.scheduler.recover(url.host);
    if (ctx.hostTimeouts) {
      if (exchange.type === 'failure' && exchange.failure.kind === 'timeout') ctx.hostTimeouts.set(url.host, (ctx.hostTimeouts.get(url.host) ?? 0) + 1);
      else if (exchange.type === 'response' && (ctx.hostTimeouts.get(url.host) ?? 0) < HOST_GIVE_UP_TIMEOUTS) ctx.hostTimeouts.delete(url.host);
    }
    const failure = retryableFailure(exchange, method, ctx.accept);
    if (failure === null) return { exchange, attempts: attempt };
    const decision = shouldRetry(failure, attempt, ctx.retry);
    if (!decision.retry) return { exchange, attempts: attempt };
    if (failure.kind === 'status' && failure.status === 429) ctx.scheduler.slowDown(url.host, decision.delayMs);
    await ctx.wait(decision.delayMs);
  }
}

/** HEAD answers that say nothing about the page (405, 403, 404, 501, 5xx, …): ask again with GET. */
function isOddHeadAnswer(status: number, accept: ReadonlySet<number>): boolean {
  if (accept.has(status)) return false;
  return !(status >= 200 && status < 400) && status !== 429;
}

/** One hop: HEAD when no body is needed and the host takes HEAD, else (or after an odd HEAD) GET. */
async function fetchHop(ctx: CheckContext, url: URL, fragments: readonly string[], started: boolean): Promise<Attempted> {
  const body: BodyNeed =
    fragments.length > 0 ? { kind: 'anchors', fragments, maxBytes: ctx.maxBodyBytes } : NO_BODY;
  if (body.kind === 'none' && !ctx.noHead.has(url.host)) {
    const head = await requestWithRetries(ctx, url, 'HEAD', NO_BODY, { started });
    if (head.exchange.type === 'failure') return head;
    if (!isOddHeadAnswer(head.exchange.response.status, ctx.accept)) return head;
    // The odd answer itself was no failure; only the attempts before it count against the GET.
    return requestWithRetries(ctx, url, 'GET', body, { priorFailures: head.attempts - 1, started: true });
  }
  return requestWithRetries(ctx, url, 'GET', body, { started });
}

/** Where a page check ended. */
export type PageResult =
  | { type: 'response'; url: URL; response: HttpResponse; chain: RedirectHop[]; attempts: number }
  | { type: 'failure'; url: URL; failure: Failure; chain: RedirectHop[]; attempts: number }
  | { type: 'redirect-loop'; chain: RedirectHop[] }
  | { type: 'too-many-redirects'; chain: RedirectHop[] }
  | { type: 'unsupported-redirect'; chain: RedirectHop[]; scheme: string }
  | { type: 'invalid-redirect'; chain: RedirectHop[]; status: number };

/** Follows a page through its redirects, looking for `fragments` in the page finally reached. */
export async function checkPage(ctx: CheckContext, start: URL, fragments: readonly string[]): Promise<PageResult> {
  const chain: RedirectHop[] = [];
  const visited = new Set<string>([withoutHash(start)]);
  let url = start;
  for (;;) {
    const { exchange, attempts } = await fetchHop(ctx, url, fragments, chain.length > 0);
    if (exchange.type === 'failure') return { type: 'failure', url, failure: exchange.failure, chain, attempts };
    const { response } = exchange;
    const location = headerValue(response.headers, 'location');
    if (!REDIRECT_STATUSES.has(response.status) || ctx.accept.has(response.status)) {
      return { type: 'response', url, response, chain, attempts };
    }
    let next: URL;
    try {
      if (location === undefined || location.trim() === '') throw new Error('no Location');
      next = new URL(location, url);
    } catch {
      return { type: 'invalid-redirect', chain, status: response.status };
    }
    next.hash = '';
    chain.push({ url: withoutHash(url), status: response.status, location: next.href });
    if (!REQUESTED_SCHEMES.has(next.protocol)) {
      return { type: 'unsupported-redirect', chain, scheme: next.protocol.slice(0, -1) };
    }
    if (visited.has(next.href)) return { type: 'redirect-loop', chain };
    if (chain.length > ctx.maxRedirects) return { type: 'too-many-redirects', chain };
    visited.add(next.href);
    url = next;
  }
}

function withoutHash(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}
