/**
 * The link cache between runs (`--cache`, file `.medlintcache`). Only successes are kept (the
 * page was reached: `ok` or `redirect`), so every failure is checked again next time. Entries
 * older than `maxAgeMs` are ignored and dropped on the next write. The file is replaced
 * atomically (write a temporary file, flush it, rename it over the old one): a crash or a full
 * disk leaves the previous cache, never a half-written one.
 *
 * Format (JSON, UTF-8):
 *
 *   {
 *     "version": 2,
 *     "entries": {
 *       "https://example.org/data#files": {
 *         "checkedAt": "2025-01-31T12:00:00.000Z",
 *         "outcome": { "kind": "ok", "status": 200, "via": "http", "fragment": "found" }
 *       }
 *     }
 *   }
 *
 * Keys are the normalised URL (WHATWG `href`, fragment included, since it decides the outcome);
 * `outcome` is a `LinkOutcome`. A file with another `version`, or one that does not parse, is
 * ignored as a whole (and replaced on the next write).
 */
import { randomUUID } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isSuccess, type LinkOutcome } from '../../results/link-outcome.js';

/**
 * 2: an outcome may carry the registry record of its link (`record`, src/results/registry-record.ts).
 * A file of version 1 is ignored as a whole: its successes hold no records, so they are asked again.
 */
export const CACHE_VERSION = 2;

export interface CacheEntry {
  /** ISO 8601 time of the check. */
  checkedAt: string;
  outcome: LinkOutcome;
}

export interface CacheFile {
  version: typeof CACHE_VERSION;
  entries: Record<string, CacheEntry>;
}

function isFresh(entry: CacheEntry, maxAgeMs: number, now: number): boolean {
  const time = Date.parse(entry.checkedAt);
  // A time in the future (a clock moved back) is not trusted either.
  return Number.isFinite(time) && time <= now && now - time <= maxAgeMs;
}

/** A stored outcome that is a success of a plausible shape; anything else is ignored. */
function isUsableEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as { checkedAt?: unknown; outcome?: unknown };
  if (typeof entry.checkedAt !== 'string' || typeof entry.outcome !== 'object' || entry.outcome === null) return false;
  const outcome = entry.outcome as Record<string, unknown>;
  if (typeof outcome.status !== 'number' || typeof outcome.via !== 'string') return false;
  if (outcome.record !== undefined && !isRecordShape(outcome.record)) return false;
  if (outcome.kind === 'ok') return true;
  return outcome.kind === 'redirect' && typeof outcome.to === 'string' && Array.isArray(outcome.chain);
}

/** A registry record of a plausible shape (the rules read its fields). */
function isRecordShape(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.registry === 'string' &&
    typeof record.url === 'string' &&
    Array.isArray(record.licenses) &&
    record.licenses.every((licence) => typeof licence === 'string') &&
    (record.access === null || (typeof record.access === 'object' && typeof (record.access as Record<string, unknown>).level === 'string')) &&
    (record.newer === null || (typeof record.newer === 'object' && typeof (record.newer as Record<string, unknown>).url === 'string')) &&
    (record.archived === null || typeof record.archived === 'boolean')
  );
}

/** Fresh entries of the cache file; an absent, unreadable or foreign file gives an empty cache. */
export async function readCache(path: string, maxAgeMs: number, now: number = Date.now()): Promise<Map<string, CacheEntry>> {
  const entries = new Map<string, CacheEntry>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return entries;
  }
  if (typeof parsed !== 'object' || parsed === null) return entries;
  const file = parsed as { version?: unknown; entries?: unknown };
  if (file.version !== CACHE_VERSION || typeof file.entries !== 'object' || file.entries === null) return entries;
  for (const [url, entry] of Object.entries(file.entries)) {
    if (isUsableEntry(entry) && isFresh(entry, maxAgeMs, now)) entries.set(url, entry);
  }
  return entries;
}

/**
 * Writes the fresh entries already in the file plus the successes in `results` (newer wins),
 * atomically. Entries are sorted by URL so the file diffs well.
 */
export async function writeCache(
  path: string,
  results: ReadonlyMap<string, CacheEntry>,
  maxAgeMs: number,
  now: number = Date.now(),
): Promise<void> {
  // Re-read just before writing: another run may have added entries since we started.
  const merged = await readCache(path, maxAgeMs, now);
  for (const [url, entry] of results) {
    if (isSuccess(entry.outcome) && isFresh(entry, maxAgeMs, now)) merged.set(url, entry);
  }
  const file: CacheFile = {
    version: CACHE_VERSION,
    entries: Object.fromEntries([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
