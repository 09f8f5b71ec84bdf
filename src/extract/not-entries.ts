/**
 * What looks like an entry but is not one: a Todo list, a credit line, a contact section, and a
 * table that only indexes resources described again further down. Group labels (`**General
 * Category**` over a list, `| **Group** | | |` rows) are handled where lists and tables are read.
 */
import { trimEndOf } from '../parse/linear-text.js';
import type { DatasetEntry } from './types.js';

/** `Todo:`, `**TODO**`, `To do list`: a label over plans, not over datasets. */
const TODO_LABEL = /^\W*to[\s-]?do(?:s|\s+list)?\W*$/iu;

/** Whether a paragraph's text is a Todo label, so the list after it lists no entries. */
export function isTodoLabel(text: string): boolean {
  return TODO_LABEL.test(text.trim());
}

/** `Todo: add X`: an item that says what to do, not what is there. */
const TODO_ITEM = /^\W*to[\s-]?do\b/iu;

/**
 * `*List maintained by …*`, `Inspiration from: …`, `Thanks to …`: a line that credits people or
 * other lists, not an entry.
 */
const CREDIT_LINE =
  /^\W*(?:(?:this\s+)?list\s+(?:is\s+)?(?:maintained|curated|created|compiled)\s+by|maintained\s+by|curated\s+by|compiled\s+by|created\s+by|made\s+(?:with\s+\S+\s+)?by|inspiration\s+from|inspired\s+by|thanks\s+to|credits?\s*(?:to|:)|originally\s+by)\b/iu;

/** Whether the opening text of a paragraph or list item makes it no entry. */
export function isNotEntryText(text: string): boolean {
  return CREDIT_LINE.test(text) || TODO_ITEM.test(text);
}

/**
 * Drops the rows of index tables: a table whose rows are mostly (at least 80 %, and at least
 * two) listed again after it, by the same URL or name, only points to the real entries.
 * Rows of one table are on consecutive lines, which is how a table is told from the next.
 */
export function dropIndexTables(entries: DatasetEntry[]): DatasetEntry[] {
  const tables: DatasetEntry[][] = [];
  let previous: DatasetEntry | null = null;
  for (const entry of entries) {
    if (entry.shape !== 'table-row') {
      previous = null;
      continue;
    }
    if (previous && entry.line === previous.endLine + 1) (tables.at(-1) as DatasetEntry[]).push(entry);
    else tables.push([entry]);
    previous = entry;
  }
  const dropped = new Set<DatasetEntry>();
  // Walk back from the end, so the URLs and names listed after each table are at hand: one pass.
  const urls = new Set<string>();
  const names = new Set<string>();
  let next = entries.length - 1;
  for (let index = tables.length - 1; index >= 0; index -= 1) {
    const rows = tables[index] as DatasetEntry[];
    const end = (rows.at(-1) as DatasetEntry).endLine;
    for (; next >= 0 && (entries[next] as DatasetEntry).line > end; next -= 1) {
      const later = entries[next] as DatasetEntry;
      if (later.url !== null) urls.add(urlKey(later.url));
      if (later.name !== '') names.add(later.name.toLowerCase());
    }
    if (rows.length < 2) continue;
    const repeated = rows.filter((row) => (row.url !== null && urls.has(urlKey(row.url))) || names.has(row.name.toLowerCase()));
    if (repeated.length * 5 >= rows.length * 4) for (const row of rows) dropped.add(row);
  }
  return dropped.size === 0 ? entries : entries.filter((entry) => !dropped.has(entry));
}

/** A URL compared loosely, as an index and its sections write it: no scheme, `www.` or trailing `/`. */
function urlKey(url: string): string {
  return trimEndOf(url.trim().toLowerCase().replace(/^[a-z]+:\/\/(?:www\.)?/, ''), '/');
}
