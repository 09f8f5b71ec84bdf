import { noDuplicateUrl } from '../../src/rules/no-duplicate-url.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(noDuplicateUrl, {
  valid: [
    {
      name: 'a paper in a papers table that links its dataset\'s page (a resource, not a second dataset)',
      markdown:
        '## ECG\n\n- [Beat-II](https://example.org/beat-ii) - 1,000 ECGs.\n\n## Recent Papers\n\n| Paper | Year | Link |\n|---|---|---|\n| "Beat-II: A Large ECG Dataset" | 2025 | [arXiv](https://example.org/beat-ii) |\n',
    },
    {
      // Before (round 2): reported; a paper is a resource now (issue 19), not a second dataset.
      name: 'a paper and the dataset it describes, in their own sections',
      markdown:
        '## Data\n\n| Dataset | Link |\n|---|---|\n| Kappa | [arXiv](https://arxiv.example/1) |\n\n## Papers\n\n| Paper | Link |\n|---|---|\n| Kappa: A Large ECG Dataset | [arXiv](https://arxiv.example/1) |\n',
    },
    { name: 'different URLs', markdown: '## Data\n\n- [Alpha](https://example.org/alpha) - A.\n- [Beta](https://example.org/beta) - B.\n' },
    {
      name: 'the same dataset twice (no-duplicate-entry reports it, not this rule)',
      markdown: '## Data\n\n- [Cancer Image Archive](https://example.org/tcia) - A.\n\n## More\n\n- [The Cancer Image Archive](https://example.org/tcia/) - B.\n',
    },
    {
      name: 'an index table that points to the entries below (class 3: not a second listing)',
      markdown:
        '## Index\n\n| Dataset | Link |\n|---|---|\n| Alpha scans | [A](https://example.org/a) |\n| Beta notes | [B](https://example.org/b) |\n\n## Alpha\n\n- [Alpha](https://example.org/a) - Chest CT.\n\n## Beta\n\n- [Beta](https://example.org/b) - Knee MRI.\n',
    },
  ],
  invalid: [
    {
      name: 'one landing page under two names, naming both lines',
      markdown: '## Eye\n\n- [EEG-IO](https://example.org/blinks) - Voluntary blinks.\n- [EEG-VV, EEG-VR](https://example.org/blinks/) - Involuntary blinks.\n',
      errors: [
        {
          messageId: 'sameUrl',
          line: 4,
          message: 'Unexpected URL `https://example.org/blinks/` shared by `EEG-VV, EEG-VR` (line 4) and `EEG-IO` (line 3)',
        },
      ],
    },
    {
      name: 'two papers under different names on one page',
      markdown: '## Papers\n\n- [Kappa: A Large ECG Dataset](https://arxiv.example/1) - The paper.\n- [Kappa, the preprint](https://arxiv.example/1) - The preprint.\n',
      errors: [{ messageId: 'sameUrl', line: 4 }],
    },
  ],
});
