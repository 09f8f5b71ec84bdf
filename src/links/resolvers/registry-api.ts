/**
 * One JSON answer from a registry's API: `Accept: application/json` (PhysioNet answers HTML to a
 * browser's `Accept`), the body read up to a cap, redirects followed by hand. A token goes only
 * to the API's own origin and only with the first request: never across a redirect, whatever
 * its target. The answer is judged by the registry's resolver; failures are outcomes already.
 */
import type { LinkOutcome, RedirectHop } from '../../results/link-outcome.js';
import type { RegistryName } from '../../results/registry-record.js';
import { headerValue, requestWithRetries, type CheckContext, type Headers } from '../http/index.js';
import { REQUESTED_SCHEMES } from '../policy/index.js';
import { failureOutcome } from '../outcome/index.js';

/** Most bytes read of one API answer: records are a few kilobytes; more is not a record. */
export const MAX_API_BODY = 1024 * 1024;
const MAX_API_REDIRECTS = 3;
const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export type ApiAnswer =
  | { type: 'failed'; outcome: LinkOutcome }
  | { type: 'redirect'; status: number; location: URL }
  | { type: 'answer'; status: number; headers: Headers; text: string; attempts: number; chain: RedirectHop[]; url: URL };

export interface ApiRequest {
  /** The API's origin: the only one a token goes to. */
  base: URL;
  token?: string | null;
  /** Follow redirects (default), or hand the first one back (Zenodo's `latest`). */
  follow?: boolean;
}

/** GET `url` from a registry's API. */
export async function getFromApi(ctx: CheckContext, first: URL, request: ApiRequest): Promise<ApiAnswer> {
  const chain: RedirectHop[] = [];
  let url = first;
  for (;;) {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (request.token && chain.length === 0 && url.origin === request.base.origin) headers.authorization = `Bearer ${request.token}`;
    const { exchange, attempts } = await requestWithRetries(ctx, url, 'GET', { kind: 'text', maxBytes: MAX_API_BODY }, { extraHeaders: headers, started: chain.length > 0 });
    if (exchange.type === 'failure') return { type: 'failed', outcome: failureOutcome(exchange.failure, attempts, chain) };
    const { status, headers: responseHeaders, text = '' } = exchange.response;
    const location = headerValue(responseHeaders, 'location');
    if (REDIRECTS.has(status) && location) {
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        return { type: 'failed', outcome: { kind: 'unreachable', reason: 'invalid-response', attempts, status } };
      }
      if (!REQUESTED_SCHEMES.has(next.protocol)) return { type: 'failed', outcome: { kind: 'unverified', reason: 'unsupported-redirect', status } };
      if (request.follow === false) return { type: 'redirect', status, location: next };
      chain.push({ url: url.href, status, location: next.href });
      if (chain.length > MAX_API_REDIRECTS) return { type: 'failed', outcome: { kind: 'dead', reason: 'too-many-redirects', chain } };
      url = next;
      continue;
    }
    return { type: 'answer', status, headers: responseHeaders, text, attempts, chain, url };
  }
}

/** Facts are read only from the API's own origin: a host it redirected to does not speak for it. */
export function fromOwnOrigin(answer: Extract<ApiAnswer, { type: 'answer' }>, base: URL): boolean {
  return answer.url.origin === base.origin;
}

/** The answer's JSON, or undefined when it does not parse (or was cut at the cap). */
export function parseJson(text: string): unknown {
  if (text.length >= MAX_API_BODY) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A JSON object's own fields, or null when the value is not an object. */
export function objectOf(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** "unverified (unexpected answer from <registry>)". */
export function unexpectedAnswer(registry: RegistryName, status: number): LinkOutcome {
  return { kind: 'unverified', reason: 'unexpected-answer', registry, status };
}

/** The record does not exist (404, 410, or the registry's own "none"). */
export function notFound(registry: RegistryName, status: number): LinkOutcome {
  return { kind: 'dead', reason: 'registry-not-found', registry, status };
}

/** The API base as a URL with a trailing `/`, or null when it does not parse. */
export function apiBase(value: string): URL | null {
  try {
    return new URL(value.endsWith('/') ? value : `${value}/`);
  } catch {
    return null;
  }
}

/** A memo of one run: the answer for a record key is asked once, whatever number of links share it. */
export type RecordMemo = Map<string, Promise<unknown>>;

export function createRecordMemo(): RecordMemo {
  return new Map();
}

export function remember<T>(memo: RecordMemo, key: string, ask: () => Promise<T>): Promise<T> {
  let answer = memo.get(key) as Promise<T> | undefined;
  if (!answer) memo.set(key, (answer = ask()));
  return answer;
}
