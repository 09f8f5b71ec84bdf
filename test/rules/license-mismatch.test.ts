import { licenseMismatch } from '../../src/rules/license-mismatch.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { record } from './registry-records.js';

const ZENODO = 'https://zenodo.org/records/123';
const HF = 'https://huggingface.co/datasets/lab/notes';
const PHYSIONET = 'https://physionet.org/content/wavex/1.0.0/';
const zenodo = (licence: string) => ({ [ZENODO]: record({ registry: 'zenodo', url: ZENODO, licenses: [licence] }) });

ruleTester(licenseMismatch, {
  valid: [
    { name: 'the same licence, written another way', markdown: `## Data\n\n- [Knee](${ZENODO}) - 40 MRIs. License: CC BY 4.0.\n`, records: zenodo('cc-by-4.0') },
    { name: 'a licence but no registry record (offline, or a page no registry claims)', markdown: `## Data\n\n- [Knee](${ZENODO}) - 40 MRIs. License: MIT.\n` },
    { name: 'a record that names no licence', markdown: `## Data\n\n- [Knee](${ZENODO}) - 40 MRIs. License: MIT.\n`, records: { [ZENODO]: record({ registry: 'zenodo', url: ZENODO }) } },
    { name: 'one of the licences a Hugging Face card lists', markdown: `## Notes\n\n- [Notes](${HF}) - 2,000 notes. License: MIT.\n`, records: { [HF]: record({ registry: 'huggingface', url: HF, licenses: ['cc-by-nc-4.0', 'mit'] }) } },
    {
      name: 'a licence without an SPDX id on either side is not compared',
      markdown: `## ICU\n\n- [Wave X](${PHYSIONET}) - 20 stays. License: CC-BY-4.0.\n`,
      records: { [PHYSIONET]: record({ registry: 'physionet', url: PHYSIONET, licenses: ['PhysioNet Credentialed Health Data License 1.5.0'] }) },
    },
    { name: 'an entry that names no licence (entry-license reports those)', markdown: `## Data\n\n- [Knee](${ZENODO}) - 40 MRIs.\n`, records: zenodo('cc-by-4.0') },
    {
      name: 'the record of a second link (a code repository) is not the data licence',
      markdown: `## Data\n\n- [Knee](${ZENODO}) - 40 MRIs, [code](https://github.com/lab/knee). License: CC-BY-4.0.\n`,
      records: { ...zenodo('cc-by-4.0'), 'https://github.com/lab/knee': record({ registry: 'github', url: 'https://github.com/lab/knee', licenses: ['MIT'] }) },
    },
  ],
  invalid: [
    {
      name: 'a Zenodo record under another licence',
      markdown: `## Data\n\n- [Knee](${ZENODO}) - 40 MRIs. License: CC BY 4.0.\n`,
      records: zenodo('cc-by-nc-4.0'),
      errors: [{ messageId: 'differs', line: 3, column: 1, expected: 'CC-BY-NC-4.0', message: 'Unexpected licence `CC BY 4.0` for `Knee`, expected `CC-BY-NC-4.0`: Zenodo says so (source: https://zenodo.org/records/123)' }],
    },
    {
      name: 'a PhysioNet project under an Open Data Commons licence, listed as CC0',
      markdown: `## ICU\n\n- [Wave X](${PHYSIONET}) - 20 stays. License: CC0.\n`,
      records: { [PHYSIONET]: record({ registry: 'physionet', url: PHYSIONET, licenses: ['Open Data Commons Attribution License v1.0'] }) },
      errors: [{ messageId: 'differs', line: 3, expected: 'ODC-By-1.0' }],
    },
  ],
});
