/**
 * Name and description split (issue 19, item 6): every way real lists separate them, names that
 * hold a colon or a dash of their own, and what must stay whole. Both the split of a lead before a
 * link and the reading of link-less catalogue items are covered.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { splitName } from '../../src/extract/name-split.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';

describe('splitName', () => {
  it.each([
    ['Thorax Set: 300 chest CTs', 'Thorax Set', '300 chest CTs'],
    ['Thorax Set, a collection of 300 chest CTs', 'Thorax Set', 'a collection of 300 chest CTs'],
    ['Thorax Set - 300 chest CTs', 'Thorax Set', '300 chest CTs'],
    ['Thorax Set – 300 chest CTs', 'Thorax Set', '300 chest CTs'],
    ['Thorax Set — 300 chest CTs', 'Thorax Set', '300 chest CTs'],
    ['Hip Set (200 hip X-rays of adults)', 'Hip Set', '200 hip X-rays of adults'],
    // A name that holds a dash or a colon of its own.
    ['COVID-19 CT Set - 500 scans', 'COVID-19 CT Set', '500 scans'],
    ['Set:v2 - 40 MRIs', 'Set:v2', '40 MRIs'],
    ['Knee Set (v2: 2021) - 800 MRIs', 'Knee Set (v2: 2021)', '800 MRIs'],
  ])('splits %j into %j and %j', (lead, name, description) => {
    expect(splitName(lead)).toEqual({ name, description });
  });

  it.each([
    "Alzheimer's Disease Neuroimaging Initiative (ADNI)",
    'Allen Brain Atlas (mouse)',
    'Radiology (Ultrasound, Mammographs, X-Ray, CT, MRI, etc.)',
    'Thorax Set',
  ])('keeps %j whole', (lead) => {
    expect(splitName(lead)).toEqual({ name: lead, description: '' });
  });
});

describe('link-less catalogue items', () => {
  const markdown = [
    '## Data',
    '',
    '- Thorax Set, a collection of 300 chest CTs',
    '- Knee Set – 800 knee MRIs',
    '- Hip Set (200 hip X-rays of adults)',
    '- Radiology (Ultrasound, X-Ray, CT, etc.)',
    '- [Wrist Set](https://example.org/wrist) - wrists.',
    '',
  ].join('\n');
  const entries = extractDocument('list.md', markdown, parseMarkdown(markdown)).entries;

  it('reads each separator, the parenthesis included', () => {
    expect(entries.map((entry) => [entry.name, entry.description])).toEqual([
      ['Thorax Set', 'a collection of 300 chest CTs'],
      ['Knee Set', '800 knee MRIs'],
      ['Hip Set', '200 hip X-rays of adults'],
      ['Wrist Set', 'wrists.'],
    ]);
  });
});

describe('a description inside a link text (item 3)', () => {
  function first(markdown: string): { name: string; description: string } {
    const [entry] = extractDocument('list.md', markdown, parseMarkdown(markdown)).entries;
    return { name: entry?.name ?? '', description: entry?.description ?? '' };
  }

  it('splits a one-word name from the sentence after its colon, without the host', () => {
    expect(first('## Code\n\n- [lab/ctgen: A network that generates CT images from MRI (github.com)](https://github.com/lab/ctgen)\n')).toEqual({
      name: 'lab/ctgen',
      description: 'A network that generates CT images from MRI',
    });
  });

  it('keeps a title in capitals after the colon as part of the name', () => {
    expect(first('## Eyes\n\n- [DRIVE: Digital Retinal Images for Vessel Extraction](https://example.org/drive)\n').name).toBe('DRIVE: Digital Retinal Images for Vessel Extraction');
    expect(first('## Kidney\n\n- [KiTS19: Kidney Tumours](https://example.org/kits)\n').name).toBe('KiTS19: Kidney Tumours');
  });
});
