/**
 * Entries a reader sees (issue 13), table-tested on both sides: each shape once as an entry and
 * once in a near-identical form that is not one. Fixtures are invented datasets.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';

interface Expected {
  line: number;
  name: string;
  url: string | null;
  column?: number;
  endLine?: number;
  description?: string;
  parent?: string;
  shape?: string;
}

interface Case {
  name: string;
  markdown: string;
  entries: Expected[];
}

function entriesOf(markdown: string): Expected[] {
  const document = extractDocument('list.md', markdown, parseMarkdown(markdown));
  return document.entries.map((entry) => ({
    line: entry.line,
    name: entry.name,
    url: entry.url,
    column: entry.column,
    endLine: entry.endLine,
    description: entry.description,
    shape: entry.shape,
    ...(entry.parent === undefined ? {} : { parent: entry.parent }),
  }));
}

function check(cases: readonly Case[]): void {
  for (const { name, markdown, entries } of cases) {
    it(name, () => {
      const found = entriesOf(markdown);
      expect(found.map((entry) => entry.name)).toEqual(entries.map((entry) => entry.name));
      entries.forEach((expected, index) => expect(found[index]).toMatchObject(expected));
      // Every position lies inside the file.
      const lines = markdown.split('\n').length;
      for (const entry of found) expect(entry.endLine).toBeLessThanOrEqual(lines);
    });
  }
}

describe('raw HTML lists and tables are entries like their Markdown twins', () => {
  check([
    {
      name: 'reads each linked <li> of a <ul> block, at its line and column',
      markdown: [
        '# Invented list',
        '',
        '## Imaging',
        '',
        '<ul>',
        '  <li><a href="https://example.org/alder">Alder Scans</a> - 300 chest CT scans.</li>',
        '  <li><b><a href="https://example.org/birch">Birch Notes</a></b>: 2,000 discharge notes.</li>',
        '</ul>',
        '',
      ].join('\n'),
      entries: [
        { line: 6, column: 3, endLine: 6, name: 'Alder Scans', url: 'https://example.org/alder', description: '300 chest CT scans.', shape: 'list-item' },
        { line: 7, column: 3, name: 'Birch Notes', url: 'https://example.org/birch', description: '2,000 discharge notes.', shape: 'list-item' },
      ],
    },
    {
      name: 'reads tags and attributes in any case, and reads nothing from HTML without a link',
      markdown: [
        '## Imaging',
        '',
        '<details><summary>More</summary>',
        '',
        '<p align="center"><img src="logo.png" alt="logo"></p>',
        '',
        '<UL>',
        '  <LI><A HREF="https://example.org/elm">Elm Scans</A> - 40 knee MRIs.</LI>',
        '</UL>',
        '',
      ].join('\n'),
      entries: [{ line: 8, column: 3, name: 'Elm Scans', url: 'https://example.org/elm', description: '40 knee MRIs.', shape: 'list-item' }],
    },
    {
      name: 'gives a linked <li> inside a linked <li> its parent',
      markdown: [
        '## Brain',
        '',
        '<ul>',
        '<li><a href="https://example.org/archive">Cedar Archive</a> - a collection',
        '  <ul><li><a href="https://example.org/cedar-1">Cedar-1</a> - 50 MRIs</li></ul>',
        '</li>',
        '</ul>',
      ].join('\n'),
      entries: [
        { line: 4, name: 'Cedar Archive', url: 'https://example.org/archive' },
        { line: 5, name: 'Cedar-1', url: 'https://example.org/cedar-1', parent: 'Cedar Archive', description: '50 MRIs' },
      ],
    },
    {
      name: 'takes no <li> that is plain text, an in-page link or a badge',
      markdown: [
        '## Imaging',
        '',
        '<ul>',
        '<li>Remember to cite the authors</li>',
        '<li><a href="#imaging">Back to top</a></li>',
        '<li><a href="https://example.org/ci"><img src="https://example.org/badge.svg" alt="build"></a></li>',
        '</ul>',
        '<p><a href="https://example.org/blog">Our blog</a> has news.</p>',
      ].join('\n'),
      entries: [],
    },
    {
      name: 'reads <table> rows whose name cell holds a link, with the description column',
      markdown: [
        '## Retina',
        '',
        '<table>',
        '<tr><th>Dataset</th><th>Description</th></tr>',
        '<tr><td><a href="https://example.org/dogwood">Dogwood Fundus</a></td><td>5,000 fundus photographs</td></tr>',
        '</table>',
      ].join('\n'),
      entries: [{ line: 5, column: 1, name: 'Dogwood Fundus', url: 'https://example.org/dogwood', description: '5,000 fundus photographs', shape: 'table-row' }],
    },
    {
      name: 'reads a <table> split by blank lines into several HTML blocks as one table',
      markdown: [
        '## ECG',
        '',
        '<table>',
        '<tr><th>Name</th><th>Records</th></tr>',
        '',
        '<tr><td><a href="https://example.org/elm">Elm ECG</a></td><td>21,000</td></tr>',
        '</table>',
      ].join('\n'),
      entries: [{ line: 6, name: 'Elm ECG', url: 'https://example.org/elm', description: 'Records: 21,000' }],
    },
    {
      name: 'takes no <table> row whose name cell has no link: group labels, notes, badges',
      markdown: [
        '## ECG',
        '',
        '<table>',
        '<tr><th>Dataset</th><th>Records</th></tr>',
        '<tr><td colspan="2"><b>Arrhythmia</b></td></tr>',
        '<tr><td>Fir ECG (link coming soon)</td><td>120</td></tr>',
        '<tr><td><a href="https://example.org/ci"><img src="https://example.org/badge.svg"></a></td><td>1</td></tr>',
        '</table>',
      ].join('\n'),
      entries: [],
    },
  ]);
});

describe('a list item that opens with inline HTML is an entry', () => {
  check([
    {
      name: 'reads `<a href> **Name**</a><br>` with the description on the next line and icon links after it',
      markdown: [
        '## Brain',
        '',
        '- <a href="https://example.org/gum"> **Gum MRI**</a><br>',
        '  1,200 brain MRIs from 300 patients. <a href="https://example.org/gum-paper"><img src="paper.svg" alt="paper"></a>',
        '- <a href="https://example.org/hazel"> **Hazel CT**</a><br>',
        '  800 head CT scans.',
        '- <A HREF="https://example.org/ivy"> **Ivy X-ray**</A><BR>',
        '  90 chest radiographs.',
      ].join('\n'),
      entries: [
        { line: 3, name: 'Gum MRI', url: 'https://example.org/gum', description: '1,200 brain MRIs from 300 patients.' },
        { line: 5, name: 'Hazel CT', url: 'https://example.org/hazel', description: '800 head CT scans.' },
        { line: 7, name: 'Ivy X-ray', url: 'https://example.org/ivy', description: '90 chest radiographs.' },
      ],
    },
    {
      name: 'takes no item that opens with an icon link or an image',
      markdown: [
        '## Brain',
        '',
        '- <a href="https://example.org/ci"><img src="badge.svg" alt="build"></a> builds nightly',
        '- <img src="logo.png" alt=""> made with care',
      ].join('\n'),
      entries: [],
    },
  ]);
});

describe('link-less items are entries by their siblings and section, prose lists are not', () => {
  check([
    {
      name: 'takes a `Name - description` item among linked entries as an entry without a link',
      markdown: ['## Imaging', '', '- [Ivy Scans](https://example.org/ivy) - CT scans.', '- Juniper Atlas - 400 annotated slides.', ''].join('\n'),
      entries: [
        { line: 3, name: 'Ivy Scans', url: 'https://example.org/ivy' },
        { line: 4, name: 'Juniper Atlas', url: null, description: '400 annotated slides.' },
      ],
    },
    {
      name: 'takes `- __Name__` items as entries in a section that holds entries',
      markdown: ['## Imaging', '', '[Kapok Slides](https://example.org/kapok): 90 slides.', '', '- __Larch Registry__', '', '- __Maple Collection__', ''].join('\n'),
      entries: [
        { line: 3, name: 'Kapok Slides', url: 'https://example.org/kapok' },
        { line: 5, name: 'Larch Registry', url: null },
        { line: 7, name: 'Maple Collection', url: null },
      ],
    },
    {
      name: 'takes the link of an `Access:` sub-line as the link of a `- __Name__` item',
      markdown: ['## Imaging', '', '- __Nettle Set__', '  - Access: https://example.org/nettle', '- [Oak Set](https://example.org/oak) - scans', ''].join('\n'),
      entries: [
        { line: 3, name: 'Nettle Set', url: 'https://example.org/nettle' },
        { line: 5, name: 'Oak Set', url: 'https://example.org/oak' },
      ],
    },
    {
      name: 'takes no name-shaped items in a section without entries (a feature list)',
      markdown: ['## Features', '', '- Fast parser - reads a megabyte a second.', '- Small bundle - twenty kilobytes.', ''].join('\n'),
      entries: [],
    },
    {
      name: 'takes no steps or notes under an entry, ordered or lower-case',
      markdown: [
        '## Imaging',
        '',
        '- [Pine CT](https://example.org/pine) - CT scans.',
        '',
        'To download:',
        '',
        '1. Register on the site - it takes a minute.',
        '2. Accept the terms - then wait for the mail.',
        '',
        'Notes:',
        '',
        '- the files are large - about 2 GB each.',
        '- Use the mirror - it is faster.',
        '',
      ].join('\n'),
      entries: [{ line: 3, name: 'Pine CT', url: 'https://example.org/pine' }],
    },
    {
      name: 'splits a bold group title with no text of its own into the named items under it',
      markdown: [
        '## Challenges',
        '',
        '[Quince Challenge](https://example.org/quince): predict sepsis.',
        '',
        '__Seizure Challenges__',
        '',
        '- Rowan Challenge - predict seizures in EEG',
        '',
        'Access: https://example.org/rowan',
        '',
        '- Spruce Challenge - detect seizures in EEG',
        '',
        'Access: https://example.org/spruce',
        '',
      ].join('\n'),
      entries: [
        { line: 3, name: 'Quince Challenge', url: 'https://example.org/quince' },
        { line: 7, name: 'Rowan Challenge', url: 'https://example.org/rowan', description: 'predict seizures in EEG' },
        { line: 11, name: 'Spruce Challenge', url: 'https://example.org/spruce' },
      ],
    },
    {
      name: 'keeps the bullet points of a bold block that describes itself as its description',
      markdown: [
        '## Cohorts',
        '',
        '__Tamarind Cohorts__',
        'A dataset of two cohorts.',
        'Access: https://example.org/tamarind',
        '',
        '- Cohort A - 100 patients',
        '- Cohort B - 200 patients',
        '',
      ].join('\n'),
      entries: [{ line: 3, name: 'Tamarind Cohorts', url: 'https://example.org/tamarind' }],
    },
  ]);
});

describe('a linked sub-item that names its own dataset is an entry with a parent', () => {
  check([
    {
      name: 'gives the sub-entry its parent, even when a colon follows its link',
      markdown: [
        '## Brain',
        '',
        '- [Umbra Archive](https://example.org/umbra) - a collection of brain scans',
        '  - [Umbra-1](https://example.org/umbra-1) - 50 MRIs',
        '  - [Umbra Kids](https://example.org/umbra-kids): 20 paediatric MRIs',
        '',
      ].join('\n'),
      entries: [
        { line: 3, name: 'Umbra Archive', url: 'https://example.org/umbra', endLine: 3 },
        { line: 4, name: 'Umbra-1', url: 'https://example.org/umbra-1', parent: 'Umbra Archive', description: '50 MRIs' },
        { line: 5, name: 'Umbra Kids', url: 'https://example.org/umbra-kids', parent: 'Umbra Archive', description: '20 paediatric MRIs' },
      ],
    },
    {
      name: 'keeps labelled fields, generic links and mirror URLs as fields of the parent',
      markdown: [
        '## Brain',
        '',
        '- [Vine Atlas](https://example.org/vine) - brain atlas',
        '  - Paper: [An atlas of vines](https://example.org/vine-paper)',
        '  - Access: https://example.org/vine-access',
        '  - [Code](https://example.org/vine-code)',
        '  - https://mirror.example.org/vine',
        '',
      ].join('\n'),
      entries: [{ line: 3, name: 'Vine Atlas', url: 'https://example.org/vine', endLine: 7 }],
    },
  ]);
});

describe('URL-only items in a list of resources are entries without a name', () => {
  check([
    {
      name: 'takes `- http://…` and `- <https://…>` items as nameless entries',
      markdown: ['## Other resources', '', '- http://example.org/one', '- <https://example.org/two>', ''].join('\n'),
      entries: [
        { line: 3, name: '', url: 'http://example.org/one' },
        { line: 4, name: '', url: 'https://example.org/two' },
      ],
    },
    {
      name: 'takes no URL written in a sentence',
      markdown: ['## Other resources', '', '- http://example.org/one', '', 'See http://example.org/more for more.', ''].join('\n'),
      entries: [{ line: 3, name: '', url: 'http://example.org/one' }],
    },
  ]);
});
