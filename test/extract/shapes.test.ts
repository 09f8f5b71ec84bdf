/**
 * The extractor on each list shape medlint supports: whole entry objects, one fixture per shape
 * (fixtures/shapes/*.md, invented datasets). Expectations were written by reading each fixture.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import type { DatasetEntry } from '../../src/extract/types.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';

function entriesOf(name: string): DatasetEntry[] {
  const file = path.resolve(import.meta.dirname, '../../fixtures/shapes', name);
  const source = readFileSync(file, 'utf8');
  return extractDocument(name, source, parseMarkdown(source)).entries;
}

const expected: Record<string, DatasetEntry[]> = {
  'bare-urls.md': [
    {
      name: 'Tamarack Slides',
      url: 'https://example.org/tamarack',
      links: [
        {
          url: 'https://example.org/tamarack',
          kind: 'bare',
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 46
        },
        {
          url: 'https://example.org/tamarack-data',
          kind: 'bare',
          line: 6,
          column: 47,
          endLine: 6,
          endColumn: 80
        }
      ],
      description: '',
      section: [
        'Invented Medical Datasets',
        'Histology'
      ],
      line: 6,
      column: 1,
      endLine: 6,
      endColumn: 80,
      counts: [],
      access: null,
      knownAccess: null,
      license: null,
      shape: 'paragraph',
      kind: 'dataset',
      hasMarkdownLink: false
    },
    {
      name: 'Umbrella Pathology',
      url: 'https://example.org/umbrella',
      links: [
        {
          url: 'https://example.org/umbrella',
          kind: 'bare',
          line: 8,
          column: 22,
          endLine: 8,
          endColumn: 50
        }
      ],
      description: '400 slides.',
      section: [
        'Invented Medical Datasets',
        'Histology'
      ],
      line: 8,
      column: 1,
      endLine: 8,
      endColumn: 90,
      counts: [
        {
          value: 400,
          noun: 'slides',
          text: '400 slides'
        }
      ],
      access: null,
      knownAccess: null,
      license: null,
      shape: 'list-item',
      kind: 'dataset',
      hasMarkdownLink: false
    }
  ],
  'bold-blocks.md': [
    {
      name: 'Juniper Mammography',
      url: 'https://example.org/juniper',
      links: [
        {
          url: 'https://example.org/juniper',
          kind: 'bare',
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 36
        }
      ],
      description: '2,600 screening mammograms with biopsy results.',
      section: [
        'Invented Medical Datasets',
        'Imaging'
      ],
      line: 5,
      column: 1,
      endLine: 7,
      endColumn: 64,
      counts: [
        {
          value: 2600,
          noun: 'screening mammograms',
          text: '2,600 screening mammograms'
        }
      ],
      access: null,
      knownAccess: null,
      license: null,
      shape: 'bold-block',
      kind: 'dataset',
      hasMarkdownLink: false
    },
    {
      name: 'Larch Dermatology',
      url: 'https://example.org/larch',
      links: [
        {
          url: 'https://example.org/larch',
          kind: 'link',
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 55
        }
      ],
      description: '10,000 dermoscopic images of skin lesions.',
      section: [
        'Invented Medical Datasets',
        'Imaging'
      ],
      line: 9,
      column: 1,
      endLine: 11,
      endColumn: 55,
      counts: [
        {
          value: 10000,
          noun: 'dermoscopic images',
          text: '10,000 dermoscopic images'
        }
      ],
      access: null,
      knownAccess: null,
      license: null,
      shape: 'bold-block',
      kind: 'dataset',
      hasMarkdownLink: true
    }
  ],
  'heading-entries.md': [
    {
      name: 'Maple Synthetic Patients',
      url: 'https://example.org/maple',
      links: [
        {
          url: 'https://example.org/maple',
          kind: 'link',
          line: 3,
          column: 4,
          endLine: 3,
          endColumn: 57
        }
      ],
      description: 'Fictional but realistic patient records in FHIR, with DICOM images for each patient.',
      section: [
        'Invented Medical Datasets'
      ],
      line: 3,
      column: 1,
      endLine: 4,
      endColumn: 85,
      counts: [],
      access: null,
      knownAccess: null,
      license: null,
      shape: 'heading',
      kind: 'dataset',
      hasMarkdownLink: true
    },
    {
      name: 'Oak Imaging Archive',
      url: 'https://example.org/oak',
      links: [
        {
          url: 'https://example.org/oak',
          kind: 'link',
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 50
        }
      ],
      description: 'An archive of de-identified cancer imaging, organised as collections by disease. Supporting data such as outcomes and pathology is provided when available.',
      section: [
        'Invented Medical Datasets'
      ],
      line: 8,
      column: 1,
      endLine: 11,
      endColumn: 75,
      counts: [],
      access: null,
      knownAccess: null,
      license: null,
      shape: 'heading',
      kind: 'dataset',
      hasMarkdownLink: true
    }
  ],
  'heading-with-paragraph.md': [
    {
      name: 'Pine Brain MRI',
      url: 'https://example.org/pine',
      links: [
        {
          url: 'https://example.org/pine',
          kind: 'link',
          line: 7,
          column: 62,
          endLine: 7,
          endColumn: 97
        }
      ],
      description: 'Brain MRI of 1,100 healthy adults, with T1 and T2 sequences. Website',
      section: [
        'Invented Medical Datasets',
        'Imaging'
      ],
      line: 5,
      column: 1,
      endLine: 7,
      endColumn: 97,
      counts: [
        {
          value: 1100,
          noun: 'healthy adults',
          text: '1,100 healthy adults'
        }
      ],
      access: null,
      knownAccess: null,
      license: null,
      shape: 'heading',
      kind: 'dataset',
      hasMarkdownLink: true
    },
    {
      name: 'Poplar Cardiac MRI',
      url: 'https://example.org/poplar',
      links: [
        {
          url: 'https://example.org/poplar',
          kind: 'link',
          line: 11,
          column: 60,
          endLine: 11,
          endColumn: 101
        }
      ],
      description: 'Cine MRI of 150 patients with segmentations. Download from the archive.',
      section: [
        'Invented Medical Datasets',
        'Imaging'
      ],
      line: 9,
      column: 1,
      endLine: 11,
      endColumn: 102,
      counts: [
        {
          value: 150,
          noun: 'patients',
          text: '150 patients'
        }
      ],
      access: null,
      knownAccess: null,
      license: null,
      shape: 'heading',
      kind: 'dataset',
      hasMarkdownLink: true
    }
  ],
  'list-items.md': [
    {
      name: 'Alder Chest',
      url: 'https://example.org/alder-chest',
      links: [
        {
          url: 'https://example.org/alder-chest',
          kind: 'link',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 49
        }
      ],
      description: '12,000 chest radiographs from 9,000 patients. Requires registration.',
      section: [
        'Invented Medical Datasets',
        'Imaging'
      ],
      line: 5,
      column: 1,
      endLine: 5,
      endColumn: 120,
      counts: [
        {
          value: 12000,
          noun: 'chest radiographs',
          text: '12,000 chest radiographs'
        },
        {
          value: 9000,
          noun: 'patients',
          text: '9,000 patients'
        }
      ],
      access: {
        level: 'registration',
        text: 'Requires registration',
        source: 'text'
      },
      knownAccess: null,
      license: null,
      shape: 'list-item',
      kind: 'dataset',
      hasMarkdownLink: true
    },
    {
      name: 'Birch Knee',
      url: 'https://example.org/birch-knee',
      links: [
        {
          url: 'https://example.org/birch-knee',
          kind: 'link',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 47
        }
      ],
      description: '800 knee MRIs. Open access.',
      section: [
        'Invented Medical Datasets',
        'Imaging'
      ],
      line: 6,
      column: 1,
      endLine: 6,
      endColumn: 76,
      counts: [
        {
          value: 800,
          noun: 'knee MRIs',
          text: '800 knee MRIs'
        }
      ],
      access: {
        level: 'open',
        text: 'Open access',
        source: 'text'
      },
      knownAccess: null,
      license: null,
      shape: 'list-item',
      kind: 'dataset',
      hasMarkdownLink: true
    },
    {
      name: 'Cedar Retina',
      url: 'https://example.org/cedar-retina',
      links: [
        {
          url: 'https://example.org/cedar-retina',
          kind: 'link',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 53
        }
      ],
      description: '3,500 fundus photographs.',
      section: [
        'Invented Medical Datasets',
        'Imaging'
      ],
      line: 7,
      column: 1,
      endLine: 7,
      endColumn: 83,
      counts: [
        {
          value: 3500,
          noun: 'fundus photographs',
          text: '3,500 fundus photographs'
        }
      ],
      access: null,
      knownAccess: null,
      license: null,
      shape: 'list-item',
      kind: 'dataset',
      hasMarkdownLink: true
    },
    {
      name: 'Dogwood ECG',
      url: 'https://example.org/dogwood-ecg',
      links: [
        {
          url: 'https://example.org/dogwood-ecg',
          kind: 'link',
          line: 11,
          column: 4,
          endLine: 11,
          endColumn: 50
        }
      ],
      description: '21,000 12-lead ECGs.',
      section: [
        'Invented Medical Datasets',
        'Signals'
      ],
      line: 11,
      column: 1,
      endLine: 11,
      endColumn: 73,
      counts: [
        {
          value: 21000,
          noun: '12-lead ECGs',
          text: '21,000 12-lead ECGs'
        }
      ],
      access: null,
      knownAccess: null,
      license: null,
      shape: 'list-item',
      kind: 'dataset',
      hasMarkdownLink: true
    },
    {
      name: 'Elm EEG',
      url: 'https://example.org/elm-eeg',
      links: [
        {
          url: 'https://example.org/elm-eeg',
          kind: 'link',
          line: 12,
          column: 4,
          endLine: 12,
          endColumn: 42
        }
      ],
      description: '400 hours of sleep EEG. Credentialed access.',
      section: [
        'Invented Medical Datasets',
        'Signals'
      ],
      line: 12,
      column: 1,
      endLine: 12,
      endColumn: 89,
      counts: [
        {
          value: 400,
          noun: 'hours',
          text: '400 hours'
        }
      ],
      access: {
        level: 'credentialed',
        text: 'Credentialed access',
        source: 'text'
      },
      knownAccess: null,
      license: null,
      shape: 'list-item',
      kind: 'dataset',
      hasMarkdownLink: true
    }
  ],
  'nested-fields.md': [
    {
      name: 'Walnut Lung CT',
      url: 'https://example.org/walnut',
      links: [
        {
          url: 'https://example.org/walnut',
          kind: 'link',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 47
        },
        {
          url: 'https://example.org/walnut-paper',
          kind: 'link',
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 60
        }
      ],
      description: '1,018 thoracic CT scans with nodule annotations.',
      section: [
        'Invented Medical Datasets',
        'Imaging'
      ],
      line: 5,
      column: 1,
      endLine: 7,
      endColumn: 34,
      counts: [
        {
          value: 1018,
          noun: 'thoracic CT scans',
          text: '1,018 thoracic CT scans'
        }
      ],
      access: {
        level: 'registration',
        text: 'Requires registration',
        source: 'text'
      },
      knownAccess: null,
      license: null,
      shape: 'list-item',
      kind: 'dataset',
      hasMarkdownLink: true
    },
    {
      name: 'Willow Spine',
      url: 'https://example.org/willow',
      links: [
        {
          url: 'https://example.org/willow',
          kind: 'link',
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 45
        },
        {
          url: 'https://example.org/willow-code',
          kind: 'link',
          line: 9,
          column: 11,
          endLine: 9,
          endColumn: 53
        }
      ],
      description: '500 lumbar spine MRIs.',
      section: [
        'Invented Medical Datasets',
        'Imaging'
      ],
      line: 8,
      column: 1,
      endLine: 10,
      endColumn: 17,
      counts: [
        {
          value: 500,
          noun: 'lumbar spine MRIs',
          text: '500 lumbar spine MRIs'
        }
      ],
      access: {
        level: 'open',
        text: 'Open',
        source: 'text'
      },
      knownAccess: null,
      license: null,
      shape: 'list-item',
      kind: 'dataset',
      hasMarkdownLink: true
    }
  ],
  'paragraph-entries.md': [
    {
      name: 'Fir Chest',
      url: 'https://example.org/fir-chest',
      links: [
        {
          url: 'https://example.org/fir-chest',
          kind: 'link',
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 43
        }
      ],
      description: '224 chest radiographs from 65 patients, each labelled for 14 findings.',
      section: [
        'Invented Medical Datasets',
        'Imaging',
        'X-Rays'
      ],
      line: 7,
      column: 1,
      endLine: 7,
      endColumn: 115,
      counts: [
        {
          value: 224,
          noun: 'chest radiographs',
          text: '224 chest radiographs'
        },
        {
          value: 65,
          noun: 'patients',
          text: '65 patients'
        },
        {
          value: 14,
          noun: 'findings',
          text: '14 findings'
        }
      ],
      access: null,
      knownAccess: null,
      license: null,
      shape: 'paragraph',
      kind: 'dataset',
      hasMarkdownLink: true
    },
    {
      name: 'Ginkgo Colon',
      url: 'https://example.org/ginkgo-colon',
      links: [
        {
          url: 'https://example.org/ginkgo-colon',
          kind: 'link',
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 49
        }
      ],
      description: '825 CT colonography cases with polyp descriptions.',
      section: [
        'Invented Medical Datasets',
        'Imaging',
        'CT'
      ],
      line: 11,
      column: 1,
      endLine: 11,
      endColumn: 101,
      counts: [
        {
          value: 825,
          noun: 'CT colonography cases',
          text: '825 CT colonography cases'
        }
      ],
      access: null,
      knownAccess: null,
      license: null,
      shape: 'paragraph',
      kind: 'dataset',
      hasMarkdownLink: true
    },
    {
      name: 'Hazel Notes',
      url: 'https://example.org/hazel-notes',
      links: [
        {
          url: 'https://example.org/hazel-notes',
          kind: 'link',
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 47
        }
      ],
      description: '38,000 de-identified discharge summaries. Requires registration.',
      section: [
        'Invented Medical Datasets',
        'Text',
        'Clinical'
      ],
      line: 17,
      column: 1,
      endLine: 17,
      endColumn: 113,
      counts: [
        {
          value: 38000,
          noun: 'de-identified discharge summaries',
          text: '38,000 de-identified discharge summaries'
        }
      ],
      access: {
        level: 'registration',
        text: 'Requires registration',
        source: 'text'
      },
      knownAccess: null,
      license: null,
      shape: 'paragraph',
      kind: 'dataset',
      hasMarkdownLink: true
    }
  ],
  'tables.md': [
    {
      name: 'Quince ECG',
      url: 'https://example.org/quince',
      links: [
        {
          url: 'https://example.org/quince',
          kind: 'link',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 43
        }
      ],
      description: '549 records from 290 subjects.',
      section: [
        'Invented Medical Datasets',
        'ECG'
      ],
      line: 7,
      column: 1,
      endLine: 7,
      endColumn: 85,
      counts: [
        {
          value: 549,
          noun: 'records',
          text: '549 records'
        },
        {
          value: 290,
          noun: 'subjects',
          text: '290 subjects'
        }
      ],
      access: {
        level: 'open',
        text: 'Open',
        source: 'text'
      },
      knownAccess: null,
      license: null,
      shape: 'table-row',
      kind: 'dataset',
      hasMarkdownLink: true
    },
    {
      name: 'Rowan ECG',
      url: 'https://example.org/rowan',
      links: [
        {
          url: 'https://example.org/rowan',
          kind: 'link',
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 41
        }
      ],
      description: '10,646 12-lead ECGs.',
      section: [
        'Invented Medical Datasets',
        'ECG'
      ],
      line: 8,
      column: 1,
      endLine: 8,
      endColumn: 90,
      counts: [
        {
          value: 10646,
          noun: '12-lead ECGs',
          text: '10,646 12-lead ECGs'
        }
      ],
      access: {
        level: 'registration',
        text: 'Requires registration',
        source: 'text'
      },
      knownAccess: null,
      license: null,
      shape: 'table-row',
      kind: 'dataset',
      hasMarkdownLink: true
    },
    {
      name: 'Spruce EEG',
      url: 'https://example.org/spruce',
      links: [
        {
          url: 'https://example.org/spruce',
          kind: 'link',
          line: 17,
          column: 47,
          endLine: 17,
          endColumn: 85
        }
      ],
      description: '1,500 hours of clinical EEG.',
      section: [
        'Invented Medical Datasets',
        'EEG'
      ],
      line: 17,
      column: 1,
      endLine: 17,
      endColumn: 87,
      counts: [
        {
          value: 1500,
          noun: 'hours',
          text: '1,500 hours'
        }
      ],
      access: null,
      knownAccess: null,
      license: null,
      shape: 'table-row',
      kind: 'dataset',
      hasMarkdownLink: true
    },
    {
      name: 'Sycamore EEG',
      url: 'https://example.org/sycamore',
      links: [
        {
          url: 'https://example.org/sycamore',
          kind: 'link',
          line: 18,
          column: 54,
          endLine: 18,
          endColumn: 94
        }
      ],
      description: '109 subjects doing motor imagery.',
      section: [
        'Invented Medical Datasets',
        'EEG'
      ],
      line: 18,
      column: 1,
      endLine: 18,
      endColumn: 96,
      counts: [
        {
          value: 109,
          noun: 'subjects',
          text: '109 subjects'
        }
      ],
      access: null,
      knownAccess: null,
      license: null,
      shape: 'table-row',
      kind: 'dataset',
      hasMarkdownLink: true
    }
  ],
};

describe('entries of each list shape', () => {
  for (const [name, entries] of Object.entries(expected)) {
    it(`reads ${name} as ${entries.length} whole entries`, () => {
      expect(entriesOf(name)).toEqual(entries);
    });
  }
});
