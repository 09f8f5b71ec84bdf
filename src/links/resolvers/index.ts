/**
 * Resolvers: links to a registry are checked through its API, one request per record, under the
 * same limits as pages; more registries are added here. Its parts, in the order they are tried:
 *
 *   doi-id.ts  which links are DOIs (`https://doi.org/10.…`)
 *   doi.ts     the DOI handle API: does the DOI exist
 *   github.ts  with a token, the GitHub REST API: does the repository, file or folder exist
 *   api-path.ts  API URLs built from checked path segments (no `.`/`..`), so a link cannot steer a
 *              token-bearing request outside its API path
 *
 * A URL no resolver claims is checked as a page (http/).
 */
import type { LinkOutcome } from '../../results/link-outcome.js';
import type { CheckContext } from '../http/index.js';
import type { LinkCheckOptions } from '../types.js';
import { checkDoi, doiOf } from './doi.js';
import { checkGithub, githubTargetOf } from './github.js';

/** The check of the registry that claims `url`, or null when it is a plain page. */
export function resolverFor(url: URL, options: LinkCheckOptions): ((ctx: CheckContext) => Promise<LinkOutcome>) | null {
  const doi = doiOf(url);
  if (doi !== null) return (ctx) => checkDoi(ctx, doi, options.doiApiUrl);
  const token = options.githubToken;
  const github = token ? githubTargetOf(url) : null;
  if (github !== null && token) return (ctx) => checkGithub(ctx, github, { token, apiUrl: options.githubApiUrl });
  return null;
}
