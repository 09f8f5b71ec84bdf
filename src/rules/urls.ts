/**
 * How a written link target reads, shared by the URL rules: `no-malformed-url` reports the
 * mistakes, `no-missing-file` checks only what is clearly a relative file path, and
 * `no-duplicate-entry` compares URLs in one normal form.
 */
import { levenshtein } from './anchors.js';
import { trimEndOf } from '../parse/linear-text.js';
import type { LocalTarget } from './types.js';

/** `scheme:` at the start, as RFC 3986 spells a scheme. */
export const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Schemes that are right as written, although some are a few edits away from `http`
 * (`ftp`, `ftps`). Anything else close to `http`/`https` is taken as a typo.
 */
export const KNOWN_SCHEMES: ReadonlySet<string> = new Set([
  'http', 'https', 'ftp', 'ftps', 'sftp', 'mailto', 'tel', 'sms', 'data', 'file', 'git', 'ssh', 'svn',
  'irc', 'ircs', 'news', 'nntp', 's3', 'gs', 'hdfs', 'doi', 'urn', 'xmpp', 'magnet', 'geo', 'javascript',
  'about', 'ws', 'wss', 'smb', 'rsync', 'zotero', 'vscode',
]);

/**
 * Top-level domains that mark `example.org/path` as a host written without its scheme. Kept
 * short on purpose: file extensions such as `.md`, `.py` or `.zip` are domains too, and a
 * relative file link must not read as a host.
 */
const HOST_TLDS: ReadonlySet<string> = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'io', 'ai', 'co', 'uk', 'ca', 'au', 'de', 'fr', 'nl',
  'eu', 'ch', 'jp', 'cn', 'kr', 'br', 'it', 'es', 'se', 'dk', 'fi', 'be', 'at', 'nz', 'ie', 'sg', 'info', 'dev',
  'app',
]);

/** Deepest nesting of parentheses a Markdown link destination holds (micromark and cmark: 32). */
const MAX_DESTINATION_DEPTH = 32;

/**
 * The URL as a link destination, or null when it would need `<…>` or escapes (spaces, unbalanced
 * parentheses, or nested deeper than a destination may be).
 */
export function linkTarget(url: string): string | null {
  if (/[\s<>\\]/.test(url)) return null;
  let depth = 0;
  for (const character of url) {
    if (character === '(') depth += 1;
    if (character === ')') depth -= 1;
    if (depth < 0 || depth > MAX_DESTINATION_DEPTH) return null;
  }
  return depth === 0 ? url : null;
}

/** What a written link target is, before any check. */
export type UrlForm =
  | { kind: 'empty' }
  /** `#section`: an in-page link. */
  | { kind: 'fragment' }
  /** `scheme:…`, written with a colon. */
  | { kind: 'absolute'; scheme: string }
  /** `//host/path`: takes the page's scheme. */
  | { kind: 'protocol-relative' }
  /** `/docs/x.md`: relative to the repository root, which rules do not know. */
  | { kind: 'root-relative' }
  /**
   * `http//…`, `www.…`, `example.org/…`, `name@example.org`: absolute in intent, not in form.
   * `written` is the mistyped scheme when there is one (`http//`).
   */
  | { kind: 'schemeless'; expected: string; written?: string }
  /** `./x.md`, `../a/b.md`, `docs/x.png`: a file next to this one. */
  | { kind: 'relative'; path: string };

/** `http//x`, `https//x`, `htps//x`, `http;//x`: a web scheme without its colon. */
const SCHEME_WITHOUT_COLON = /^[a-z]{3,6}[;.,]?\/{2,}/i;

