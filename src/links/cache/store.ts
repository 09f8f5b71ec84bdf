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
 *
 * The file is read as a list is (parse/read-file.ts): a regular file of at most
 * `MAX_CACHE_SIZE`, whose real path stays inside `root` (the repository), never under `.git/`.
 * A cache linked to `/proc/self/environ`, `/dev/zero` or a pipe is one clear error, never read.
 */
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { MedlintError } from '../../diagnostics/medlint-error.js';
import { decodeUtf8, readRegularFile } from '../../parse/read-file.js';
import { placeInRepository } from '../../parse/resolve-files.js';
import { isSuccess, type LinkOutcome } from '../../results/link-outcome.js';
import { isRegistryRecord } from '../../results/registry-record.js';

/**
 * 2: an outcome may carry the registry record of its link (`record`, src/results/registry-record.ts).
 * A file of version 1 is ignored as a whole: its successes hold no records, so they are asked again.
 */
export const CACHE_VERSION = 2;

/**
 * Largest cache file read (64 MiB): some 300,000 URLs, far more than any run checks. A larger
 * one is refused rather than parsed.
 */
export const MAX_CACHE_SIZE = 64 * 1024 * 1024;

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
  // A record is stated as fact in messages and `medlint entries --registries`: whole, or the entry goes.
  if (outcome.record !== undefined && !isRegistryRecord(outcome.record)) return false;
  // Messages and fixes read every hop: one that is not a hop would stop the run.
  if (outcome.chain !== undefined && !isChain(outcome.chain)) return false;
  if (outcome.kind === 'ok') return true;
  return outcome.kind === 'redirect' && typeof outcome.to === 'string' && outcome.chain !== undefined;
}

/** Redirect hops as the checker stores them (`RedirectHop`). */
function isChain(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every((hop: unknown) => {
      if (typeof hop !== 'object' || hop === null) return false;
      const { url, status, location } = hop as Record<string, unknown>;
      return typeof url === 'string' && typeof status === 'number' && typeof location === 'string';
    })
  );
}

/**
 * Fresh entries of the cache file; an absent file, or one that is not a cache (not UTF-8, not
 * JSON, another version), gives an empty cache.
 * @throws MedlintError when the file may not be read: outside `root` after symbolic links (default:
 *   its own folder), under `.git/`, not a regular file, or above `MAX_CACHE_SIZE`.
 */
export async function readCache(path: string, maxAgeMs: number, now: number = Date.now(), root: string = dirname(path)): Promise<Map<string, CacheEntry>> {
  const entries = new Map<string, CacheEntry>();
  const shown = relative(root, path) || basename(path);
  await placeInRepository(shown, path, root);
  let parsed: unknown;
  try {
    const bytes = await readRegularFile(shown, path, {
      maxBytes: MAX_CACHE_SIZE,
      whatToDo: 'delete it, or pass another cache location',
      expected: 'a cache file, or a path where one may be written',
    });
    parsed = JSON.parse(decodeUtf8(bytes, shown, 'a JSON link cache'));
  } catch (error) {
    // Absent, or not a cache: checked afresh and replaced. Anything else must not be read.
    if (error instanceof MedlintError && error.code !== 'file-not-found' && error.code !== 'file-binary' && error.code !== 'file-not-utf8') throw error;
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
  root: string = dirname(path),
): Promise<void> {
  // Re-read just before writing: another run may have added entries since we started. This also
  // checks the place: nothing is written through a link out of `root`.
  const merged = await readCache(path, maxAgeMs, now, root);
  for (const [url, entry] of results) {
    if (isSuccess(entry.outcome) && isFresh(entry, maxAgeMs, now)) merged.set(url, entry);
  }
  const file: CacheFile = {
    version: CACHE_VERSION,
    entries: Object.fromEntries([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
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
