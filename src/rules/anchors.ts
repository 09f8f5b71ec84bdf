/**
 * In-page anchors, shared by `toc-link`, `toc-complete` and `no-missing-fragment`: which
 * fragments a document defines (GitHub heading slugs and HTML `id` / `name` attributes), how a
 * written `#fragment` is compared with them, and the closest one for a "did you mean".
 */
import { markdownAnchors, normaliseFragment } from '../extract/anchors.js';
import type { ListDocument } from '../extract/types.js';

export { normaliseFragment };

/** The fragment of an in-page link (`#x` → `x`), or null for any other URL. */
export function inPageFragment(url: string): string | null {
  return url.startsWith('#') ? url.slice(1) : null;
}

/** GitHub's line anchors (`#L7`, `#L30-L31`, `#L3C24-L88`), as written: upper-case `L` only. */
const GITHUB_LINE_ANCHOR = /^L\d+(?:C\d+)?(?:-L\d+(?:C\d+)?)?$/;

/**
 * Fragments that always work without a matching anchor: the empty one and `top` (HTML "scroll
 * to the fragment"), and GitHub's line anchors, which its file view creates.
 */
export function isAlwaysValidFragment(fragment: string): boolean {
  const normalised = normaliseFragment(fragment);
  return normalised === '' || normalised === 'top' || GITHUB_LINE_ANCHOR.test(fragment);
}

/** Variation selectors and format characters (ZWJ): kept in slugs, invisible on screen. */
const INVISIBLE = /[\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/gu;

/** Whether a slug holds a character a reader cannot see (an emoji's variation selector). */
export function hasInvisible(slug: string): boolean {
  return new RegExp(INVISIBLE.source, 'u').test(slug);
}

/** The slug without its invisible characters: what a reader copies from the rendered page. */
export function withoutInvisible(slug: string): string {
  return slug.replace(INVISIBLE, '');
}

/**
 * A slug as a link should spell it: invisible characters percent-encoded. github-slugger keeps
 * the variation selector of `🛠️`, so `## 🛠️ Tools` is `#%EF%B8%8F-tools`, not `#-tools`.
 */
export function displayFragment(slug: string): string {
  return slug.replace(INVISIBLE, (character) => encodeURIComponent(character));
}

/** Every anchor a document defines, normalised: heading slugs, then HTML `id` / `name` values. */
export function collectAnchors(document: ListDocument): Set<string> {
  // Two rules ask (no-missing-fragment, toc-link): the tree is walked once per document.
  let anchors = anchorsByTree.get(document.tree);
  if (!anchors) anchorsByTree.set(document.tree, (anchors = markdownAnchors(document.tree)));
  return anchors;
}

const anchorsByTree = new WeakMap<ListDocument['tree'], Set<string>>();

/**
 * The candidate most like `fragment`, or null when none is close enough. Similarity is the
 * better of word overlap (`2-text-data` shares `2` and `data` with `2-natural-language-data`)
 * and edit distance (`medical-imgaes` → `medical-images`), so a short slug never wins only
 * because few edits turn anything into it.
 */
export function closestAnchor(fragment: string, candidates: Iterable<string>): string | null {
  return rankAnchors(fragment, candidates).best;
}

/** The closest candidate, its similarity, and the similarity of the next best (0 when none). */
export interface AnchorRanking {
  best: string | null;
  score: number;
  runnerUp: number;
}

/** `closestAnchor` with the scores that say whether the match is clear (see `isClearMatch`). */
export function rankAnchors(fragment: string, candidates: Iterable<string>): AnchorRanking {
  const wanted = normaliseFragment(fragment);
  let best: string | null = null;
  let bestScore = 0;
  let runnerUp = 0;
  for (const candidate of candidates) {
    const score = similarity(wanted, candidate);
    if (score > bestScore) {
      runnerUp = bestScore;
      best = candidate;
      bestScore = score;
    } else if (score > runnerUp) {
      runnerUp = score;
    }
  }
  return bestScore > MIN_SIMILARITY ? { best, score: bestScore, runnerUp } : { best: null, score: 0, runnerUp: 0 };
}

/** Below this, a suggestion is more likely to mislead than to help. */
const MIN_SIMILARITY = 0.5;

/** At or above this similarity, one candidate alone is a match clear enough to fix. */
export const FIX_SIMILARITY = 0.75;

/** A runner-up within this of the best makes a tie: two headings could be meant. */
export const TIE_MARGIN = 0.1;

/** A match a fix may take without asking: similar enough, and no other candidate close to it. */
export function isClearMatch(ranking: AnchorRanking): boolean {
  return ranking.best !== null && ranking.score >= FIX_SIMILARITY && ranking.score - ranking.runnerUp > TIE_MARGIN;
}

function similarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  const edit = 1 - levenshtein(a, b) / Math.max(a.length, b.length);
  return Math.max(edit, wordOverlap(a, b));
}

/** Dice coefficient of the `-`-separated words. */
function wordOverlap(a: string, b: string): number {
  const left = new Set(a.split('-').filter((word) => word !== ''));
  const right = new Set(b.split('-').filter((word) => word !== ''));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

/** Edit distance (insert, delete, substitute), by code unit; two rows of memory. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let row = 1; row <= a.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= b.length; column += 1) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      current[column] = Math.min(
        (previous[column] as number) + 1,
        (current[column - 1] as number) + 1,
        (previous[column - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
