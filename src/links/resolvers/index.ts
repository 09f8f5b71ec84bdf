/**
 * Resolvers: links to a registry are checked through its API, one request per record, under the
 * same limits as pages; the answer both checks the link and gives the record's facts
 * (src/results/registry-record.ts). Its parts, in the order they are tried:
 *
 *   doi-id.ts        which links are DOIs (`https://doi.org/10.…`)
 *   registry-id.ts   which links name a PhysioNet project, a Zenodo record (or its DOI) or a
 *                    Hugging Face dataset, and which one
 *   physionet.ts     the PhysioNet API: versions, the newest version's licence, access from it
 *   zenodo.ts        the Zenodo API: access right, licence, whether this is the newest version
 *   huggingface.ts   the Hub API: gating, privacy, the card's licence
 *   doi.ts           the DOI handle API: does the DOI exist
 *   github.ts        with a token, the GitHub REST API: does the repository, file or folder
 *                    exist; a repository's licence and archived state
 *   registry-api.ts  one JSON answer from an API: tokens to its own origin only, never across a
 *                    redirect; a size cap; the run's memo (one request per record)
 *   api-path.ts      API URLs built from checked path segments (no `.`/`..`), so a link cannot
 *                    steer a token-bearing request outside its API path
 *
 * A URL no resolver claims is checked as a page (http/).
 */
import type { LinkOutcome } from '../../results/link-outcome.js';
import type { CheckContext } from '../http/index.js';
import type { LinkCheckOptions } from '../types.js';
import { checkDoi, doiOf } from './doi.js';
import { checkGithub, githubTargetOf } from './github.js';
import { checkHuggingface } from './huggingface.js';
import { checkPhysionet } from './physionet.js';
import type { RecordMemo } from './registry-api.js';
import { registryTargetOf } from './registry-id.js';
import { checkZenodo } from './zenodo.js';

export { createRecordMemo } from './registry-api.js';
export type { RecordMemo };

/**
 * The check of the registry that claims `url`, or null when it is a plain page. The check itself
 * may answer null: the page is then checked as any page (an old PhysioNet path whose slug the
 * API does not know may still redirect to a project).
 */
export function resolverFor(url: URL, options: LinkCheckOptions, memo: RecordMemo): ((ctx: CheckContext) => Promise<LinkOutcome | null>) | null {
  const registry = registryTargetOf(url);
  if (registry !== null) {
    switch (registry.registry) {
      case 'physionet':
        return async (ctx) => {
          const outcome = pageWhenRateLimited(await checkPhysionet(ctx, registry, options.apis.physionet, memo));
          return registry.legacy && outcome?.kind === 'dead' && outcome.reason === 'registry-not-found' ? null : outcome;
        };
      case 'zenodo':
        return async (ctx) => pageWhenRateLimited(await checkZenodo(ctx, registry, options.apis.zenodo, memo));
      case 'huggingface':
        return async (ctx) => pageWhenRateLimited(await checkHuggingface(ctx, registry, { apiUrl: options.apis.huggingface, token: options.huggingfaceToken }, memo));
    }
  }
  const doi = doiOf(url);
  if (doi !== null) return (ctx) => checkDoi(ctx, doi, options.doiApiUrl);
  const token = options.githubToken;
  const github = token ? githubTargetOf(url) : null;
  if (github !== null && token) return (ctx) => checkGithub(ctx, github, { token, apiUrl: options.githubApiUrl });
  return null;
}

/**
 * An API that still answers 429 after the waits (PhysioNet allows an anonymous client 20
 * requests an hour, with a Retry-After far beyond `maxRetryAfter`) does not make the link
 * unverified: its page is checked instead, as without the registry, and only the record's facts
 * are missing.
 */
function pageWhenRateLimited(outcome: LinkOutcome): LinkOutcome | null {
  return outcome.kind === 'unverified' && outcome.reason === 'rate-limited' ? null : outcome;
}

/** Whether a registry's API would be asked for `url` (a record with facts, not a plain page). */
export function isRegistryLink(url: string, options: LinkCheckOptions): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (registryTargetOf(parsed) !== null) return true;
  return options.githubToken !== null && githubTargetOf(parsed)?.kind === 'repo';
}

/**
 * What admission groups a page under: the host its first request goes to. For a link a registry
 * claims that is the registry's API host, not the link's own: the window then holds as many of
 * its pages as the API host has places, next to the pages of the other hosts, and a 429 that
 * pauses the API holds its pages back too. Grouped by the link's host (or by record), the pages
 * of one registry could fill the whole window while the other APIs sat idle.
 */
export function admissionKeyOf(url: URL, options: LinkCheckOptions): string {
  const registry = registryTargetOf(url);
  if (registry !== null) return hostOf(options.apis[registry.registry], url);
  if (doiOf(url) !== null) return hostOf(options.doiApiUrl, url);
  if (options.githubToken && githubTargetOf(url) !== null) return hostOf(options.githubApiUrl, url);
  return url.host;
}

function hostOf(base: string, fallback: URL): string {
  try {
    return new URL(base).host;
  } catch {
    return fallback.host;
  }
}
