import { contradicts, describeLevel } from './access-levels.js';
import type { Rule } from './types.js';

/**
 * An entry must not promise easier access than its data has: `open` or `registration` where an
 * application or credentials are needed. Stricter terms are not wrong, and a vague statement of a
 * gate ("request access" for a credentialed dataset) agrees with the fact (`entry-access` warns).
 */
export const accessMismatch: Rule = {
  meta: {
    id: 'access-mismatch',
    description: 'Entries must not state access terms that contradict what medlint knows (open or registration where more is needed).',
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
      if (access?.source !== 'text' || access.level === null || !known || !contradicts(access.level, known.level)) continue;
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
