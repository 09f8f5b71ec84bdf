import { entryLink } from '../../src/rules/entry-link.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(entryLink, {
  valid: [
    // Issue 19, item 4: each of these was a missing link before.
    {
      // `any`: the missing link is reported in every style; the group's own bare URL is not what is tested.
      options: { style: 'any' },
      name: 'items under one `Access:` line share its link',
      markdown: '## Atlases\n\n__Heart Atlas Group__\n\n**Access: https://example.org/heart-atlases**\n\n**Valves**\n\n- Valve Atlas - labelled valve MRIs.\n\n- Septum Atlas - septal walls of 90 patients.\n',
    },
    {
      // `any`: the missing link is reported in every style; the group's own bare URL is not what is tested.
      options: { style: 'any' },
      name: 'a link-less block beside one whose `Access:` line closes the group',
      markdown: '## Cardiac\n\n__Ventricle Study__\nForty cine MRIs.\n\n__Atrium Study__\nThirty cine MRIs.\n\nAccess: https://example.org/cardiac\n\n***\n',
    },
    {
      name: 'a row of a tools table that gives an install command',
      markdown: '## Tools\n\n| Tool | Language | Installation |\n|---|---|---|\n| **wavetool** | Python | `pip install wavetool` |\n| **plotbeat** | Python | [Source](https://example.org/plotbeat) |\n',
    },
    {
      name: 'a row that says the data is not online',
      markdown: '## ECG\n\n| Dataset | Records | Access | Link |\n|---|---|---|---|\n| **Holter Set** | 154 | Restricted | Contact the Holter Society |\n| **Campus ECG** | 1,000 | Academic | Request Access |\n| **Open ECG** | 20 | Public | [PhysioNet](https://example.org/open-ecg) |\n',
    },
    { name: 'an item that says the authors hold the data', markdown: '## EEG\n\n1. [Alpha EEG](https://example.org/alpha): 20 subjects.\n2. Beta EEG: 12 subjects. Not available online, contact the authors.\n' },
    { name: 'a paragraph entry with a Markdown link', markdown: '## X-Rays\n\n[CheXpert](https://example.org/chexpert): 224,316 chest radiographs.\n' },
    { name: 'a list entry with a Markdown link', markdown: '## Data\n\n- [PTB-XL](https://example.org/ptb) - 21,837 ECGs.\n' },
    { name: 'a bold name with a Markdown link later', markdown: '## Data\n\n- **PTB-XL**: 21,837 ECGs. [Site](https://example.org/ptb)\n' },
    { name: 'prose with a link mid-sentence (not an entry)', markdown: '## About\n\n- Please [open a pull request](https://example.org/pr).\n' },
    // style: consistent (the default). Before: every labelled bare URL of such a list was an error.
    {
      name: 'a list that writes every link as a labelled bare URL',
      markdown: '## Data\n\n__Alder__\nChest CT of 300 patients.\nAccess: https://example.org/alder\n\n***\n\n__Birch__\nKnee MRI.\nPaper: https://example.org/p\nAccess: https://example.org/birch\n\n***\n\n__Cedar__\nHead CT.\nAccess: https://example.org/cedar\n',
    },
    { name: 'a list of `* Name http://…` items', markdown: '## Data\n\n* Alder Archive https://example.org/a\n* Birch Bank https://example.org/b\n* Cedar Store https://example.org/c\n' },
    { name: 'a bare URL with style any', markdown: '## Data\n\n- [Alder](https://example.org/a) - CT.\n- Birch: https://example.org/b\n', options: { style: 'any' } },
    { name: 'an HTML list entry with an <a href> name', markdown: '## Data\n\n<ul>\n<li><a href="https://example.org/ptb">PTB-XL</a> - 21,837 ECGs.</li>\n</ul>\n' },
    {
      name: 'an HTML table row with an <a href> name',
      markdown: '## Data\n\n<table>\n<tr><th>Dataset</th><th>Description</th></tr>\n<tr><td><a href="https://example.org/ptb">PTB-XL</a></td><td>21,837 ECGs.</td></tr>\n</table>\n',
    },
    { name: 'a list item opening with an inline <a href>', markdown: '## Data\n\n- <a href="https://example.org/ptb"> **PTB-XL**</a><br>\n  21,837 ECGs.\n' },
    {
      name: 'a linked sub-entry under a linked entry',
      markdown: '## Data\n\n- [PTB Archive](https://example.org/ptb) - ECG archive.\n  - [PTB-XL](https://example.org/ptb-xl) - 21,837 ECGs.\n',
    },
  ],
  invalid: [
    // Fixes (--fix) and suggestions.
    {
      name: 'a bare URL right after the entry\'s name, fixed into a link of the name',
      markdown: '# List\n\n- TCGA Pan-Cancer: https://tcga.example.org/ - Tumour data.\n',
      options: { style: 'link' },
      errors: [{ messageId: 'bareUrl', line: 3 }],
      output: '# List\n\n- [TCGA Pan-Cancer](https://tcga.example.org/) - Tumour data.\n',
    },
    {
      name: 'a bare URL after an emphasised name, a suggestion only',
      markdown: '# List\n\n- **TCGA Pan-Cancer** https://tcga.example.org/ - Tumour data.\n',
      options: { style: 'link' },
      errors: [{ messageId: 'bareUrl', line: 3, suggestions: ['# List\n\n- **TCGA Pan-Cancer** [TCGA Pan-Cancer](https://tcga.example.org/) - Tumour data.\n'] }],
      output: null,
    },
    {
      name: 'a URL-only item, a suggestion with the name made from the URL',
      markdown: '# List\n\n- https://example.org/brain-tumour-scans\n',
      errors: [{ messageId: 'unnamedUrl', line: 3, suggestions: ['# List\n\n- [brain-tumour-scans](https://example.org/brain-tumour-scans)\n'] }],
      output: null,
    },
    {
      // `any`: the missing link is reported in every style; the group's own bare URL is not what is tested.
      options: { style: 'any' },
      name: 'a link-less block whose group has no `Access:` line',
      markdown: '## Cardiac\n\n__Aorta Study__\nFifty CT angiograms.\n\n***\n\n__Atrium Study__\nThirty cine MRIs.\n\nAccess: https://example.org/cardiac\n',
      errors: [{ messageId: 'missingLink', line: 3 }],
    },
    {
      name: 'a row with neither a link nor a reason (install command or note)',
      markdown: '## Tools\n\n| Tool | Language | Link |\n|---|---|---|\n| **oldtool** | Python | discontinued |\n| **plotbeat** | Python | [Source](https://example.org/plotbeat) |\n',
      errors: [{ messageId: 'missingLink', line: 5 }],
    },
    {
      name: 'a bare-URL paragraph entry with style link',
      options: { style: 'link' },
      markdown: '## Histology\n\nTCGA: http://example.org/tcga https://example.org/tcga-data\n',
      errors: [{ messageId: 'bareUrl', line: 3, column: 7, expected: '[TCGA](http://example.org/tcga)', message: 'Unexpected bare URL `http://example.org/tcga` for `TCGA`' }],
    },
    {
      name: 'one bare-URL entry alone: too few to make a style (style consistent)',
      markdown: '## Histology\n\nTCGA: http://example.org/tcga - an atlas.\n',
      errors: [{ messageId: 'bareUrl', line: 3 }],
    },
    {
      name: 'a bare-URL list item among Markdown links (style consistent)',
      markdown: '## Imaging\n\n* [Alder](https://example.org/a) - CT.\n* [Birch](https://example.org/b) - MRI.\n* Breast Cancer Digital Repository https://example.org/bcdr\n',
      errors: [{ messageId: 'bareUrl', line: 5, expected: '[Breast Cancer Digital Repository](https://example.org/bcdr)' }],
    },
    {
      name: 'a table row without any link',
      markdown: '## ECG\n\n| Dataset | Records | Access |\n|---|---|---|\n| AHA Database | 154 | Restricted |\n',
      errors: [{ messageId: 'missingLink', line: 5, column: 1 }],
    },
    {
      name: 'a labelled bare-URL list with style link: the Access URL is suggested, not the Paper one',
      options: { style: 'link' },
      markdown: '## Data\n\n__Birch__\nKnee MRI.\nPaper: https://example.org/p\nAccess: https://example.org/birch\n',
      errors: [{ messageId: 'bareUrl', line: 6, column: 9, expected: '[Birch](https://example.org/birch)' }],
    },
    {
      name: 'a nameless bare URL in a bare-URL list (class 7: a name from the path)',
      markdown: '## Data\n\n* Alder Archive https://example.org/a\n* Birch Bank https://example.org/b\n* Elm Store https://example.org/e\n* https://example.org/datasets/Cedar_Scans\n',
      errors: [{ messageId: 'unnamedUrl', line: 6, expected: '[Cedar Scans](https://example.org/datasets/Cedar_Scans)', message: 'without a name' }],
    },
    {
      name: 'a nameless bare URL named from its host (never `[](…)`)',
      markdown: '## Search\n\n1. https://www.example.org/\n',
      errors: [{ messageId: 'unnamedUrl', line: 3, expected: '[example.org](https://www.example.org/)' }],
    },
    {
      name: 'a nameless bare IP address, named from its host',
      markdown: '## Search\n\n1. https://192.0.2.1/\n',
      options: { style: 'any' },
      errors: [{ messageId: 'unnamedUrl', line: 3, expected: '[192.0.2.1](https://192.0.2.1/)' }],
    },
    {
      name: 'a link-less item among linked entries',
      markdown: '## Imaging\n\n- [Alder CT](https://example.org/alder) - CT scans.\n- Birch Atlas - 400 annotated slides.\n',
      errors: [{ messageId: 'missingLink', line: 4, column: 1, message: 'Unexpected entry `Birch Atlas` without a link' }],
    },
    {
      name: 'a URL-only item, which has no name',
      markdown: '## Other lists\n\n- https://example.org/one\n',
      errors: [{ messageId: 'unnamedUrl', line: 3, column: 3 }],
    },
  ],
});
