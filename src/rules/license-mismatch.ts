import { spdxId } from '../extract/license.js';
import { REGISTRY_TITLES } from '../results/registry-record.js';
import { entryName, entryRecord } from './records.js';
import type { RecordRule } from './types.js';

/**
 * The licence an entry names agrees with the one its registry states. Compared as SPDX ids, and
 * only when both sides map to one: a licence without an id (a PhysioNet health data licence, a
 * custom one) is never called a mismatch. Needs the link check: without a registry record of
 * the entry's link it says nothing.
 */
export const licenseMismatch: RecordRule = {
  meta: {
    id: 'license-mismatch',
    description: "Entries must not name a licence that differs from the one their registry (PhysioNet, Zenodo, Hugging Face, GitHub) states.",
    category: 'entries',
    recommended: 'warn',
    messages: {
      differs:
        'Unexpected licence `{{stated}}` for `{{name}}`, expected `{{license}}`: {{registry}} says so (source: {{source}})',
    },
  },
  check(document, context) {
    for (const entry of document.entries) {
      if (entry.kind === 'resource' || !entry.license || entry.license.id === null) continue;
      const record = entryRecord(entry, context);
      if (!record || record.licenses.length === 0) continue;
      const ids = record.licenses.map(spdxId);
      // Only when every licence the registry names maps: a list with one unknown may hold the stated one.
      if (ids.some((id) => id === null)) continue;
      const stated = entry.license.id;
      if (ids.some((id) => id?.toLowerCase() === stated.toLowerCase())) continue;
      const license = ids.join(' / ');
      context.report({
        messageId: 'differs',
        data: { stated: entry.license.text, name: entryName(entry), license, registry: REGISTRY_TITLES[record.registry], source: record.url },
        line: entry.line,
        column: entry.column,
        endLine: entry.endLine,
        endColumn: entry.endColumn,
        actual: entry.license.text,
        expected: license,
        note: record.url,
      });
    }
  },
};
