import { escapeCsvCell } from './csv.js';
import { stringifySafe } from './json-text.js';
import type { DatasetEntry } from '../extract/types.js';

/** The keys of an entry in `medlint entries --format json|csv`, in order. */
const ENTRY_KEYS = ['name', 'url', 'links', 'description', 'section', 'line', 'column', 'endLine', 'endColumn', 'counts', 'access', 'knownAccess', 'license', 'shape', 'kind'] as const;

export function entriesJson(entries: readonly DatasetEntry[]): string {
  const rows = entries.map((entry) => ({
    ...Object.fromEntries(ENTRY_KEYS.map((key) => [key, entry[key]])),
    // Only sub-entries have a parent; only link-less entries a shared link or a reason for none.
    ...(entry.parent === undefined ? {} : { parent: entry.parent }),
    ...(entry.sharedLink === undefined ? {} : { sharedLink: entry.sharedLink }),
    ...(entry.noLink === undefined ? {} : { noLink: entry.noLink }),
  }));
  return `${stringifySafe(rows)}\n`;
}

const CSV_COLUMNS = [
  'name', 'url', 'section', 'line', 'column', 'description', 'access', 'access_text', 'counts', 'links', 'kind', 'parent',
  'access_source', 'known_access', 'known_access_source', 'license', 'license_id',
] as const;

/**
 * RFC 4180 CSV, one row per entry; lists joined with ` | `, section with ` > `; every cell
 * escaped by `escapeCsvCell`.
 */
export function entriesCsv(entries: readonly DatasetEntry[]): string {
  const rows = entries.map((entry) => [
    entry.name,
    entry.url ?? '',
    entry.section.join(' > '),
    String(entry.line),
    String(entry.column),
    entry.description,
    entry.access?.level ?? '',
    entry.access?.text ?? '',
    entry.counts.map((count) => count.text).join(' | '),
    entry.links.map((link) => link.url).join(' | '),
    entry.kind,
    entry.parent ?? '',
    entry.access?.source ?? '',
    entry.knownAccess?.level ?? '',
    entry.knownAccess?.source ?? '',
    entry.license?.text ?? '',
    entry.license?.id ?? '',
  ]);
  return `${[[...CSV_COLUMNS], ...rows].map((row) => row.map(escapeCsvCell).join(',')).join('\r\n')}\r\n`;
}

