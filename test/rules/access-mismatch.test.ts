import { accessMismatch } from '../../src/rules/access-mismatch.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { record } from './registry-records.js';

const CREDENTIALED = 'PhysioNet Credentialed Health Data License 1.5.0';
const physionet = (level: 'open' | 'credentialed', url: string) => ({ [url]: record({ registry: 'physionet', url, access: { level, terms: level === 'open' ? 'Open Data Commons Attribution License v1.0' : CREDENTIALED } }) });

ruleTester(accessMismatch, {
  valid: [
    {
      name: 'a registry that says open wins over the knowledge file',
      markdown: '## ICU\n\n- [MIMIC-IV](https://physionet.org/content/mimiciv/) - EHR. Open access.\n',
      records: physionet('open', 'https://physionet.org/content/mimiciv/'),
    },
    { name: 'the known level, stated', markdown: '## ICU\n\n[MIMIC-III](https://physionet.org/content/mimiciii/1.4/): ICU records. Credentialed access.\n' },
    { name: 'a stricter level than the known one', markdown: '## X-Rays\n\n- [CheXpert](https://stanfordmlgroup.github.io/competitions/chexpert/) - Radiographs. Requires application for access.\n' },
    { name: 'terms on an unknown host', markdown: '## Data\n\n- [Alpha](https://example.org/alpha) - 40 MRIs. Requires registration.\n' },
    { name: 'no terms at all (entry-access reports those)', markdown: '## ICU\n\n- [MIMIC-IV](https://physionet.org/content/mimiciv/) - EHR.\n' },
    { name: 'open terms on an open demo', markdown: '## ICU\n\n- [MIMIC-IV Demo](https://physionet.org/content/mimic-iv-demo/2.2/) - 100 patients. Open access.\n' },
    { name: 'a data use agreement in a licence cell, for a credentialed dataset', markdown: '## ICU\n\n| Dataset | Description | License |\n|---|---|---|\n| [MIMIC-CXR](https://physionet.org/content/mimic-cxr/2.1.0/) | 377,110 chest X-rays | Data use agreement required |\n' },
    // Before: each of these was an error (issue 19, "vague is not wrong").
    { name: '"Need to request access" for a credentialed dataset: vague, not wrong', markdown: '## Imaging\n\n### [Orchid-CXR](https://physionet.org/content/mimic-cxr/2.1.0/)\n371,920 chest x-rays.  \nNeed to request access  \n' },
    { name: '"restricted access" for a credentialed dataset', markdown: '## ICU\n\n- [MIMIC-IV](https://physionet.org/content/mimiciv/) - EHR. Restricted access.\n' },
    { name: '"application required" for a credentialed dataset', markdown: '## ICU\n\n| Dataset | Access |\n|---|---|\n| [eICU](https://physionet.org/content/eicu-crd/2.0/) | Application required |\n' },
    { name: 'a public Kaggle dataset said to be public', markdown: '## ECG\n\n| Dataset | Access | Link |\n|---|---|---|\n| **Beat Images** | Public | [Kaggle](https://www.kaggle.com/datasets/someone/beats) |\n' },
    {
      name: 'a general remark about a platform is not the entry\'s statement',
      markdown: '## Eyes\n\n__Retina Grades__\n\nRetinal images graded 0-4. Part of a completed Kaggle competition, which is generally a great source for publicly available data sets.\n\nAccess: https://www.kaggle.com/c/retina-grades\n',
    },
    { name: 'a resource (other lists) is no dataset to judge', markdown: '## Other lists\n\n- [MIMIC-III](https://physionet.org/content/mimiciii/1.4/) - an index. Requires registration.\n' },
  ],
  invalid: [
    {
      name: 'a Kaggle competition said to be public (an account and the rules are needed)',
      markdown: '## ECG\n\n| Dataset | Access | Link |\n|---|---|---|\n| **Beat Contest** | Public | [Kaggle](https://www.kaggle.com/c/beat-contest) |\n',
      errors: [{ messageId: 'moreOpen', line: 5, expected: 'registration' }],
    },
    {
      name: 'a credentialed dataset said to be free for anyone, in plain words',
      markdown: '## ICU\n\n- [MIMIC-IV](https://physionet.org/content/mimiciv/) - EHR. Free for anyone, no sign-up needed.\n',
      errors: [{ messageId: 'moreOpen', line: 3, expected: 'credentialed' }],
    },
    {
      name: 'open terms for a project PhysioNet says is credentialed (the registry, with its record as source)',
      markdown: '## ICU\n\n- [Waveforms X](https://physionet.org/content/wavex/1.0.0/) - 20 ICU stays. Open access.\n',
      records: physionet('credentialed', 'https://physionet.org/content/wavex/1.0.0/'),
      errors: [
        {
          messageId: 'registry',
          line: 3,
          expected: 'credentialed',
          message: 'expected `credentialed`: PhysioNet says it needs credentialed access',
          note: 'PhysioNet Credentialed Health Data License 1.5.0; source: https://physionet.org/content/wavex/1.0.0/',
        },
      ],
    },
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
