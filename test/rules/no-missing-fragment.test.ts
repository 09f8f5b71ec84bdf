import { noMissingFragment } from '../../src/rules/no-missing-fragment.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(noMissingFragment, {
  valid: [
    {
      name: 'an in-page link to a heading',
      markdown: '# List\n\nSee [other lists](#other-lists-of-medical-datasets).\n\n## Other Lists of Medical Datasets\n',
    },
    {
      name: 'HTML anchors by name and id',
      markdown: '# List\n\n<a name="imaging"></a>\n\n<div id=\'text-data\'></div>\n\nSee [a](#imaging) and [b](#text-data).\n',
    },
    { name: 'the top of the page and an empty fragment', markdown: '# List\n\n[Back to top](#top) or [here](#).\n' },
    {
      name: 'a broken ToC link (that is `toc-link`’s report)',
      markdown: '# List\n\n- [Text](#text-data)\n\n## Natural Language Data\n\nText.\n',
    },
    { name: 'fragments on other pages', markdown: '# List\n\n[a](https://example.org/page#missing) and [b](./other.md#missing).\n' },
  ],
  invalid: [
    {
      name: 'an in-page link to a heading that is not there, with a suggestion',
      markdown: '# List\n\nSee [other lists](#other-list-of-medical-datasets).\n\n## Other Lists of Medical Datasets\n',
      errors: [
        {
          messageId: 'missingWithSuggestion',
          line: 3,
          column: 5,
          expected: '#other-lists-of-medical-datasets',
          message: 'Unexpected link `#other-list-of-medical-datasets` to no heading or anchor',
        },
      ],
    },
    {
      name: 'a commented-out anchor, an HTML link and a reference definition',
      markdown: '# List\n\n<!-- <a name="gone"></a> -->\n\n<a href="#gone">Gone</a> and [ref][r].\n\n[r]: #nowhere-at-all\n',
      errors: [
        { messageId: 'missing', line: 5, column: 10 },
        { messageId: 'missing', line: 5, column: 30 },
      ],
    },
  ],
});
