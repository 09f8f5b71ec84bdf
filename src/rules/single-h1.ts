import type { HeadingInfo } from '../extract/types.js';
import type { Rule } from './types.js';

/** One `#` heading names the list; categories sit below it. */
export const singleH1: Rule = {
  meta: {
    id: 'single-h1',
    description: 'A list must have only one top-level (`#`) heading.',
    category: 'structure',
    recommended: 'warn',
    messages: {
      extra:
        'Unexpected second rank-1 heading `{{text}}`, expected a single `#` heading (the first is on line {{firstLine}}); use `##` for sections',
    },
  },
  check(document, context) {
    let first: HeadingInfo | null = null;
    for (const heading of document.headings) {
      if (heading.depth !== 1) continue;
      if (first === null) {
        first = heading;
        continue;
      }
      context.report({
        messageId: 'extra',
        data: { text: heading.text, firstLine: first.line },
        line: heading.line,
        column: heading.column,
        endLine: heading.endLine,
        endColumn: heading.endColumn,
      });
    }
  },
};
