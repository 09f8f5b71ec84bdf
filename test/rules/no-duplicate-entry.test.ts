import { noDuplicateEntry } from '../../src/rules/no-duplicate-entry.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(noDuplicateEntry, {
  valid: [
    // Before: reported (issue 19: a resource is not a dataset listed twice).
    { name: 'a dataset named again under other lists', markdown: '## Imaging\n\n- [Cancer Image Archive](http://example.org/tcia/) - CT.\n\n## Other lists or pooling resources\n\n- [The Cancer Image Archive](https://www.example.org/tcia)\n' },
    {
      name: 'a dataset named again in a table of tools',
      markdown: '## Datasets\n\n| Dataset | Description | Link |\n|---|---|---|\n| **EchoSet** | ECG and echo | [PhysioNet](https://example.org/echoset/) |\n\n## Tools\n\n| Tool | Purpose | Link |\n|---|---|---|\n| **EchoSet** | Detection | [PhysioNet](https://example.org/echoset/) |\n',
    },
    {
      name: 'a model in a methods table and again in a projects table',
      markdown: '## SOTA Methods\n\n| Model | Paper |\n|---|---|\n| Net-U | [arXiv](https://example.org/abs/1) |\n| Net-V | [arXiv](https://example.org/abs/2) |\n\n## Related Projects\n\n| Projects | Paper |\n|---|---|\n| Net-U | [arXiv](https://example.org/abs/1) |\n',
    },
    {
      name: 'the same URL under different names (no-duplicate-url reports it)',
      markdown: '## Data\n\n- [Alpha](https://example.org/p) - A.\n- [Beta](https://example.org/p) - B.\n',
    },
    {
      name: 'different datasets on one host',
      markdown: '## Data\n\n- [Alpha](https://example.org/alpha) - A.\n- [Beta](https://example.org/beta) - B.\n',
    },
    {
      name: 'one page with different fragments or queries',
      markdown:
        '## Data\n\n- [Alpha](https://example.org/data#ecg) - A.\n- [Beta](https://example.org/data#eeg) - B.\n- [Gamma](https://example.org/d?id=1) - C.\n- [Delta](https://example.org/d?id=2) - D.\n',
    },
    {
      name: 'paths that differ only in case',
      markdown: '## Data\n\n- [Alpha](https://example.org/Alpha) - A.\n- [Beta](https://example.org/alpha) - B.\n',
    },
    {
      name: 'the same URL as a secondary link, not as the entry URL',
      markdown:
        '## Data\n\n- [Alpha](https://example.org/alpha) - A. [Paper](https://example.org/paper)\n- [Beta](https://example.org/beta) - B. [Paper](https://example.org/paper)\n',
    },
  ],
  invalid: [
    {
      name: 'the same URL with nearly the same name (class 4), anywhere in the list',
      markdown: '## Imaging\n\n- [Cancer Image Archive](http://example.org/tcia/) - CT.\n\n## Pathology\n\n- [The Cancer Image Archive](https://www.example.org/tcia) - Slides.\n',
      errors: [{ messageId: 'duplicate', line: 7, message: 'first listed on line 3' }],
    },
    {
      name: 'two nameless copies of one URL',
      markdown: '## Others\n\n1. https://example.org/db\n2. https://example.org/db\n',
      errors: [{ messageId: 'duplicate', line: 4 }],
    },
    {
      name: 'the same name and URL twice, in different sections',
      markdown: '## Imaging\n\n- [Alpha](https://example.org/alpha) - A.\n\n## Text\n\n- [Alpha](https://example.org/alpha) - A again.\n',
      errors: [
        {
          messageId: 'duplicate',
          line: 7,
          column: 1,
          message: 'Unexpected duplicate entry `Alpha`, expected it once (first listed on line 3)',
        },
      ],
    },
    {
      name: 'URLs equal once normalised (scheme, www., host case, trailing slash, default port)',
      markdown:
        '## Data\n\n- [Alpha](https://example.org/alpha) - A.\n- [The Alpha](http://WWW.Example.org:80/alpha/) - B.\n- [alpha](https://example.org:443/alpha) - C.\n',
      errors: [
        { messageId: 'duplicate', line: 4, message: 'Unexpected duplicate entry `The Alpha`, expected it once (first listed on line 3)' },
        { messageId: 'duplicate', line: 5 },
      ],
    },
    {
      name: 'a table row repeating a list entry',
      markdown:
        '## Data\n\n- [Alpha](https://example.org/alpha) - A.\n\n| Dataset | Description |\n|---|---|\n| [Alpha](https://example.org/alpha) | A. |\n',
      errors: [{ messageId: 'duplicate', line: 7, column: 1 }],
    },
  ],
});
