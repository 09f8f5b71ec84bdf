import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  checkPatternCost,
  compileUserPattern
} from "./chunk-M24P5C5Y.js";
import {
  resolveLinkOptions
} from "./chunk-AZEB7CWQ.js";
import "./chunk-Y2R6CKVZ.js";
import "./chunk-IB42TDM7.js";
import "./chunk-H6HVNZ66.js";
import "./chunk-6MCAB35I.js";

// src/config/link-options.ts
function linkOptionsFromConfig(config, overrides) {
  const links = config.links;
  const fromConfig = {};
  if (links.concurrency !== void 0) fromConfig.concurrency = links.concurrency;
  if (links.perHost !== void 0) fromConfig.perHost = links.perHost;
  if (links.timeout !== void 0) fromConfig.timeoutMs = links.timeout;
  if (links.retries !== void 0) fromConfig.retries = links.retries;
  if (links.timeoutRetries !== void 0) fromConfig.timeoutRetries = links.timeoutRetries;
  if (links.maxRetryAfter !== void 0) fromConfig.maxRetryAfterMs = links.maxRetryAfter;
  if (links.accept !== void 0) fromConfig.accept = links.accept;
  if (links.userAgent !== void 0) fromConfig.userAgent = links.userAgent;
  if (links.exclude !== void 0) {
    fromConfig.exclude = links.exclude.map((pattern, index) => compileUserPattern(pattern, `${config.source ?? "config"}: links.exclude[${index}]`, "config-invalid"));
    checkPatternCost(fromConfig.exclude, `${config.source ?? "config"}: links.exclude`, "config-invalid");
  }
  const perHostByHost = {};
  const headersByHost = {};
  for (const [host, settings] of Object.entries(links.hosts ?? {})) {
    const name = host.toLowerCase();
    if (settings.perHost !== void 0) perHostByHost[name] = settings.perHost;
    if (settings.headers !== void 0) headersByHost[name] = settings.headers;
  }
  fromConfig.perHostByHost = perHostByHost;
  fromConfig.headersByHost = headersByHost;
  const merged = {
    ...fromConfig,
    ...overrides,
    exclude: [...fromConfig.exclude ?? [], ...overrides.exclude ?? []],
    perHostByHost: { ...perHostByHost, ...overrides.perHostByHost },
    headersByHost: mergeHeaders(headersByHost, overrides.headersByHost ?? {})
  };
  if (overrides.exclude !== void 0 && overrides.exclude.length > 0) checkPatternCost(merged.exclude ?? [], "links.exclude with --exclude", "usage");
  return resolveLinkOptions(merged);
}
function mergeHeaders(base, extra) {
  const merged = { ...base };
  for (const [host, headers] of Object.entries(extra)) merged[host] = { ...merged[host], ...headers };
  return merged;
}
export {
  linkOptionsFromConfig
};
