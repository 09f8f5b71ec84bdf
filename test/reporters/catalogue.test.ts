/**
 * The `entries --format jsonld` catalogue is valid JSON-LD: expanded with the `jsonld` package,
 * offline (the document loader serves a small local context for https://schema.org and refuses
 * every other URL), every property of the catalogue and of each dataset survives as a schema.org
 * IRI. The context lists only the terms schema.org defines for them, without `@vocab`: a
 * misspelt property would be dropped by the expansion and fail here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const CONTEXT = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/jsonld/schema-org-context.json'), 'utf8')) as object;

const documentLoader = async (url: string) => {
  if (url !== 'https://schema.org' && url !== 'https://schema.org/') throw new Error(`offline: refused ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
};

const LIST = [
  '# Medical Imaging Datasets',
  '',
  '## Radiology',
  '',
  '### X-Rays',
  '',
  '- [CheXpert](https://stanfordmlgroup.github.io/competitions/chexpert/) - 224,316 chest radiographs. Paper: [doi](https://doi.org/10.1609/aaai.v33i01.3301590)',
  '- [Knee Set](https://zenodo.org/records/42) - 40 knee MRIs. License: CC BY 4.0.',
  '- [Local Cohort](https://example.org/cohort) - 300 CTs. Requires registration. License: custom research licence.',
  '',
].join('\n');

async function catalogue(): Promise<Record<string, unknown>> {
  const cwd = tempDir({ 'list.md': LIST });
  const result = await runCli(['entries', 'list.md', '--format', 'jsonld'], { cwd });
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

describe('entries --format jsonld', () => {
  it('prints a DataCatalog named after the H1 with one Dataset per entry', async () => {
    const data = await catalogue();
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'DataCatalog', name: 'Medical Imaging Datasets' });
    expect(data['dataset']).toEqual([
      {
        '@type': 'Dataset',
        name: 'CheXpert',
        url: 'https://stanfordmlgroup.github.io/competitions/chexpert/',
        description: '224,316 chest radiographs. Paper: doi',
        conditionsOfAccess: 'registration: registration and the Stanford CheXpert Dataset Research Use Agreement',
        isAccessibleForFree: false,
        keywords: ['Medical Imaging Datasets', 'Radiology', 'X-Rays'],
        identifier: 'https://doi.org/10.1609/aaai.v33i01.3301590',
      },
      {
        '@type': 'Dataset',
        name: 'Knee Set',
        url: 'https://zenodo.org/records/42',
        description: '40 knee MRIs. License: CC BY 4.0.',
        license: 'https://spdx.org/licenses/CC-BY-4.0.html',
        conditionsOfAccess: 'open: open access, unless a record is marked restricted or closed',
        isAccessibleForFree: true,
        keywords: ['Medical Imaging Datasets', 'Radiology', 'X-Rays'],
      },
      {
        '@type': 'Dataset',
        name: 'Local Cohort',
        url: 'https://example.org/cohort',
        description: '300 CTs. Requires registration. License: custom research licence.',
        license: 'custom research licence',
        conditionsOfAccess: 'Requires registration',
        isAccessibleForFree: false,
        keywords: ['Medical Imaging Datasets', 'Radiology', 'X-Rays'],
      },
    ]);
  });

  it('expands offline with every property as a schema.org IRI', async () => {
    const data = await catalogue();
    const [expanded] = (await jsonld.expand(data as jsonld.JsonLdDocument, { documentLoader } as jsonld.Options.Expand)) as unknown as Array<Record<string, unknown>>;
    expect(expanded?.['@type']).toEqual(['https://schema.org/DataCatalog']);
    expect(Object.keys(expanded ?? {}).sort()).toEqual(['@type', 'https://schema.org/dataset', 'https://schema.org/name']);
    const datasets = expanded?.['https://schema.org/dataset'] as Array<Record<string, unknown>>;
    const written = data['dataset'] as Array<Record<string, unknown>>;
    expect(datasets).toHaveLength(written.length);
    datasets.forEach((item, index) => {
      expect(item['@type']).toEqual(['https://schema.org/Dataset']);
      const properties = Object.keys(written[index] ?? {}).filter((key) => key !== '@type').map((key) => `https://schema.org/${key}`);
      expect(Object.keys(item).filter((key) => key !== '@type').sort()).toEqual(properties.sort());
    });
    expect(datasets[0]?.['https://schema.org/url']).toEqual([{ '@id': 'https://stanfordmlgroup.github.io/competitions/chexpert/' }]);
  });

  it('refuses to reach the network for any other context', async () => {
    await expect(jsonld.expand({ '@context': 'https://example.org/context', name: 'x' }, { documentLoader } as jsonld.Options.Expand)).rejects.toThrow();
  });
});
