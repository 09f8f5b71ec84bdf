/**
 * One request attempt with undici: the private-address check for address literals, default and
 * per-host headers, one overall deadline, and a body read only as far as needed (nothing, the
 * ids of an HTML page until every wanted fragment is found, or a capped text for the APIs).
 * The attempt is an undici dispatch handler that reads the answer as it arrives (no response
 * stream per request) and keeps the connection alive, HEAD included.
 * Redirects, retries and HEAD→GET are decided one level up, in `page.ts`.
 */
import type { Dispatcher } from 'undici';
import { failureFromError, type Failure } from './failure.js';
import { AnchorScanner, isHtmlContentType } from './fragment.js';
import type { AddressRange } from '../../results/link-outcome.js';
import { stripBrackets } from '../policy/index.js';
import { isIP } from 'node:net';
import { TextDecoder } from 'node:util';

export type Headers = Record<string, string | string[] | undefined>;

/** What to do with the response body. */
export type BodyNeed =
  | { kind: 'none' }
  | { kind: 'anchors'; fragments: readonly string[]; maxBytes: number }
  | { kind: 'text'; maxBytes: number };

export interface AnchorResult {
  /** Whether the body was HTML (otherwise nothing was scanned). */
  html: boolean;
  /** Whether the whole body was scanned, or every fragment found; false when the cap was hit. */
  complete: boolean;
  found: ReadonlySet<string>;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  anchors?: AnchorResult;
  text?: string;
}

export type Exchange = { type: 'response'; response: HttpResponse } | { type: 'failure'; failure: Failure };

export interface ClientContext {
  dispatcher: Dispatcher;
  allowPrivate: boolean;
  /** Private-range classification of an address (`classifyAddress` unless overridden). */
  privateRange: (address: string) => AddressRange | null;
  timeoutMs: number;
  userAgent: string;
  headersByHost: Record<string, Record<string, string>>;
}

/** What a browser sends; many publishers refuse clients that accept nothing in particular. */
export const PAGE_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** Bodies we do not need are drained (keeping the connection) only up to this size, else cut. */
const DRAIN_LIMIT = 64 * 1024;

/** First value of a response header. */
export function headerValue(headers: Headers, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The headers given for exactly this URL's origin (scheme, host, port). A key without a scheme
 * (`example.org`, `example.org:8443`) stands for `https://` on that host and port, so headers are
 * never sent over plain http (after an https → http redirect, say) nor to another port unless
 * a key says so (`http://example.org:8080`).
 */
export function headersForOrigin(headersByHost: Record<string, Record<string, string>>, url: URL): Record<string, string> {
  let byOrigin = HEADERS_BY_ORIGIN.get(headersByHost);
  if (byOrigin === undefined) {
    // Keys to origins once per run, not once per request: a config may name thousands of hosts.
    byOrigin = new Map();
    for (const [key, headers] of Object.entries(headersByHost)) {
      try {
        const origin = new URL(key.includes('://') ? key : `https://${key}`).origin;
        if (!byOrigin.has(origin)) byOrigin.set(origin, headers);
      } catch {
        continue;
      }
    }
    HEADERS_BY_ORIGIN.set(headersByHost, byOrigin);
  }
  return byOrigin.get(url.origin) ?? {};
}

const HEADERS_BY_ORIGIN = new WeakMap<Record<string, Record<string, string>>, Map<string, Record<string, string>>>();

function requestHeaders(ctx: ClientContext, url: URL, extra: Record<string, string>): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': ctx.userAgent,
    accept: PAGE_ACCEPT,
    'accept-language': 'en-US,en;q=0.9',
  };
  const perHost = headersForOrigin(ctx.headersByHost, url);
  for (const [name, value] of [...Object.entries(perHost), ...Object.entries(extra)]) {
    headers[name.toLowerCase()] = value;
  }
  return headers;
}

/**
 * Sends one request and reads as much of the body as `body` asks. Never throws: a network fault
 * becomes `{ type: 'failure' }`. `extraHeaders` win over the per-host and default headers.
 */
export async function requestOnce(
  ctx: ClientContext,
  url: URL,
  method: 'HEAD' | 'GET',
  body: BodyNeed,
  extraHeaders: Record<string, string> = {},
): Promise<Exchange> {
  // Names are checked at connect time (dns.ts); address literals never reach a resolver, so here.
  const address = stripBrackets(url.hostname);
  const range = isIP(address) === 0 ? null : ctx.privateRange(address);
  if (range !== null && !ctx.allowPrivate) {
    return { type: 'failure', failure: { kind: 'private-address', address, range } };
  }

  return new Promise<Exchange>((resolve) => {
    const attempt = new Attempt(method === 'HEAD' ? NO_BODY : body, resolve);
    const timer = setTimeout(() => attempt.timeOut(), ctx.timeoutMs);
    attempt.onSettled = () => clearTimeout(timer);
    try {
      ctx.dispatcher.dispatch(
        {
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method,
          headers: requestHeaders(ctx, url, extraHeaders),
          // Keep the connection after HEAD too, as curl, browsers and node:http do. undici closes
          // it by default (for servers that wrongly send a body with HEAD), which costs a new TCP
          // (and TLS) handshake per URL and, on a long list, thousands of sockets and their garbage.
          reset: false,
          headersTimeout: ctx.timeoutMs,
          bodyTimeout: ctx.timeoutMs,
        },
        attempt,
      );
    } catch (error) {
      attempt.fail(error);
    }
  });
}

const NO_BODY: BodyNeed = { kind: 'none' };