export function classifyUrl(url: string): UrlForm {
  const written = url.trim();
  if (written === '') return { kind: 'empty' };
  if (written.startsWith('#')) return { kind: 'fragment' };
  const scheme = SCHEME.exec(written)?.[1];
  // One letter before a colon is a Windows drive (`C:\data`), not a scheme.
  if (scheme !== undefined && scheme.length > 1) return { kind: 'absolute', scheme: scheme.toLowerCase() };
  if (written.startsWith('//')) return { kind: 'protocol-relative' };
  if (written.startsWith('/')) return { kind: 'root-relative' };
  const withoutColon = SCHEME_WITHOUT_COLON.exec(written);
  if (withoutColon) {
    const written = withoutColon[0];
    const fixed = webSchemeFor(/^[a-z]+/i.exec(written)?.[0] ?? '');
    if (fixed !== null) return { kind: 'schemeless', expected: `${fixed}://${url.trim().slice(written.length)}`, written };
  }
  const firstSegment = written.split(/[/?#]/, 1)[0] ?? '';
  if (/^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(written)) return { kind: 'schemeless', expected: `mailto:${written}` };
  if (looksLikeHost(firstSegment)) return { kind: 'schemeless', expected: `https://${written}` };
  return { kind: 'relative', path: stripQueryAndFragment(written) };
}

/** `www.anything`, or `name.example.org` ending in a common top-level domain. */
function looksLikeHost(segment: string): boolean {
  if (/^www\d?\.[^.]/i.test(segment)) return true;
  const match = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,})(?::\d+)?$/i.exec(segment);
  return match !== null && HOST_TLDS.has((match[1] ?? '').toLowerCase());
}

/**
 * `http` or `https` when `scheme` is one of them or a likely typo of one (`htps`, `hhttp`,
 * `ttps`), else null. A tie goes to `https` when the typo ends in `s`.
 */
export function webSchemeFor(scheme: string): 'http' | 'https' | null {
  const lower = scheme.toLowerCase();
  if (lower === 'http' || lower === 'https') return lower;
  if (KNOWN_SCHEMES.has(lower) || lower.length < 3) return null;
  const toHttp = levenshtein(lower, 'http');
  const toHttps = levenshtein(lower, 'https');
  if (Math.min(toHttp, toHttps) > 2) return null;
  if (toHttp === toHttps) return lower.endsWith('s') ? 'https' : 'http';
  return toHttps < toHttp ? 'https' : 'http';
}

/** `docs/a.md#setup` → `setup`, as written; null when the URL has no fragment or an empty one. */
export function fragmentOfUrl(url: string): string | null {
  const hash = url.indexOf('#');
  return hash < 0 || hash === url.length - 1 ? null : url.slice(hash + 1).trim();
}

/**
 * Local targets from a plain answer per file path (`docs/a b.md`, as a relative link names it,
 * decoded, without query or fragment), for callers without a disk: the API and tests. Anchors
 * are unknown.
 */
export function localTargetsByPath(exists: (path: string) => boolean | undefined): (url: string) => LocalTarget | undefined {
  return (url) => {
    const form = classifyUrl(url);
    if (form.kind !== 'relative' || form.path === '') return undefined;
    const found = exists(form.path);
    if (found === undefined) return undefined;
    return found ? { kind: 'found', anchors: null } : { kind: 'missing' };
  };
}

/** `docs/a%20b.md?x=1#part` → `docs/a b.md`: the file a relative link names. */
export function stripQueryAndFragment(url: string): string {
  const path = url.split('#', 1)[0]?.split('?', 1)[0] ?? '';
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The form two URLs of one dataset share: `http`/`https` alike, host in lower case without
 * `www.`, no default port, no trailing `/` or `index.html`, no `utm_*` tracking parameters.
 * Other query parameters and the fragment are kept: `?id=7` and `#ecg` often name different
 * datasets on one page. Anything `new URL()` rejects stays as written.
 */
export function normaliseUrl(url: string): string {
  const written = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(written);
  } catch {
    return written;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.href;
  const host = parsed.hostname.replace(/^www\./, '');
  // WHATWG parsing already drops the scheme's default port (`:443` on https, `:80` on http).
  const port = parsed.port === '' ? '' : `:${parsed.port}`;
  const path = trimEndOf(parsed.pathname.replace(/\/index\.html$/i, ''), '/');
  return `https://${host}${port}${path}${withoutTracking(parsed)}${parsed.hash}`;
}

/** The query without `utm_*` parameters (campaign tags say who shared a link, not what it is). */
function withoutTracking(parsed: URL): string {
  // Keys are compared decoded: without a `%` escape, a query without `utm_` holds no campaign tag.
  if (!parsed.search.includes('%') && !/utm_/i.test(parsed.search)) return parsed.search;
  const keys = [...parsed.searchParams.keys()];
  if (!keys.some((key) => key.toLowerCase().startsWith('utm_'))) return parsed.search;
  for (const key of new Set(keys)) if (key.toLowerCase().startsWith('utm_')) parsed.searchParams.delete(key);
  return parsed.search;
}
