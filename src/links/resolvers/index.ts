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
          const outcome = await checkPhysionet(ctx, registry, options.apis.physionet, memo);
          return registry.legacy && outcome.kind === 'dead' && outcome.reason === 'registry-not-found' ? null : outcome;
        };
      case 'zenodo':
        return (ctx) => checkZenodo(ctx, registry, options.apis.zenodo, memo);
      case 'huggingface':
        return (ctx) => checkHuggingface(ctx, registry, { apiUrl: options.apis.huggingface, token: options.huggingfaceToken }, memo);
    }
  }
  const doi = doiOf(url);
  if (doi !== null) return (ctx) => checkDoi(ctx, doi, options.doiApiUrl);
  const token = options.githubToken;
  const github = token ? githubTargetOf(url) : null;
  if (github !== null && token) return (ctx) => checkGithub(ctx, github, { token, apiUrl: options.githubApiUrl });
  return null;
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
 * What admission groups a page under: its record for a registry link (links to the same record
 * wait for one answer, so they must not fill the window their API host's limit allows), else its
 * host.
 */
export function admissionKeyOf(url: URL): string {
  const registry = registryTargetOf(url);
  if (registry === null) return url.host;
  switch (registry.registry) {
    case 'physionet':
      return `physionet:${registry.slug}`;
    case 'zenodo':
      return `zenodo:${registry.id}`;
    case 'huggingface':
      return `huggingface:${registry.id}`;
  }
}
