import { describe, expect, it } from 'vitest';
import type { Failure } from '../../../src/links/http/failure.js';
import { backoffDelay, parseRetryAfter, shouldRetry, type RetryPolicy } from '../../../src/links/schedule/retry.js';

const policy: RetryPolicy = { retries: 2, timeoutRetries: 1, maxRetryAfterMs: 60_000, retryDelayMs: 1_000 };
const half = () => 0.5;

describe('shouldRetry', () => {
  it.each<[string, Failure, number, boolean, string]>([
    ['a 503', { kind: 'status', status: 503, retryAfterMs: null }, 1, true, 'server-error'],
    ['a 500 on the last allowed retry', { kind: 'status', status: 500, retryAfterMs: null }, 2, true, 'server-error'],
    ['a 500 after the retries', { kind: 'status', status: 500, retryAfterMs: null }, 3, false, 'retries-exhausted'],
    ['a 408', { kind: 'status', status: 408, retryAfterMs: null }, 1, true, 'request-timeout'],
    ['a 429 with Retry-After', { kind: 'status', status: 429, retryAfterMs: 2_000 }, 1, true, 'rate-limited'],
    ['a 429 asking for too long', { kind: 'status', status: 429, retryAfterMs: 120_000 }, 1, false, 'retry-after-too-long'],
    ['a 501', { kind: 'status', status: 501, retryAfterMs: null }, 1, false, 'not-retryable-status'],
    ['a reset', { kind: 'reset', code: 'ECONNRESET' }, 1, true, 'reset'],
    ['a timeout', { kind: 'timeout', code: 'ETIMEDOUT' }, 1, true, 'timeout'],
    ['a second timeout', { kind: 'timeout', code: 'ETIMEDOUT' }, 2, false, 'retries-exhausted'],
    ['a name that does not exist', { kind: 'dns-not-found', code: 'ENOTFOUND' }, 1, false, 'dns-not-found'],
    ['a resolver failure', { kind: 'dns-temporary', code: 'EAI_AGAIN' }, 1, false, 'dns-temporary'],
    ['a refused connection', { kind: 'refused', code: 'ECONNREFUSED' }, 1, false, 'refused'],
    ['a TLS error', { kind: 'tls', code: 'CERT_HAS_EXPIRED' }, 1, false, 'tls'],
    ['an invalid response', { kind: 'invalid-response', code: 'HPE_INVALID_CONSTANT' }, 1, false, 'invalid-response'],
    ['a private address', { kind: 'private-address', address: '10.0.0.1', range: 'private' }, 1, false, 'private-address'],
  ])('decides on %s', (_name, failure, attempt, retry, reason) => {
    expect(shouldRetry(failure, attempt, policy, half)).toMatchObject({ retry, reason });
  });

  it('waits what Retry-After says', () => {
    expect(shouldRetry({ kind: 'status', status: 429, retryAfterMs: 2_000 }, 1, policy, half)).toEqual({ retry: true, reason: 'rate-limited', delayMs: 2_000 });
  });

  it('backs off exponentially when the server gives no Retry-After', () => {
    const first = shouldRetry({ kind: 'reset', code: 'ECONNRESET' }, 1, policy, half);
    const second = shouldRetry({ kind: 'reset', code: 'ECONNRESET' }, 2, policy, half);
    expect(first).toEqual({ retry: true, reason: 'reset', delayMs: 750 });
    expect(second).toEqual({ retry: true, reason: 'reset', delayMs: 1_500 });
  });
});

describe('backoffDelay', () => {
  it('stays between half and all of base · 2^(attempt − 1), capped at 30 s', () => {
    expect(backoffDelay(1, 1_000, () => 0)).toBe(500);
    expect(backoffDelay(1, 1_000, () => 1)).toBe(1_000);
    expect(backoffDelay(3, 1_000, () => 0)).toBe(2_000);
    expect(backoffDelay(20, 1_000, () => 1)).toBe(30_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-03-01T12:00:00Z');
  it.each<[string | undefined, number | null]>([
    ['5', 5_000],
    ['0', 0],
    ['Sat, 01 Mar 2025 12:00:30 GMT', 30_000],
    ['Sat, 01 Mar 2025 11:00:00 GMT', 0],
    ['soon', null],
    ['-1', null],
    [undefined, null],
    ['', null],
  ])('reads %j as %j ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
