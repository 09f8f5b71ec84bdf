import { describeLevel, isImprecise } from './access-levels.js';
import { registryAccess } from './records.js';
import type { RecordRule } from './types.js';

/** `gated`: entries medlint knows to be other than open; `all`: every entry. */
type Requirement = 'gated' | 'all';

/**
 * Entries say how to get the data, precisely where medlint knows the terms. With `require: "gated"` (the default) only entries whose URL
 * or name medlint knows to need more than a click; with `"all"`, every entry. What the registry
 * of the entry's link says (when the links were checked) wins over access.json.
 */
export const entryAccess: RecordRule = {
  meta: {
    id: 'entry-access',
    description: 'Entries whose data medlint knows to be gated (or, with `require: "all"`, every entry) must state their access terms.',
    category: 'entries',
    recommended: 'warn',
    messages: {
      // The terms and their source go to `note` (a second line in the terminal): the message stays short.
      gated: 'Unexpected entry `{{name}}` without access terms, expected them stated: `{{match}}` {{known}}',
      missing: 'Unexpected entry `{{name}}` without access terms, expected them stated (for example `Access: open`)',
      imprecise: 'Unexpected access `{{stated}}` ("{{text}}") for `{{name}}`, expected the precise terms: `{{match}}` {{known}}',
      registryGated: 'Unexpected entry `{{name}}` without access terms, expected them stated: {{registry}} says it {{known}}',
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
      const place = { line: entry.line, column: entry.column, endLine: entry.endLine, endColumn: entry.endColumn };
      const name = entry.name !== '' ? entry.name : (entry.url ?? '');
      const fromRegistry = registryAccess(entry, context);
      const known = fromRegistry ?? entry.knownAccess;
      if (entry.access?.source === 'text') {
        // "Request access" for a credentialed dataset is right but vague: suggest the precise terms.
        const stated = entry.access.level;
        if (stated !== null && known && isImprecise(stated, known.level)) {
          context.report({
            messageId: 'imprecise',
            data: { stated, text: entry.access.text, name, match: known.match, known: describeLevel(known.level), terms: known.terms, source: known.source },
            ...place,
            actual: entry.access.text,
            expected: known.level,
            note: `${known.terms}; source: ${known.source}`,
          });
        }
        continue;
      }
      if (fromRegistry && fromRegistry.level !== 'open') {
        context.report({
          messageId: 'registryGated',
          data: { name, registry: fromRegistry.registry, known: describeLevel(fromRegistry.level), terms: fromRegistry.terms, source: fromRegistry.source },
          ...place,
          expected: fromRegistry.level,
          note: `${fromRegistry.terms}; source: ${fromRegistry.source}`,
        });
      } else if (known && known.level !== 'open') {
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
