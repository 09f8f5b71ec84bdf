import { entryLink } from '../../src/rules/entry-link.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(entryLink, {
  valid: [
    { name: 'a paragraph entry with a Markdown link', markdown: '## X-Rays\n\n[CheXpert](https://example.org/chexpert): 224,316 chest radiographs.\n' },
    { name: 'a list entry with a Markdown link', markdown: '## Data\n\n- [PTB-XL](https://example.org/ptb) - 21,837 ECGs.\n' },
    { name: 'a bold name with a Markdown link later', markdown: '## Data\n\n- **PTB-XL**: 21,837 ECGs. [Site](https://example.org/ptb)\n' },
    { name: 'prose with a link mid-sentence (not an entry)', markdown: '## About\n\n- Please [open a pull request](https://example.org/pr).\n' },
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
    {
      name: 'a bare-URL paragraph entry',
      markdown: '## Histology\n\nTCGA: http://example.org/tcga https://example.org/tcga-data\n',
      errors: [{ messageId: 'bareUrl', line: 3, column: 7, expected: '[TCGA](http://example.org/tcga)', message: 'Unexpected bare URL `http://example.org/tcga` for `TCGA`' }],
    },
    {
      name: 'a bare-URL list item',
      markdown: '## Imaging\n\n* Breast Cancer Digital Repository https://example.org/bcdr\n',
      errors: [{ messageId: 'bareUrl', line: 3, expected: '[Breast Cancer Digital Repository](https://example.org/bcdr)' }],
    },
    {
      name: 'a table row without any link',
      markdown: '## ECG\n\n| Dataset | Records | Access |\n|---|---|---|\n| AHA Database | 154 | Restricted |\n',
      errors: [{ messageId: 'missingLink', line: 5, column: 1 }],
    },
    {
      name: 'a link-less item among linked entries',
      markdown: '## Imaging\n\n- [Alder CT](https://example.org/alder) - CT scans.\n- Birch Atlas - 400 annotated slides.\n',
      errors: [{ messageId: 'missingLink', line: 4, column: 1, message: 'Unexpected entry `Birch Atlas` without a link' }],
    },
    {
      name: 'a URL-only item, which has no name',
      markdown: '## Other lists\n\n- https://example.org/one\n',
      errors: [{ messageId: 'bareUrl', line: 3, column: 3 }],
    },
  ],
});
