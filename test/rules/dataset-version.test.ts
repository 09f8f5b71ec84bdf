import { datasetVersion } from '../../src/rules/dataset-version.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { record } from './registry-records.js';

const OLD = 'https://physionet.org/content/mimiciv/1.0/';
const NEWEST = 'https://physionet.org/content/mimiciv/3.1/';
const physionet = (url: string, newer: boolean) => ({
  [url]: record({ registry: 'physionet', url, newer: newer ? { linked: '1.0', newest: '3.1', url: NEWEST } : null }),
});

ruleTester(datasetVersion, {
  valid: [
    { name: 'a link to the newest version', markdown: `## ICU\n\n- [MIMIC-IV](${NEWEST}) - EHR.\n`, records: physionet(NEWEST, false) },
    { name: 'an unversioned link', markdown: '## ICU\n\n- [MIMIC-IV](https://physionet.org/content/mimiciv/) - EHR.\n', records: physionet('https://physionet.org/content/mimiciv/', false) },
    { name: 'an older version without a record (offline)', markdown: `## ICU\n\n- [MIMIC-IV](${OLD}) - EHR.\n` },
  ],
  invalid: [
    {
      name: 'an older PhysioNet version, with the newest URL as expected',
      markdown: `## ICU\n\n- [MIMIC-IV](${OLD}) - EHR.\n`,
      records: physionet(OLD, true),
      errors: [{ messageId: 'older', line: 3, column: 3, expected: NEWEST, message: `Unexpected link to version \`1.0\` of \`MIMIC-IV\`, expected the newest version \`3.1\`: \`${NEWEST}\` (PhysioNet; source: ${OLD})` }],
    },
    {
      name: 'an older Zenodo record linked in the description',
      markdown: '## Data\n\n- [Knee](https://example.org/knee) - 40 MRIs, also on [Zenodo](https://zenodo.org/records/100).\n',
      records: { 'https://zenodo.org/records/100': record({ registry: 'zenodo', url: 'https://zenodo.org/records/100', newer: { linked: 'v1', newest: 'record 300', url: 'https://zenodo.org/records/300' } }) },
      errors: [{ messageId: 'older', line: 3, expected: 'https://zenodo.org/records/300' }],
    },
  ],
});
