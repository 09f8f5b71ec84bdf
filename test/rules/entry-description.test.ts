import { entryDescription } from '../../src/rules/entry-description.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(entryDescription, {
  valid: [
    // Issue 19, item 1: papers, code, projects and tutorials are not datasets.
    { name: 'a paper under Papers', markdown: '## Papers\n\n- [Segmenting Livers with Transformers](https://example.org/abs/2)\n' },
    { name: 'a repository under Projects', markdown: '## Projects\n\n- [someone/liver-seg](https://github.com/someone/liver-seg)\n' },
    { name: 'a course under Courses', markdown: '## Courses\n\n- [Imaging 101](https://example.org/course)\n' },
    { name: 'a paper title with only [[Paper]] and [[Code]] links, under Datasets', markdown: '## Datasets\n\n- Deep Nets for Knee Triage [[Paper]](https://example.org/abs/1) [[Code]](https://github.com/someone/knee)\n' },
    { name: 'a description inside the link text after a colon', markdown: '## Data\n\n- [lab/ctgen: A network that generates CT images from MRI (github.com)](https://github.com/lab/ctgen)\n' },
    // Resources (class 3) and descriptions after another separator (class 1): read right now.
    { name: 'a link to another list under `## Other lists`', markdown: '## Other lists\n\n- [Awesome Scans](https://example.org/awesome)\n' },
    { name: 'a search engine under `## Search`', markdown: '## Search\n\n1. https://example.org/search?q=ecg\n' },
    { name: 'a description after a colon in a bare-URL item', markdown: '## Data\n\n- Owl Bank: notes of 9,000 visits https://example.org/owl\n' },
    { name: 'a description after a dash before the URL', markdown: '## Data\n\n* SkinNet - Skin disease atlas: http://example.org/s\n' },
    { name: 'a table row whose Task cell is empty but whose other cells describe it', markdown: '## Data\n\n| Dataset | Task | Organ | Link |\n|---|---|---|---|\n| Falcon | | Liver CT | [Site](https://example.org/f) |\n' },
    { name: 'a paragraph entry with a description', markdown: '## X-Rays\n\n[CheXpert](https://example.org/chexpert): 224,316 chest radiographs.\n' },
    { name: 'a list entry with a dash and a description', markdown: '## ECG\n\n- [PTB-XL](https://example.org/ptb) - 21,837 ECGs.\n' },
    { name: 'a heading entry with a paragraph below', markdown: '# Data\n\n## [Alpha Scans](https://example.org/alpha)\nBrain MRI of 40 volunteers.\n' },
    { name: 'a table row with a description column', markdown: '## ECG\n\n| Dataset | Description |\n|---|---|\n| [Beta](https://example.org/beta) | 12-lead ECGs. |\n' },
    { name: 'a one-letter description with the default minLength', markdown: '## Data\n\n- [Gamma](https://example.org/gamma) - X\n' },
    { name: 'an HTML list entry with text after its link', markdown: '## Data\n\n<ul>\n<li><a href="https://example.org/ptb">PTB-XL</a> - 21,837 ECGs.</li>\n</ul>\n' },
    {
      name: 'an HTML table row with a description cell',
      markdown: '## Data\n\n<table>\n<tr><th>Dataset</th><th>Description</th></tr>\n<tr><td><a href="https://example.org/ptb">PTB-XL</a></td><td>21,837 ECGs.</td></tr>\n</table>\n',
    },
    { name: 'an inline-HTML item with its description on the next line', markdown: '## Data\n\n- <a href="https://example.org/ptb"> **PTB-XL**</a><br>\n  21,837 ECGs. <a href="https://example.org/paper"><img src="paper.svg"></a>\n' },
    { name: 'a link-less item with a description', markdown: '## Data\n\n- [Alder CT](https://example.org/alder) - CT scans.\n- Birch Atlas - 400 annotated slides.\n' },
    {
      name: 'a description as long as minLength',
      markdown: '## Data\n\n- [Delta](https://example.org/delta) - Knee MRI.\n',
      options: { minLength: 9 },
    },
  ],
  invalid: [
    {
      name: 'a dataset whose only link is on GitHub, under Datasets, still needs a description',
      markdown: '## Datasets\n\n- [Lung CT Set](https://github.com/someone/lung-ct-set)\n',
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'a dataset named before a generic link label, with nothing after it',
      markdown: '## Kidney\n\n- Renal Tumour Set 2019-2023 [Papers With Code](https://example.org/pwc/renal)\n',
      errors: [{ messageId: 'missing', line: 3, message: 'Unexpected entry `Renal Tumour Set 2019-2023` without a description' }],
    },
    {
      name: 'a dataset beside a resource section still needs its description',
      markdown: '## Imaging\n\n- [Alpha](https://example.org/alpha)\n\n## Related\n\n- [Beta Tools](https://example.org/beta)\n',
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'a list entry with nothing after the link',
      markdown: '## Data\n\n- [Alpha](https://example.org/alpha)\n',
      errors: [{ messageId: 'missing', line: 3, column: 1, message: 'Unexpected entry `Alpha` without a description' }],
    },
    {
      name: 'a description of only punctuation',
      markdown: '## Data\n\n- [Alpha](https://example.org/alpha) - ...\n- [Beta](https://example.org/beta): –\n',
      errors: [
        { messageId: 'missing', line: 3, column: 1 },
        { messageId: 'missing', line: 4, column: 1 },
      ],
    },
    {
      name: 'a bare-URL paragraph entry without any text',
      markdown: '## Histology\n\nTCGA: https://example.org/tcga https://example.org/tcga-data\n',
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    {
      name: 'a heading entry with no paragraph below',
      markdown: '# Data\n\n## [Alpha Scans](https://example.org/alpha)\n\n---\n\n## [Beta](https://example.org/beta)\nECGs.\n',
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
    {
      name: 'a description shorter than minLength',
      markdown: '## Data\n\n- [Delta](https://example.org/delta) - MRI.\n',
      options: { minLength: 10 },
      errors: [
        {
          messageId: 'tooShort',
          line: 3,
          column: 1,
          message: 'Unexpected description of 4 characters for `Delta`, expected at least 10 characters',
        },
      ],
    },
  ],
});
