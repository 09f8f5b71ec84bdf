/**
 * DOI links (`https://doi.org/10.…`, `dx.doi.org`) are checked through the DOI handle API
 * (`GET {doiApiUrl}{doi}`) instead of following the publisher's redirects, which are slow and
 * often bot-walled: `responseCode` 1 means the DOI exists, 100 that it does not.
 */
import type { LinkOutcome } from '../../results/link-outcome.js';
import { requestWithRetries, type CheckContext } from '../http/index.js';
import { failureOutcome, responseOutcome } from '../outcome/index.js';
import { doiOf } from './doi-id.js';
import { apiUrlUnder } from './api-path.js';

export { doiOf };

/**
 * `{base}{doi}` with each path segment encoded, so `#`, `?` and `<` in a suffix stay in the path.
 * @throws TypeError for a DOI with a `.` or `..` segment, which would leave the API's path.
 */
export function doiApiUrl(base: string, doi: string): URL {
  const url = apiUrlUnder(new URL(base), doi.split('/'));
  if (url === null) throw new TypeError(`not a DOI API path: ${doi}`);
  return url;
}

/** Response codes of the handle API (https://www.handle.net/proxy_servlet.html). */
const HANDLE_FOUND = new Set([1, 200]); // 200: handle exists but has no values of the asked type
const HANDLE_NOT_FOUND = 100;

function responseCodeOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && 'responseCode' in value && typeof value.responseCode === 'number') {
      return value.responseCode;
    }
  } catch {
    // Not JSON: judged by the status alone.
  }
  return null;
}

export async function checkDoi(ctx: CheckContext, doi: string, apiBase: string): Promise<LinkOutcome> {
  let api: URL;
  try {
    api = doiApiUrl(apiBase, doi);
  } catch {
    return { kind: 'skipped', reason: 'invalid-url' };
  }
  const { exchange, attempts } = await requestWithRetries(
    ctx,
    api,
    'GET',
    { kind: 'text', maxBytes: 256 * 1024 },
    { extraHeaders: { accept: 'application/json' } },
  );
  if (exchange.type === 'failure') return failureOutcome(exchange.failure, attempts);
  const { status, headers, text } = exchange.response;
  const code = responseCodeOf(text);
  if (code === HANDLE_NOT_FOUND || (status === 404 && code === null)) {
    return { kind: 'dead', reason: 'doi-not-found', status, doi };
  }
  if (status === 200 && code !== null && HANDLE_FOUND.has(code)) return { kind: 'ok', status, via: 'doi-api' };
  if (status === 200) return { kind: 'unverified', reason: 'unexpected-status', status };
  return responseOutcome(status, headers, { accept: ctx.accept, chain: [], attempts, via: 'doi-api', start: api.href });
}
