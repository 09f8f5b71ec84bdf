import { noEmptySection } from '../../src/rules/no-empty-section.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(noEmptySection, {
  valid: [
    { name: 'a section with an entry', markdown: '# List\n\n## Imaging\n\n- [Alpha](https://example.org/alpha) - Scans.\n' },
    { name: 'a section with only sub-sections', markdown: '# List\n\n## Imaging\n\n### X-Rays\n\nText.\n' },
    { name: 'a section with prose', markdown: '# List\n\n## Imaging\n\nComing soon: open an issue to suggest a dataset.\n' },
    { name: 'a section with a TODO list', markdown: '# List\n\n### Subsections to add:\n- EHR-derived data\n- population health data\n' },
    { name: 'an empty non-entry section', markdown: '# List\n\nText.\n\n## Contributing\n\n## License\n' },
    { name: 'a section with an image', markdown: '# List\n\n## Logo\n\n<img src="logo.png" alt="logo">\n' },
    { name: 'a heading entry without text (that is `entry-description`’s report)', markdown: '# List\n\n## [Alpha](https://example.org/alpha)\n' },
  ],
  invalid: [
    {
      name: 'a heading at the end of the document',
      markdown: '# List\n\nText.\n\n---\n\n## Other Lists of Medical Datasets\n',
      errors: [
        {
          messageId: 'empty',
          line: 7,
          column: 1,
          message: 'Unexpected empty section `Other Lists of Medical Datasets`, expected entries, sub-sections or text',
        },
      ],
    },
    {
      name: 'sections holding only a rule, a comment and a definition',
      markdown: '# List\n\n## Imaging\n\n---\n\n## Text\n\n<!-- TODO: add datasets -->\n\n[ref]: https://example.org/ref\n\n## Genomics\n\nText.\n',
      errors: [
        { messageId: 'empty', line: 3, column: 1 },
        { messageId: 'empty', line: 7, column: 1 },
      ],
    },
  ],
});
