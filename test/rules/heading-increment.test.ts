import { headingIncrement } from '../../src/rules/heading-increment.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(headingIncrement, {
  valid: [
    { name: 'headings that go down one rank at a time', markdown: '# List\n\n## Imaging\n\n### X-Rays\n\n## Text\n' },
    { name: 'a jump back up several ranks', markdown: '# List\n\n## A\n\n### B\n\n#### C\n\n# Other\n' },
    { name: 'a first heading below rank 1', markdown: '### Notes\n\n#### Detail\n' },
  ],
  invalid: [
    {
      name: 'a rank-3 heading right after a rank-1 heading',
      markdown: '# (1) Medical Images\n\n### X-Rays\n\nText.\n',
      errors: [
        { messageId: 'skipped', line: 3, column: 1, message: 'Unexpected heading rank `3`, expected rank `2`', expected: '##' },
      ],
    },
    {
      name: 'every skip, not only the first',
      markdown: '# A\n\n### B\n\n### C\n\n# D\n\n#### E\n',
      errors: [
        { messageId: 'skipped', line: 3 },
        { messageId: 'skipped', line: 9, message: 'Unexpected heading rank `4`, expected rank `2`' },
      ],
    },
  ],
});
