import { entryLicense } from '../../src/rules/entry-license.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { record } from './registry-records.js';

ruleTester(entryLicense, {
  valid: [
    { name: 'a License label', markdown: '## Data\n\n- [Alpha](https://example.org/alpha) - 40 MRIs. License: CC BY 4.0.\n' },
    { name: 'a licence field sub-bullet', markdown: '## Data\n\n- [Alpha](https://example.org/alpha) - 40 MRIs.\n  - Licence: ODbL\n' },
    { name: 'a licence column', markdown: '## Data\n\n| Dataset | Description | License |\n|---|---|---|\n| [Beta](https://example.org/beta) | 450 CT volumes | CC0 |\n' },
    { name: 'a licence badge', markdown: '## Data\n\n- [Gamma](https://example.org/gamma) ![license](https://img.shields.io/badge/license-CC%20BY--SA%204.0-green) - 12 scans.\n' },
    { name: 'a licence phrase', markdown: '## Data\n\n- [Delta](https://example.org/delta) - 12 scans, released under the MIT license.\n' },
    { name: 'a dataset licence without an SPDX id', markdown: '## Data\n\n- [Epsilon](https://example.org/epsilon) - ICU data under the PhysioNet Credentialed Health Data License 1.5.0.\n' },
    { name: 'a resource (tools) names no licence', markdown: '## Tools\n\n- [Viewer](https://example.org/viewer) - a DICOM viewer.\n' },
  ],
  invalid: [
    {
      name: 'an entry without a licence whose Zenodo record names one (suggested)',
      markdown: '## Data\n\n- [Knee MRI](https://zenodo.org/records/123) - 40 MRIs.\n',
      records: { 'https://zenodo.org/records/123': record({ registry: 'zenodo', url: 'https://zenodo.org/records/123', licenses: ['cc-by-4.0'] }) },
      errors: [{ messageId: 'missingKnown', line: 3, expected: 'cc-by-4.0', message: 'Zenodo says `cc-by-4.0` (source: https://zenodo.org/records/123)' }],
    },
    {
      name: 'an entry that names no licence',
      markdown: '## Data\n\n- [Alpha](https://example.org/alpha) - 40 MRIs.\n',
      errors: [{ messageId: 'missing', line: 3, column: 1, message: 'Unexpected entry `Alpha` without a licence' }],
    },
    {
      name: 'a data use agreement and a restricted licence line, which name no licence',
      markdown: '## Data\n\n- [Alpha](https://example.org/alpha) - 40 MRIs. License: data use agreement.\n- [Beta](https://example.org/beta) - 12 CTs.\n  - License: restricted\n',
      errors: [
        { messageId: 'missing', line: 3 },
        { messageId: 'missing', line: 4 },
      ],
    },
  ],
});
