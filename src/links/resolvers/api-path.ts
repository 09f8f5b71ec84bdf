/**
 * API URLs built from validated parts only. A link's path segments (an owner, a file path, a DOI
 * suffix) go into a token-bearing API path, so `..%2F..%2Flogin` must not climb out of it:
 * decoded `.` and `..` segments are refused, every segment is percent-encoded, and the result
 * must still lie under the base.
 */

/** Whether a decoded segment (or any part of it between `/`) is `.` or `..`. */
export function hasDotSegment(segments: readonly string[]): boolean {
  return segments.some((segment) => segment.split('/').some((part) => part === '.' || part === '..'));
}

/**
 * `base` + the encoded `segments`, or null when a segment is a dot segment or the URL would leave
 * `base`'s path.
 */
export function apiUrlUnder(base: URL, segments: readonly string[]): URL | null {
  if (hasDotSegment(segments)) return null;
  const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  const url = new URL(`${prefix}${segments.map(encodeURIComponent).join('/')}`, base);
  return url.origin === base.origin && url.pathname.startsWith(prefix) ? url : null;
}
