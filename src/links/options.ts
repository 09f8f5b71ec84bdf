/** The link checker's defaults, in one place (documented in the README and the rule docs). */
import { MedlintError } from '../diagnostics/medlint-error.js';
import { REGISTRY_NAMES, type RegistryName } from '../results/registry-record.js';
import type { LinkCheckOptions, LinkOptionsInput, RegistryApis } from './types.js';

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
export function resolveLinkOptions(partial: LinkOptionsInput): LinkCheckOptions {
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
  if (partial.trustedCa) resolved.trustedCa = partial.trustedCa;
  if (partial.privateRange) resolved.privateRange = partial.privateRange;
  return resolved;
}


type Source = { value: string; where: string; code: 'usage' | 'config-invalid' };

function checkedUrl({ value, where, code }: Source): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new MedlintError(code, `${where} expects an http(s) URL such as https://zenodo.org, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new MedlintError(code, `${where} expects an http(s) URL such as https://zenodo.org, got ${JSON.stringify(value)}`);
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new MedlintError(code, `${where} expects a base URL without credentials, query or fragment, got ${JSON.stringify(value)}`);
  }
  return url.href.replace(/\/$/, '');
}

/**
 * Where the registries' APIs are: `--api name=url` (repeatable) over `MEDLINT_API_<NAME>` over
 * the defaults; `GITHUB_API_URL` for GitHub. The shells (src/cli, src/action) pass the flags and
 * the environment in; never a config file: a pull request controls the config, and an API it
 * moved could collect a token. A bad value is a `usage` error naming the flag or variable.
 */
export function apiOverrides(flags: readonly string[], env: NodeJS.ProcessEnv): Pick<LinkOptionsInput, 'apis' | 'githubApiUrl'> {
  const chosen = new Map<RegistryName, Source>();
  for (const name of REGISTRY_NAMES) {
    const variable = name === 'github' ? 'GITHUB_API_URL' : `MEDLINT_API_${name.toUpperCase()}`;
    const value = env[variable];
    // The environment is not a usage error: its own message, exit 2 all the same.
    if (value) chosen.set(name, { value, where: variable, code: 'usage' });
  }
  for (const flag of flags) {
    const match = /^([a-z]+)=(.+)$/.exec(flag.trim());
    const name = match?.[1] as RegistryName | undefined;
    if (!match || name === undefined || !(REGISTRY_NAMES as readonly string[]).includes(name)) {
      throw new MedlintError('usage', `--api expects name=url with a name of ${REGISTRY_NAMES.join(', ')}, got ${JSON.stringify(flag)}`);
    }
    chosen.set(name, { value: match[2] as string, where: `--api ${name}`, code: 'usage' });
  }
  const apis: Partial<RegistryApis> = {};
  const out: Pick<LinkOptionsInput, 'apis' | 'githubApiUrl'> = {};
  for (const [name, source] of chosen) {
    const url = checkedUrl(source);
    if (name === 'github') out.githubApiUrl = url;
    else apis[name] = url;
  }
  if (Object.keys(apis).length > 0) out.apis = apis;
  return out;
}
