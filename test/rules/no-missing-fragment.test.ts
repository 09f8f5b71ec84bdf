import { noMissingFragment } from '../../src/rules/no-missing-fragment.js';
import { ruleTester, type ValidCase } from '../helpers/rule-tester.js';

/**
 * Headings and the fragment GitHub gives them (its heading ids, as markdownlint's MD051 cases
 * document them): inline HTML and image alt text are dropped, the spaces around them are kept.
 */
const HEADING_IDS: Array<[name: string, heading: string, fragment: string]> = [
  ['a trailing comment keeps the space before it', '## Title <!-- x -->', 'title-'],
  ['two spaces before a comment', '## Two Trailing Spaces  <!-- x -->', 'two-trailing-spaces--'],
  ['an embedded comment', '## Embedded <!-- x --> Comment', 'embedded--comment'],
  ['a leading image', '## ![Logo](logo.png) Tools', '-tools'],
  ['a trailing image', '## Has ![an Image](x.png)', 'has-'],
  ['a leading inline HTML image', '## <img src="icon.svg" alt="Icon"> Datasets', '-datasets'],
  ['inline HTML around text', '## <b>Bold</b> Text', 'bold-text'],
  ['a heading that is a link', '## [Is a Link](https://example.org)', 'is-a-link'],
  ['a heading with a reference link', '## Has [a Reference][r]\n\n[r]: https://example.org', 'has-a-reference'],
  ['a heading with code', '## With `Code` Inside', 'with-code-inside'],
  ['emphasis', '## Valid *Heading* With _Emphasis_', 'valid-heading-with-emphasis'],
  ['an emoji', '## 🚀 Launch', '-launch'],
  ['an emoji with a variation selector, percent-encoded', '## Ubuntu 20.04 ✔️', 'ubuntu-2004-%EF%B8%8F'],
  ['punctuation and accents', "## L'Hôpital's Rule", 'lhôpitals-rule'],
  ['accents percent-encoded', "## L'Hôpital's Rule", 'lh%C3%B4pitals-rule'],
  ['CJK text', '## 标题', '%E6%A0%87%E9%A2%98'],
  ['escaped underscores', '## Valid\\_Heading Escaped\\_Underscores', 'valid_heading-escaped_underscores'],
  ['an entity', '## Data &amp; Code', 'data--code'],
  ['a closed ATX heading', '## Closed ATX ##', 'closed-atx'],
  ['a setext heading', 'Setext Heading\n--------------', 'setext-heading'],
  ['a heading in a list item', '- ## In a List', 'in-a-list'],
  ['a heading in a quote', '> ## Quoted', 'quoted'],
  ['an anchor inside a heading', '## Heading <a name="custom"></a>', 'custom'],
  ['a heading written in HTML', '<h2 align="center">Awesome <em>Data</em> &amp; Code</h2>', 'awesome-data--code'],
];

const headingCases: ValidCase[] = HEADING_IDS.map(([name, heading, fragment]) => ({
  name: `${name}: \`${heading.split('\n')[0]}\` is \`#${fragment}\``,
  markdown: `# List\n\nSee [it](#${fragment}).\n\n${heading}\n`,
}));

