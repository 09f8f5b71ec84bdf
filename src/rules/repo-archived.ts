import { entryLinksWithRecords, entryName } from './records.js';
import type { RecordRule } from './types.js';

/**
 * A GitHub repository an entry links is not archived (read-only, no longer maintained), as the
 * GitHub API says. Needs the link check with a token (`GITHUB_TOKEN`): only then is the API asked.
 */
export const repoArchived: RecordRule = {
  meta: {
    id: 'repo-archived',
    description: 'Entries must not link an archived GitHub repository without saying so.',
    category: 'entries',
    recommended: 'warn',
    messages: {
      archived:
        'Unexpected archived repository `{{url}}` for `{{name}}`, expected a maintained one: it is read-only; link its successor or say that it is archived (GitHub; source: {{source}})',
    },
  },
  check(document, context) {
    for (const { entry, link, record } of entryLinksWithRecords(document.entries, context)) {
      if (record.archived !== true) continue;
      // An entry that already says so is not news.
      if (/\barchived\b|\bunmaintained\b|\bdeprecated\b|\bno longer maintained\b/i.test(entry.description)) continue;
      context.report({
        messageId: 'archived',
        data: { url: link.url, name: entryName(entry), source: record.url },
        line: link.line,
        column: link.column,
        endLine: link.endLine,
        endColumn: link.endColumn,
        actual: link.url,
        note: record.url,
      });
    }
  },
};
