/**
 * Where medlint misread real lists, table by table: each case is a shape a real list uses
 * (written here, not copied), read as it was before beside how it is read now, and a case
 * that must keep its reading.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import type { DatasetEntry } from '../../src/extract/types.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';

function entries(markdown: string): DatasetEntry[] {
  return extractDocument('test.md', markdown, parseMarkdown(markdown)).entries;
}

function read(markdown: string): Array<{ name: string; description: string }> {
  return entries(markdown).map((entry) => ({ name: entry.name, description: entry.description }));
}

describe('class 1: where the name ends and the description starts', () => {
  it.each<[string, string, { name: string; description: string }]>([
    // Before: the whole lead was the name and the description was empty.
    ['a comma before an apposition', '## D\n\n- LesionBank, a dataset with 30,000 lesions in 4,000 patients: https://example.org/l\n', { name: 'LesionBank', description: 'a dataset with 30,000 lesions in 4,000 patients' }],
    ['a dash before the description', '## D\n\n* SkinNet - Skin disease atlas (23 classes, 23,000 images): http://example.org/s\n', { name: 'SkinNet', description: 'Skin disease atlas (23 classes, 23,000 images)' }],
    ['a colon before the description and a bracketed link label', '## D\n\n- BioModelX: Improving biomedical language models with more text [[Paper]](https://example.org/p)\n', { name: 'BioModelX', description: 'Improving biomedical language models with more text' }],
    ['a name cut at an opening parenthesis', '## D\n\n- Kestrel Scans (https://example.org/k)\n', { name: 'Kestrel Scans', description: '' }],
    ['a description in the item\'s second paragraph', '## D\n\n- [Heron](https://example.org/h)\n\n  Retinal photographs of 800 eyes.\n', { name: 'Heron', description: 'Retinal photographs of 800 eyes.' }],
    // Kept: a bracketed label is not split at its colon.
    ['a bracketed label kept with its brackets', '## D\n\n1. [Search Engine: may list duplicates] https://example.org/s\n', { name: '[Search Engine: may list duplicates]', description: '' }],
    ['a name with a comma but no apposition', '## D\n\n* Center for Imaging (CFI), Mouse Atlas (MR) https://example.org/c\n', { name: 'Center for Imaging (CFI), Mouse Atlas (MR)', description: '' }],
  ])('reads %s', (_case, markdown, expected) => {
    expect(read(markdown)).toEqual([expected]);
  });

  it('never takes a bracketed link label as the name', () => {
    expect(entries('## D\n\n- Owl Corpus: notes of 9,000 visits [[Code]](https://example.org/c)\n')[0]?.name).toBe('Owl Corpus');
  });
});

describe('class 2: tables', () => {
  const entryTable = '## D\n\n| Dataset | Task | Organ | Size | Link |\n|---|---|---|---|---|\n';

  it('reads a bold group-label row as a sub-heading, not an entry', () => {
    const markdown = `${entryTable}| <br>**Sequence Archives** | | | | |\n| Falcon | Segmentation | Liver | 120 | [Site](https://example.org/f) |\n`;
    expect(entries(markdown).map((entry) => entry.name)).toEqual(['Falcon']);
  });

  it('keeps a bold name with a link as an entry', () => {
    const markdown = `${entryTable}| **Falcon** | Segmentation | Liver | 120 | [Site](https://example.org/f) |\n`;
    expect(entries(markdown).map((entry) => entry.name)).toEqual(['Falcon']);
  });

  it.each<[string, string]>([
    ['a category matrix', '## D\n\n| Data Type | Datasets | Advantages |\n|---|---|---|\n| **Raw Waveform** | Alpha, Beta, Gamma | High fidelity |\n| **Images** | Delta | Visual |\n'],
    ['a leaderboard with years and percentages', '## D\n\n| Method | Year | Accuracy | Dataset |\n|---|---|---|---|\n| **NetA** | 2024 | 77% | Alpha (vs. 64% readers) |\n'],
    ['a comparison without links', '## D\n\n| Dataset | Records | Size |\n|---|---|---|\n| Alpha 2021 | 88,253 | ~15 GB |\n| Beta | 48 | ~23 MB |\n'],
  ])('reads %s as holding no entries', (_case, markdown) => {
    expect(entries(markdown)).toEqual([]);
  });

  it('reads a table of names with dataset links as entries', () => {
    const markdown = '## D\n\n| Dataset | Records | Link |\n|---|---|---|\n| Alpha | 88,253 | [Site](https://example.org/a) |\n| Beta | 48 | [Site](https://example.org/b) |\n';
    expect(entries(markdown).map((entry) => [entry.name, entry.url])).toEqual([
      ['Alpha', 'https://example.org/a'],
      ['Beta', 'https://example.org/b'],
    ]);
  });

  it('takes the description column when there is one, else the text cells, not an empty Task cell', () => {
    const withColumn = '## D\n\n| Name | Task | Description |\n|---|---|---|\n| [Alpha](https://example.org/a) | | Chest CT of 300 patients |\n';
    const without = `${entryTable}| [Falcon](https://example.org/f) | | Liver | 120 CT | |\n`;
    expect(read(withColumn)).toEqual([{ name: 'Alpha', description: 'Chest CT of 300 patients' }]);
    expect(read(without)).toEqual([{ name: 'Falcon', description: 'Organ: Liver; Size: 120 CT' }]);
  });
});

describe('class 3: what is not an entry, and what is not a dataset', () => {
  it.each<[string, string]>([
    ['items under a Todo label', '## D\n\n- [Alpha](https://example.org/a) - Chest CT.\n\nTodo:\n\n- [Beta](https://example.org/b) add it\n'],
    ['a credit line', '## D\n\n- [Alpha](https://example.org/a) - Chest CT.\n\n*List maintained by [Jane Roe](https://example.org/jr)*\n'],
    ['an inspiration line', '## D\n\n- [Alpha](https://example.org/a) - Chest CT.\n- Inspiration from: [awesome-x](https://example.org/x)\n'],
    ['a contact section', '## D\n\n- [Alpha](https://example.org/a) - Chest CT.\n\n## Contact\n\n- link: https://example.org/me\n'],
  ])('reads %s as no entry', (_case, markdown) => {
    expect(entries(markdown).map((entry) => entry.name)).toEqual(['Alpha']);
  });

  it('reads a bold category label over a list as no entry, and its link-less items as entries (issue 13)', () => {
    const markdown = '## D\n\n- [Alpha](https://example.org/a) - Chest CT.\n\n**General Category**\n\n- Atlas of anatomy - e-learning site.\n';
    expect(entries(markdown).map((entry) => [entry.name, entry.url])).toEqual([
      ['Alpha', 'https://example.org/a'],
      ['Atlas of anatomy', null],
    ]);
  });

  it('reads an index table repeated in sections below as no entries', () => {
    const markdown =
      '## Index\n\n| Dataset | Link |\n|---|---|\n| Alpha | [A](https://example.org/a) |\n| Beta | [B](https://example.org/b) |\n\n## Alpha\n\n- [Alpha](https://example.org/a) - Chest CT.\n\n## Beta\n\n- [Beta](https://example.org/b) - Knee MRI.\n';
    expect(entries(markdown).map((entry) => [entry.name, entry.line])).toEqual([
      ['Alpha', 10],
      ['Beta', 14],
    ]);
  });

  it('keeps a table whose rows are not listed again', () => {
    const markdown = '## D\n\n| Dataset | Link |\n|---|---|\n| Alpha | [A](https://example.org/a) |\n| Beta | [B](https://example.org/b) |\n\n## More\n\n- [Gamma](https://example.org/g) - Knee MRI.\n';
    expect(entries(markdown).map((entry) => entry.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it.each<[string, 'dataset' | 'resource']>([
    ['Search engines', 'resource'],
    ['Other lists', 'resource'],
    ['Related projects', 'resource'],
    ['🛠️ Tools & Libraries', 'resource'],
    ['See also', 'resource'],
    ['Research ECG Datasets', 'dataset'],
    ['Other Modalities', 'dataset'],
  ])('gives entries under `## %s` the kind %s', (heading, kind) => {
    const [entry] = entries(`## ${heading}\n\n- [Alpha](https://example.org/a) - Something.\n`);
    expect(entry?.kind).toBe(kind);
  });

  it('takes a bare URL on the line under a link-less item as its link', () => {
    const found = entries('## D\n\n- TumorNet\n  - https://example.org/tumornet\n');
    expect(found.map((entry) => [entry.name, entry.url])).toEqual([['TumorNet', 'https://example.org/tumornet']]);
  });

  it('keeps a link-less prose item over a sub-item with text as no entry', () => {
    expect(entries('## D\n\n- Read this first\n  - see https://example.org/guide for details\n')).toEqual([]);
  });
});

describe('class 3: the link under a link-less item', () => {
  it('counts the URL among the entry\'s links', () => {
    const [entry] = entries('## D\n\n- TumorNet\n  - https://example.org/tumornet\n');
    expect(entry?.links.map((link) => [link.url, link.kind, link.line])).toEqual([['https://example.org/tumornet', 'bare', 4]]);
  });
});

describe('class 1: a label before a second URL is no description', () => {
  it('reads `Name http://… user guide: http://…` as having no description', () => {
    expect(read('## D\n\n* Mouse Atlas (MR) http://example.org/atlas\nuser guide: http://example.org/guide.pdf\n')).toEqual([
      { name: 'Mouse Atlas (MR)', description: '' },
    ]);
  });

  it('keeps words after the URL that describe the entry', () => {
    expect(read('## D\n\n* Cancer Archive http://example.org/tcia (Collections)\n')).toEqual([
      { name: 'Cancer Archive', description: '(Collections)' },
    ]);
  });
});

describe('class 1: a description in a sub-item', () => {
  it.each<[string, string, { name: string; description: string }]>([
    ['a plain sub-item', '## D\n\n- [Heron](https://example.org/h)\n  - Retinal photographs of 800 eyes.\n', { name: 'Heron', description: 'Retinal photographs of 800 eyes.' }],
    ['a labelled field only (no description)', '## D\n\n- [Heron](https://example.org/h)\n  - Paper: https://example.org/p\n', { name: 'Heron', description: '' }],
  ])('reads %s', (_case, markdown, expected) => {
    expect(read(markdown)).toEqual([expected]);
  });
});
