import { headingOutline } from '../../src/rules/heading-outline.js';
import { ruleTester } from '../helpers/rule-tester.js';

const template = { headings: ['# Medical Datasets', '## Contents', '*', '## Contributing', '## License'] };
const list = (...middle: string[]) => ['# Medical Datasets', '## Contents', ...middle, '## Contributing', '## License'].join('\n\n') + '\n';

ruleTester(headingOutline, {
  valid: [
    { name: 'any document when no outline is set', markdown: '# Anything\n\n### Goes\n' },
    { name: 'the outline with a run of category headings', markdown: list('## Imaging', '### X-Rays', '## Text'), options: template },
    { name: 'the outline with an empty run', markdown: list(), options: template },
    { name: 'headings in another case, unless `matchCase`', markdown: list().toUpperCase(), options: template },
    {
      name: 'a `*` that must not swallow a heading the outline names later',
      markdown: '# A\n\n## Notes\n\n## B\n\n## Notes\n\n## C\n',
      options: { headings: ['# A', '*', '## Notes', '## C'] },
    },
    { name: '`+` and `?`', markdown: '# A\n\n## One\n\n## Two\n\n## Last\n', options: { headings: ['# A', '+', '?'] } },
    { name: 'setext headings and inline markup, as the text reads', markdown: 'Title *Here*\n=====\n\n## `Code` [Link](x)\n', options: { headings: ['# Title Here', '## Code Link'] } },
    { name: 'an outline of only `*` on a file without headings', markdown: 'Text only.\n', options: { headings: ['*'] } },
  ],
  invalid: [
    {
      name: 'a heading the template does not have where a named one is due',
      markdown: '# Medical Datasets\n\n## Table of Contents\n\n## Contributing\n\n## License\n',
      options: template,
      errors: [
        {
          messageId: 'unexpected',
          line: 3,
          column: 1,
          message: 'Unexpected heading `## Table of Contents`, expected `## Contents` from the configured outline',
          expected: '## Contents',
        },
      ],
    },
    {
      name: 'a missing closing section, reported at the last heading',
      markdown: '# Medical Datasets\n\n## Contents\n\n## Imaging\n\n## Contributing\n',
      options: template,
      errors: [{ messageId: 'missing', line: 7, message: 'Unexpected end of the headings, expected `## License`' }],
    },
    {
      name: 'a heading after the end of an outline without `*`',
      markdown: '# A\n\n## B\n\n## Extra\n',
      options: { headings: ['# A', '## B'] },
      errors: [{ messageId: 'extra', line: 5, message: 'Unexpected heading `## Extra` after the end of the configured outline' }],
    },
    {
      name: 'a wrong rank',
      markdown: '# A\n\n### B\n',
      options: { headings: ['# A', '## B'] },
      errors: [{ messageId: 'unexpected', line: 3, expected: '## B' }],
    },
    {
      name: 'another case with `matchCase`',
      markdown: '# a\n',
      options: { headings: ['# A'], matchCase: true },
      errors: [{ messageId: 'unexpected', line: 1 }],
    },
    {
      name: '`+` with no heading to take',
      markdown: '# A\n',
      options: { headings: ['# A', '+'] },
      errors: [{ messageId: 'missing', line: 1, message: 'expected a heading from the configured outline' }],
    },
    {
      name: 'a file without headings under an outline',
      markdown: 'Text only.\n',
      options: { headings: ['# Title'] },
      errors: [{ messageId: 'missing', line: 1, message: 'expected `# Title`' }],
    },
  ],
});
