/**
 * Whether to try again, and how long to wait first: one named function with a reason per case
 * (anchor: lychee `lychee-lib/src/retry.rs`). Backoff lives here and nowhere else.
 */
import type { Failure } from '../http/index.js';

export interface RetryPolicy {
  /** Retries after resets, 5xx, 408 and 429 (default: `2`). */
  retries: number;
  /** Retries after timeouts (default: `1`). */
  timeoutRetries: number;
  /** Longest Retry-After honoured, in ms; a longer one is not waited for (default: `60000`). */
  maxRetryAfterMs: number;
  /** Base of the exponential backoff, in ms (default: `1000`). */
  retryDelayMs: number;
}

export type RetryReason =
  | 'server-error'
  | 'request-timeout'
  | 'rate-limited'
  | 'timeout'
  | 'reset'
  | 'retries-exhausted'
  | 'retry-after-too-long'
  | 'dns-not-found'
  | 'dns-temporary'
  | 'refused'
  | 'tls'
  | 'invalid-response'
  | 'private-address'
  | 'network'
  | 'not-retryable-status';

export type RetryDecision =
  | { retry: true; reason: RetryReason; delayMs: number }
  | { retry: false; reason: RetryReason };

/** Statuses that say "try later": 408, 429 and 5xx except 501/505 (those are permanent). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}

/**
 * Decides after attempt number `attempt` (1-based) failed with `failure`.
 *
 * - 5xx, 408, resets: yes, up to `retries` times, with backoff (or the server's Retry-After).
 * - 429: yes, up to `retries` times, after Retry-After (capped by `maxRetryAfterMs`; a longer
 *   wait is not attempted) or the backoff when there is none.
 * - timeouts: yes, up to `timeoutRetries` times (default 1: a hanging host should not cost a
 *   minute), at once: the timeout was the wait.
 * - DNS failures, refused connections, TLS errors, invalid HTTP, private addresses: no — trying
 *   again gives the same answer.
 */
export function shouldRetry(failure: Failure, attempt: number, policy: RetryPolicy, random: () => number = Math.random): RetryDecision {
  switch (failure.kind) {
    case 'status': {
      const reason: RetryReason =
        failure.status === 429 ? 'rate-limited' : failure.status === 408 ? 'request-timeout' : 'server-error';
      if (!isRetryableStatus(failure.status)) return { retry: false, reason: 'not-retryable-status' };
      if (attempt > policy.retries) return { retry: false, reason: 'retries-exhausted' };
      if (failure.retryAfterMs !== null) {
        if (failure.retryAfterMs > policy.maxRetryAfterMs) return { retry: false, reason: 'retry-after-too-long' };
        return { retry: true, reason, delayMs: failure.retryAfterMs };
      }
      return { retry: true, reason, delayMs: backoffDelay(attempt, policy.retryDelayMs, random) };
    }
    case 'timeout':
      // No backoff: the timeout itself was the wait, and a hanging host should cost no more than
      // `timeout × attempts`.
      return attempt > policy.timeoutRetries
        ? { retry: false, reason: 'retries-exhausted' }
        : { retry: true, reason: 'timeout', delayMs: 0 };
    case 'reset':
      return attempt > policy.retries
        ? { retry: false, reason: 'retries-exhausted' }
        : { retry: true, reason: 'reset', delayMs: backoffDelay(attempt, policy.retryDelayMs, random) };
    case 'dns-not-found':
    case 'dns-temporary':
    case 'refused':
    case 'tls':
    case 'invalid-response':
    case 'private-address':
    case 'network':
      return { retry: false, reason: failure.kind };
  }
}

/** Longest single backoff wait, whatever the attempt number. */
const MAX_BACKOFF_MS = 30_000;

/**
 * Exponential backoff with "equal jitter": half of `base · 2^(attempt−1)` fixed, half random, so
 * retries from many URLs of one host spread out instead of arriving together.
 */
export function backoffDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * `Retry-After` in ms: delta-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or
 * unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number = Date.now()): number | null {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP dates always name the day and month in letters; anything else (`-1`, `1.5`) is junk.
  if (!/[a-z]{3}/i.test(text)) return null;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}