ruleTester(noMissingFragment, {
  valid: [
    ...headingCases,
    {
      name: 'repeated headings numbered in document order, nested ones included',
      markdown: '# List\n\n[a](#data) [b](#data-1) [c](#data-2) [d](#data-3)\n\n## Data\n\n- ### Data\n\n<h2>Data</h2>\n\n## Data\n',
    },
    {
      name: 'HTML anchors: an id on any element, a name on <a>, any quoting and case, entities decoded',
      markdown:
        '# List\n\n[a](#para) [b](#spaced) [c](#hrefandid) [d](#after-name) [e](#caf%C3%A9) [f](#legacy)\n\n' +
        '<p id="para"></p>\n\n<a id = spaced></a>\n\n<A href="https://example.org" id="HREFandID">x</A>\n\n' +
        '<input name="ignored" id="after-name">\n\n<a id="caf&eacute;"></a> <a name=\'legacy\'></a>\n',
    },
    { name: 'GitHub line anchors', markdown: '# List\n\n[a](#L7) [b](#L30-L31) [c](#L3C24-L88)\n' },
    {
      name: 'a fragment into another file whose anchors are unknown',
      markdown: '# List\n\n[a](docs/data.csv#row) [b](docs/other.md#anywhere)\n',
      localTargets: { 'docs/data.csv#row': { kind: 'found', anchors: null } },
    },
    {
      name: 'fragments into another file that exist there, and its line anchors',
      markdown: '# List\n\n[a](docs/other.md#setup) [b](./docs/other.md#Setup) [c](docs/other.md#L3) [d](docs/other.md?plain=1#L3-L5)\n',
      localTargets: {
        'docs/other.md#setup': { kind: 'found', anchors: new Set(['setup']) },
        './docs/other.md#Setup': { kind: 'found', anchors: new Set(['setup']) },
        'docs/other.md#L3': { kind: 'found', anchors: new Set(['setup']) },
        'docs/other.md?plain=1#L3-L5': { kind: 'found', anchors: new Set(['setup']) },
      },
    },
    {
      name: 'an in-page link to a heading',
      markdown: '# List\n\nSee [other lists](#other-lists-of-medical-datasets).\n\n## Other Lists of Medical Datasets\n',
    },
    {
      name: 'HTML anchors in upper case, and HTML headings, beside HTML that defines none',
      markdown:
        '# List\n\n[a](#upper) [b](#legacy-name) [c](#html-heading)\n\n<p align="center"><img src="logo.png"></p>\n\n' +
        '<DIV ID="Upper"></DIV>\n\n<br>\n\n<A NAME="legacy-name"></A>\n\n<H2>HTML Heading</H2>\n',
    },
    {
      name: 'HTML anchors by name and id',
      markdown: '# List\n\n<a name="imaging"></a>\n\n<div id=\'text-data\'></div>\n\nSee [a](#imaging) and [b](#text-data).\n',
    },
    { name: 'the top of the page and an empty fragment', markdown: '# List\n\n[Back to top](#top) or [here](#).\n' },
    {
      name: 'a broken ToC link (that is `toc-link`’s report)',
      markdown: '# List\n\n- [Text](#text-data)\n\n## Natural Language Data\n\nText.\n',
    },
    { name: 'fragments on other pages', markdown: '# List\n\n[a](https://example.org/page#missing) and [b](./other.md#missing).\n' },
  ],
  invalid: [
    {
      name: 'an in-page link to a heading that is not there, with a suggestion',
      markdown: '# List\n\nSee [other lists](#other-list-of-medical-datasets).\n\n## Other Lists of Medical Datasets\n',
      errors: [
        {
          messageId: 'missingWithSuggestion',
          line: 3,
          column: 5,
          expected: '#other-lists-of-medical-datasets',
          message: 'Unexpected link `#other-list-of-medical-datasets` to no heading or anchor',
        },
      ],
    },
    {
      name: 'a commented-out anchor, an HTML link and a reference definition',
      markdown: '# List\n\n<!-- <a name="gone"></a> -->\n\n<a href="#gone">Gone</a> and [ref][r].\n\n[r]: #nowhere-at-all\n',
      errors: [
        { messageId: 'missing', line: 5, column: 10 },
        { messageId: 'missing', line: 5, column: 30 },
      ],
    },
    {
      name: 'a heading id without the hyphen a trailing comment leaves',
      markdown: '# List\n\n[a](#title)\n\n## Title <!-- x -->\n',
      errors: [{ messageId: 'missingWithSuggestion', line: 3, expected: '#title-' }],
    },
    {
      name: 'the alt text of an image heading, which GitHub drops',
      markdown: '# List\n\n[a](#is-an-image)\n\n## ![Is an Image](x.png)\n',
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'names that are no anchors and ids that are not rendered',
      markdown:
        '# List\n\n[a](#p-name) [b](#input-name) [c](#data-only) [d](#scripted) [e](#styled) [f](#in-value)\n\n' +
        '<p name="p-name"></p>\n\n<input name="input-name">\n\n<div data-id="data-only"></div>\n\n' +
        '<script>document.write(\'<a id="scripted">\')</script>\n\n<style>/* <a id="styled"> */</style>\n\n' +
        '<p title=\'id="in-value"\'></p>\n',
      errors: [
        { messageId: 'missing', line: 3, column: 1 },
        { messageId: 'missing', line: 3, column: 14 },
        { messageId: 'missing', line: 3, column: 31 },
        { messageId: 'missing', line: 3, column: 47 },
        { messageId: 'missing', line: 3, column: 62 },
        { messageId: 'missing', line: 3, column: 75 },
      ],
    },
    {
      name: 'a fragment into another file that is not there, with a suggestion',
      markdown: '# List\n\nSee [setup](../README.md#set-up).\n',
      localTargets: { '../README.md#set-up': { kind: 'found', anchors: new Set(['setup', 'contents']) } },
      errors: [
        {
          messageId: 'missingInFileWithSuggestion',
          line: 3,
          column: 5,
          expected: '../README.md#setup',
          message: 'Unexpected link `../README.md#set-up` to no heading or anchor in `../README.md`',
        },
      ],
    },
  ],
});
