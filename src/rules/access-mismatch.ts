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
      moreOpen:
        'Unexpected access `{{stated}}` ("{{text}}") for `{{name}}`, expected `{{level}}`: `{{match}}` {{known}} ({{terms}}; source: {{source}})',
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
        note: known.source,
      });
    }
  },
};
