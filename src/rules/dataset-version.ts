import { REGISTRY_TITLES } from '../results/registry-record.js';
import { entryLinksWithRecords, entryName } from './records.js';
import type { RecordRule } from './types.js';

/**
 * A link that names one version of a dataset names the newest (PhysioNet project versions,
 * Zenodo record versions). `expected` is the newest version's URL: the suggestion a fix can
 * offer. A link without a version (`physionet.org/content/mimiciv/`, a Zenodo concept record)
 * always shows the newest, and is never reported. Needs the link check.
 */
export const datasetVersion: RecordRule = {
  meta: {
    id: 'dataset-version',
    description: 'Links that name a version of a dataset must name its newest version, as the registry (PhysioNet, Zenodo) lists them.',
    category: 'entries',
    recommended: 'warn',
    messages: {
      older:
        'Unexpected link to version `{{linked}}` of `{{name}}`, expected the newest version `{{newest}}`: `{{latest}}` ({{registry}}; source: {{source}})',
    },
  },
  check(document, context) {
    for (const { entry, link, record } of entryLinksWithRecords(document.entries, context)) {
      if (!record.newer) continue;
      context.report({
        messageId: 'older',
        data: {
          linked: record.newer.linked,
          name: entryName(entry),
          newest: record.newer.newest,
          latest: record.newer.url,
          registry: REGISTRY_TITLES[record.registry],
          source: record.url,
        },
        line: link.line,
        column: link.column,
        endLine: link.endLine,
        endColumn: link.endColumn,
        actual: link.url,
        expected: record.newer.url,
        note: record.url,
      });
    }
  },
};
