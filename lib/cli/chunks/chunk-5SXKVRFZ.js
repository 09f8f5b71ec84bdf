import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);

// src/config/limits.ts
var LIMITS = {
  /** Requests in flight at once, all hosts together. */
  concurrency: 1024,
  /** Requests in flight at once to one host. */
  perHost: 256,
  /** One request attempt, in ms: 10 minutes (far below what a timer holds, 2^31 − 1 ms). */
  timeout: 6e5,
  /** Retries after resets and 5xx. */
  retries: 10,
  /** Retries after a timeout. */
  timeoutRetries: 5,
  /** Longest Retry-After wait honoured, in ms: 10 minutes. */
  maxRetryAfter: 6e5,
  /** Largest file read, in bytes: 256 MiB. */
  maxFileSize: 256 * 1024 * 1024
};
var DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

export {
  LIMITS,
  DEFAULT_MAX_FILE_SIZE
};
