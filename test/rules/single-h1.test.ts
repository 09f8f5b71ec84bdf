import { singleH1 } from '../../src/rules/single-h1.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(singleH1, {
  valid: [
    { name: 'one title and rank-2 sections', markdown: '# Medical Datasets\n\n## Imaging\n\n## Text\n' },
    { name: 'a document without any rank-1 heading', markdown: '## Imaging\n\n## Text\n' },
    { name: 'a `#` inside a code block', markdown: '# List\n\n```sh\n# not a heading\n```\n' },
  ],
  invalid: [
    {
      name: 'each rank-1 heading after the first',
      markdown: '# Medical Datasets\n\n# (1) Imaging\n\n## X-Rays\n\n# (2) Text\n',
      errors: [
        {
          messageId: 'extra',
          line: 3,
          column: 1,
          message: 'Unexpected second rank-1 heading `(1) Imaging`, expected a single `#` heading (the first is on line 1)',
        },
        { messageId: 'extra', line: 7, column: 1 },
      ],
    },
    {
      name: 'a setext rank-1 heading after an ATX one',
      markdown: '# List\n\nImaging\n=======\n',
      errors: [{ messageId: 'extra', line: 3 }],
    },
  ],
});
