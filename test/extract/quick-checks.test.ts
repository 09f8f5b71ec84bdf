/**
 * The quick looks that let the extractor and the rules skip work (issue 19, item 11) must never
 * skip a match: each is tested here on what it must let through and what it may pass over.
 */
import { describe, expect, it } from 'vitest';
import { htmlFileAnchors, mayHoldAnchor } from '../../src/extract/anchors.js';
import { extractAccess } from '../../src/extract/fields.js';
import { extractLicense } from '../../src/extract/license.js';
import { foldWhitespace } from '../../src/extract/text.js';
import { normaliseUrl } from '../../src/rules/urls.js';

describe('foldWhitespace', () => {
  it.each([
    'one space only',
    '  leading and trailing  ',
    'two  spaces',
    'a\ttab',
    'a\nnew line',
    'a\r\nCRLF',
    'no-break\u00a0space',
    'ideographic\u3000space',
    '\u2028line separator',
    '',
  ])('folds %j as a full replace would', (text) => {
    expect(foldWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim());
  });
});

describe('mayHoldAnchor: an HTML node is tokenized for anchors only when it may define one', () => {
  const withAnchors = [
    '<a id="top"></a>',
    '<a name="top"></a>',
    '<A NAME = \'top\'>',
    '<a href="#x"id="top">',
    "<a href='#x'name='top'>",
    '<div\n  id=top>',
    '<p/id="top">',
    '<a\fid="top">',
    '<a\rname="top">',
    '<h2>Datasets</h2>',
  ];
  it.each(withAnchors)('looks at %j', (html) => expect(mayHoldAnchor(html)).toBe(true));

  const withoutAnchors = [
    '<td width="30%">Kidney scans</td>',
    '<img src="x.png" alt="identity">',
    '<a name>',
    '<details><summary>Names</summary>',
    '<br>',
  ];
  it.each(withoutAnchors)('passes over %j, which defines no anchor', (html) => {
    expect(mayHoldAnchor(html)).toBe(false);
    expect(htmlFileAnchors(html).size).toBe(0);
  });
});

describe('the licence look-ahead lets every licence phrase through', () => {
  it.each([
    ['_CC BY 4.0_', 'CC-BY-4.0'],
    ['(CC0)', 'CC0-1.0'],
    ['Creative Commons Zero', 'CC0-1.0'],
    ['ODbL', 'ODbL-1.0'],
    ['PDDL 1.0', 'PDDL-1.0'],
    ['CDLA-Permissive-2.0', 'CDLA-Permissive-2.0'],
    ['released under the MIT license', 'MIT'],
    ['distributed under the MIT', 'MIT'],
    ['Apache-2.0 licensed', 'Apache-2.0'],
    ['PhysioNet Credentialed Health Data License 1.5.0', null],
  ])('%j', (text, id) => {
    const licence = extractLicense(text);
    expect(licence).not.toBeNull();
    expect(licence?.id).toBe(id);
  });

  it('reads a licence as the full patterns do, case folding included', () => {
    // `ſ` (long s) folds to `s` under the `iu` flags of both the look-ahead and the patterns.
    expect(extractLicense('Creative Commonſ Zero')?.text).toBe('Creative Commonſ Zero');
  });

  it.each(['Accuracy of access to 300 scans', 'MIT (the institute) released 20 videos', 'Classic CT cohort', 'abcc-by data', 'x-CC BY'])('finds none in %j', (text) => {
    expect(extractLicense(text)).toBeNull();
  });
});

describe('the access look-ahead lets every level through', () => {
  it.each([
    ['An application form gives access to the images.', 'application'],
    ['Scans. Sign up to download.', 'registration'],
    ['Private', 'restricted'],
    ['Free for anyone.', 'open'],
    ['300 CT scans from 20 patients. Registration required.', 'registration'],
    ['300 CT scans.\nPrivate', 'restricted'],
  ])('%j', (text, level) => expect(extractAccess(text)?.level).toBe(level));
});

describe('normaliseUrl looks into the query only for a campaign tag', () => {
  it('drops escaped utm_ keys and keeps a query without them', () => {
    const url = 'https://www.example.org/data/?utm%5Fsource=list&v=2';
    expect(normaliseUrl(url)).toBe('https://example.org/data?v=2');
    expect(normaliseUrl('https://example.org/data?v=2')).toBe('https://example.org/data?v=2');
    expect(normaliseUrl('https://example.org/data?%75tm_medium=x&v=2')).toBe('https://example.org/data?v=2');
  });
});
