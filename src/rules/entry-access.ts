import { describeLevel } from './access-levels.js';
import type { Rule } from './types.js';

/** `gated`: entries medlint knows to be other than open; `all`: every entry. */
type Requirement = 'gated' | 'all';

/**
 * Entries say how to get the data. With `require: "gated"` (the default) only entries whose URL
 * or name medlint knows to need more than a click; with `"all"`, every entry.
 */
export const entryAccess: Rule = {
  meta: {
    id: 'entry-access',
    description: 'Entries whose data medlint knows to be gated (or, with `require: "all"`, every entry) must state their access terms.',
    category: 'entries',
    recommended: 'warn',
    messages: {
      // The terms and their source go to `note` (a second line in the terminal): the message stays short.
      gated: 'Unexpected entry `{{name}}` without access terms, expected them stated: `{{match}}` {{known}}',
      missing: 'Unexpected entry `{{name}}` without access terms, expected them stated (for example `Access: open`)',
    },
    schema: {
      type: 'object',
      properties: {
        require: {
          enum: ['gated', 'all'],
          description: 'Which entries must state access terms: `gated` ones medlint knows, or `all` (default: `"gated"`).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { require: 'gated' },
  },
  check(document, context) {
    const requirement: Requirement = context.options['require'] === 'all' ? 'all' : 'gated';
    for (const entry of document.entries) {
      // Search engines, other lists and tools are resources: no access terms or licence to judge.
      if (entry.kind === 'resource') continue;
      if (entry.access?.source === 'text') continue;
      const place = { line: entry.line, column: entry.column, endLine: entry.endLine, endColumn: entry.endColumn };
      const name = entry.name !== '' ? entry.name : (entry.url ?? '');
      const known = entry.knownAccess;
      if (known && known.level !== 'open') {
        context.report({
          messageId: 'gated',
          data: { name, match: known.match, known: describeLevel(known.level), terms: known.terms, source: known.source },
          ...place,
          expected: known.level,
          note: `${known.terms}; source: ${known.source}`,
        });
      } else if (requirement === 'all') {
        context.report({ messageId: 'missing', data: { name }, ...place });
      }
    }
  },
};
