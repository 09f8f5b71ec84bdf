import { entryAccess } from '../../src/rules/entry-access.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { record } from './registry-records.js';

const HF = 'https://huggingface.co/datasets/lab/chest-ct';

ruleTester(entryAccess, {
  valid: [
    { name: 'the precise terms of a credentialed dataset', markdown: '## ICU\n\n- [MIMIC-IV](https://physionet.org/content/mimiciv/) - EHR. Credentialed access with a data use agreement.\n' },
    { name: 'a contradicting statement (access-mismatch reports it, not this rule)', markdown: '## ICU\n\n- [MIMIC-IV](https://physionet.org/content/mimiciv/) - EHR. Open access.\n' },
    {
      name: 'an entry without terms whose registry says it is open, though the knowledge file says credentialed',
      markdown: '## ICU\n\n- [MIMIC-IV](https://physionet.org/content/mimiciv/) - EHR.\n',
      records: { 'https://physionet.org/content/mimiciv/': record({ registry: 'physionet', url: 'https://physionet.org/content/mimiciv/3.1/', access: { level: 'open', terms: 'Open Data Commons Attribution License v1.0' } }) },
    },
    { name: 'a credentialed dataset that states its terms', markdown: '## ICU\n\n- [MIMIC-IV](https://physionet.org/content/mimiciv/3.1/) - EHR. Credentialed access.\n' },
    { name: 'a registration dataset with an Access field', markdown: '## X-Rays\n\n- [CheXpert](https://stanfordmlgroup.github.io/competitions/chexpert/) - Chest radiographs.\n  - Access: requires registration\n' },
    { name: 'an open host with no terms', markdown: '## Data\n\n- [Knee set](https://zenodo.org/records/123) - 40 knee MRIs.\n' },
    { name: 'an unknown host with no terms', markdown: '## Data\n\n- [Alpha](https://example.org/alpha) - 40 knee MRIs.\n' },
    { name: 'an open demo whose name starts like a credentialed one', markdown: '## ECG\n\n- [MIMIC-IV-ECG-Demo](https://physionet.org/content/mimic-iv-ecg-demo/0.1/) - 659 ECGs.\n' },
    {
      name: 'an open challenge whose description links a Kaggle competition',
      markdown: '## Skin\n\n## [ISIC 2020](https://challenge2020.isic-archive.com/)\n\nImages of skin lesions, also on [Kaggle](https://www.kaggle.com/c/siim-isic-melanoma-classification).\n',
    },
    { name: 'a table row with an access column', markdown: '## Data\n\n| Dataset | Description | Access |\n|---|---|---|\n| [UK Biobank](https://www.ukbiobank.ac.uk/) | 500,000 participants | Application |\n' },
    {
      name: 'a Kaggle row whose access column says something medlint cannot grade',
      markdown: '## ECG\n\n| Dataset | Year | Access | Link |\n|---|---|---|---|\n| **LUDB** | 2020 | Academic | [Kaggle](https://www.kaggle.com/datasets/someone/ludb) |\n',
    },
    { name: 'an Access field under a credentialed dataset', markdown: '## ICU\n\n- [MIMIC-IV](https://physionet.org/content/mimiciv/) - EHR.\n  - Access: PhysioNet account with training\n' },
    { name: 'every entry stating terms under require all', markdown: '## Data\n\n- [Alpha](https://example.org/alpha) - 40 MRIs. Open access.\n', options: { require: 'all' } },
    { name: 'a resource (search engines) states no access terms', markdown: '## Search engines\n\n- [Kaggle](https://www.kaggle.com/datasets/x/y) - dataset search.\n' },
  ],
  invalid: [
    {
      name: 'a Hugging Face dataset with manual gating and no terms',
      markdown: `## CT\n\n- [Chest CT](${HF}) - 1,000 scans.\n`,
      records: { [HF]: record({ registry: 'huggingface', url: HF, access: { level: 'application', terms: 'gated: access approved by the authors' } }) },
      errors: [{ messageId: 'registryGated', line: 3, expected: 'application', message: 'Hugging Face says it needs an application', note: `gated: access approved by the authors; source: ${HF}` }],
    },
    {
      name: 'CheXpert with no terms',
      markdown: '## X-Rays\n\n[CheXpert](https://stanfordmlgroup.github.io/competitions/chexpert/): 224,316 chest radiographs.\n',
      errors: [
        {
          messageId: 'gated',
          line: 3,
          column: 1,
          expected: 'registration',
          message: '`stanfordmlgroup.github.io/competitions/chexpert/` needs registration',
          note: 'registration and the Stanford CheXpert Dataset Research Use Agreement; source: https://stanfordmlgroup.github.io/competitions/chexpert/',
        },
      ],
    },
    {
      name: 'a credentialed PhysioNet project by its path, any version',
      markdown: '## ICU\n\n- [Critical care notes](https://physionet.org/content/mimic-iv-note/2.2/) - Discharge summaries.\n',
      errors: [{ messageId: 'gated', line: 3, expected: 'credentialed', message: 'needs credentialed access' }],
    },
    {
      name: 'a credentialed dataset by the old PhysioBank path',
      markdown: '## ICU\n\n- [Clinical DB](https://physionet.org/physiobank/database/mimic3cdb/) - ICU stays.\n',
      errors: [{ messageId: 'gated', line: 3, expected: 'credentialed' }],
    },
    {
      name: 'a dataset known by its whole name, linked elsewhere',
      markdown: '## ICU\n\n- [eICU Collaborative Research Database](https://example.org/eicu) - 200,000 ICU admissions.\n',
      errors: [{ messageId: 'gated', line: 3, expected: 'credentialed', message: '`eICU Collaborative Research Database` needs credentialed access' }],
    },
    {
      // Before: the Kaggle dataset was reported too; Kaggle serves public datasets without sign-in (Kaggle/kagglehub#94).
      name: 'a Kaggle competition, but not a public Kaggle dataset',
      markdown: '## Data\n\n- [RSNA Pneumonia](https://www.kaggle.com/c/rsna-pneumonia-detection-challenge) - Chest radiographs.\n- [Brain MRI](https://www.kaggle.com/datasets/someone/brain-mri) - 3,000 MRIs.\n',
      errors: [{ messageId: 'gated', line: 3, note: 'accepting the competition rules' }],
    },
    {
      name: 'a vague but compatible statement for a credentialed dataset, with the precise terms',
      markdown: '## Imaging\n\n### [Orchid-CXR](https://physionet.org/content/mimic-cxr/2.1.0/)\n371,920 chest x-rays.  \nNeed to request access  \n',
      errors: [{ messageId: 'imprecise', line: 3, expected: 'credentialed', message: 'Unexpected access `application` ("Need to request access") for `Orchid-CXR`, expected the precise terms: `physionet.org/content/mimic-cxr/` needs credentialed access' }],
    },
    {
      name: '"restricted access" for an application dataset',
      markdown: '## Cohorts\n\n- [UK Biobank](https://www.ukbiobank.ac.uk/) - 500,000 participants. Restricted access.\n',
      errors: [{ messageId: 'imprecise', line: 3, expected: 'application' }],
    },
    {
      name: 'a subdomain of a known host',
      markdown: '## Challenges\n\n- [KiTS](https://kits19.grand-challenge.org/) - Kidney tumour CT.\n',
      errors: [{ messageId: 'gated', line: 3, expected: 'registration', message: '`grand-challenge.org` needs registration' }],
    },
    {
      name: 'an application host in a heading entry',
      markdown: '# Data\n\n## [ADNI](https://adni.loni.usc.edu/)\n\nLongitudinal MRI and PET of 2,000 participants.\n',
      errors: [{ messageId: 'gated', line: 3, expected: 'application' }],
    },
    {
      name: 'entries without terms under require all, open or unknown',
      markdown: '## Data\n\n- [Knee set](https://zenodo.org/records/123) - 40 knee MRIs.\n- [Alpha](https://example.org/alpha) - 40 MRIs.\n',
      options: { require: 'all' },
      errors: [
        { messageId: 'missing', line: 3, message: 'Unexpected entry `Knee set` without access terms' },
        { messageId: 'missing', line: 4 },
      ],
    },
  ],
});
