/**
 * Licences and access terms as real lists write them (sentences written for these tests, in the
 * shapes the lists in ../shared use): labels, sub-bullet fields, table columns, badges, icons
 * and phrases. Each row: the Markdown of one entry, the licence read, the access read.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { spdxId } from '../../src/extract/license.js';
import type { AccessLevel, DatasetEntry } from '../../src/extract/types.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';

function firstEntry(markdown: string): DatasetEntry {
  const source = `# List\n\n## Data\n\n${markdown}\n`;
  const [entry] = extractDocument('list.md', source, parseMarkdown(source)).entries;
  if (!entry) throw new Error(`no entry in ${markdown}`);
  return entry;
}

type Row = [markdown: string, license: { id: string | null; text: string } | null, access: AccessLevel | null];

const TABLE = '| Dataset | Description | License |\n|---|---|---|\n';
const ROWS: Row[] = [
  // Labels in the description.
  ['- [Alpha](https://example.org/a) - 1,000 fundus photographs. License: CC BY 4.0.', { id: 'CC-BY-4.0', text: 'CC BY 4.0' }, null],
  ['- [Alpha](https://example.org/a) - Retinal OCT volumes. Licence: CC BY-NC-SA 4.0', { id: 'CC-BY-NC-SA-4.0', text: 'CC BY-NC-SA 4.0' }, null],
  ['- [Alpha](https://example.org/a) - Skin lesion images. Licensing: CC0 1.0', { id: 'CC0-1.0', text: 'CC0 1.0' }, null],
  ['- [Alpha](https://example.org/a) - Sleep recordings. License: ODbL', { id: 'ODbL-1.0', text: 'ODbL' }, null],
  ['- [Alpha](https://example.org/a) - ECG waveforms. License: ODC-By', { id: 'ODC-By-1.0', text: 'ODC-By' }, null],
  ['- [Alpha](https://example.org/a) - Histology tiles. License: CC BY-NC-ND', { id: 'CC-BY-NC-ND-4.0', text: 'CC BY-NC-ND' }, null],
  ['- [Alpha](https://example.org/a) - Clinical notes. License: custom research licence', { id: null, text: 'custom research licence' }, null],
  ['- [Alpha](https://example.org/a) - ICU waveforms. License: PhysioNet Credentialed Health Data License 1.5.0', { id: null, text: 'PhysioNet Credentialed Health Data License 1.5.0' }, 'credentialed'],
  ['- [Alpha](https://example.org/a) - Gait data. License: Open Data Commons Attribution License v1.0', { id: 'ODC-By-1.0', text: 'Open Data Commons Attribution License v1.0' }, null],
  ['- [Alpha](https://example.org/a) - Brain MRI. License: Creative Commons Attribution-NonCommercial 4.0 International', { id: 'CC-BY-NC-4.0', text: 'Creative Commons Attribution-NonCommercial 4.0 International' }, null],
  // Sub-bullet fields.
  ['- [Alpha](https://example.org/a) - Chest CT scans.\n  - License: Apache 2.0', { id: 'Apache-2.0', text: 'Apache 2.0' }, null],
  ['- [Alpha](https://example.org/a) - Dermoscopy images.\n  - Licence: PDDL\n  - Access: open', { id: 'PDDL-1.0', text: 'PDDL' }, 'open'],
  ['- [Alpha](https://example.org/a) - Knee X-rays.\n  - Access: Requires registration\n  - License: CC BY-SA 4.0', { id: 'CC-BY-SA-4.0', text: 'CC BY-SA 4.0' }, 'registration'],
  // Table columns.
  [`${TABLE}| [Alpha](https://example.org/a) | 600 mammograms | CC BY-NC 4.0 |`, { id: 'CC-BY-NC-4.0', text: 'CC BY-NC 4.0' }, null],
  [`${TABLE}| [Alpha](https://example.org/a) | 90 cardiac MRIs | MIT |`, { id: 'MIT', text: 'MIT' }, null],
  [`${TABLE}| [Alpha](https://example.org/a) | ICU records | Data use agreement required |`, null, 'restricted'],
  [`${TABLE}| [Alpha](https://example.org/a) | ICU records | Restricted |`, null, null],
  ['| Dataset | Description | Terms |\n|---|---|---|\n| [Alpha](https://example.org/a) | Ultrasound clips | Requires registration |', null, 'registration'],
  ['| Dataset | Description | Usage |\n|---|---|---|\n| [Alpha](https://example.org/a) | Pathology slides | CC BY 4.0 |', { id: 'CC-BY-4.0', text: 'CC BY 4.0' }, null],
  ['| Name | Modality | Access | Licence |\n|---|---|---|---|\n| [Alpha](https://example.org/a) | CT | Application | ODbL 1.0 |', { id: 'ODbL-1.0', text: 'ODbL 1.0' }, 'application'],
  // Badges and icons.
  ['- [Alpha](https://example.org/a) ![License](https://img.shields.io/badge/license-CC%20BY%204.0-blue.svg) - Lung nodules.', { id: 'CC-BY-4.0', text: 'CC BY 4.0' }, null],
  ['- [Alpha](https://example.org/a) ![license](https://img.shields.io/badge/License-CC_BY--NC--SA_4.0-lightgrey) - Endoscopy video.', { id: 'CC-BY-NC-SA-4.0', text: 'CC BY-NC-SA 4.0' }, null],
  ['- [Alpha](https://example.org/a) ![licence](icons/cc.png) CC BY-NC-ND - Cell images.', { id: 'CC-BY-NC-ND-4.0', text: 'CC BY-NC-ND' }, null],
  // Phrases.
  ['- [Alpha](https://example.org/a) - Eye-tracking data, released under the MIT license.', { id: 'MIT', text: 'MIT license' }, null],
  ['- [Alpha](https://example.org/a) - 3D dental scans available under CC BY 4.0.', { id: 'CC-BY-4.0', text: 'CC BY 4.0' }, null],
  ['- [Alpha](https://example.org/a) - Voice recordings (CC-BY-NC).', { id: 'CC-BY-NC-4.0', text: 'CC-BY-NC' }, null],
  ['- [Alpha](https://example.org/a) - Annotated X-rays, licensed under the Apache License 2.0.', { id: 'Apache-2.0', text: 'Apache License 2.0' }, null],
  ['- [Alpha](https://example.org/a) - Segmentation masks under the terms of the GPL-3.0 license.', { id: 'GPL-3.0-or-later', text: 'GPL-3.0 license' }, null],
  ['- [Alpha](https://example.org/a) - Brain atlas, distributed under CC0.', { id: 'CC0-1.0', text: 'CC0' }, null],
  // Access without a licence.
  ['- [Alpha](https://example.org/a) - ICU notes. Requires credentialed access and a signed DUA.', null, 'credentialed'],
  ['- [Alpha](https://example.org/a) - Genotypes. Apply for access through the data access committee.', null, 'application'],
  ['- [Alpha](https://example.org/a) - Cohort data available upon request.', null, 'restricted'],
  ['- [Alpha](https://example.org/a) - Knee MRIs; create an account to download.', null, 'registration'],
  ['- [Alpha](https://example.org/a) - Publicly available chest radiographs, no registration required.', null, 'open'],
  // Not a licence: an institute, a restricted licence line.
  ['- [Alpha](https://example.org/a) - Arrhythmia recordings from the MIT laboratory.', null, null],
  ['- [Alpha](https://example.org/a) - ECGs.\n  - License: restricted', null, null],
];

describe('licences and access terms in real phrasings', () => {
  it('has at least 30 phrasings', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(30);
  });

  for (const [markdown, license, access] of ROWS) {
    it(`reads ${JSON.stringify(markdown.split('\n').at(-1)?.slice(0, 90))}`, () => {
      const entry = firstEntry(markdown);
      expect(entry.license).toEqual(license);
      expect(entry.access?.level ?? null).toBe(access);
      if (access) expect(entry.access?.source).toBe('text');
    });
  }
});

describe('access terms that name no level', () => {
  it('keeps what an access field or column says, with a null level', () => {
    expect(firstEntry('| Dataset | Access | Link |\n|---|---|---|\n| **Alpha** | Academic | [mirror](https://example.org/a) |').access).toEqual({ level: null, text: 'Academic', source: 'text' });
    expect(firstEntry('- [Alpha](https://example.org/a) - ECGs.\n  - Access: [example.org/form](https://example.org/form)').access).toBeNull();
  });
});

describe('SPDX ids', () => {
  it('maps the short forms the SPDX packages leave alone, and nothing that is not a licence', () => {
    expect(['ODbL', 'ODC-By', 'CC BY-NC-ND', 'cc-by 4.0', 'CC-BY-NC-4.0', 'Open Data Commons Open Database License'].map(spdxId)).toEqual([
      'ODbL-1.0',
      'ODC-By-1.0',
      'CC-BY-NC-ND-4.0',
      'CC-BY-4.0',
      'CC-BY-NC-4.0',
      'ODbL-1.0',
    ]);
    expect(['custom research licence', 'PhysioNet Credentialed Health Data License 1.5.0', 'restricted'].map(spdxId)).toEqual([null, null, null]);
  });
});

describe('access from what medlint knows', () => {
  it('marks the source: text when the entry says it, knowledge when medlint knows it', () => {
    const known = firstEntry('- [MIMIC-IV](https://physionet.org/content/mimiciv/3.1/) - EHR.');
    expect(known.access).toEqual({ level: 'credentialed', text: expect.stringContaining('data use agreement'), source: 'knowledge' });
    expect(known.knownAccess).toMatchObject({ level: 'credentialed', match: 'physionet.org/content/mimiciv/', source: 'https://physionet.org/content/mimiciv/' });
    const stated = firstEntry('- [MIMIC-IV](https://physionet.org/content/mimiciv/3.1/) - EHR. Requires registration.');
    expect(stated.access).toEqual({ level: 'registration', text: 'Requires registration', source: 'text' });
    expect(stated.knownAccess?.level).toBe('credentialed');
  });
});

describe('counts', () => {
  it('keeps compound nouns whole', () => {
    expect(firstEntry('- [Alpha](https://example.org/a) - 377,110 chest X-rays from 65,379 patients.').counts).toEqual([
      { value: 377110, noun: 'chest X-rays', text: '377,110 chest X-rays' },
      { value: 65379, noun: 'patients', text: '65,379 patients' },
    ]);
  });
});
