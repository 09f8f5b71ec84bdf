/**
 * Which links are DOIs. Kept apart from the DOI check (doi.ts) so that describing outcomes does
 * not load the HTTP client: an offline run never needs it.
 */
const DOI_HOSTS: ReadonlySet<string> = new Set(['doi.org', 'dx.doi.org', 'www.doi.org']);

/** The DOI a link names (`10.1000/182`), or null when it is not a DOI resolver link. */
export function doiOf(url: URL): string | null {
  if (!DOI_HOSTS.has(url.hostname.toLowerCase())) return null;
  let path = url.pathname.slice(1);
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep it as written; the API will say whether it exists.
  }
  return /^10\.[^/]+\/.+/.test(path) ? path : null;
}

