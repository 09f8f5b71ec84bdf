/**
 * Upper bounds on the numbers a config or the command line may set. In CI a config comes from
 * whoever opened the pull request, so each number is capped where a larger one would only let it
 * hold the runner: the schema and the flags read the same table.
 */
export const LIMITS = {
  /** Requests in flight at once, all hosts together. */
  concurrency: 1024,
  /** Requests in flight at once to one host. */
  perHost: 256,
  /** One request attempt, in ms: 10 minutes (far below what a timer holds, 2^31 − 1 ms). */
  timeout: 600_000,
  /** Time to parse one file, in ms: 10 minutes (`--parse-timeout` only, never a config). */
  parseTimeout: 600_000,
  /** Retries after resets and 5xx. */
  retries: 10,
  /** Retries after a timeout. */
  timeoutRetries: 5,
  /** Longest Retry-After wait honoured, in ms: 10 minutes. */
  maxRetryAfter: 600_000,
  /**
   * Largest file read, in bytes: 64 MiB. A file cut into pieces costs about 60 bytes of heap per
   * byte (a 50 MB list peaked at 2.8 GB); one parsed whole (with a link definition) about 500,
   * and is refused above `DEFAULT_MAX_FILE_SIZE` whatever this says (pipeline `wholeParseLimit`).
   */
  maxFileSize: 64 * 1024 * 1024,
  /** `links.exclude` and `--exclude` patterns in all. */
  excludePatterns: 100,
  /** Characters of one exclude pattern. */
  excludePatternLength: 1_000,
  /** Instructions of all exclude patterns compiled (RE2's program size): their cost per URL character. */
  excludeProgramSize: 5_000,
  /** Keys of `links.hosts`, `access.hosts` and `access.datasets`, each. */
  hostKeys: 10_000,
  /** Characters of one such key. */
  hostKeyLength: 256,
} as const;

/**
 * Default for `maxFileSize`: 4 MiB, 25 times the largest real list we know. The parser holds
 * about 500 bytes per byte of a file it must read whole (one with link definitions), so this
 * keeps the worst case inside a 2 GB heap.
 */
export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;
