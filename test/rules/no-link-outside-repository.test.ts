import { noLinkOutsideRepository } from '../../src/rules/no-link-outside-repository.js';
import { ruleTester } from '../helpers/rule-tester.js';

const OUTSIDE = { kind: 'outside' } as const;

ruleTester(noLinkOutsideRepository, {
  valid: [
    {
      name: 'relative links inside the repository, found or missing',
      markdown: '[Guide](./guide.md) and [Gone](docs/gone.md)\n',
      localTargets: { './guide.md': { kind: 'found', anchors: null }, 'docs/gone.md': { kind: 'missing' } },
    },
    {
      name: 'links the pipeline did not look up',
      markdown: '[Up](../../x.md)\n',
    },
    {
      name: 'absolute, in-page and root-relative links',
      markdown: '[A](https://example.org/../x) [B](#b) [C](/docs/c.md)\n',
      localTargets: { 'https://example.org/../x': OUTSIDE, '/docs/c.md': OUTSIDE },
    },
  ],
  invalid: [
    {
      name: 'a link that climbs above the repository root',
      markdown: 'See [the other list](../../other/README.md#data).\n',
      localTargets: { '../../other/README.md#data': OUTSIDE },
      errors: [
        {
          messageId: 'outside',
          line: 1,
          column: 5,
          message: 'Unexpected link `../../other/README.md#data` to a file outside the repository, expected a file inside it or an absolute URL',
        },
      ],
    },
    {
      name: 'an image and an HTML link through a symlink that leads out',
      markdown: '![Logo](docs/ext/logo.png)\n\n<a href="docs/ext/notes.md">Notes</a>\n',
      localTargets: { 'docs/ext/logo.png': OUTSIDE, 'docs/ext/notes.md': OUTSIDE },
      errors: [
        { messageId: 'outside', line: 1, column: 1 },
        { messageId: 'outside', line: 3 },
      ],
    },
  ],
});
