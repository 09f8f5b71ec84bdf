/**
 * Fragments: which ones are worth checking, and a streaming scanner that finds the anchors of an
 * HTML body as it arrives (the shared tokenizer of parse/html-anchors.ts: `id` on any element,
 * `name` on `<a>`), so reading stops as soon as every wanted fragment is found. GitHub renders
 * Markdown headings as `id="user-content-<slug>"`, so `#slug` also matches that.
 */
import { HtmlAnchorTokenizer } from '../../parse/html-anchors.js';

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

/** Finds wanted fragments in HTML fed chunk by chunk, with the shared anchor tokenizer. */
export class AnchorScanner {
  readonly #byTarget = new Map<string, string[]>();
  readonly #found = new Set<string>();
  readonly #wanted: Set<string>;
  readonly #tokenizer: HtmlAnchorTokenizer;

  constructor(wanted: Iterable<string>) {
    this.#wanted = new Set(wanted);
    for (const fragment of this.#wanted) {
      for (const target of [fragment, GITHUB_ID_PREFIX + fragment]) {
        const list = this.#byTarget.get(target) ?? [];
        list.push(fragment);
        this.#byTarget.set(target, list);
      }
    }
    this.#tokenizer = new HtmlAnchorTokenizer((anchor) => {
      for (const fragment of this.#byTarget.get(anchor) ?? []) this.#found.add(fragment);
    });
  }

  /** True once every wanted fragment has been seen: stop reading. */
  get done(): boolean {
    return this.#found.size === this.#wanted.size;
  }

  has(fragment: string): boolean {
    return this.#found.has(fragment);
  }

  feed(text: string): void {
    if (!this.done) this.#tokenizer.write(text);
  }

  /** Scans what is left once the body has ended. */
  finish(): void {
    if (!this.done) this.#tokenizer.end();
  }
}
