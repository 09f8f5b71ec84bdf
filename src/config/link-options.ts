import { MedlintError } from '../diagnostics/medlint-error.js';
import { resolveLinkOptions } from '../links/options.js';
import type { LinkCheckOptions } from '../links/types.js';
import type { ResolvedConfig } from './types.js';

/**
 * The `links` section of a config → the checker's options, with command-line `overrides` on
 * top. Invalid `exclude` patterns were already refused by validation of the config shape;
 * a pattern that is not a valid regular expression is reported here.
 */
export function linkOptionsFromConfig(config: ResolvedConfig, overrides: Partial<LinkCheckOptions>): LinkCheckOptions {
  const links = config.links;
  const fromConfig: Partial<LinkCheckOptions> = {};
  if (links.concurrency !== undefined) fromConfig.concurrency = links.concurrency;
  if (links.perHost !== undefined) fromConfig.perHost = links.perHost;
  if (links.timeout !== undefined) fromConfig.timeoutMs = links.timeout;
  if (links.retries !== undefined) fromConfig.retries = links.retries;
  if (links.timeoutRetries !== undefined) fromConfig.timeoutRetries = links.timeoutRetries;
  if (links.maxRetryAfter !== undefined) fromConfig.maxRetryAfterMs = links.maxRetryAfter;
  if (links.allowPrivate !== undefined) fromConfig.allowPrivate = links.allowPrivate;
  if (links.accept !== undefined) fromConfig.accept = links.accept;
  if (links.userAgent !== undefined) fromConfig.userAgent = links.userAgent;
  if (links.exclude !== undefined) fromConfig.exclude = links.exclude.map((pattern) => compilePattern(pattern, config.source));
  const perHostByHost: Record<string, number> = {};
  const headersByHost: Record<string, Record<string, string>> = {};
  for (const [host, settings] of Object.entries(links.hosts ?? {})) {
    const name = host.toLowerCase();
    if (settings.perHost !== undefined) perHostByHost[name] = settings.perHost;
    if (settings.headers !== undefined) headersByHost[name] = settings.headers;
  }
  fromConfig.perHostByHost = perHostByHost;
  fromConfig.headersByHost = headersByHost;
  const merged: Partial<LinkCheckOptions> = {
    ...fromConfig,
    ...overrides,
    exclude: [...(fromConfig.exclude ?? []), ...(overrides.exclude ?? [])],
    perHostByHost: { ...perHostByHost, ...overrides.perHostByHost },
    headersByHost: mergeHeaders(headersByHost, overrides.headersByHost ?? {}),
  };
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


/** A user's `exclude` pattern as a RegExp, or a clear error naming where it came from. */
export function compilePattern(pattern: string, source: string | null): RegExp {
  try {
    return new RegExp(pattern);
  } catch (error) {
    const where = source === null ? '--exclude' : `${source}: links.exclude`;
    throw new MedlintError(source === null ? 'usage' : 'config-invalid', `${where}: invalid regular expression ${JSON.stringify(pattern)} (${(error as Error).message})`);
  }
}
