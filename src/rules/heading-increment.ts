import type { Rule } from './types.js';

/** Heading ranks go down one step at a time: `#` then `##`, never `#` then `###`. */
export const headingIncrement: Rule = {
  meta: {
    id: 'heading-increment',
    description: 'Heading levels must increase by one at a time.',
    category: 'structure',
    recommended: 'warn',
    messages: {
      skipped: 'Unexpected heading rank `{{actual}}`, expected rank `{{expected}}`',
    },
  },
  check(document, context) {
    let previous: number | null = null;
    for (const heading of document.headings) {
      if (previous !== null && heading.depth > previous + 1) {
        const expected = previous + 1;
        context.report({
          messageId: 'skipped',
          data: { actual: heading.depth, expected },
          line: heading.line,
          column: heading.column,
          endLine: heading.endLine,
          endColumn: heading.endColumn,
          actual: '#'.repeat(heading.depth),
          expected: '#'.repeat(expected),
        });
      }
      previous = heading.depth;
    }
  },
};
