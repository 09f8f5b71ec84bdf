/**
 * Changed-entries mode, step one: which lines of which files a pull request added or modified,
 * read from the pulls files API (with pagination) and each file's unified `patch`.
 *
 * Only new-side lines count: a deleted line has no place in the new file, and a moved entry
 * shows up as added lines where it now stands, so it is checked there and nowhere else.
 */
import { posix } from 'node:path';
import { apiError, fetchAllPages, NO_REDIRECTS, PER_PAGE, type GitHubClient, type RepoRef } from './github-api.js';

/** The lines of one file a pull request touched. */
export interface ChangedFile {
  /** Path in the pull request's head, `/`-separated, relative to the repository root. */
  file: string;
  /** The old path of a renamed file. */
  previousFile: string | undefined;
  status: string;
  /**
   * Added or modified line numbers (1-based, new side), or `all` when GitHub sent no patch
   * (a diff too large to show, or a binary file): then the whole file counts as changed.
   */
  lines: ReadonlySet<number> | 'all';
}

export interface ChangedFiles {
  files: Map<string, ChangedFile>;
  /** Things the user should know (files without a patch, a truncated list). */
  notes: string[];
}

/** GitHub lists at most 3000 files of a pull request (30 pages of 100). */
const MAX_PAGES = 30;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** New-side line numbers that a unified diff adds (a modified line is a `-` then a `+`). */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  let inHunk = false;
  for (const line of patch.split(/\r?\n/)) {
    const hunk = HUNK.exec(line);
    if (hunk !== null) {
      next = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith('+')) {
      lines.add(next);
      next += 1;
    } else if (line.startsWith(' ')) {
      next += 1;
    }
    // `-` lines are old-side only; `\ No newline at end of file` is a marker.
  }
  return lines;
}

/** `./a//b.md` → `a/b.md`, backslashes as separators: how both sides are compared. */
export function normalizePath(file: string): string {
  return posix.normalize(file.replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
}

/** Raw fields of one item of `GET /repos/{o}/{r}/pulls/{n}/files` that are used here. */
export interface PullFileData {
  filename: string;
  status: string;
  changes?: number;
  patch?: string | undefined;
  previous_filename?: string | undefined;
}

/** Builds the changed-lines map from the API's file list. Pure, for tests. */
export function changedFilesFrom(items: readonly PullFileData[], truncated: boolean): ChangedFiles {
  const files = new Map<string, ChangedFile>();
  const notes: string[] = [];
  const withoutPatch: string[] = [];
  for (const item of items) {
    if (item.status === 'removed') continue;
    const file = normalizePath(item.filename);
    let lines: ReadonlySet<number> | 'all';
    if (item.patch !== undefined && item.patch !== '') {
      lines = addedLines(item.patch);
    } else if (item.changes === 0) {
      // A pure rename or mode change: no line of the content changed.
      lines = new Set();
    } else {
      lines = 'all';
      withoutPatch.push(file);
    }
    files.set(file, {
      file,
      previousFile: item.previous_filename === undefined ? undefined : normalizePath(item.previous_filename),
      status: item.status,
      lines,
    });
  }
  if (withoutPatch.length > 0) {
    notes.push(
      `GitHub sent no diff for ${withoutPatch.join(', ')} (too large or binary), so every line of ${withoutPatch.length === 1 ? 'it' : 'them'} counts as changed.`,
    );
  }
  if (truncated) {
    notes.push('GitHub lists at most 3000 files of a pull request; files beyond that were not checked.');
  }
  return { files, notes };
}

/** Reads the pull request's changed files and lines, all pages. */
export async function fetchChangedFiles(client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<ChangedFiles> {
  try {
    const { items, truncated } = await fetchAllPages(
      (page) =>
        client.rest.pulls.listFiles({ ...repo, pull_number: pullNumber, per_page: PER_PAGE, page, request: NO_REDIRECTS }),
      MAX_PAGES,
    );
    return changedFilesFrom(items, truncated);
  } catch (error) {
    throw apiError(error, `list the files of pull request #${pullNumber}`, 'pull-requests: read');
  }
}

/** Whether any line from `line` to `endLine` of `file` was added or modified. */
export function spanChanged(changed: ChangedFiles, file: string, line: number, endLine: number): boolean {
  const entry = changed.files.get(normalizePath(file));
  if (entry === undefined) return false;
  if (entry.lines === 'all') return true;
  for (let current = line; current <= Math.max(line, endLine); current += 1) {
    if (entry.lines.has(current)) return true;
  }
  return false;
}
