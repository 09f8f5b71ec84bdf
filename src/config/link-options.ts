import { resolveLinkOptions } from '../links/options.js';
import type { LinkCheckOptions, LinkOptionsInput } from '../links/types.js';
import { checkPatternCost, compileUserPattern } from './patterns.js';
import type { ResolvedConfig } from './types.js';

/**
 * The `links` section of a config → the checker's options, with command-line `overrides` on
 * top. `exclude` patterns are compiled on the linear-time engine here (a bad one is refused
 * naming its key). `allowPrivate` is never taken from a file: only `--allow-private` or the
 * Action's input turn it on (validation refuses `true` in a file).
 */
export function linkOptionsFromConfig(config: ResolvedConfig, overrides: LinkOptionsInput): LinkCheckOptions {
  const links = config.links;
  const fromConfig: Partial<LinkCheckOptions> = {};
  if (links.concurrency !== undefined) fromConfig.concurrency = links.concurrency;
  if (links.perHost !== undefined) fromConfig.perHost = links.perHost;
  if (links.timeout !== undefined) fromConfig.timeoutMs = links.timeout;
  if (links.retries !== undefined) fromConfig.retries = links.retries;
  if (links.timeoutRetries !== undefined) fromConfig.timeoutRetries = links.timeoutRetries;
  if (links.maxRetryAfter !== undefined) fromConfig.maxRetryAfterMs = links.maxRetryAfter;
  if (links.accept !== undefined) fromConfig.accept = links.accept;
  if (links.userAgent !== undefined) fromConfig.userAgent = links.userAgent;
  if (links.exclude !== undefined) {
    fromConfig.exclude = links.exclude.map((pattern, index) => compileUserPattern(pattern, `${config.source ?? 'config'}: links.exclude[${index}]`, 'config-invalid'));
    checkPatternCost(fromConfig.exclude, `${config.source ?? 'config'}: links.exclude`, 'config-invalid');
  }
  const perHostByHost: Record<string, number> = {};
  const headersByHost: Record<string, Record<string, string>> = {};
  for (const [host, settings] of Object.entries(links.hosts ?? {})) {
    const name = host.toLowerCase();
    if (settings.perHost !== undefined) perHostByHost[name] = settings.perHost;
    if (settings.headers !== undefined) headersByHost[name] = settings.headers;
  }
  fromConfig.perHostByHost = perHostByHost;
  fromConfig.headersByHost = headersByHost;
  const merged: LinkOptionsInput = {
    ...fromConfig,
    ...overrides,
    exclude: [...(fromConfig.exclude ?? []), ...(overrides.exclude ?? [])],
    perHostByHost: { ...perHostByHost, ...overrides.perHostByHost },
    headersByHost: mergeHeaders(headersByHost, overrides.headersByHost ?? {}),
  };
  // The config's patterns and the command line's run together: their sum is bounded too.
  if (overrides.exclude !== undefined && overrides.exclude.length > 0) checkPatternCost(merged.exclude ?? [], 'links.exclude with --exclude', 'usage');
  return resolveLinkOptions(merged);
}

function mergeHeaders(
  base: Record<string, Record<string, string>>,
  extra: Record<string, Record<string, string>>,
): Record<string, Record<string, string>> {
  const merged = { ...base };
  for (const [host, headers] of Object.entries(extra)) merged[host] = { ...merged[host], ...headers };
  return merged;
}
