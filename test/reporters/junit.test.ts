import { describe, expect, it } from 'vitest';
import { escapeXml, formatJunit } from '../../src/reporters/junit.js';
import { diagnostic, entry, fileResult, HOSTILE } from '../action/build-results.js';

/**
 * A strict little well-formedness check (no XML parser among the dependencies): balanced
 * tags, quoted attributes, only the five entities and numeric references, no character XML
 * forbids.
 */
function assertWellFormed(xml: string): void {
  expect(xml).not.toMatch(/[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]/);
  expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/giy;
  let position = 0;
  for (let match = token.exec(body); match !== null; match = token.exec(body)) {
    position = token.lastIndex;
    const [, closing, name, attributes, selfClosing, text] = match;
    for (const piece of [text ?? '', attributes ?? '']) {
      expect(piece.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '')).not.toMatch(/[&<]/);
    }
    if (name === undefined) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name);
  }
  expect(position).toBe(body.length);
  expect(stack).toEqual([]);
}

describe('formatJunit', () => {
  const results = [
    fileResult(
      'README.md',
      [
        diagnostic({ ruleId: 'entry-link', line: 3, message: 'First' }),
        diagnostic({ ruleId: 'link-dead', line: 3, column: 5, message: 'Second' }),
        diagnostic({ ruleId: 'entry-description', line: 5, severity: 'warning', message: 'Only a warning' }),
        diagnostic({ ruleId: 'heading-style', line: 1, message: 'Heading' }),
      ],
      [entry({ name: 'MIMIC', line: 3, section: ['Images', 'X-Rays'] }), entry({ name: 'TCGA', line: 5 }), entry({ name: 'Clean', line: 7 })],
    ),
    fileResult('empty.md', []),
  ];
  const xml = formatJunit(results);

  it('writes one suite per file and one test case per entry, plus (document) for findings outside entries', () => {
    assertWellFormed(xml);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="medlint" tests="5" failures="2" errors="0">',
        '  <testsuite name="README.md" tests="4" failures="2" errors="0" skipped="0">',
        '    <testcase name="(document)" classname="README.md" file="README.md" line="1">',
        '      <failure message="Heading" type="heading-style">1:1 error Heading (heading-style)</failure>',
        '    </testcase>',
        '    <testcase name="MIMIC (line 3)" classname="README.md › Images › X-Rays" file="README.md" line="3">',
        '      <failure message="First" type="entry-link">3:1 error First (entry-link)&#10;3:5 error Second (link-dead)</failure>',
        '    </testcase>',
        '    <testcase name="TCGA (line 5)" classname="README.md › Datasets" file="README.md" line="5">',
        '      <system-out>5:1 warning Only a warning (entry-description)</system-out>',
        '    </testcase>',
        '    <testcase name="Clean (line 7)" classname="README.md › Datasets" file="README.md" line="7"/>',
        '  </testsuite>',
        '  <testsuite name="empty.md" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase name="(document)" classname="empty.md" file="empty.md" line="1"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['<a href="x">&\'</a>', '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;'],
    ['line\r\nbreak\ttab', 'line&#13;&#10;break&#9;tab'],
    ['\u001b[31mred', '\\u001B[31mred'],
    ['nul\u0000', 'nul\\u0000'],
    ['lone \uD800 high', 'lone \\uD800 high'],
    ['pair \uD83D\uDE00 ok', 'pair \uD83D\uDE00 ok'],
  ])('escapes %j as %j', (input, output) => {
    expect(escapeXml(input)).toBe(output);
  });

  it.each(HOSTILE)('stays well-formed with %j in names, messages and paths', (value) => {
    const hostile = formatJunit([
      fileResult(value, [diagnostic({ ruleId: value, line: 1, message: value })], [entry({ name: value, line: 1, section: [value] })]),
    ]);
    assertWellFormed(hostile);
    expect(hostile).not.toContain('<script>');
  });
});
