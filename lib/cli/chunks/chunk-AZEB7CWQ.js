import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  REGISTRY_NAMES
} from "./chunk-IB42TDM7.js";
import {
  MedlintError
} from "./chunk-H6HVNZ66.js";

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
  apis: { physionet: "https://physionet.org", zenodo: "https://zenodo.org", huggingface: "https://huggingface.co" },
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
    apis: { ...LINK_DEFAULTS.apis, ...partial.apis },
    huggingfaceToken: partial.huggingfaceToken ?? null,
    cache: partial.cache ?? null,
    retryDelayMs: partial.retryDelayMs ?? LINK_DEFAULTS.retryDelayMs,
    maxBodyBytes: partial.maxBodyBytes ?? LINK_DEFAULTS.maxBodyBytes,
    maxRedirects: partial.maxRedirects ?? LINK_DEFAULTS.maxRedirects
  };
  if (partial.onProgress) resolved.onProgress = partial.onProgress;
  if (partial.lookup) resolved.lookup = partial.lookup;
  if (partial.trustedCa) resolved.trustedCa = partial.trustedCa;
  if (partial.privateRange) resolved.privateRange = partial.privateRange;
  return resolved;
}
function checkedUrl({ value, where, code }) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new MedlintError(code, `${where} expects an http(s) URL such as https://zenodo.org, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new MedlintError(code, `${where} expects an http(s) URL such as https://zenodo.org, got ${JSON.stringify(value)}`);
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    throw new MedlintError(code, `${where} expects a base URL without credentials, query or fragment, got ${JSON.stringify(value)}`);
  }
  return url.href.replace(/\/$/, "");
}
function apiOverrides(flags, env) {
  const chosen = /* @__PURE__ */ new Map();
  for (const name of REGISTRY_NAMES) {
    const variable = name === "github" ? "GITHUB_API_URL" : `MEDLINT_API_${name.toUpperCase()}`;
    const value = env[variable];
    if (value) chosen.set(name, { value, where: variable, code: "usage" });
  }
  for (const flag of flags) {
    const match = /^([a-z]+)=(.+)$/.exec(flag.trim());
    const name = match?.[1];
    if (!match || name === void 0 || !REGISTRY_NAMES.includes(name)) {
      throw new MedlintError("usage", `--api expects name=url with a name of ${REGISTRY_NAMES.join(", ")}, got ${JSON.stringify(flag)}`);
    }
    chosen.set(name, { value: match[2], where: `--api ${name}`, code: "usage" });
  }
  const apis = {};
  const out = {};
  for (const [name, source] of chosen) {
    const url = checkedUrl(source);
    if (name === "github") out.githubApiUrl = url;
    else apis[name] = url;
  }
  if (Object.keys(apis).length > 0) out.apis = apis;
  return out;
}

export {
  DEFAULT_USER_AGENT,
  LINK_DEFAULTS,
  DEFAULT_CACHE_FILE,
  resolveLinkOptions,
  apiOverrides
};
