import { noHttpLink } from '../../src/rules/no-http-link.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(noHttpLink, {
  valid: [
    { name: 'an https link', markdown: '## Data\n\n- [Alpha](https://example.org/alpha) - Scans.\n' },
    { name: 'a www autolink, whose scheme GitHub picks', markdown: 'See www.example.org/alpha for scans.\n' },
    { name: 'a loopback address', markdown: 'Run it at [localhost](http://localhost:8080/) first.\n' },
    { name: 'relative and mailto links', markdown: '[Guide](./guide.md) and [mail](mailto:team@example.org).\n' },
  ],
  invalid: [
    {
      name: 'an http Markdown link',
      markdown: '## Data\n\n- [Alpha](http://example.org/alpha) - Scans.\n',
      errors: [
        {
          messageId: 'insecure',
          line: 3,
          column: 3,
          expected: 'https://example.org/alpha',
          message: 'Unexpected insecure URL `http://example.org/alpha`, expected `https://`',
        },
      ],
    },
    {
      name: 'a bare http URL, an HTML link and a definition',
      markdown: 'TCGA: http://example.org/tcga\n\n<a href="HTTP://example.org/b">B</a>\n\n[c]: http://example.org/c\n',
      errors: [
        { messageId: 'insecure', line: 1, column: 7, expected: 'https://example.org/tcga' },
        { messageId: 'insecure', line: 3, column: 10, expected: 'https://example.org/b' },
        { messageId: 'insecure', line: 5, column: 1, expected: 'https://example.org/c' },
      ],
    },
  ],
});
