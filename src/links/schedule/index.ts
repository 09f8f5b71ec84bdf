/**
 * Schedule: when each request may go. Its parts, in the order they run:
 *
 *   admission.ts  `concurrency` pages under way (p-limit), each admitted when its host has room
 *   scheduler.ts  every attempt of a page takes a slot: a global limit and one per host (Gate),
 *                 halved and paused by a 429, retries and redirect hops served first
 *   retry.ts      whether and when to try again (`shouldRetry`: a reason per case; backoff and
 *                 Retry-After in one place)
 */
export { createAdmission } from './admission.js';
export { createScheduler, type Scheduler } from './scheduler.js';
export { isRetryableStatus, parseRetryAfter, shouldRetry, type RetryPolicy } from './retry.js';
