import { REGISTRY_TITLES } from '../results/registry-record.js';
import { entryRecord } from './records.js';
import type { RecordRule } from './types.js';

/**
 * Every entry names the licence its data comes under (off unless asked for, as in
 * `medlint:strict`); when the registry of the entry's link names one, the message suggests it.
 */
export const entryLicense: RecordRule = {
  meta: {
    id: 'entry-license',
    description: 'Entries must name the licence of their data.',
    category: 'entries',
    recommended: 'off',
    messages: {
      missing: 'Unexpected entry `{{name}}` without a licence, expected one named (for example `License: CC-BY-4.0`)',
      missingKnown: 'Unexpected entry `{{name}}` without a licence, expected one named: {{registry}} says `{{license}}` (source: {{source}})',
    },
  },
  check(document, context) {
    for (const entry of document.entries) {
      // Search engines, other lists and tools are resources: no access terms or licence to judge.
      if (entry.kind === 'resource') continue;
      if (entry.license) continue;
      const name = entry.name !== '' ? entry.name : (entry.url ?? '');
      const record = entryRecord(entry, context);
      const license = record?.licenses.join(' / ');
      const known = record && license ? { registry: REGISTRY_TITLES[record.registry], license, source: record.url } : null;
      context.report({
        messageId: known ? 'missingKnown' : 'missing',
        data: known ? { name, ...known } : { name },
        ...(known ? { expected: known.license, note: known.source } : {}),
        line: entry.line,
        column: entry.column,
        endLine: entry.endLine,
        endColumn: entry.endColumn,
      });
    }
  },
};
