import { entryFormat } from '../../src/rules/entry-format.js';
import { ruleTester } from '../helpers/rule-tester.js';

const H = '# List\n\n## Imaging\n\n';

ruleTester(entryFormat, {
  valid: [
    { name: 'link, ` - `, a capital, a full stop', markdown: `${H}- [Alpha](https://a.org) - Chest X-rays.\n` },
    { name: 'the three separators with `any`', markdown: `${H}- [Alpha](https://a.org) - One.\n- [Beta](https://b.org): Two.\n- [Gamma](https://c.org) – Three.\n` },
    { name: 'a digit first, a question mark last', markdown: `${H}- [Alpha](https://a.org) - 40 knee MRIs?\n` },
    { name: 'a word written with an inner capital (`mRNA`)', markdown: `${H}- [Alpha](https://a.org) - mRNA of 40 tissues.\n` },
    { name: 'a bold link first', markdown: `${H}- **[Alpha](https://a.org)** - One.\n` },
    { name: 'a full stop inside closing marks', markdown: `${H}- [Alpha](https://a.org) - One (see the paper.)\n` },
    { name: 'a colon that introduces sub-items', markdown: `${H}- [Alpha](https://a.org) - Parts:\n  - [Beta](https://b.org) - Two.\n` },
    { name: 'an entry that is only its link', markdown: `${H}- [Alpha](https://a.org)\n` },
    { name: 'capital and punctuation off', markdown: `${H}- [Alpha](https://a.org) - one`, options: { capital: false, punctuation: false } },
    { name: 'a hyphen glued to the link (`[A](x)-based`): not a name and a description', markdown: `${H}- [Alpha](https://a.org)-based tools\n` },
    { name: 'a description that starts with a URL or a host', markdown: `${H}- [Alpha](https://a.org) - http://a.org/data.\n- [Beta](https://b.org) - github.com/b mirror.\n` },
    { name: 'the chosen separator', markdown: `${H}- [Alpha](https://a.org): One.\n`, options: { separator: ': ' } },
  ],
  invalid: [
    {
      name: 'a double hyphen, fixed to the list\'s usual separator',
      markdown: `${H}- [Alpha](https://a.org): One.\n- [Beta](https://b.org) -- Two.\n- [Gamma](https://c.org): Three.\n`,
      errors: [{ messageId: 'separator', line: 6, message: 'Unexpected separator ` -- ` after `Beta`' }],
      output: `${H}- [Alpha](https://a.org): One.\n- [Beta](https://b.org): Two.\n- [Gamma](https://c.org): Three.\n`,
    },
    {
      name: 'another separator than the chosen one',
      markdown: `${H}- [Alpha](https://a.org) - One.\n`,
      options: { separator: ' – ' },
      errors: [{ messageId: 'separator', line: 5, expected: ' – ' }],
      output: `${H}- [Alpha](https://a.org) – One.\n`,
    },
    {
      name: 'no separator, only a space',
      markdown: `${H}- [Alpha](https://a.org) Chest X-rays.\n`,
      errors: [{ messageId: 'separator', line: 5 }],
      output: `${H}- [Alpha](https://a.org) - Chest X-rays.\n`,
    },
    {
      name: 'a lowercase start',
      markdown: `${H}- [Alpha](https://a.org) - chest X-rays.\n`,
      errors: [{ messageId: 'capital', line: 5, expected: 'Chest' }],
      output: `${H}- [Alpha](https://a.org) - Chest X-rays.\n`,
    },
    {
      name: 'no final punctuation',
      markdown: `${H}- [Alpha](https://a.org) - Chest X-rays\n- [Beta](https://b.org) - See [the paper](https://b.org/p)\n`,
      errors: [
        { messageId: 'punctuation', line: 5 },
        { messageId: 'punctuation', line: 6 },
      ],
      output: `${H}- [Alpha](https://a.org) - Chest X-rays.\n- [Beta](https://b.org) - See [the paper](https://b.org/p).\n`,
    },
    {
      // The capital touches the separator's range, so it waits for the next pass (fixText runs it).
      name: 'separator, capital and punctuation at once, the capital one pass later',
      markdown: `${H}- [Alpha](https://a.org) —  chest X-rays\n`,
      errors: [
        { messageId: 'separator', line: 5 },
        { messageId: 'capital', line: 5 },
        { messageId: 'punctuation', line: 5 },
      ],
      output: `${H}- [Alpha](https://a.org) - chest X-rays.\n`,
    },
    {
      name: 'a description with trailing spaces, its `.` put before them',
      markdown: `${H}- [Alpha](https://a.org) - Chest X-rays  \n- [Beta](https://b.org) - Knee MRIs \t\n`,
      errors: [
        { messageId: 'punctuation', line: 5 },
        { messageId: 'punctuation', line: 6 },
      ],
      output: `${H}- [Alpha](https://a.org) - Chest X-rays.  \n- [Beta](https://b.org) - Knee MRIs. \t\n`,
    },
    {
      name: 'a description on two lines with trailing spaces, its `.` after the last word',
      markdown: `${H}- [Alpha](https://a.org) - Chest X-rays\n  of 40 patients   \n`,
      errors: [{ messageId: 'punctuation', line: 5 }],
      output: `${H}- [Alpha](https://a.org) - Chest X-rays\n  of 40 patients.   \n`,
    },
    {
      name: 'a description ending in a literal backslash: reported, no `.` that would escape it',
      markdown: `${H}- [Alpha](https://a.org) - Files under C:\\ \n`,
      errors: [{ messageId: 'punctuation', line: 5 }],
      output: null,
    },
    {
      name: 'a lowercase description ending in a backslash: the capital fixed, the backslash kept',
      markdown: `${H}- [Alpha](https://a.org) - why\\\n`,
      errors: [
        { messageId: 'capital', line: 5 },
        { messageId: 'punctuation', line: 5 },
      ],
      output: `${H}- [Alpha](https://a.org) - Why\\\n`,
    },
    {
      name: 'a description ending in an escaped backslash (`\\\\`): the `.` follows it',
      markdown: `${H}- [Alpha](https://a.org) - Files under C:\\\\\n`,
      errors: [{ messageId: 'punctuation', line: 5 }],
      output: `${H}- [Alpha](https://a.org) - Files under C:\\\\.\n`,
    },
    {
      name: 'the link not first: reported, not fixed',
      markdown: `${H}- Chest X-rays: [Alpha](https://a.org).\n`,
      errors: [{ messageId: 'linkFirst', line: 5 }],
      output: null,
    },
  ],
});
