import { entriesSharingUrl, labelOf } from './duplicates.js';
import type { DatasetEntry } from '../extract/types.js';
import type { Rule } from './types.js';

/**
 * Each dataset is listed once: two entries with the same URL (once normalised, see
 * `normaliseUrl`) and the same or nearly the same name ("Cancer Image Archive" and "The Cancer
 * Image Archive") are duplicates, anywhere in the list. The later one is reported, naming the
 * first. The same URL under different names is `no-duplicate-url`'s. A dataset named again among
 * tools or other lists, or a model in a methods table and again in a projects table, is not listed
 * twice: datasets are compared anywhere, resources (tools, papers, other lists) within a section.
 */
/** Datasets anywhere; a resource only with one of its own section (a tool listed under two headings on purpose is not). */
function listedTwice(entry: DatasetEntry, first: DatasetEntry): boolean {
  if (entry.kind !== first.kind) return false;
  return entry.kind === 'dataset' || entry.section.join('\u0000') === first.section.join('\u0000');
}

export const noDuplicateEntry: Rule = {
  meta: {
    id: 'no-duplicate-entry',
    description: 'Entries must not list a dataset twice (the same URL and the same or nearly the same name).',
    category: 'entries',
    recommended: 'error',
    messages: {
      duplicate: 'Unexpected duplicate entry `{{name}}`, expected it once (first listed on line {{firstLine}})',
    },
  },
  check(document, context) {
    for (const { entry, first, sameDataset } of entriesSharingUrl(document.entries)) {
      if (!sameDataset || !listedTwice(entry, first)) continue;
      context.report({
        messageId: 'duplicate',
        data: { name: labelOf(entry), firstLine: first.line },
        line: entry.line,
        column: entry.column,
        endLine: entry.endLine,
        endColumn: entry.endColumn,
        actual: entry.url ?? '',
        note: `First listed as \`${labelOf(first)}\` on line ${first.line}: ${first.url ?? ''}`,
      });
    }
  },
};
