import type { Rule } from './types.js';

/** Every entry links its name: `[Name](url)`, not a bare URL and not plain text. */
export const entryLink: Rule = {
  meta: {
    id: 'entry-link',
    description: 'Entries must link their name with a Markdown link `[Name](url)`.',
    category: 'entries',
    recommended: 'error',
    messages: {
      bareUrl: 'Unexpected bare URL `{{url}}` for `{{name}}`, expected a Markdown link `[{{name}}]({{url}})`',
      missingLink: 'Unexpected entry `{{name}}` without a link, expected a Markdown link `[{{name}}](https://…)`',
    },
  },
  check(document, context) {
    for (const entry of document.entries) {
      if (entry.hasMarkdownLink) continue;
      const bare = entry.links[0];
      if (bare) {
        context.report({
          messageId: 'bareUrl',
          data: { url: bare.url, name: entry.name },
          line: bare.line,
          column: bare.column,
          endLine: bare.endLine,
          endColumn: bare.endColumn,
          actual: bare.url,
          expected: `[${entry.name}](${bare.url})`,
        });
      } else {
        context.report({
          messageId: 'missingLink',
          data: { name: entry.name },
          line: entry.line,
          column: entry.column,
          endLine: entry.endLine,
          endColumn: entry.endColumn,
        });
      }
    }
  },
};
