/**
 * The Action's only door to the GitHub REST API: an Octokit from `@actions/github` pointed at
 * one base URL (`GITHUB_API_URL`), a page loop, and the mapping of API errors to one-line
 * messages.
 *
 * The token goes to that base URL only: pages are requested by number on the same base (the
 * `Link` header only says whether there is a next page; its URL is never followed), and
 * redirects are refused (`redirect: 'error'`), so no answer can send the token elsewhere.
 */
import { getOctokit } from '@actions/github';
import { trimEndOf } from '../parse/linear-text.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Owner and name of a repository. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** Per-request options that keep the token on the API host. */
export const NO_REDIRECTS = { redirect: 'error' } as const;

/** Creates the client; `baseUrl` comes from `GITHUB_API_URL` (default: `https://api.github.com`). */
export function createGitHubClient(token: string, baseUrl: string): GitHubClient {
  return getOctokit(token, { baseUrl: trimEndOf(baseUrl, '/'), userAgent: 'medlint-action' });
}

/** GitHub's largest page. */
export const PER_PAGE = 100;

/** Whether a `Link` header announces a next page. */
export function hasNextPage(link: string | undefined): boolean {
  return link !== undefined && /rel="next"/.test(link);
}

/**
 * Fetches pages 1, 2, … until one comes without a `rel="next"` link, is short, or `maxPages`
 * is reached; returns the items and whether the limit cut the list short.
 */
export async function fetchAllPages<T>(
  fetchPage: (page: number) => Promise<{ data: T[]; headers: { link?: string | undefined } }>,
  maxPages: number,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  for (let page = 1; page <= maxPages; page += 1) {
    const response = await fetchPage(page);
    items.push(...response.data);
    if (!hasNextPage(response.headers.link) || response.data.length === 0) return { items, truncated: false };
  }
  return { items, truncated: true };
}

/** An HTTP error status from Octokit's RequestError, without importing it. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') return error.status;
  return undefined;
}

/** GitHub's own error message from the response body, when there is one. */
function githubMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'response' in error) {
    const response = (error as { response?: { data?: unknown } }).response;
    const data = response?.data;
    if (typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string') {
      return data.message;
    }
  }
  return error instanceof Error ? error.message : String(error);
}

/** A GitHub API failure as one line saying what to do next; thrown to the Action's shell. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';

  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

/**
 * Turns an Octokit error into a `GitHubApiError`. `doing` says what was attempted ("update the
 * report issue"); `permission` is the `permissions:` line that allows it.
 */
export function apiError(error: unknown, doing: string, permission: string): GitHubApiError {
  const status = httpStatus(error);
  const said = githubMessage(error).replace(/\s+/g, ' ').trim();
  if (status === 401) {
    return new GitHubApiError(`GitHub rejected the token while trying to ${doing} (401: ${said}); check the \`github-token\` input.`, status);
  }
  if (status === 403 || status === 404) {
    return new GitHubApiError(
      `medlint could not ${doing}: GitHub answered ${status} (${said}). Give the job \`permissions: ${permission}\`` +
        ' (or a token that has it) and run it again.',
      status,
    );
  }
  return new GitHubApiError(`medlint could not ${doing}: ${status === undefined ? '' : `GitHub answered ${status}: `}${said}`, status);
}
