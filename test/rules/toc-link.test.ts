import { tocLink } from '../../src/rules/toc-link.js';
import { ruleTester } from '../helpers/rule-tester.js';

const sections = '\n## (1) Medical Images\n\nText.\n\n## (2) Natural Language Data\n\nText.\n';

ruleTester(tocLink, {
  valid: [
    {
      name: 'ToC links to GitHub slugs of headings with punctuation',
      markdown: `# List\n\n- [Images](#1-medical-images)\n- [Text](#2-natural-language-data)\n${sections}`,
    },
    {
      name: 'fragments in another case, percent-encoded or with the user-content- prefix',
      markdown: `# List\n\n- [Images](#1-Medical-Images)\n- [Text](#user-content-2-natural-language%2Ddata)\n${sections}`,
    },
    {
      name: 'emoji headings and repeated headings (`-1`)',
      markdown:
        '# List\n\n- [Launch](#-launch)\n- [Tools](#%EF%B8%8F-tools)\n- [Data](#data)\n- [More data](#data-1)\n\n## 🚀 Launch\n\n## 🛠️ Tools\n\n## Data\n\n## Data\n',
    },
    { name: 'an HTML anchor as target', markdown: '# List\n\n- [Extra](#extra)\n\n<a name="extra"></a>\n\nText.\n' },
    { name: 'a document without a ToC', markdown: '# List\n\nSee [nothing](#nowhere).\n' },
    { name: 'the top of the page', markdown: '# List\n\n- [Top](#top)\n- [List](#list)\n' },
    {
      name: 'headings with a trailing comment, a leading image and inline HTML, as GitHub renders their ids',
      markdown:
        '# List\n\n- [Data](#data-)\n- [Tools](#-tools)\n- [Code](#code-and-models)\n\n' +
        '## Data <!-- keep sorted -->\n\n## ![icon](tools.png) Tools\n\n## <code>Code</code> and Models\n',
    },
  ],
  invalid: [
    // Fixes (--fix) and suggestions.
    {
      name: 'one clear match, fixed',
      markdown: '# L\n\n- [Imaging](#imagng)\n\n## Imaging\n',
      errors: [{ messageId: 'missingWithSuggestion', line: 3 }],
      output: '# L\n\n- [Imaging](#imaging)\n\n## Imaging\n',
    },
    {
      name: 'two headings about as close (a tie), a suggestion only',
      markdown: '# L\n\n- [Data](#data-set)\n\n## Data sets\n\n## Data sat\n',
      errors: [{ messageId: 'missingWithSuggestion', line: 3, suggestions: ['# L\n\n- [Data](#data-sets)\n\n## Data sets\n\n## Data sat\n'] }],
      output: null,
    },
    {
      name: 'a ToC link that drops the hyphen a trailing comment leaves',
      markdown: '# List\n\n- [Data](#data)\n\n## Data <!-- keep sorted -->\n',
      errors: [{ messageId: 'missingWithSuggestion', line: 3, expected: '#data-' }],
    },
    {
      name: 'a link to an emoji heading whose anchor holds a variation selector (class 7: no invisible suggestion)',
      markdown: '# List\n\n- [Tools](#-tools--libraries)\n\n## 🛠️ Tools & Libraries\n',
      errors: [{ messageId: 'invisibleInAnchor', line: 3, message: 'holds an invisible character' }],
    },
    {
      name: 'a broken link with no heading close enough to suggest',
      markdown: '# List\n\n- [Compliance](#compliance)\n\n## Medical Images\n',
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'a ToC link to a renamed heading, with the closest slug suggested',
      markdown: `# List\n\n- [Medical Images](#1-medical-images)\n- [Text Data](#2-text-data)\n${sections}`,
      errors: [
        {
          messageId: 'missingWithSuggestion',
          line: 4,
          column: 3,
          expected: '#2-natural-language-data',
          message: 'Unexpected table-of-contents link `#2-text-data` to no heading, expected an existing heading anchor; did you mean `#2-natural-language-data`?',
        },
      ],
    },
    {
      name: 'a typo in a ToC link',
      markdown: `# List\n\n- [Images](#1-medical-imgaes)\n- [Text](#2-natural-language-data)\n${sections}`,
      errors: [{ messageId: 'missingWithSuggestion', line: 3, expected: '#1-medical-images' }],
    },
    {
      name: 'a link to the second of two equal headings without `-1`, in a nested ToC',
      markdown: '# List\n\n- [Data](#data)\n  - [Data](#data-2)\n\n## Data\n\n## Data\n',
      errors: [{ messageId: 'missingWithSuggestion', line: 4, column: 5, expected: '#data-1' }],
    },
    {
      name: 'an emoji heading whose variation selector the link leaves out',
      markdown: '# List\n\n- [Tools](#-tools)\n\n## 🛠️ Tools\n',
      errors: [{ messageId: 'invisibleInAnchor', line: 3, message: 'expected the heading without it, so that its anchor is `#-tools`' }],
    },
    {
      name: 'a ToC link with nothing close',
      markdown: `# List\n\n- [Images](#1-medical-images)\n- [Zebra](#zzz)\n${sections}`,
      errors: [{ messageId: 'missing', line: 4, column: 3 }],
    },
  ],
});
