/**
 * Places diagnostics in the list's structure: the entry whose lines contain a diagnostic, and
 * through it the section. Shared by the Markdown and JUnit reporters.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DatasetEntry } from '../extract/types.js';

/** The innermost entry whose lines contain `line`, or undefined. */
export function entryAt(entries: readonly DatasetEntry[], line: number): DatasetEntry | undefined {
  let best: DatasetEntry | undefined;
  for (const entry of entries) {
    if (entry.line <= line && line <= entry.endLine) {
      if (best === undefined || entry.endLine - entry.line < best.endLine - best.line) best = entry;
    }
  }
  return best;
}

/** Section path as one line: `(1) Medical Images › X-Rays`. */
export function sectionLabel(section: readonly string[]): string {
  return section.join(' › ');
}

export interface SectionGroup {
  /** Heading path; empty for findings outside any entry. */
  section: string[];
  items: Array<{ diagnostic: Diagnostic; entry: DatasetEntry | undefined }>;
}

/**
 * Groups sorted diagnostics by the section of their entry, in order of first appearance;
 * findings outside any entry form their own group (empty section).
 */
export function groupBySection(diagnostics: readonly Diagnostic[], entries: readonly DatasetEntry[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  for (const diagnostic of diagnostics) {
    const entry = entryAt(entries, diagnostic.line);
    const section = entry?.section ?? [];
    // JSON keeps paths apart that `join` would merge ("a › b" vs ["a", "b"]).
    const key = entry === undefined ? '' : JSON.stringify(section);
    let group = groups.get(key);
    if (group === undefined) {
      group = { section: [...section], items: [] };
      groups.set(key, group);
    }
    group.items.push({ diagnostic, entry });
  }
  return [...groups.values()];
}
