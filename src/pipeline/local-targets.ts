/**
 * Relative link targets, looked up on disk before the rules run (rules stay pure). Results are
 * keyed by each link's URL as written, the key rules look them up by, while the disk is asked
 * once per file however many links name it (`a.md#x`, `a.md?plain=1`, `./a.md`).
 *
 * Only the repository is read: a path that leaves `root` by `..` is `outside` without any system
 * call, and symlinks are followed by hand (`lstat` + `readlink`, each hop checked against `root`)
 * so no `stat` ever reaches a file outside it, and its existence is never told.
 */
import { lstat, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { DEFAULT_MAX_FILE_SIZE } from '../config/limits.js';
import { parseMarkdown } from '../parse/parse-markdown.js';
import { readRegularFile } from '../parse/read-file.js';
import { isInGitDirectory, isInside } from '../parse/resolve-files.js';
import { htmlFileAnchors, markdownAnchors } from '../extract/anchors.js';
import type { LinkRef } from '../extract/types.js';
import type { LocalTarget } from '../rules/types.js';
import { classifyUrl, fragmentOfUrl } from '../rules/urls.js';

/** Where relative links start and what they may reach. */
export interface LocalTargetScope {
  /** Folder of the linting file. */
  directory: string;
  /** The repository root (the cwd for the CLI, the workspace in the Action). */
  root: string;
  /**
   * Largest target read for its anchors, in bytes, and the most read for one linting file in
   * all: past it anchors are unknown, so a list cannot make medlint parse more than about twice
   * its own size limit however many files it links.
   */
  maxFileSize: number;
}

/** Symlink hops followed before a target counts as missing (Linux's own limit). */
const MAX_SYMLINK_HOPS = 40;
/** Targets looked up at once: reads hold file handles and memory. */
const CONCURRENT_LOOK_UPS = 8;

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkdn', '.mkd']);
const HTML = new Set(['.html', '.htm', '.xhtml']);

/** Looks up every relative link target of one file. */
export async function lookUpLocalTargets(links: readonly LinkRef[], scope: LocalTargetScope): Promise<Map<string, LocalTarget>> {
  const byPath = new Map<string, { urls: string[]; wantsAnchors: boolean }>();
  for (const url of new Set(links.map((link) => link.url))) {
    const form = classifyUrl(url);
    if (form.kind !== 'relative' || form.path === '') continue;
    const target = path.resolve(scope.directory, form.path);
    const group = byPath.get(target) ?? { urls: [], wantsAnchors: false };
    group.urls.push(url);
    // A query shows the file another way (`?plain=1`: the source, with line anchors).
    if (fragmentOfUrl(url) && !url.includes('?')) group.wantsAnchors = true;
    byPath.set(target, group);
  }
  const results = new Map<string, LocalTarget>();
  // A file outside the repository, typed by the user, has no repository to check its links in.
  if (byPath.size === 0 || !isInside(path.resolve(scope.root), scope.directory)) return results;
  let root: string;
  try {
    root = await realpath(scope.root);
  } catch {
    return results; // No root to compare with: nothing is looked up, nothing reported.
  }
  const targets = [...byPath.entries()];
  // One look-up per distinct file, a few at a time: a list can link hundreds of local files.
  const limit = pLimit(CONCURRENT_LOOK_UPS);
  const written = path.resolve(scope.root);
  // Targets share their folders: each path is looked at once (`lstat`, `readlink`) per document.
  const seen: Components = new Map();
  const found = await Promise.all(targets.map(([target]) => limit(() => locate(target, written, root, seen))));
  // The read budget goes to targets in source order, so which anchors are known never depends on timing.
  let budget = limitOf(scope.maxFileSize);
  const reads = targets.map(([, group], index) => {
    const target = found[index];
    if (!group.wantsAnchors || target === undefined || typeof target === 'string' || !target.isFile) return null;
    const extension = path.extname(target.path).toLowerCase();
    if ((!MARKDOWN.has(extension) && !HTML.has(extension)) || target.size > budget) return null;
    // git's own files are never read, whatever a link calls them (`.git/x.md`, a link to `.git/config`).
    if (isInGitDirectory(path.relative(root, target.path))) return null;
    budget -= target.size;
    return limit(() => anchorsOnce(target, extension, root));
  });
  const anchors = await Promise.all(reads);
  targets.forEach(([, group], index) => {
    const target = found[index];
    if (target === undefined) return;
    const result: LocalTarget = typeof target === 'string' ? { kind: target } : { kind: 'found', anchors: anchors[index] ?? null };
    for (const url of group.urls) results.set(url, result);
  });
  return results;
}

/**
 * Where a target is: the written path is compared with the root as given, its real path with the
 * real root. Undefined when the disk did not say (no permission, an I/O error).
 */
async function locate(target: string, writtenRoot: string, root: string, seen: Components): Promise<RealTarget | 'outside' | 'missing' | undefined> {
  if (!isInside(writtenRoot, target)) return 'outside';
  const real = await realPathInside(root, path.join(root, path.relative(writtenRoot, target)), seen);
  return real === 'unknown' ? undefined : real;
}

/**
 * Anchors already read in this thread, by real path, size and modification time: many lists that
 * link fragments into one large file (`docs/all.md#x`) read and parse it once per run, not once
 * per list. A file that changed since is read again. At most `ANCHOR_CACHE_BYTES` of targets
 * are remembered, the oldest forgotten first; the read budget of each list is charged as
 * before, so which anchors are known never depends on what was cached.
 */
const anchorCache = new Map<string, { bytes: number; anchors: Promise<ReadonlySet<string> | null> }>();
const ANCHOR_CACHE_BYTES = 64 * 1024 * 1024;
let anchorCacheBytes = 0;

async function anchorsOnce(target: RealTarget, extension: string, root: string): Promise<ReadonlySet<string> | null> {
  let modified = 0;
  try {
    modified = (await lstat(target.path)).mtimeMs;
  } catch {
    return null;
  }
  const key = `${target.path}\u0000${target.size}\u0000${modified}`;
  const cached = anchorCache.get(key);
  if (cached) return cached.anchors;
  const anchors = readAnchors(target.path, target.size, extension, root);
  anchorCache.set(key, { bytes: target.size, anchors });
  anchorCacheBytes += target.size;
  for (const [oldest, entry] of anchorCache) {
    if (anchorCacheBytes <= ANCHOR_CACHE_BYTES || oldest === key) break;
    anchorCache.delete(oldest);
    anchorCacheBytes -= entry.bytes;
  }
  return anchors;
}

/** The anchors of a Markdown or HTML file of at most `size` bytes; null when it cannot be read. */
async function readAnchors(file: string, size: number, extension: string, root: string): Promise<ReadonlySet<string> | null> {
  const text = await readBounded(file, size);
  if (text === null) return null;
  if (HTML.has(extension)) return htmlFileAnchors(text);
  try {
    return markdownAnchors(parseMarkdown(text, path.relative(root, file)));
  } catch {
    // Too deeply nested to parse: the target's own lint says so; here its anchors are unknown.
    return null;
  }
}

/** A target inside the repository, as `lstat` saw it. */
interface RealTarget {
  path: string;
  isFile: boolean;
  size: number;
}

/** One path as `lstat` (and `readlink`, for a link) saw it, or the error's code. */
type Component = { isFile: boolean; size: number; link: string | null } | { error: string | undefined };
/** What is known of each path already looked at, shared by the look-ups of one document. */
type Components = Map<string, Promise<Component>>;

async function lookAt(next: string): Promise<Component> {
  try {
    const info = await lstat(next);
    return { isFile: info.isFile(), size: info.size, link: info.isSymbolicLink() ? await readlink(next) : null };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code };
  }
}