/**
 * One request as an undici dispatch handler: the answer is read as it arrives, with no stream in
 * between (a HEAD, most of a link check, then costs a fraction of `request()`), and settles the
 * promise exactly once: with the response once enough of the body is read, or with a failure.
 * Reading stops as soon as the body is not needed any more; the connection is kept when the rest
 * is small, cut when it is large.
 */
class Attempt implements Dispatcher.DispatchHandler {
  /** Called once the attempt has settled (clears the deadline). */
  onSettled: () => void = () => undefined;
  #need: BodyNeed;
  #resolve: (exchange: Exchange) => void;
  #controller: Dispatcher.DispatchController | null = null;
  #settled = false;
  #timedOut = false;
  #response: HttpResponse | null = null;
  /** What the body is read for, decided once the headers are in. */
  #mode: 'discard' | 'anchors' | 'text' = 'discard';
  #bytes = 0;
  #decoder: TextDecoder | null = null;
  #scanner: AnchorScanner | null = null;
  #text = '';

  constructor(need: BodyNeed, resolve: (exchange: Exchange) => void) {
    this.#need = need;
    this.#resolve = resolve;
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    // Settled already (the deadline passed while the request waited for a connection): stop it.
    if (this.#settled) controller.abort(STOPPED);
  }

  onResponseStart(_controller: Dispatcher.DispatchController, statusCode: number, headers: Headers): void {
    if (statusCode < 200 || this.#settled) return; // 1xx: informational, the answer follows
    this.#response = { status: statusCode, headers };
    const need = this.#need;
    if (need.kind === 'anchors') {
      if (isHtmlContentType(headerValue(headers, 'content-type')) && isSuccessStatus(statusCode)) {
        this.#mode = 'anchors';
        this.#decoder = new TextDecoder('utf-8');
        this.#scanner = new AnchorScanner(need.fragments);
      } else {
        this.#response.anchors = { html: false, complete: false, found: new Set() };
      }
    } else if (need.kind === 'text') {
      this.#mode = 'text';
      this.#decoder = new TextDecoder('utf-8');
    }
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.#settled) return;
    this.#bytes += chunk.byteLength;
    const need = this.#need;
    switch (this.#mode) {
      case 'discard':
        // Not needed: drain a small rest (keeps the connection), cut a large one.
        if (this.#bytes > DRAIN_LIMIT) this.#finish(true);
        return;
      case 'anchors': {
        const scanner = this.#scanner as AnchorScanner;
        scanner.feed((this.#decoder as TextDecoder).decode(chunk, { stream: true }));
        const fragments = need.kind === 'anchors' ? need.fragments : [];
        // Every fragment found, or the cap reached: nothing more is downloaded.
        if (scanner.done) this.#finishAnchors(fragments, true);
        else if (need.kind === 'anchors' && this.#bytes >= need.maxBytes) this.#finishAnchors(fragments, false);
        return;
      }
      case 'text':
        this.#text += (this.#decoder as TextDecoder).decode(chunk, { stream: true });
        if (need.kind === 'text' && this.#bytes >= need.maxBytes) {
          (this.#response as HttpResponse).text = this.#text;
          this.#finish(true);
        }
        return;
    }
  }

  onResponseEnd(): void {
    if (this.#settled) return;
    if (this.#mode === 'anchors') {
      const scanner = this.#scanner as AnchorScanner;
      scanner.feed((this.#decoder as TextDecoder).decode());
      scanner.finish();
      this.#finishAnchors(this.#need.kind === 'anchors' ? this.#need.fragments : [], true, false);
      return;
    }
    if (this.#mode === 'text') (this.#response as HttpResponse).text = this.#text + (this.#decoder as TextDecoder).decode();
    this.#finish(false);
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.fail(error);
  }

  /** A thrown or reported error: the attempt's outcome, unless it has settled already. */
  fail(error: unknown): void {
    if (this.#settled) return;
    this.#settle({ type: 'failure', failure: this.#timedOut ? TIMEOUT_FAILURE : failureFromError(error) });
  }

  /**
   * The deadline passed. Once the status is known and the body is not needed, that changes
   * nothing (a stalled body costs at most the deadline); otherwise the attempt timed out.
   */
  timeOut(): void {
    if (this.#settled) return;
    this.#timedOut = true;
    if (this.#response !== null && this.#mode === 'discard') this.#finish(true);
    else {
      this.#settle({ type: 'failure', failure: TIMEOUT_FAILURE });
      this.#controller?.abort(STOPPED);
    }
  }

  #finishAnchors(fragments: readonly string[], complete: boolean, stop = true): void {
    const scanner = this.#scanner as AnchorScanner;
    (this.#response as HttpResponse).anchors = { html: true, complete, found: new Set(fragments.filter((f) => scanner.has(f))) };
    this.#finish(stop);
  }

  /** Settles with the response; `stop` cuts the rest of the body (and with it the connection). */
  #finish(stop: boolean): void {
    this.#settle({ type: 'response', response: this.#response as HttpResponse });
    if (stop) this.#controller?.abort(STOPPED);
  }

  #settle(exchange: Exchange): void {
    this.#settled = true;
    this.#scanner = null;
    this.#decoder = null;
    this.#text = '';
    this.onSettled();
    this.#resolve(exchange);
  }
}

const TIMEOUT_FAILURE: Failure = { kind: 'timeout', code: 'ETIMEDOUT' };
/** The reason given to undici when medlint stops reading; never reported. */
const STOPPED = Object.assign(new Error('medlint stopped reading'), { code: 'EMEDLINT_STOPPED' });

function isSuccessStatus(status: number): boolean {
  return status >= 200 && status < 300;
}
