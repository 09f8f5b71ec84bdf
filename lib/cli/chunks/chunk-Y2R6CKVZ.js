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
  /** Time to parse one file, in ms: 10 minutes (`--parse-timeout` only, never a config). */
  parseTimeout: 6e5,
  /** Retries after resets and 5xx. */
  retries: 10,
  /** Retries after a timeout. */
  timeoutRetries: 5,
  /** Longest Retry-After wait honoured, in ms: 10 minutes. */
  maxRetryAfter: 6e5,
  /**
   * Largest file read, in bytes: 64 MiB. A file cut into pieces costs about 60 bytes of heap per
   * byte (a 50 MB list peaked at 2.8 GB); one parsed whole (with a link definition) about 500,
   * and is refused above `DEFAULT_MAX_FILE_SIZE` whatever this says (pipeline `wholeParseLimit`).
   */
  maxFileSize: 64 * 1024 * 1024,
  /** `links.exclude` and `--exclude` patterns in all. */
  excludePatterns: 100,
  /** Characters of one exclude pattern. */
  excludePatternLength: 1e3,
  /** Instructions of all exclude patterns compiled (RE2's program size): their cost per URL character. */
  excludeProgramSize: 5e3,
  /** Keys of `links.hosts`, `access.hosts` and `access.datasets`, each. */
  hostKeys: 1e4,
  /** Characters of one such key. */
  hostKeyLength: 256
};
var DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

export {
  LIMITS,
  DEFAULT_MAX_FILE_SIZE
};
