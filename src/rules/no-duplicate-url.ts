import { entriesSharingUrl, labelOf } from './duplicates.js';
import type { Rule } from './types.js';

/**
 * One URL, two names: one landing page for two datasets (or two papers). Either may be right, so
 * the message names both lines and presumes neither wrong. A paper, tool or other resource that
 * links the page of the dataset it is about is no second dataset there.
 */
export const noDuplicateUrl: Rule = {
  meta: {
    id: 'no-duplicate-url',
    description: 'Entries with different names should not share one URL.',
    category: 'entries',
    recommended: 'warn',
    messages: {
      sameUrl:
        'Unexpected URL `{{url}}` shared by `{{name}}` (line {{line}}) and `{{firstName}}` (line {{firstLine}}), expected each entry to link its own page',
    },
  },
  check(document, context) {
    for (const { entry, first, sameDataset } of entriesSharingUrl(document.entries)) {
      // A paper or a tool that links its dataset's page is not a second dataset on that page.
      if (sameDataset || (entry.kind === 'resource') !== (first.kind === 'resource')) continue;
      context.report({
        messageId: 'sameUrl',
        data: { url: entry.url ?? '', name: labelOf(entry), line: entry.line, firstName: labelOf(first), firstLine: first.line },
        line: entry.line,
        column: entry.column,
        endLine: entry.endLine,
        endColumn: entry.endColumn,
        actual: entry.url ?? '',
      });
    }
  },
};
