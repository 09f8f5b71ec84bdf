/**
 * What the rules read of registry records (not a rule): the record of an entry's own link, the
 * access it states as a known fact, and each entry link once with its record.
 */
import type { DatasetEntry, EntryLink, KnownAccess } from '../extract/types.js';
import { REGISTRY_TITLES, type RegistryRecord } from '../results/registry-record.js';
import type { RuleContext } from './types.js';

/** The record of the entry's primary link (the name's link, else its first URL). */
export function entryRecord(entry: DatasetEntry, context: RuleContext): RegistryRecord | undefined {
  return entry.url === null ? undefined : context.record(entry.url);
}

/** The registry's access level for the entry, as a known fact whose source is the record; the registry wins over access.json. */
export function registryAccess(entry: DatasetEntry, context: RuleContext): (KnownAccess & { registry: string }) | null {
  const record = entryRecord(entry, context);
  if (!record?.access) return null;
  const registry = REGISTRY_TITLES[record.registry];
  return { level: record.access.level, name: entry.name, terms: record.access.terms, source: record.url, match: registry, registry };
}

/** Every link of every entry once (a link a sub-entry shares with its parent is one place), with its record. */
export function entryLinksWithRecords(entries: readonly DatasetEntry[], context: RuleContext): Array<{ entry: DatasetEntry; link: EntryLink; record: RegistryRecord }> {
  const seen = new Set<string>();
  const out: Array<{ entry: DatasetEntry; link: EntryLink; record: RegistryRecord }> = [];
  for (const entry of entries) {
    for (const link of entry.links) {
      const place = `${link.line}:${link.column}`;
      if (seen.has(place)) continue;
      seen.add(place);
      const record = context.record(link.url);
      if (record) out.push({ entry, link, record });
    }
  }
  return out;
}

/** How messages name an entry. */
export function entryName(entry: DatasetEntry): string {
  return entry.name !== '' ? entry.name : (entry.url ?? '');
}
