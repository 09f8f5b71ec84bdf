import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);

// src/links/options.ts
var DEFAULT_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
var LINK_DEFAULTS = {
  concurrency: 128,
  perHost: 8,
  timeoutMs: 15e3,
  retries: 2,
  timeoutRetries: 1,
  maxRetryAfterMs: 6e4,
  allowPrivate: false,
  userAgent: DEFAULT_USER_AGENT,
  githubApiUrl: "https://api.github.com",
  doiApiUrl: "https://doi.org/api/handles/",
  retryDelayMs: 1e3,
  maxBodyBytes: 4 * 1024 * 1024,
  maxRedirects: 10,
  /** `--max-cache-age` (default: one day). */
  maxCacheAgeMs: 24 * 60 * 60 * 1e3
};
var DEFAULT_CACHE_FILE = ".medlintcache";
function resolveLinkOptions(partial) {
  const resolved = {
    concurrency: partial.concurrency ?? LINK_DEFAULTS.concurrency,
    perHost: partial.perHost ?? LINK_DEFAULTS.perHost,
    perHostByHost: { ...partial.perHostByHost },
    headersByHost: { ...partial.headersByHost },
    timeoutMs: partial.timeoutMs ?? LINK_DEFAULTS.timeoutMs,
    retries: partial.retries ?? LINK_DEFAULTS.retries,
    timeoutRetries: partial.timeoutRetries ?? LINK_DEFAULTS.timeoutRetries,
    maxRetryAfterMs: partial.maxRetryAfterMs ?? LINK_DEFAULTS.maxRetryAfterMs,
    allowPrivate: partial.allowPrivate ?? LINK_DEFAULTS.allowPrivate,
    exclude: [...partial.exclude ?? []],
    accept: [...partial.accept ?? []],
    userAgent: partial.userAgent ?? LINK_DEFAULTS.userAgent,
    githubToken: partial.githubToken ?? null,
    githubApiUrl: partial.githubApiUrl ?? LINK_DEFAULTS.githubApiUrl,
    doiApiUrl: partial.doiApiUrl ?? LINK_DEFAULTS.doiApiUrl,
    cache: partial.cache ?? null,
    retryDelayMs: partial.retryDelayMs ?? LINK_DEFAULTS.retryDelayMs,
    maxBodyBytes: partial.maxBodyBytes ?? LINK_DEFAULTS.maxBodyBytes,
    maxRedirects: partial.maxRedirects ?? LINK_DEFAULTS.maxRedirects
  };
  if (partial.onProgress) resolved.onProgress = partial.onProgress;
  if (partial.lookup) resolved.lookup = partial.lookup;
  if (partial.privateRange) resolved.privateRange = partial.privateRange;
  return resolved;
}

export {
  DEFAULT_USER_AGENT,
  LINK_DEFAULTS,
  DEFAULT_CACHE_FILE,
  resolveLinkOptions
};
