import type { Rule } from './types.js';

/** Every entry names the licence its data comes under (off unless asked for, as in `medlint:strict`). */
export const entryLicense: Rule = {
  meta: {
    id: 'entry-license',
    description: 'Entries must name the licence of their data.',
    category: 'entries',
    recommended: 'off',
    messages: {
      missing: 'Unexpected entry `{{name}}` without a licence, expected one named (for example `License: CC-BY-4.0`)',
    },
  },
  check(document, context) {
    for (const entry of document.entries) {
      // Search engines, other lists and tools are resources: no access terms or licence to judge.
      if (entry.kind === 'resource') continue;
      if (entry.license) continue;
      context.report({
        messageId: 'missing',
        data: { name: entry.name !== '' ? entry.name : (entry.url ?? '') },
        line: entry.line,
        column: entry.column,
        endLine: entry.endLine,
        endColumn: entry.endColumn,
      });
    }
  },
};
