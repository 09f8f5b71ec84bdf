/**
 * `medlint entries --registries`: an entry's missing licence and access filled from the record
 * of its own link, marked as the registry's (`source: "registry"`, the record's URL), so the
 * JSON, CSV and JSON-LD catalogue is complete. What the entry states itself is kept; access that
 * only access.json knew gives way to the registry's, which wins.
 */
import type { DatasetEntry } from '../extract/types.js';
import { spdxId } from '../extract/license.js';
import type { RegistryRecord } from '../results/registry-record.js';

export function withRegistryFacts(entry: DatasetEntry, record: RegistryRecord | undefined): DatasetEntry {
  if (!record || entry.kind === 'resource') return entry;
  const filled: DatasetEntry = { ...entry };
  const licence = record.licenses.join(' / ');
  if (!entry.license && licence !== '') {
    filled.license = { id: record.licenses.length === 1 ? spdxId(licence) : null, text: licence, source: 'registry', record: record.url };
  }
  if (record.access && entry.access?.source !== 'text') {
    filled.access = { level: record.access.level, text: record.access.terms, source: 'registry', record: record.url };
  }
  return filled;
}
