/**
 * `medlint entries --format jsonld`: the list as a schema.org `DataCatalog` named after its
 * title, one `Dataset` per entry, typed with schema-dts. The licence is its SPDX URL when the id
 * is known, else the licence as written; `conditionsOfAccess` the terms the entry states, else
 * what medlint knows; `keywords` the section path; `identifier` a DOI link.
 */
import type { DataCatalog, Dataset, WithContext } from 'schema-dts';
import type { DatasetEntry } from '../extract/types.js';
import { stringifySafe } from './json-text.js';

const DOI_LINK = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/i;

/** The catalogue as JSON-LD text. */
export function entriesJsonLd(entries: readonly DatasetEntry[], title: string): string {
  return `${stringifySafe(dataCatalog(entries, title))}\n`;
}

/** The catalogue as a schema.org object. */
export function dataCatalog(entries: readonly DatasetEntry[], title: string): WithContext<DataCatalog> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DataCatalog',
    name: title,
    // A catalogue of datasets: search engines, other lists and tools (resources) stay out.
    dataset: entries.filter((entry) => entry.kind === 'dataset').map(dataset),
  };
}

function dataset(entry: DatasetEntry): Dataset {
  const item: Dataset = { '@type': 'Dataset', name: entry.name !== '' ? entry.name : (entry.url ?? '') };
  if (entry.url && /^https?:\/\//i.test(entry.url)) item.url = entry.url;
  if (entry.description !== '') item.description = entry.description;
  if (entry.license) item.license = entry.license.id ? `https://spdx.org/licenses/${entry.license.id}.html` : entry.license.text;
  const access = entry.access;
  if (access) {
    item.conditionsOfAccess = access.source === 'text' ? access.text : `${access.level}: ${access.text}`;
    // Free of charge and of conditions: nothing to register, apply for or sign.
    if (access.level !== null) item.isAccessibleForFree = access.level === 'open';
  }
  if (entry.section.length > 0) item.keywords = entry.section;
  const doi = entry.links.map((link) => DOI_LINK.exec(link.url)?.[1]).find((id) => id !== undefined);
  if (doi) item.identifier = `https://doi.org/${doi}`;
  return item;
}