/**
 * The real path of `target` (lexically inside `root`, which is real), resolving symlinks one
 * component at a time, with whether it is a regular file and its size: `outside` as soon as a
 * link points out of `root`, `missing` when a component is missing or the links loop, `unknown`
 * on any other error. Never a system call on a path outside `root`.
 */
async function realPathInside(root: string, target: string, seen: Components): Promise<RealTarget | 'outside' | 'missing' | 'unknown'> {
  let pending = path.relative(root, target).split(path.sep).filter((part) => part !== '');
  let current = root;
  let isFile = false;
  let size = 0;
  let hops = 0;
  while (pending.length > 0) {
    const [name, ...rest] = pending as [string, ...string[]];
    pending = rest;
    const next = path.join(current, name);
    let known = seen.get(next);
    if (!known) seen.set(next, (known = lookAt(next)));
    const info = await known;
    if ('error' in info) return info.error === 'ENOENT' || info.error === 'ENOTDIR' ? 'missing' : 'unknown';
    ({ isFile, size } = info);
    const link = info.link;
    if (link === null) {
      current = next;
      continue;
    }
    hops += 1;
    if (hops > MAX_SYMLINK_HOPS) return 'missing';
    const resolved = path.resolve(current, link);
    if (!isInside(root, resolved)) return 'outside';
    pending = [...path.relative(root, resolved).split(path.sep).filter((part) => part !== ''), ...pending];
    current = root;
  }
  return { path: current, isFile, size };
}

/** A regular file's text, or null when it is not one or is larger than `maxBytes`. */
async function readBounded(file: string, maxBytes: number): Promise<string | null> {
  try {
    return (await readRegularFile(file, file, { maxBytes, whatToDo: '' })).toString('utf8');
  } catch {
    return null;
  }
}

/** `maxFileSize`, or the config's default when a bare config has none (`Infinity`). */
function limitOf(maxFileSize: number): number {
  return Number.isFinite(maxFileSize) ? maxFileSize : DEFAULT_MAX_FILE_SIZE;
}

