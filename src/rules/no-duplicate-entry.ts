import { entriesSharingUrl, labelOf } from './duplicates.js';
import type { Rule } from './types.js';

/**
 * Each dataset is listed once: two entries with the same URL (once normalised, see
 * `normaliseUrl`) and the same or nearly the same name ("Cancer Image Archive" and "The Cancer
 * Image Archive") are duplicates, anywhere in the list. The later one is reported, naming the
 * first. The same URL under different names is `no-duplicate-url`'s.
 */
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
      if (!sameDataset) continue;
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
