/**
 * One request attempt with undici: the private-address check for address literals, default and
 * per-host headers, one overall deadline, and a body read only as far as needed (nothing, the
 * ids of an HTML page until every wanted fragment is found, or a capped text for the APIs).
 * Redirects, retries and HEAD→GET are decided one level up, in `page.ts`.
 */
import { request, type Dispatcher } from 'undici';
import { failureFromError, type Failure } from './failure.js';
import { AnchorScanner, isHtmlContentType } from './fragment.js';
import type { AddressRange } from './outcome.js';
import { stripBrackets } from './policy.js';
import { isIP } from 'node:net';

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

function requestHeaders(ctx: ClientContext, url: URL, extra: Record<string, string>): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': ctx.userAgent,
    accept: PAGE_ACCEPT,
    'accept-language': 'en-US,en;q=0.9',
  };
  const perHost = ctx.headersByHost[url.host] ?? ctx.headersByHost[url.hostname] ?? {};
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

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(Object.assign(new Error('Request timed out'), { code: 'ETIMEDOUT' }));
  }, ctx.timeoutMs);
  const timeoutFailure: Failure = { kind: 'timeout', code: 'ETIMEDOUT' };

  try {
    let response: Dispatcher.ResponseData;
    try {
      response = await request(url, {
        dispatcher: ctx.dispatcher,
        method,
        headers: requestHeaders(ctx, url, extraHeaders),
        signal: controller.signal,
        headersTimeout: ctx.timeoutMs,
        bodyTimeout: ctx.timeoutMs,
      });
    } catch (error) {
      return { type: 'failure', failure: timedOut ? timeoutFailure : failureFromError(error) };
    }
    const result: HttpResponse = { status: response.statusCode, headers: response.headers };
    const needed = method === 'HEAD' ? ({ kind: 'none' } as const) : body;
    try {
      switch (needed.kind) {
        case 'none':
          break;
        case 'anchors':
          if (isHtmlContentType(headerValue(response.headers, 'content-type')) && isSuccessStatus(response.statusCode)) {
            result.anchors = await scanAnchors(response.body, needed.fragments, needed.maxBytes);
          } else {
            result.anchors = { html: false, complete: false, found: new Set() };
          }
          break;
        case 'text':
          result.text = await readText(response.body, needed.maxBytes);
          break;
      }
    } catch (error) {
      // The body was needed and could not be read: that is the attempt's outcome.
      response.body.destroy();
      return { type: 'failure', failure: timedOut ? timeoutFailure : failureFromError(error) };
    }
    // Whatever is left is not needed: drain a small rest (keeps the connection), cut a large one.
    // A stalled body costs at most the attempt's deadline and changes nothing: the status is known.
    await response.body.dump({ limit: DRAIN_LIMIT }).catch(() => undefined);
    return { type: 'response', response: result };
  } finally {
    clearTimeout(timer);
  }
}

function isSuccessStatus(status: number): boolean {
  return status >= 200 && status < 300;
}

async function scanAnchors(
  stream: AsyncIterable<Uint8Array> & { destroy(): void },
  fragments: readonly string[],
  maxBytes: number,
): Promise<AnchorResult> {
  const scanner = new AnchorScanner(fragments);
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += chunk.byteLength;
    scanner.feed(decoder.decode(chunk, { stream: true }));
    // Leaving the loop destroys the stream: nothing more is downloaded.
    if (scanner.done) return { html: true, complete: true, found: foundOf(scanner, fragments) };
    if (bytes >= maxBytes) return { html: true, complete: false, found: foundOf(scanner, fragments) };
  }
  scanner.feed(decoder.decode());
  scanner.finish();
  return { html: true, complete: true, found: foundOf(scanner, fragments) };
}

function foundOf(scanner: AnchorScanner, fragments: readonly string[]): Set<string> {
  return new Set(fragments.filter((fragment) => scanner.has(fragment)));
}

async function readText(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  let text = '';
  for await (const chunk of stream) {
    bytes += chunk.byteLength;
    text += decoder.decode(chunk, { stream: true });
    if (bytes >= maxBytes) return text;
  }
  return text + decoder.decode();
}
