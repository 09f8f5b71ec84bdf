import { expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { fixText } from '../../src/pipeline/index.js';
import { tocComplete } from '../../src/rules/toc-complete.js';
import { ruleTester } from '../helpers/rule-tester.js';

const TWO_MISSING = '# L\n\n- [Imaging](#imaging)\n  - [CT](#ct)\n\n## Imaging\n\n### CT\n\n## Genomics\n\n## Proteomics\n';

ruleTester(tocComplete, {
  valid: [
    // Class 6: before, these sections were reported as missing from the ToC.
    {
      name: 'a section the ToC links to through a broken anchor (toc-link reports the link)',
      markdown: '# List\n\n- [Images](#medical-images)\n- [Text](#text-data)\n\n## Medical Images\n\n## Natural Language Text Data\n',
    },
    {
      name: 'a section the ToC links to through an `<a name>` just above its heading',
      markdown: '# List\n\n- [Images](#medical-images)\n- [Text](#notes)\n\n## Medical Images\n\n<a name="notes"></a>\n\n## Clinical Text\n',
    },
    {
      name: 'a section the ToC links to through an `id` inside its heading',
      markdown: '# List\n\n- [Images](#medical-images)\n- [Text](#notes)\n\n## Medical Images\n\n## <span id="notes"></span>Clinical Text\n',
    },
    {
      name: 'a ToC that links every rank-2 section',
      markdown: '# List\n\n## Contents\n\n- [Imaging](#imaging)\n- [Text](#text)\n\n## Imaging\n\n### X-Rays\n\n## Text\n\n## License\n',
    },
    {
      name: 'sub-sections left out of a ToC of top-level sections',
      markdown: '# List\n\n- [Imaging](#imaging)\n  - [X-Rays](#x-rays)\n- [Text](#text)\n\n## Imaging\n\n### X-Rays\n\n### CT\n\n## Text\n',
    },
    {
      name: 'a title and an introduction before the ToC',
      markdown: '# List\n\n## About this list\n\nText.\n\n- [Imaging](#imaging)\n\n## Imaging\n',
    },
    { name: 'a document without a ToC', markdown: '# List\n\n## Imaging\n\n## Text\n' },
    {
      name: 'a ToC whose links reach no heading (nothing to compare with)',
      markdown: '# List\n\n- [Imaging](#imaging-data)\n\n## Imaging\n',
    },
  ],
  invalid: [
    // Fixes (--fix).
    {
      name: 'a missing section, inserted after the section above it',
      markdown: '# L\n\n- [Imaging](#imaging)\n- [Text](#text)\n\n## Imaging\n\n## Genomics\n\n## Text\n',
      errors: [{ messageId: 'notListed', line: 8 }],
      output: '# L\n\n- [Imaging](#imaging)\n- [Genomics](#genomics)\n- [Text](#text)\n\n## Imaging\n\n## Genomics\n\n## Text\n',
    },
    {
      name: 'a missing first section, inserted before the first item in the ToC\'s bullet',
      markdown: '# L\n\n* [Text](#text)\n\n## Audio\n\n## Text\n',
      errors: [{ messageId: 'notListed', line: 5 }],
      output: '# L\n\n* [Audio](#audio)\n* [Text](#text)\n\n## Audio\n\n## Text\n',
    },
    {
      // Both insert at one offset: the second waits for the next pass (see the fixText test below).
      name: 'two missing sections in a row, the first inserted after the nested items of the one above',
      markdown: TWO_MISSING,
      errors: [
        { messageId: 'notListed', line: 10 },
        { messageId: 'notListed', line: 12 },
      ],
      output: '# L\n\n- [Imaging](#imaging)\n  - [CT](#ct)\n- [Genomics](#genomics)\n\n## Imaging\n\n### CT\n\n## Genomics\n\n## Proteomics\n',
    },
    {
      name: 'a missing section in a CRLF file, inserted with CRLF',
      markdown: '# L\r\n\r\n- [A](#alpha)\r\n\r\n## Alpha\r\n\r\n## Beta\r\n',
      errors: [{ messageId: 'notListed', line: 7 }],
      output: '# L\r\n\r\n- [A](#alpha)\r\n- [Beta](#beta)\r\n\r\n## Alpha\r\n\r\n## Beta\r\n',
    },
    {
      name: 'a numbered ToC, reported without a fix',
      markdown: '# L\n\n1. [Imaging](#imaging)\n\n## Imaging\n\n## Genomics\n',
      errors: [{ messageId: 'notListed', line: 7 }],
      output: null,
    },
    {
      name: 'a section whose `<a name>` stands far above its heading, with text between',
      markdown: '# List\n\n- [Images](#medical-images)\n- [Text](#notes)\n\n## Medical Images\n\n<a name="notes"></a>\n\nSome text.\n\n## Clinical Text\n',
      errors: [{ messageId: 'notListed', line: 12 }],
    },
    {
      name: 'a rank-2 section missing from the ToC',
      markdown: '# List\n\n- [Imaging](#imaging)\n- [Text](#text)\n\n## Imaging\n\n## Text\n\n## Genomics\n\n## Contributing\n',
      errors: [
        {
          messageId: 'notListed',
          line: 10,
          column: 1,
          expected: '[Genomics](#genomics)',
          message: 'Unexpected section `Genomics` missing from the table of contents, expected a link `[Genomics](#genomics)` in it',
        },
      ],
    },
    {
      name: 'rank-1 sections when most ToC links point to rank 1, skipping the title',
      markdown:
        '# List\n\n- [Images](#1-medical-images)\n- [Other](#3-other)\n\n# (1) Medical Images\n\n## X-Rays\n\n# (2) Natural Language Data\n\n# (3) Other\n',
      errors: [{ messageId: 'notListed', line: 10, column: 1, expected: '[(2) Natural Language Data](#2-natural-language-data)' }],
    },
  ],
});

it('inserts two missing sections in a row in their order, one pass each', () => {
  const { output, passes } = fixText('a.md', TWO_MISSING, resolveConfig({ rules: { 'toc-complete': 'error' } }, null));
  expect(output).toBe('# L\n\n- [Imaging](#imaging)\n  - [CT](#ct)\n- [Genomics](#genomics)\n- [Proteomics](#proteomics)\n\n## Imaging\n\n### CT\n\n## Genomics\n\n## Proteomics\n');
  expect(passes).toBe(2);
});
