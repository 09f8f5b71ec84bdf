/**
 * Fragments: which ones are worth checking, and a streaming scanner that finds `id` / `name`
 * attributes in HTML as the body arrives, so reading stops as soon as every wanted fragment is
 * found. GitHub renders Markdown headings as `id="user-content-<slug>"`, so `#slug` also matches that.
 */

/** GitHub prefixes ids in rendered Markdown with this, and its script scrolls `#x` to it. */
export const GITHUB_ID_PREFIX = 'user-content-';

/** The fragment of a URL, percent-decoded (kept as written when it does not decode). */
export function fragmentOf(url: URL): string {
  const raw = url.hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Whether a fragment can be verified in static HTML. Not: empty and `top` (they always work,
 * HTML § "scroll to the fragment"), text fragments (`:~:text=`), single-page-app routes (`#/…`,
 * `#!…`), and GitHub line anchors (`#L10-L20`), which scripts create.
 */
export function isCheckableFragment(fragment: string, url: URL): boolean {
  if (fragment === '' || fragment.toLowerCase() === 'top') return false;
  if (fragment.startsWith(':~:') || fragment.startsWith('/') || fragment.startsWith('!')) return false;
  const host = url.hostname.toLowerCase();
  if ((host === 'github.com' || host === 'www.github.com') && /^L\d+(?:C\d+)?(?:-L\d+(?:C\d+)?)?$/.test(fragment)) {
    return false;
  }
  return true;
}

/** `text/html` and XHTML carry ids; a PDF's `#page=3` or a JSON file's fragment cannot be checked. */
export function isHtmlContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'text/html' || type === 'application/xhtml+xml';
}

// An `id` or `name` attribute (after whitespace, so `data-id` does not count), any quoting.
const ATTRIBUTE = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
/** Longest unfinished tail kept between chunks (a tag never legitimately needs more). */
const MAX_CARRY = 64 * 1024;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return safeCodePoint(Number.parseInt(body.slice(2), 16), whole);
    if (body.startsWith('#')) return safeCodePoint(Number.parseInt(body.slice(1), 10), whole);
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** Finds wanted fragments in HTML fed chunk by chunk. */
export class AnchorScanner {
  readonly #byTarget = new Map<string, string[]>();
  readonly #found = new Set<string>();
  readonly #wanted: Set<string>;
  #carry = '';

  constructor(wanted: Iterable<string>) {
    this.#wanted = new Set(wanted);
    for (const fragment of this.#wanted) {
      for (const target of [fragment, GITHUB_ID_PREFIX + fragment]) {
        const list = this.#byTarget.get(target) ?? [];
        list.push(fragment);
        this.#byTarget.set(target, list);
      }
    }
  }

  /** True once every wanted fragment has been seen: stop reading. */
  get done(): boolean {
    return this.#found.size === this.#wanted.size;
  }

  has(fragment: string): boolean {
    return this.#found.has(fragment);
  }

  feed(text: string): void {
    const all = this.#carry + text;
    const cut = all.lastIndexOf('<');
    if (cut < 0) {
      // No tag starts here: plain text between tags carries no attributes.
      this.#carry = '';
      return;
    }
    // Scan up to the last `<`; that tag may be cut by the chunk boundary, so it waits for the next
    // chunk. Attributes sit near a tag's start, so a runaway tail is cut to its beginning.
    this.#scan(all.slice(0, cut));
    this.#carry = all.slice(cut, cut + MAX_CARRY);
  }

  /** Scans what is left once the body has ended. */
  finish(): void {
    this.#scan(this.#carry);
    this.#carry = '';
  }

  #scan(text: string): void {
    if (text === '' || this.done) return;
    for (const match of text.matchAll(ATTRIBUTE)) {
      const value = decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
      const fragments = this.#byTarget.get(value);
      if (fragments) for (const fragment of fragments) this.#found.add(fragment);
      if (this.done) return;
    }
  }
}
