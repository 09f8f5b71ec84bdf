import { accessMismatch } from '../../src/rules/access-mismatch.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(accessMismatch, {
  valid: [
    { name: 'the known level, stated', markdown: '## ICU\n\n[MIMIC-III](https://physionet.org/content/mimiciii/1.4/): ICU records. Credentialed access.\n' },
    { name: 'a stricter level than the known one', markdown: '## X-Rays\n\n- [CheXpert](https://stanfordmlgroup.github.io/competitions/chexpert/) - Radiographs. Requires application for access.\n' },
    { name: 'terms on an unknown host', markdown: '## Data\n\n- [Alpha](https://example.org/alpha) - 40 MRIs. Requires registration.\n' },
    { name: 'no terms at all (entry-access reports those)', markdown: '## ICU\n\n- [MIMIC-IV](https://physionet.org/content/mimiciv/) - EHR.\n' },
    { name: 'open terms on an open demo', markdown: '## ICU\n\n- [MIMIC-IV Demo](https://physionet.org/content/mimic-iv-demo/2.2/) - 100 patients. Open access.\n' },
    { name: 'a data use agreement in a licence cell, for a credentialed dataset', markdown: '## ICU\n\n| Dataset | Description | License |\n|---|---|---|\n| [MIMIC-CXR](https://physionet.org/content/mimic-cxr/2.1.0/) | 377,110 chest X-rays | Data use agreement required |\n' },
    { name: 'a resource (other lists) is no dataset to judge', markdown: '## Other lists\n\n- [MIMIC-III](https://physionet.org/content/mimiciii/1.4/) - an index. Requires registration.\n' },
  ],
  invalid: [
    {
      name: 'MIMIC-III said to need registration',
      markdown: '## ICU\n\n[MIMIC-III](http://physionet.org/physiobank/database/mimic3cdb/): Anonymised ICU EHR. Requires registration.\n',
      errors: [
        {
          messageId: 'moreOpen',
          line: 3,
          column: 1,
          expected: 'credentialed',
          message: 'Unexpected access `registration` ("Requires registration") for `MIMIC-III`, expected `credentialed`',
        },
      ],
    },
    {
      name: 'an application dataset said to be open',
      markdown: '## Cohorts\n\n- [UK Biobank](https://www.ukbiobank.ac.uk/) - 500,000 participants. Freely available.\n',
      errors: [{ messageId: 'moreOpen', line: 3, expected: 'application', note: 'source: https://www.ukbiobank.ac.uk/using-the-resource/' }],
    },
    {
      name: 'a registration dataset said to be open in a table access column',
      markdown: '## Data\n\n| Dataset | Description | Access |\n|---|---|---|\n| [CheXpert](https://stanfordmlgroup.github.io/competitions/chexpert/) | Radiographs | Public |\n',
      errors: [{ messageId: 'moreOpen', line: 5, expected: 'registration' }],
    },
    {
      name: 'a credentialed dataset known by name, linked elsewhere, said to need registration',
      markdown: '## Imaging\n\n- [MIMIC-CXR](https://example.org/mimic-cxr-mirror) - Chest radiographs. Sign up to download.\n',
      errors: [{ messageId: 'moreOpen', line: 3, expected: 'credentialed' }],
    },
  ],
});
