import { entryOrder } from '../../src/rules/entry-order.js';
import { ruleTester } from '../helpers/rule-tester.js';

const H = '# List\n\n## Imaging\n\n';

ruleTester(entryOrder, {
  valid: [
    { name: 'a sorted list', markdown: `${H}- [Alpha](https://a.org) - One.\n- [beta](https://b.org) - Two.\n- [Gamma](https://c.org) - Three.\n` },
    { name: 'natural numbers', markdown: `${H}- [Set 2](https://a.org) - One.\n- [Set 10](https://b.org) - Two.\n` },
    { name: 'accents and case ignored', markdown: `${H}- [Éclair](https://a.org) - One.\n- [eclairs](https://b.org) - Two.\n` },
    {
      name: 'each list under its own heading',
      markdown: `${H}- [Beta](https://b.org) - Two.\n\n## Text\n\n- [Alpha](https://a.org) - One.\n`,
    },
    {
      name: 'a section the `sections` option leaves out',
      markdown: `${H}- [Beta](https://b.org) - Two.\n- [Alpha](https://a.org) - One.\n`,
      options: { sections: ['Text'] },
    },
    {
      name: 'articles skipped with `ignoreArticles`',
      markdown: `${H}- [The Brain Atlas](https://b.org) - Two.\n- [Cells](https://a.org) - One.\n`,
      options: { ignoreArticles: true },
    },
    { name: 'a sorted table', markdown: `${H}| Name | About |\n| --- | --- |\n| [Alpha](https://a.org) | One. |\n| [Beta](https://b.org) | Two. |\n` },
  ],
  invalid: [
    {
      name: 'two entries swapped',
      markdown: `${H}- [Beta](https://b.org) - Two.\n- [alpha](https://a.org) - One.\n`,
      errors: [{ messageId: 'unsorted', line: 6, message: 'Unexpected entry `alpha` after `Beta`' }],
      output: `${H}- [alpha](https://a.org) - One.\n- [Beta](https://b.org) - Two.\n`,
    },
    {
      name: 'sub-items move with their entry, blank-line layout stays',
      markdown: `${H}- [Gamma](https://c.org) - Three.\n  - Part one.\n\n- [Alpha](https://a.org) - One.\n- [Beta](https://b.org) - Two.\n`,
      errors: [{ messageId: 'unsorted', line: 8 }],
      output: `${H}- [Alpha](https://a.org) - One.\n\n- [Beta](https://b.org) - Two.\n- [Gamma](https://c.org) - Three.\n  - Part one.\n`,
    },
    {
      name: 'numbered list keeps its numbers in place',
      markdown: `${H}1. [Beta](https://b.org) - Two.\n2. [Alpha](https://a.org) - One.\n`,
      errors: [{ messageId: 'unsorted', line: 6 }],
      output: `${H}1. [Alpha](https://a.org) - One.\n2. [Beta](https://b.org) - Two.\n`,
    },
    {
      name: 'a comment line moves with the entry below it',
      markdown: `${H}- [Beta](https://b.org) - Two.\n<!-- keep: source -->\n- [Alpha](https://a.org) - One.\n`,
      errors: [{ messageId: 'unsorted', line: 7 }],
      output: `${H}<!-- keep: source -->\n- [Alpha](https://a.org) - One.\n- [Beta](https://b.org) - Two.\n`,
    },
    {
      name: 'natural numbers: 10 after 2',
      markdown: `${H}- [Set 10](https://a.org) - One.\n- [Set 2](https://b.org) - Two.\n`,
      errors: [{ messageId: 'unsorted', line: 6 }],
      output: `${H}- [Set 2](https://b.org) - Two.\n- [Set 10](https://a.org) - One.\n`,
    },
    {
      name: 'table rows sorted within their table',
      markdown: `${H}| Name | About |\n| --- | --- |\n| [Beta](https://b.org) | Two. |\n| [Alpha](https://a.org) | One. |\n`,
      errors: [{ messageId: 'unsorted', line: 8, message: 'this table' }],
      output: `${H}| Name | About |\n| --- | --- |\n| [Alpha](https://a.org) | One. |\n| [Beta](https://b.org) | Two. |\n`,
    },
    {
      name: 'a CRLF list',
      markdown: `# List\r\n\r\n## Imaging\r\n\r\n- [Beta](https://b.org) - Two.\r\n- [Alpha](https://a.org) - One.\r\n`,
      errors: [{ messageId: 'unsorted', line: 6 }],
      output: `# List\r\n\r\n## Imaging\r\n\r\n- [Alpha](https://a.org) - One.\r\n- [Beta](https://b.org) - Two.\r\n`,
    },
    {
      name: 'without `ignoreArticles`, `The` sorts under T',
      markdown: `${H}- [The Brain Atlas](https://b.org) - Two.\n- [Cells](https://a.org) - One.\n`,
      errors: [{ messageId: 'unsorted', line: 6 }],
      output: `${H}- [Cells](https://a.org) - One.\n- [The Brain Atlas](https://b.org) - Two.\n`,
    },
    {
      name: 'a multi-line entry that would change marker width: reported, not fixed',
      markdown: `${H}9. [Beta](https://b.org) - Two.\n   More.\n10. [Alpha](https://a.org) - One.\n`,
      errors: [{ messageId: 'unsorted', line: 7 }],
      output: null,
    },
  ],
});
