/**
 * What went wrong with one request attempt, as data. `client.ts` turns thrown errors into a
 * `Failure` here (by error code and class, never by message text); `schedule/retry.ts` decides on it.
 */
import { errors as undiciErrors } from 'undici';
import { PrivateAddressError } from '../policy/index.js';
import type { AddressRange } from '../../results/link-outcome.js';

export type Failure =
  /** An HTTP answer that may be retried: 408, 429, 5xx. */
  | { kind: 'status'; status: number; retryAfterMs: number | null }
  | { kind: 'timeout'; code: string }
  | { kind: 'reset'; code: string }
  | { kind: 'dns-not-found'; code: string }
  | { kind: 'dns-temporary'; code: string }
  | { kind: 'refused'; code: string }
  | { kind: 'tls'; code: string }
  | { kind: 'invalid-response'; code: string }
  | { kind: 'private-address'; address: string; range: AddressRange }
  | { kind: 'network'; code: string };

const TIMEOUT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
]);
const RESET_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
  'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
const DNS_NOT_FOUND_CODES = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NODATA', 'EAI_NONAME']);
const DNS_TEMPORARY_CODES = new Set(['EAI_AGAIN', 'EAI_FAIL', 'ESERVFAIL', 'ETIMEOUT', 'ECONNREFUSED_DNS']);
// OpenSSL verification codes and Node's TLS errors.
const TLS_CODE = /^(?:ERR_TLS_|ERR_SSL_)|CERT|SELF_SIGNED|UNABLE_TO_(?:VERIFY|GET)|^EPROTO$|^HOSTNAME_MISMATCH$/;

function codeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return '';
}

/** Classifies a thrown request error. The cause chain is searched for the first known code. */
export function failureFromError(error: unknown): Failure {
  if (error instanceof PrivateAddressError) {
    return { kind: 'private-address', address: error.address, range: error.range };
  }
  if (error instanceof undiciErrors.HTTPParserError) {
    return { kind: 'invalid-response', code: codeOf(error) || 'HPE_INVALID' };
  }
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = codeOf(current);
    if (TIMEOUT_CODES.has(code)) return { kind: 'timeout', code };
    if (RESET_CODES.has(code)) return { kind: 'reset', code };
    if (DNS_NOT_FOUND_CODES.has(code)) return { kind: 'dns-not-found', code };
    if (DNS_TEMPORARY_CODES.has(code)) return { kind: 'dns-temporary', code };
    if (code === 'ECONNREFUSED') return { kind: 'refused', code };
    if (code.startsWith('HPE_')) return { kind: 'invalid-response', code };
    if (code !== '' && TLS_CODE.test(code)) return { kind: 'tls', code };
    if (code !== '') return { kind: 'network', code };
    current = typeof current === 'object' && 'cause' in current ? current.cause : undefined;
  }
  return { kind: 'network', code: 'UNKNOWN' };
}
