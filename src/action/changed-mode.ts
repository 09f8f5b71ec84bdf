/**
 * Changed-entries mode, step two: given the lines a pull request touched, which files to lint,
 * which links to check, and which findings to report.
 *
 * An entry counts as touched when any of its lines was added or modified; its links are
 * checked and its findings reported, even on its untouched lines. Everything else in the file
 * (an old dead link three sections away) is neither checked nor reported, so a pull request
 * that adds or moves an entry fails only for what it changed.
 */
import path from 'node:path';
import type { FileResult } from '../results/file-result.js';
import type { DatasetEntry, LinkRef } from '../extract/types.js';
import { entryAt } from '../reporters/markdown-group.js';
import { normalizePath, spanChanged, type ChangedFiles } from './changed-lines.js';
import { recount } from './results.js';

/** A file as the pulls API names it: relative to the repository root (the workspace). */
export function repoPath(workspace: string, file: string): string {
  return normalizePath(path.relative(workspace, path.resolve(workspace, file)));
}

/** The files among `files` that the pull request added or changed. */
export function changedListFiles(files: readonly string[], changed: ChangedFiles, workspace: string): string[] {
  return files.filter((file) => changed.files.has(repoPath(workspace, file)));
}

function entryTouched(changed: ChangedFiles, file: string, entry: DatasetEntry): boolean {
  return spanChanged(changed, file, entry.line, entry.endLine);
}

/** `PipelineOptions.selectLink` for changed mode: links of touched entries, and links on changed lines. */
export function selectChangedLinks(
  changed: ChangedFiles,
  workspace: string,
): (file: string, ref: LinkRef, entry: DatasetEntry | undefined) => boolean {
  return (file, ref, entry) => {
    const name = repoPath(workspace, file);
    return entry === undefined ? spanChanged(changed, name, ref.line, ref.endLine) : entryTouched(changed, name, entry);
  };
}

/**
 * Keeps the findings inside the diff (on a changed line, or in a touched entry) and counts
 * the others.
 */
export function restrictToDiff(
  results: readonly FileResult[],
  changed: ChangedFiles,
  workspace: string,
): { results: FileResult[]; outside: number } {
  let outside = 0;
  const kept = results.map((result) => {
    const name = repoPath(workspace, result.file);
    const diagnostics = result.diagnostics.filter((diagnostic) => {
      const entry = entryAt(result.entries, diagnostic.line);
      const inside =
        spanChanged(changed, name, diagnostic.line, diagnostic.endLine) ||
        (entry !== undefined && entryTouched(changed, name, entry));
      if (!inside) outside += 1;
      return inside;
    });
    return recount(result, diagnostics);
  });
  return { results: kept, outside };
}
