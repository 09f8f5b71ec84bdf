import type { DatasetEntry } from '../extract/types.js';
import type { Rule } from './types.js';
import { normaliseUrl } from './urls.js';

/** What to call an entry in a message: its name, or its URL when the list gives no name. */
function labelOf(entry: DatasetEntry): string {
  return entry.name !== '' ? entry.name : (entry.url ?? '');
}

/** `The  CheXpert ` and `the chexpert` name the same dataset. */
function normaliseName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Each dataset is listed once: two entries whose primary URLs are the same once normalised
 * (see `normaliseUrl`) are duplicates. The later one is reported, naming the first.
 */
export const noDuplicateEntry: Rule = {
  meta: {
    id: 'no-duplicate-entry',
    description: 'Entries must not repeat a dataset already listed with the same URL.',
    category: 'entries',
    recommended: 'error',
    messages: {
      duplicate: 'Unexpected duplicate entry `{{name}}`, expected it once (first listed on line {{firstLine}})',
      sameUrl:
        'Unexpected entry `{{name}}` with the URL of `{{firstName}}` (line {{firstLine}}), expected each URL once: `{{url}}`',
    },
  },
  check(document, context) {
    const firstByUrl = new Map<string, DatasetEntry>();
    for (const entry of document.entries) {
      if (entry.url === null) continue;
      const key = normaliseUrl(entry.url);
      const first = firstByUrl.get(key);
      if (!first) {
        firstByUrl.set(key, entry);
        continue;
      }
      const sameName = normaliseName(first.name) === normaliseName(entry.name);
      context.report({
        messageId: sameName ? 'duplicate' : 'sameUrl',
        data: { name: labelOf(entry), firstName: labelOf(first), firstLine: first.line, url: entry.url },
        line: entry.line,
        column: entry.column,
        endLine: entry.endLine,
        endColumn: entry.endColumn,
        actual: entry.url,
        note: `First listed as \`${labelOf(first)}\` on line ${first.line}: ${first.url ?? ''}`,
      });
    }
  },
};
