import { noMalformedUrl } from '../../src/rules/no-malformed-url.js';
import { MAX_MARKERS } from '../../src/parse/cap-markers.js';
import { ruleTester } from '../helpers/rule-tester.js';

/**
 * One paragraph of `**Name** [\`name\`](url)` lines, more than the parser's marker cap holds
 * (src/parse/cap-markers.ts): past it each `[` is read as text and each URL is bare.
 */
const pastMarkerCap = (last = ''): string =>
  `# T\n\n${Array.from({ length: MAX_MARKERS + 20 }, (_, i) => `**Set ${i}** [\`set${i}\`](https://a${i}.example/) - Scans.`).join('\n')}\n${last}`;

ruleTester(noMalformedUrl, {
  valid: [
    { name: 'a URL with percent-encoded angle brackets', markdown: '## D\n\n- [Alpha](http://example.org/data/%3E) - A.\n' },
    { name: 'a well-formed link after text with a bracket', markdown: '## D\n\n- Alpha [v2](https://example.org/a) - A.\n' },
    { name: 'an https link', markdown: '- [Alpha](https://example.org/alpha) - Scans.\n' },
    { name: 'relative links', markdown: '[Guide](./guide.md), [up](../a/b.md), [pic](docs/x.png?raw=1#top), [root](/docs/x.md)\n' },
    { name: 'a fragment, a mailto link and a DOI', markdown: '[Top](#contents), [mail](mailto:team@example.org), [doi](doi:10.1000/182)\n' },
    { name: 'balanced parentheses in a Wikipedia-style URL', markdown: '[Foo](https://example.org/wiki/Foo_(bar)) is fine.\n' },
    { name: 'an IPv6 host', markdown: '[Local](http://[::1]:8080/data)\n' },
    { name: 'an ftp link, a few edits from http but a real scheme', markdown: '[Mirror](ftp://example.org/pub/data.zip)\n' },
    { name: 'a file name whose extension is also a domain', markdown: '[Script](setup.py) and [notes](CHANGELOG.md)\n' },
    { name: 'a bare URL in prose', markdown: 'Data at https://example.org/a(b)c and www.example.org.\n' },
    { name: 'a link with a title', markdown: '[Alpha](https://example.org/alpha "Alpha home")\n' },
    { name: 'a link written in full after an escaped `[`, read as text', markdown: '- \\[Alpha](https://example.org/alpha) - Scans.\n' },
    { name: 'links written in full that the parser read as text past its marker cap', markdown: pastMarkerCap() },
    { name: 'a `<` destination with its `>`', markdown: '- [Alpha](<https://example.org/alpha>) - Scans.\n- [Beta](< https://example.org/b >) - B.\n' },
    { name: 'a `<` left open after an escaped `[`, read as text on purpose', markdown: '- \\[Alpha](<https://example.org/alpha) - Scans.\n- \\[Beta](<https://example.org/b c) - B.\n- \\[Gamma](https://example.org/g h - G.\n' },
    { name: 'an e-mail address after `(<`, not a URL written out', markdown: '- [Contact](<data@example.org) - ask )\n' },
  ],
  invalid: [
    // Fixes (--fix) and suggestions.
    {
      name: 'a misspelled scheme, fixed',
      markdown: '- [Alpha Scans](htps://alpha.example.org/data) - A.\n',
      errors: [{ messageId: 'scheme', line: 1 }],
      output: '- [Alpha Scans](https://alpha.example.org/data) - A.\n',
    },
    {
      name: 'backslashes for slashes, fixed',
      markdown: '- [Beta Scans](https:\\\\beta.example.org/x) - B.\n',
      errors: [{ messageId: 'scheme', line: 1 }],
      output: '- [Beta Scans](https://beta.example.org/x) - B.\n',
    },
    {
      name: 'a scheme without its colon, fixed',
      markdown: '- [Gamma Scans](http//gamma.example.org) - G.\n',
      errors: [{ messageId: 'scheme', line: 1 }],
      output: '- [Gamma Scans](http://gamma.example.org) - G.\n',
    },
    {
      name: 'a misspelled scheme in a reference, fixed in its definition',
      markdown: '- [Delta Scans][d] - D.\n\n[d]: hhttp://delta.example.org/x\n',
      errors: [{ messageId: 'scheme', line: 1 }],
      output: '- [Delta Scans][d] - D.\n\n[d]: http://delta.example.org/x\n',
    },
    {
      name: 'a space between ] and (, fixed',
      markdown: '- [Epsilon Scans] (https://epsilon.example.org/) - E.\n',
      errors: [{ messageId: 'spaceBeforeUrl', line: 1 }],
      output: '- [Epsilon Scans](https://epsilon.example.org/) - E.\n',
    },
    {
      name: 'a host without a scheme, a suggestion only',
      markdown: '- [Zeta Scans](www.zeta.example.org) - Z.\n',
      errors: [{ messageId: 'missingScheme', line: 1, suggestions: ['- [Zeta Scans](https://www.zeta.example.org) - Z.\n'] }],
      output: null,
    },
    {
      name: 'a link without its closing parenthesis, a suggestion only',
      markdown: '- [Eta Scans](https://eta.example.org/data - Eta.\n',
      errors: [{ messageId: 'unclosedLink', line: 1, suggestions: ['- [Eta Scans](https://eta.example.org/data) - Eta.\n'] }],
      output: null,
    },
    {
      name: 'a `<` destination without its `>`, fixed',
      markdown: '- [Iota Scans](<https://iota.example.org/data) - Iota.\n- [Kappa](<https://kappa.example.org/ ) - K.\n',
      errors: [
        { messageId: 'unclosedAngle', line: 1, column: 3 },
        { messageId: 'unclosedAngle', line: 2, column: 3 },
      ],
      output: '- [Iota Scans](<https://iota.example.org/data>) - Iota.\n- [Kappa](<https://kappa.example.org/> ) - K.\n',
    },
    {
      name: 'a `<` destination without its `>` whose URL ends in a backslash: no edit, which the backslash would escape',
      markdown: '- [Nu](<https://nu.example.org/a\\) - Nu.\n',
      errors: [{ messageId: 'unclosedAngle', line: 1, suggestions: [] }],
      output: null,
    },
    {
      name: 'a `<` destination without its `>`, after an escaped backslash',
      markdown: '- \\\\[Iota](<https://iota.example.org/data) - Iota.\n',
      errors: [{ messageId: 'unclosedAngle', line: 1 }],
      output: '- \\\\[Iota](<https://iota.example.org/data>) - Iota.\n',
    },
    {
      name: 'a `<` destination without its `>` whose URL may go on after a space, a suggestion only',
      markdown: '- [Lambda](<https://lambda.example.org/my file.zip) - Lambda.\n- [Mu](<https://mu.example.org/a - Scans (CT).\n',
      errors: [
        { messageId: 'unclosedAngle', line: 1, suggestions: ['- [Lambda](<https://lambda.example.org/my file.zip>) - Lambda.\n- [Mu](<https://mu.example.org/a - Scans (CT).\n'] },
        { messageId: 'unclosedAngle', line: 2, suggestions: ['- [Lambda](<https://lambda.example.org/my file.zip) - Lambda.\n- [Mu](<https://mu.example.org/a>) - Scans (CT).\n'] },
      ],
      output: null,
    },
    {
      name: 'a link without its opening bracket, a suggestion only',
      markdown: '- Theta Scans](https://theta.example.org/) - Theta.\n',
      errors: [{ messageId: 'missingOpenBracket', line: 1, suggestions: ['- [Theta Scans](https://theta.example.org/) - Theta.\n'] }],
      output: null,
    },
    {
      name: 'a destination with a stray `>` (class 8)',
      markdown: '## D\n\n- [Alpha](http://example.org/data/>) - A.\n',
      errors: [{ messageId: 'strayCharacter', line: 3, expected: 'http://example.org/data/', message: 'Unexpected `>` in URL' }],
    },
    {
      name: 'a link missing its opening `[` (class 8)',
      markdown: '## D\n\n- Brain Atlas on AWS](https://example.org/atlas) - MRI.\n',
      errors: [{ messageId: 'missingOpenBracket', line: 3, column: 3, expected: '[Brain Atlas on AWS](https://example.org/atlas)' }],
    },
    {
      name: 'a www host written without a scheme',
      markdown: '- [Alpha](www.example.org/alpha) - Scans.\n',
      errors: [{ messageId: 'missingScheme', line: 1, column: 3, expected: 'https://www.example.org/alpha' }],
    },
    {
      name: 'a host and path without a scheme',
      markdown: '- [Alpha](example.org/path) - Scans.\n',
      errors: [
        {
          messageId: 'missingScheme',
          line: 1,
          column: 3,
          expected: 'https://example.org/path',
          message: 'Unexpected URL `example.org/path` without a scheme, expected `https://example.org/path`',
        },
      ],
    },
    {
      name: 'an e-mail address without `mailto:`',
      markdown: 'Write to [the team](team@example.org).\n',
      errors: [{ messageId: 'missingScheme', line: 1, column: 10, expected: 'mailto:team@example.org' }],
    },
    {
      name: 'misspelled schemes',
      markdown: '[A](htps://example.org/a)\n\n[B](hhttp://example.org/b)\n\n[C](ttps://example.org/c)\n',
      errors: [
        { messageId: 'scheme', line: 1, column: 1, expected: 'https://example.org/a', message: 'Unexpected scheme `htps://`' },
        { messageId: 'scheme', line: 3, column: 1, expected: 'http://example.org/b' },
        { messageId: 'scheme', line: 5, column: 1, expected: 'https://example.org/c' },
      ],
    },
    {
      name: 'a scheme with one slash, three slashes or backslashes',
      markdown: '[A](http:/example.org/a)\n\n[B](https:///example.org/b)\n\n[C](https:\\\\\\\\example.org\\\\c)\n',
      errors: [
        { messageId: 'scheme', line: 1, expected: 'http://example.org/a', message: 'Unexpected scheme `http:/`' },
        { messageId: 'scheme', line: 3, expected: 'https://example.org/b' },
        { messageId: 'scheme', line: 5, expected: 'https://example.org\\c' },
      ],
    },
    {
      name: 'a scheme without its colon',
      markdown: '[A](http//example.org/a)\n\n[B](https//example.org/b)\n',
      errors: [
        { messageId: 'scheme', line: 1, column: 1, expected: 'http://example.org/a', message: 'Unexpected scheme `http//`' },
        { messageId: 'scheme', line: 3, column: 1, expected: 'https://example.org/b' },
      ],
    },
    {
      name: 'http:// with an empty host',
      markdown: '[A](http://)\n\n[B](https://?q=1)\n',
      errors: [
        { messageId: 'emptyHost', line: 1, column: 1, message: 'Unexpected URL `http://` without a host' },
        { messageId: 'emptyHost', line: 3, column: 1 },
      ],
    },
    {
      name: 'spaces inside a URL in angle brackets, a definition and HTML',
      markdown: '[A](<https://example.org/my file.pdf>)\n\n<a href="https://example.org/b c">B</a>\n',
      errors: [
        { messageId: 'whitespace', line: 1, column: 1, expected: 'https://example.org/my%20file.pdf' },
        { messageId: 'whitespace', line: 3, column: 10, expected: 'https://example.org/b%20c' },
      ],
    },
    {
      name: 'unbalanced parentheses in a URL',
      markdown: '[A](<https://example.org/wiki/Foo_(bar>)\n\nSee https://example.org/a(b here.\n',
      errors: [
        { messageId: 'unbalanced', line: 1, column: 1, message: 'Unexpected unbalanced `(` in URL `https://example.org/wiki/Foo_(bar`' },
        { messageId: 'unbalanced', line: 3, column: 5 },
      ],
    },
    {
      name: 'a stray closing parenthesis at the end of an HTML link',
      markdown: '<a href="https://example.org/a)">A</a>\n',
      errors: [{ messageId: 'unbalanced', line: 1, column: 10, expected: 'https://example.org/a' }],
    },
    {
      name: 'a Markdown link whose `)` the URL swallowed',
      markdown: '- [Foo](https://example.org/wiki/Foo_(bar) - Scans.\n',
      errors: [
        {
          messageId: 'unclosedLink',
          line: 1,
          column: 3,
          expected: '[Foo](https://example.org/wiki/Foo_(bar))',
          message: 'Unexpected Markdown link `[Foo](https://example.org/wiki/Foo_(bar)` without its closing `)`',
        },
      ],
    },
    {
      name: 'a Markdown link with its `)` left out or split by a space',
      markdown: '[Alpha](https://example.org/alpha\n\n[Beta](https://example.org/beta data)\n',
      errors: [
        { messageId: 'unclosedLink', line: 1, column: 1, expected: '[Alpha](https://example.org/alpha)' },
        { messageId: 'unclosedLink', line: 3, column: 1, expected: '[Beta](https://example.org/beta)' },
      ],
    },
    {
      name: 'a link without its `)` in a file whose lines end with a lone CR, as the parser counts them',
      markdown: '# Data\r\r- [Eta Scans](https://eta.example.org/data - Eta.\r',
      errors: [{ messageId: 'unclosedLink', line: 3, column: 3, suggestions: ['# Data\r\r- [Eta Scans](https://eta.example.org/data) - Eta.\r'] }],
      output: null,
    },
    {
      name: 'a link split by a space in its URL, with a note to encode the space',
      markdown: '- [Eta Scans](https://eta.example.org/my data) - Eta.\n',
      errors: [{ messageId: 'unclosedLink', line: 1, note: '`%20`' }],
    },
    {
      name: 'a link split by a space in its URL, in a file whose lines end with a lone CR',
      markdown: '# Data (2024)\r\r- [Eta Scans](https://eta.example.org/my data) - Eta.\r',
      errors: [{ messageId: 'unclosedLink', line: 3, note: '`%20`' }],
    },
    {
      name: 'a link without its `)` past the parser marker cap',
      markdown: pastMarkerCap('[`last`](https://z.example/ - Scans.\n'),
      errors: [{ messageId: 'unclosedLink', line: MAX_MARKERS + 23, column: 1, expected: '[`last`](https://z.example/)' }],
    },
    {
      name: 'a space between `]` and `(`',
      markdown: '- [Alpha] (https://example.org/alpha) - Scans.\n',
      errors: [{ messageId: 'spaceBeforeUrl', line: 1, column: 3, expected: '[Alpha](https://example.org/alpha)' }],
    },
    {
      name: 'a URL the WHATWG parser rejects',
      markdown: '[A](https://example.org:99999/a)\n',
      errors: [{ messageId: 'invalid', line: 1, column: 1 }],
    },
    {
      name: 'an empty link target',
      markdown: 'See [Alpha]() for more.\n',
      errors: [{ messageId: 'empty', line: 1, column: 5, message: 'Unexpected empty link target in `[Alpha]()`' }],
    },
  ],
});
