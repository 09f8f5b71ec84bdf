/**
 * The anchors a Markdown file has once GitHub renders it: an id for every heading (at any depth,
 * in a list item or a quote too, and `<h1>`…`<h6>` written in HTML) and every HTML anchor (`id`
 * on any element, `name` on `<a>`).
 * Shared by the in-page rules and by the pipeline, which reads the anchors of local link targets.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { HtmlAnchorTokenizer } from '../parse/html-anchors.js';
import { rawText } from './text.js';
import { descendants } from './walk.js';

/** GitHub renders ids as `user-content-<id>`; links may use either form. */
const GITHUB_ID_PREFIX = 'user-content-';

/**
 * A written fragment as GitHub resolves it: percent-decoded, lower case, without the
 * `user-content-` prefix. GitHub's page script matches fragments case-insensitively, so
 * `#Medical-Images` reaches `#medical-images`; anchors are compared in this form.
 */
export function normaliseFragment(fragment: string): string {
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    // A stray `%` is kept as written.
  }
  decoded = decoded.toLowerCase();
  return decoded.startsWith(GITHUB_ID_PREFIX) ? decoded.slice(GITHUB_ID_PREFIX.length) : decoded;
}

/**
 * A heading's id as GitHub renders it: github-slugger over the text a reader sees. Inline HTML
 * and image alt text are dropped but the spaces around them stay, so `## Title <!-- x -->` is
 * `title-` and `## ![logo](x) Tools` is `-tools`.
 */
export function headingSlug(slugger: GithubSlugger, heading: Heading): string {
  return slugger.slug(rawText(heading));
}

/** Every anchor of a parsed Markdown file, normalised (see {@link normaliseFragment}). */
export function markdownAnchors(tree: Root): Set<string> {
  const anchors = new Set<string>();
  const slugger = new GithubSlugger();
  const tokenizer = new HtmlAnchorTokenizer(
    (value) => anchors.add(normaliseFragment(value)),
    (text) => {
      const slug = slugger.slug(text);
      if (slug !== '') anchors.add(slug);
    },
  );
  for (const node of descendants(tree)) {
    if (node.type === 'heading') {
      const slug = headingSlug(slugger, node);
      if (slug !== '') anchors.add(slug);
    } else if (node.type === 'html' && mayHoldAnchor(node.value)) {
      // Each HTML node is its own document: an unclosed `<!--` in one hides nothing in the next.
      tokenizer.reset();
      tokenizer.write(node.value);
      tokenizer.end();
    }
  }
  return anchors;
}

/**
 * Whether an HTML node may define an anchor: an `id` or `name` attribute, or an `<h1>`…`<h6>`
 * (attribute names are never encoded). Most HTML in a list (`<br>`, `<img>`, `<details>`) has
 * none, and is not tokenized at all.
 */
export function mayHoldAnchor(html: string): boolean {
  return ANCHOR_ATTRIBUTE.test(html) || HTML_HEADING_START.test(html);
}

/**
 * `id=` or `name=`, after what may end the attribute before it: a space, `/`, or a quote
 * (`<a href="x"id="y">` still has its id). An attribute without `=` has an empty value: no anchor.
 */
const ANCHOR_ATTRIBUTE = /[\s/"'](?:id|name)\s*=/i;
const HTML_HEADING_START = /<h[1-6]/i;

/** Every anchor of an HTML file, normalised. */
export function htmlFileAnchors(html: string): Set<string> {
  const anchors = new Set<string>();
  const tokenizer = new HtmlAnchorTokenizer((value) => anchors.add(normaliseFragment(value)));
  tokenizer.write(html);
  tokenizer.end();
  return anchors;
}
