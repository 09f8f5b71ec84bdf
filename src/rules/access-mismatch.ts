import { contradicts, describeLevel } from './access-levels.js';
import { registryAccess } from './records.js';
import type { RecordRule } from './types.js';

/**
 * An entry must not promise easier access than its data has: `open` or `registration` where an
 * application or credentials are needed. Stricter terms are not wrong, and a vague statement of a
 * gate ("request access" for a credentialed dataset) agrees with the fact (`entry-access` warns).
 * The registry's record of the entry's link (when the links were checked) wins over access.json.
 */
export const accessMismatch: RecordRule = {
  meta: {
    id: 'access-mismatch',
    description: 'Entries must not state access terms that contradict what medlint knows (open or registration where more is needed).',
    category: 'entries',
    recommended: 'error',
    messages: {
      // The terms and their source go to `note` (a second line in the terminal): the message stays short.
      moreOpen: 'Unexpected access `{{stated}}` ("{{text}}") for `{{name}}`, expected `{{level}}`: `{{match}}` {{known}}',
      registry: 'Unexpected access `{{stated}}` ("{{text}}") for `{{name}}`, expected `{{level}}`: {{registry}} says it {{known}}',
    },
  },
  check(document, context) {
    for (const entry of document.entries) {
      // Search engines, other lists and tools are resources: no access terms or licence to judge.
      if (entry.kind === 'resource') continue;
      const { access } = entry;
      if (access?.source !== 'text' || access.level === null) continue;
      const fromRegistry = registryAccess(entry, context);
      const known = fromRegistry ?? entry.knownAccess;
      if (!known || !contradicts(access.level, known.level)) continue;
      context.report({
        messageId: fromRegistry ? 'registry' : 'moreOpen',
        data: {
          ...(fromRegistry ? { registry: fromRegistry.registry } : {}),
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
