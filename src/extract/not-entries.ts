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

/**
 * `Credits:`, `Inspired by:`, `Thanks to:`, `Maintainers:` alone on a line: a label over a list
 * of people or other lists, the list form of the one-line credits `CREDIT_LINE` reads.
 */
const CREDIT_LABEL =
  /^\W*(?:credits?|inspired by|inspiration(?: from)?|thanks(?: to)?|special thanks(?: to)?|acknowledge?ments?|maintainers?|maintained by|curated by|contributors?|authors?|related (?:awesome )?lists?|other (?:awesome )?lists?|similar lists?|see also)\W*$/iu;

/**
 * `Releases:`, `Versions:`, `Files:` alone on a line, on a page about one dataset: the list after
 * it holds values of that field (`- v1: 2019-01`), not entries.
 */
const VALUE_LIST_LABEL = /^\W*(?:releases?|versions?|files?|keywords?|tags?|changelog|history|requirements?|dependencies|installation|usage|folder structure|file structure)\s*:\W*$/iu;

/** Whether a paragraph's text labels a list of credits, other lists or field values, so the list holds no entries. */
export function isCreditLabel(text: string): boolean {
  const trimmed = text.trim();
  return CREDIT_LABEL.test(trimmed) || VALUE_LIST_LABEL.test(trimmed);
}

/** `Todo: add X`: an item that says what to do, not what is there. */
const TODO_ITEM = /^\W*to[\s-]?do\b/iu;

/**
 * `*List maintained by …*`, `Inspiration from: …`, `Thanks to …`: a line that credits people or
 * other lists, not an entry.
 */
const CREDIT_LINE =
  /^\W*(?:(?:this\s+)?list\s+(?:is\s+)?(?:maintained|curated|created|compiled)\s+by|maintained\s+by|curated\s+by|compiled\s+by|created\s+by|made\s+(?:with\s+\S+\s+)?by|inspiration\s+from|inspired\s+by|thanks\s+to|credits?\s*(?:to|:)|originally\s+by)\b/iu;

/**
 * `pip install wfdb`, `conda install -c conda-forge mne`, `install.packages("x")`: an entry that
 * is installed, not downloaded; its missing link is not a defect.
 */
const INSTALL_COMMAND = /\b(?:pip3?|conda|mamba|npm|yarn|pnpm|gem|cargo|brew|apt(?:-get)?) (?:install|add) \S|\binstall\.packages\(|\bgo (?:get|install) \S|\bdocker pull \S/i;

/**
 * `Contact AHA`, `Request access`, `… is not available online, contact the authors`: an entry
 * that says its data is not online. Its missing link is a fact of the dataset, not a defect.
 */
const NOT_ONLINE =
  /\bcontact (?:the )?(?:authors?|owners?|maintainers?|us)\b|\brequest(?:ing)? access\b|\b(?:up)?on request\b|\bby request\b|\bnot (?:publicly |freely |openly )?(?:available|online|released|accessible|shared)\b|\bno longer (?:available|online|hosted)\b/iu;

/** `Contact AHA`: a contact named with a capital, case kept (`contact information` is no such note). */
const CONTACT_NAMED = /\b[Cc]ontact (?:the )?\p{Lu}/u;

/**
 * Why an entry without a link has none, when its text says so: an install command, or a note
 * that the data is not online. Null when nothing explains it (then the link is missing).
 */
export function reasonForNoLink(text: string): { kind: 'install' | 'not-online'; text: string } | null {
  const install = INSTALL_COMMAND.exec(text);
  if (install) return { kind: 'install', text: phraseAround(text, install.index) };
  const note = NOT_ONLINE.exec(text) ?? CONTACT_NAMED.exec(text);
  if (note) return { kind: 'not-online', text: phraseAround(text, note.index) };
  return null;
}

/** The clause of `text` around `index`: from the last separator before it to the next one. */
function phraseAround(text: string, index: number): string {
  const separators = /[;|\n]|\.\s/g;
  let start = 0;
  let end = text.length;
  for (let match = separators.exec(text); match !== null; match = separators.exec(text)) {
    if (match.index < index) start = match.index + 1;
    else {
      end = match.index;
      break;
    }
  }
  return text.slice(start, end).trim();
}

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
