import { describeLevel, isMoreOpen } from './access-levels.js';
import type { Rule } from './types.js';

/** An entry must not promise easier access than its data has; stricter terms are not wrong. */
export const accessMismatch: Rule = {
  meta: {
    id: 'access-mismatch',
    description: 'Entries must not state access terms more open than medlint knows the data to have.',
    category: 'entries',
    recommended: 'error',
    messages: {
      // The terms and their source go to `note` (a second line in the terminal): the message stays short.
      moreOpen: 'Unexpected access `{{stated}}` ("{{text}}") for `{{name}}`, expected `{{level}}`: `{{match}}` {{known}}',
    },
  },
  check(document, context) {
    for (const entry of document.entries) {
      // Search engines, other lists and tools are resources: no access terms or licence to judge.
      if (entry.kind === 'resource') continue;
      const { access, knownAccess: known } = entry;
      if (access?.source !== 'text' || access.level === null || !known || !isMoreOpen(access.level, known.level)) continue;
      context.report({
        messageId: 'moreOpen',
        data: {
          stated: access.level,
          text: access.text,
          name: entry.name !== '' ? entry.name : (entry.url ?? ''),
          level: known.level,
          match: known.match,
          known: describeLevel(known.level),
          terms: known.terms,
          source: known.source,
        },
        line: entry.line,
        column: entry.column,
        endLine: entry.endLine,
        endColumn: entry.endColumn,
        actual: access.text,
        expected: known.level,
        note: `${known.terms}; source: ${known.source}`,
      });
    }
  },
};
