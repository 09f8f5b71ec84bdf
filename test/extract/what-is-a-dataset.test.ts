/**
 * What is a dataset entry (issue 19, items 1 to 6), on fixtures/shapes/what-is-a-dataset.md: an
 * invented list written in the shapes real lists use. Each case reads both sides: what is not a
 * dataset (or not a defect) and what still is.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import type { DatasetEntry } from '../../src/extract/types.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';

const file = path.resolve(import.meta.dirname, '../../fixtures/shapes/what-is-a-dataset.md');
const source = readFileSync(file, 'utf8');
const entries = extractDocument('what-is-a-dataset.md', source, parseMarkdown(source)).entries;

function entry(name: string): DatasetEntry {
  const found = entries.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no entry named ${name}: ${entries.map((candidate) => candidate.name).join(', ')}`);
  return found;
}

describe('papers, code and tutorials are not datasets (item 1)', () => {
  it('reads items under Papers and Projects and under Tutorials as resources', () => {
    expect(entry('Segmenting Livers with Transformers').kind).toBe('resource');
    expect(entry('someone/liver-seg').kind).toBe('resource');
    expect(entry('Reading DICOM in Python').kind).toBe('resource');
  });

  it('reads a paper title with only [[Paper]] and [[Code]] links as a resource, even under Datasets', () => {
    expect(entry('Deep Nets for Knee MRI Triage.').kind).toBe('resource');
  });

  it('keeps a dataset whose only link is on GitHub, and one with a [[Data]] link beside its paper, as datasets', () => {
    expect(entry('Lung CT Set')).toMatchObject({ kind: 'dataset', url: 'https://github.com/someone/lung-ct-set' });
    expect(entry('KneeSet').kind).toBe('dataset');
  });

  it('reads rows of a tools table as resources', () => {
    expect(entry('wavetool').kind).toBe('resource');
  });
});

describe('copies and sources of a dataset are fields of it (item 2)', () => {
  it('takes a `[Name | Kaggle](…)` sub-item as one more link of its parent, not an entry', () => {
    expect(entries.some((candidate) => candidate.name.includes('Task 2'))).toBe(false);
    expect(entry('Renal Tumour Set 2019-2023').links.map((link) => link.url)).toEqual([
      'https://example.org/pwc/renal',
      'https://example.org/kaggle/renal-task-2',
    ]);
  });

  it('takes a `Name: URL` sub-item as a sub-entry with its parent, and `Paper: URL` as a field', () => {
    expect(entry('Curated Thorax CT')).toMatchObject({ parent: 'Thorax Collection', url: 'https://example.org/curated-thorax' });
    expect(entries.some((candidate) => candidate.name === 'Paper')).toBe(false);
  });
});

describe('the name is never a generic link label (item 3)', () => {
  it('names `Renal Tumour Set 2019-2023 [Papers With Code](…)` by its text, not its link label', () => {
    expect(entry('Renal Tumour Set 2019-2023').url).toBe('https://example.org/pwc/renal');
    expect(entries.some((candidate) => candidate.name === 'Papers With Code')).toBe(false);
  });

  it('reads a description written inside the link text after a colon', () => {
    expect(entry('lab/ctgen').description).toBe('A network that generates CT images from MRI');
  });
});

describe('lines that belong to another line (item 4)', () => {
  it('gives items under one `Access:` line that link', () => {
    expect(entry('Valve Atlas')).toMatchObject({ url: null, sharedLink: 'https://example.org/heart-atlases' });
    expect(entry('Septum Atlas').sharedLink).toBe('https://example.org/heart-atlases');
    expect(entry('Carotid Wall Segmentation').sharedLink).toBe('https://example.org/vessel-library');
  });

  it('gives a link-less block the `Access:` line that closes its group, up to the `***`', () => {
    expect(entry('Ventricle Study').sharedLink).toBe('https://example.org/cardiac-studies');
    expect(entry('Atrium Study')).toMatchObject({ url: 'https://example.org/cardiac-studies' });
    expect(entry('Atrium Study').sharedLink).toBeUndefined();
  });

  it('leaves a block with no `Access:` line of its group without a link', () => {
    expect(entry('Aorta Study')).toMatchObject({ url: null, links: [] });
    expect(entry('Aorta Study').sharedLink).toBeUndefined();
    expect(entry('Aorta Study').noLink).toBeUndefined();
  });

  it('reads an install command as why a tool has no link', () => {
    expect(entry('wavetool').noLink).toEqual({ kind: 'install', text: 'Installation: pip install wavetool' });
    expect(entry('beatkit').noLink?.kind).toBe('install');
    expect(entry('oldtool').noLink).toBeUndefined();
  });

  it('reads a note that the data is not online as why an entry has no link', () => {
    expect(entry('Holter Set').noLink).toEqual({ kind: 'not-online', text: 'Contact the Holter Society' });
    expect(entry('Campus ECG').noLink).toEqual({ kind: 'not-online', text: 'Request Access' });
    expect(entry('Lost ECG').noLink).toBeUndefined();
  });
});

describe('credit and navigation lists (item 5)', () => {
  it('reads no entries in the lists under `Credits:` and `Inspired by:`', () => {
    expect(entries.some((candidate) => ['Awesome Imaging', 'Open Scans', 'Another List'].includes(candidate.name))).toBe(false);
  });

  it('still reads the list under a group title as entries', () => {
    expect(entries.map((candidate) => candidate.name)).toContain('Valve Atlas');
  });
});

describe('lists under a field label on a page about one dataset (item 4)', () => {
  const page = '# Orchid Scans\n\n500 knee MRIs.\n\nReleases:\n\n- V1: 2019-01, https://example.org/orchid/v1\n- V2: 2021-06, https://example.org/orchid/v2\n\n## Related\n\n- [Other Scans](https://example.org/other) - more MRIs.\n';
  const read = extractDocument('page.md', page, parseMarkdown(page)).entries;

  it('reads no entries in the values under `Releases:`', () => {
    expect(read.map((candidate) => candidate.name)).toEqual(['Other Scans']);
  });
});
