/**
 * Entries that share a URL, shared by `no-duplicate-entry` (same URL, same or nearly the same
 * name: the same dataset twice) and `no-duplicate-url` (same URL, different names).
 */
import type { DatasetEntry } from '../extract/types.js';
import { levenshtein } from './anchors.js';
import { normaliseUrl } from './urls.js';

/** What to call an entry in a message: its name, or its URL when the list gives no name. */
export function labelOf(entry: DatasetEntry): string {
  return entry.name !== '' ? entry.name : (entry.url ?? '');
}

/** `The Cancer Image Archive` and `cancer image archive` name the same dataset. */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\b(?:the|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Same name once articles, case and punctuation are set aside, or one or two typos apart. */
function sameName(a: string, b: string): boolean {
  const left = nameKey(a);
  const right = nameKey(b);
  if (left === right) return true;
  if (left === '' || right === '') return false;
  const longer = Math.max(left.length, right.length);
  return longer >= 8 && levenshtein(left, right) <= Math.floor(longer / 10);
}

/** How many earlier entries of one URL are compared by edit distance; exact names are found at once. */
const MAX_FUZZY = 32;

/** An entry that shares its normalised URL with an earlier one, and the first entry of that URL. */
export interface SharedUrl {
  entry: DatasetEntry;
  first: DatasetEntry;
  /** `first` names the same dataset (`sameName`): a duplicate entry, not just a shared URL. */
  sameDataset: boolean;
}

/**
 * Each entry that shares its normalised URL with an earlier one, with the first entry of that
 * URL. Two rules ask (no-duplicate-entry, no-duplicate-url): the URLs are normalised once.
 */
export function entriesSharingUrl(entries: readonly DatasetEntry[]): readonly SharedUrl[] {
  let shared = sharedByEntries.get(entries);
  if (!shared) sharedByEntries.set(entries, (shared = [...findSharedUrls(entries)]));
  return shared;
}

const sharedByEntries = new WeakMap<readonly DatasetEntry[], readonly SharedUrl[]>();

function* findSharedUrls(entries: readonly DatasetEntry[]): Generator<SharedUrl> {
  const byUrl = new Map<string, { all: DatasetEntry[]; byName: Map<string, DatasetEntry> }>();
  for (const entry of entries) {
    if (entry.url === null) continue;
    const key = normaliseUrl(entry.url);
    const name = nameKey(entry.name);
    const earlier = byUrl.get(key);
    if (!earlier) {
      byUrl.set(key, { all: [entry], byName: new Map([[name, entry]]) });
      continue;
    }
    // The same dataset listed before, if any; else the first entry of the URL.
    const same =
      earlier.byName.get(name) ?? earlier.all.slice(0, MAX_FUZZY).find((candidate) => sameName(candidate.name, entry.name));
    yield { entry, first: same ?? (earlier.all[0] as DatasetEntry), sameDataset: same !== undefined };
    earlier.all.push(entry);
    if (!earlier.byName.has(name)) earlier.byName.set(name, entry);
  }
}
