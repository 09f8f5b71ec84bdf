/**
 * Relative link targets, looked up on disk before the rules run (rules stay pure). Results are
 * keyed by each link's URL as written, the key rules look them up by, while the disk is asked
 * once per file however many links name it (`a.md#x`, `a.md?plain=1`, `./a.md`).
 *
 * Only the repository is read: a path that leaves `root` by `..` is `outside` without any system
 * call, and symlinks are followed by hand (`lstat` + `readlink`, each hop checked against `root`)
 * so no `stat` ever reaches a file outside it, and its existence is never told.
 */
import { constants } from 'node:fs';
import { lstat, open, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';
import { parseMarkdown } from '../parse/parse-markdown.js';
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
  /** Largest target read for its anchors, in bytes; a larger one has unknown anchors. */
  maxFileSize: number;
}

/** Symlink hops followed before a target counts as missing (Linux's own limit). */
const MAX_SYMLINK_HOPS = 40;

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
  // One look-up per distinct file, all at once: a list can link hundreds of local files.
  const found = await Promise.all(targets.map(([target, group]) => lookUp(target, group.wantsAnchors, root, scope)));
  targets.forEach(([, group], index) => {
    for (const url of group.urls) results.set(url, found[index] as LocalTarget);
  });
  return results;
}

async function lookUp(target: string, wantsAnchors: boolean, root: string, scope: LocalTargetScope): Promise<LocalTarget> {
  // The written path is compared with the root as given, its real path with the real root.
  if (!isInside(path.resolve(scope.root), target)) return { kind: 'outside' };
  const real = await realPathInside(root, path.join(root, path.relative(path.resolve(scope.root), target)));
  if (real === 'outside') return { kind: 'outside' };
  if (real === null) return { kind: 'missing' };
  const extension = path.extname(real.path).toLowerCase();
  if (!wantsAnchors || !real.isFile || (!MARKDOWN.has(extension) && !HTML.has(extension))) return { kind: 'found', anchors: null };
  const text = await readBounded(real.path, scope.maxFileSize);
  if (text === null) return { kind: 'found', anchors: null };
  if (HTML.has(extension)) return { kind: 'found', anchors: htmlFileAnchors(text) };
  try {
    return { kind: 'found', anchors: markdownAnchors(parseMarkdown(text, path.relative(root, real.path))) };
  } catch {
    // Too deeply nested to parse: the target's own lint says so; here its anchors are unknown.
    return { kind: 'found', anchors: null };
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * The real path of `target` (lexically inside `root`, which is real), resolving symlinks one
 * component at a time, and whether it is a regular file: `outside` as soon as a link points out
 * of `root`, null when a component is missing or the links loop. Never a system call on a path
 * outside `root`.
 */
async function realPathInside(root: string, target: string): Promise<{ path: string; isFile: boolean } | 'outside' | null> {
  let pending = path.relative(root, target).split(path.sep).filter((part) => part !== '');
  let current = root;
  let isFile = false;
  let hops = 0;
  while (pending.length > 0) {
    const [name, ...rest] = pending as [string, ...string[]];
    pending = rest;
    const next = path.join(current, name);
    let link: string | null;
    try {
      const info = await lstat(next);
      isFile = info.isFile();
      link = info.isSymbolicLink() ? await readlink(next) : null;
    } catch {
      return null;
    }
    if (link === null) {
      current = next;
      continue;
    }
    hops += 1;
    if (hops > MAX_SYMLINK_HOPS) return null;
    const resolved = path.resolve(current, link);
    if (!isInside(root, resolved)) return 'outside';
    pending = [...path.relative(root, resolved).split(path.sep).filter((part) => part !== ''), ...pending];
    current = root;
  }
  return { path: current, isFile };
}

/** A regular file's text, or null when it is not one or is larger than `maxBytes`. */
async function readBounded(file: string, maxBytes: number): Promise<string | null> {
  let handle;
  try {
    // Non-blocking: a file swapped for a FIFO since it was looked at must not hang the run.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    if (!(await handle.stat()).isFile()) return null;
    // Read one byte past the limit whatever `stat` says: a file can grow, or lie about its size.
    const limit = Number.isFinite(maxBytes) ? maxBytes : DEFAULT_LIMIT;
    const buffer = Buffer.alloc(Math.min(limit + 1, READ_CHUNK));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, limit + 1 - total), null);
      if (bytesRead === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
      total += bytesRead;
      if (total > limit) return null;
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** Used when no `maxFileSize` is set (the API with a bare config): the config's default. */
const DEFAULT_LIMIT = 4 * 1024 * 1024;
const READ_CHUNK = 64 * 1024;
