import { noMissingFile } from '../../src/rules/no-missing-file.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(noMissingFile, {
  valid: [
    {
      name: 'relative links to files that exist',
      markdown: '[Guide](./guide.md), [Up](../a/b.md#part), [Pic](docs/x.png?raw=true)\n',
      existingFiles: ['./guide.md', '../a/b.md', 'docs/x.png'],
    },
    {
      name: 'a percent-encoded file name, looked up decoded',
      markdown: '[Notes](docs/my%20notes.md)\n',
      existingFiles: ['docs/my notes.md'],
    },
    {
      name: 'a link out of the repository (that is `no-link-outside-repository`’s report)',
      markdown: '[Other](../../other/README.md)\n',
      localTargets: { '../../other/README.md': { kind: 'outside' } },
    },
    {
      name: 'absolute, fragment, root-relative and schemeless links',
      markdown: '[A](https://example.org/a) [B](#b) [C](/docs/c.md) [D](mailto:d@example.org) [E](www.example.org/e)\n',
    },
  ],
  invalid: [
    {
      name: 'a relative link to a missing file',
      markdown: '**Note:** If you use the [Hackathon Server](../getting-started/hackathon-server.md) it has the data.\n',
      errors: [
        {
          messageId: 'missing',
          line: 1,
          column: 26,
          message: 'Unexpected link to missing file `../getting-started/hackathon-server.md`',
        },
      ],
    },
    {
      name: 'missing files with a fragment, a query, in an image and in HTML',
      markdown: '[A](./a.md#intro)\n\n![Chart](docs/chart.png?raw=1)\n\n<img src="img/logo.svg">\n',
      existingFiles: ['./b.md'],
      errors: [
        { messageId: 'missing', line: 1, column: 1, message: '`./a.md`' },
        { messageId: 'missing', line: 3, column: 1, message: '`docs/chart.png`' },
        { messageId: 'missing', line: 5, column: 11 },
      ],
    },
    {
      name: 'missing files written with a fragment, a query and a percent-encoded character',
      markdown: '[A](docs/missing.md#intro) [B](docs/missing.md?plain=1) [C](docs/a%20b.md)\n',
      existingFiles: ['docs/a%20b.md', 'docs/missing.md#intro'],
      errors: [
        { messageId: 'missing', line: 1, column: 1, message: '`docs/missing.md`' },
        { messageId: 'missing', line: 1, column: 28, message: '`docs/missing.md`' },
        { messageId: 'missing', line: 1, column: 57, message: '`docs/a b.md`' },
      ],
    },
  ],
});
