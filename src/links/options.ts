/** The link checker's defaults, in one place (documented in the README and the rule docs). */
import type { LinkCheckOptions } from './types.js';

/** A current desktop Chrome: many publishers refuse clients that do not look like a browser. */
export const DEFAULT_USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

export const LINK_DEFAULTS = {
  concurrency: 128,
  perHost: 8,
  timeoutMs: 15_000,
  retries: 2,
  timeoutRetries: 1,
  maxRetryAfterMs: 60_000,
  allowPrivate: false,
  userAgent: DEFAULT_USER_AGENT,
  githubApiUrl: 'https://api.github.com',
  doiApiUrl: 'https://doi.org/api/handles/',
  apis: { physionet: 'https://physionet.org', zenodo: 'https://zenodo.org', huggingface: 'https://huggingface.co' },
  retryDelayMs: 1_000,
  maxBodyBytes: 4 * 1024 * 1024,
  maxRedirects: 10,
  /** `--max-cache-age` (default: one day). */
  maxCacheAgeMs: 24 * 60 * 60 * 1000,
} as const;

/** Default cache file name, in the working directory. */
export const DEFAULT_CACHE_FILE = '.medlintcache';

/**
 * Fills in every option not given with its default (concurrency `128`, perHost `8`, timeout
 * `15000` ms, retries `2`, timeoutRetries `1`, maxRetryAfter `60000` ms, a browser-like
 * User-Agent, GitHub API `https://api.github.com`, DOI API `https://doi.org/api/handles/`,
 * no cache, private addresses refused).
 */
export function resolveLinkOptions(partial: Partial<LinkCheckOptions>): LinkCheckOptions {
  const resolved: LinkCheckOptions = {
    concurrency: partial.concurrency ?? LINK_DEFAULTS.concurrency,
    perHost: partial.perHost ?? LINK_DEFAULTS.perHost,
    perHostByHost: { ...partial.perHostByHost },
    headersByHost: { ...partial.headersByHost },
    timeoutMs: partial.timeoutMs ?? LINK_DEFAULTS.timeoutMs,
    retries: partial.retries ?? LINK_DEFAULTS.retries,
    timeoutRetries: partial.timeoutRetries ?? LINK_DEFAULTS.timeoutRetries,
    maxRetryAfterMs: partial.maxRetryAfterMs ?? LINK_DEFAULTS.maxRetryAfterMs,
    allowPrivate: partial.allowPrivate ?? LINK_DEFAULTS.allowPrivate,
    exclude: [...(partial.exclude ?? [])],
    accept: [...(partial.accept ?? [])],
    userAgent: partial.userAgent ?? LINK_DEFAULTS.userAgent,
    githubToken: partial.githubToken ?? null,
    githubApiUrl: partial.githubApiUrl ?? LINK_DEFAULTS.githubApiUrl,
    doiApiUrl: partial.doiApiUrl ?? LINK_DEFAULTS.doiApiUrl,
    apis: { ...LINK_DEFAULTS.apis, ...partial.apis },
    huggingfaceToken: partial.huggingfaceToken ?? null,
    cache: partial.cache ?? null,
    retryDelayMs: partial.retryDelayMs ?? LINK_DEFAULTS.retryDelayMs,
    maxBodyBytes: partial.maxBodyBytes ?? LINK_DEFAULTS.maxBodyBytes,
    maxRedirects: partial.maxRedirects ?? LINK_DEFAULTS.maxRedirects,
  };
  if (partial.onProgress) resolved.onProgress = partial.onProgress;
  if (partial.lookup) resolved.lookup = partial.lookup;
  if (partial.privateRange) resolved.privateRange = partial.privateRange;
  return resolved;
}
