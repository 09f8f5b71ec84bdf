/**
 * Places diagnostics in the list's structure: the entry whose lines contain a diagnostic, and
 * through it the section. Shared by the Markdown and JUnit reporters.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DatasetEntry } from '../extract/types.js';

/**
 * The innermost entry whose lines contain `line` (the first listed among equals), or undefined.
 * Reporters and the Action ask once per finding: the answer comes from a table of lines built
 * once per list of entries, not from a scan of every entry (100,000 findings on a list of
 * 100,000 entries took minutes).
 */
export function entryAt(entries: readonly DatasetEntry[], line: number): DatasetEntry | undefined {
  let index = ENTRY_INDEXES.get(entries);
  if (index === undefined) {
    index = indexEntries(entries);
    ENTRY_INDEXES.set(entries, index);
  }
  const at = line - index.first;
  const position = at >= 0 && at < index.byLine.length ? (index.byLine[at] as number) : -1;
  return position === -1 ? undefined : entries[position];
}

interface EntryIndex {
  /** Line of `byLine[0]`. */
  first: number;
  /** Per line from `first`, the position in `entries` of its innermost entry, or -1. */
  byLine: Int32Array;
}

const ENTRY_INDEXES = new WeakMap<readonly DatasetEntry[], EntryIndex>();

/**
 * Paints each entry's lines with its position, longest spans first, so the innermost one is
 * painted last; among spans of one length the first listed is painted last. Entries nest (an
 * entry and its sub-entries) or follow each other, so the painting is the lines times the depth.
 */
function indexEntries(entries: readonly DatasetEntry[]): EntryIndex {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    if (entry.line > entry.endLine) continue;
    first = Math.min(first, entry.line);
    last = Math.max(last, entry.endLine);
  }
  if (first > last) return { first: 0, byLine: new Int32Array(0) };
  const byLine = new Int32Array(last - first + 1).fill(-1);
  const order = entries.map((_, position) => position);
  const span = (position: number): number => (entries[position] as DatasetEntry).endLine - (entries[position] as DatasetEntry).line;
  order.sort((a, b) => span(b) - span(a) || b - a);
  for (const position of order) {
    const entry = entries[position] as DatasetEntry;
    byLine.fill(position, entry.line - first, entry.endLine - first + 1);
  }
  return { first, byLine };
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
