/**
 * Link fixes from this run's answers (or `--cache`): what a permanent redirect or the `https`
 * form of an `http` link lets `--fix` change. Pure decisions over outcomes; the pipeline asks,
 * this module only judges.
 *
 *   redirectChange   link-redirect: fix (same page moved on its host), suggestion, or nothing
 *   httpsChange      no-http-link: fix when the https form answers and ends at the same page
 *   writableUrl      whether a URL may be written into the list at all (both go through it)
 */
import type { LinkOutcome } from '../results/link-outcome.js';
import { linkTarget } from '../rules/urls.js';

export type LinkChange = { kind: 'fix'; to: string } | { kind: 'suggestion'; to: string } | null;

/** Paths of pages a redirect lands on when the page itself is gone or hidden. */
const LOGIN_OR_ERROR = /(?:^|\/)(?:log-?in|sign-?in|signon|auth|sso|session|account|404|not-?found|errors?)(?:[/._?#-]|$)/iu;

/**
 * The characters a URL written by a fix may hold: letters, digits and RFC 3986's delimiters less
 * those Markdown or HTML read as syntax (`[ ] ! ' * " < > \` \\ { } | ^`, whitespace, controls).
 */
const INERT_URL = /^[\w\-.~:/?#@$&+,;=%()]+$/u;
/** `&amp;`, `&#41;`: Markdown and HTML decode a character reference, so the link would name another URL. */
const CHARACTER_REFERENCE = /&#?[a-z\d]+;/iu;
/** What GFM leaves out at the end of a URL written bare (`https://x/a.` links `https://x/a`). */
const BARE_TRAILING = /[.,:?_~]$/u;

/**
 * Whether a fix may write `url` where the list spells a link's URL. The new text comes from
 * outside the list (a redirect's `Location`, the link cache a pull request can commit), so it must
 * read as that one URL in every place a URL is written: a Markdown destination `(…)` or `<…>`, a
 * definition, an autolink `<…>` or a bare URL, an HTML `href="…"` / `src='…'`. A URL of inert
 * characters only, with balanced parentheses (`linkTarget`, as `[text](url)` needs them), no
 * character reference and no end GFM would cut off, does; it cannot close the link, open an image
 * or a tag, or end an attribute. Checking the characters rather than parsing the edited file
 * again keeps the rule the same in each of those places and costs nothing per fix. Anything else
 * (an IPv6 host `[::1]` or a `'` in a path too, rare in a list) is reported without an edit.
 */
export function writableUrl(url: string): boolean {
  return INERT_URL.test(url) && linkTarget(url) === url && !CHARACTER_REFERENCE.test(url) && !BARE_TRAILING.test(url);
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The host without a leading `www.`, lowercased. */
function bareHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./u, '');
}

/** A page nobody would link on purpose: a login page, the home page `/`, an error page. */
function isLandingPage(from: URL, to: URL): boolean {
  if (to.pathname === '/' && from.pathname !== '/' && to.search === '') return true;
  return LOGIN_OR_ERROR.test(to.pathname);
}

/**
 * A permanent redirect (301/308, or a chain of them) to a live page is fixed to its final URL
 * when the page stayed on its host (same URL in `https`, with or without `www.`, or another
 * path on that host); a move to another host is a suggestion (a domain that moved may be parked
 * or sold); a login page, the home page or an error page is neither, nor a URL that cannot be
 * written into the list as it is (`writableUrl`): a `Location` may carry Markdown.
 */
export function redirectChange(written: string, outcome: Extract<LinkOutcome, { kind: 'redirect' }>): LinkChange {
  if (outcome.status < 200 || outcome.status > 299 || !writableUrl(outcome.to)) return null;
  const from = parse(written);
  const to = parse(outcome.to);
  // Where the chain really ended (temporary hops after the permanent ones).
  const end = parse(outcome.chain.at(-1)?.location ?? outcome.to);
  if (!from || !to || !end || !/^https?:$/u.test(to.protocol)) return null;
  if (isLandingPage(from, to) || isLandingPage(from, end)) return null;
  // Only permanent hops: a temporary one after them means the final page may move back.
  const permanent = outcome.chain.every((hop) => hop.status === 301 || hop.status === 308);
  const sameHost = bareHost(from) === bareHost(to) && from.port === to.port;
  // An `https` → `http` downgrade is never applied.
  if (from.protocol === 'https:' && to.protocol === 'http:') return { kind: 'suggestion', to: outcome.to };
  return sameHost && permanent ? { kind: 'fix', to: outcome.to } : { kind: 'suggestion', to: outcome.to };
}

/** The `https` form of an `http` URL. */
export function httpsForm(url: string): string {
  return `https://${url.slice('http://'.length)}`;
}

/**
 * `no-http-link` with `--fix`: the `https` form answered. A fix when it is alive and ends at the
 * same page (no redirect, or only to itself with a trailing slash); else a suggestion. Nothing
 * when the URL cannot be written back as it is (`writableUrl`: the source may spell it with
 * escapes the edit would drop).
 */
export function httpsChange(url: string, outcome: LinkOutcome | undefined): LinkChange {
  const to = httpsForm(url);
  if (!writableUrl(to)) return null;
  if (!outcome) return { kind: 'suggestion', to };
  if (outcome.kind !== 'ok') return { kind: 'suggestion', to };
  const last = outcome.chain?.at(-1)?.location;
  if (last === undefined || samePage(last, to)) return { kind: 'fix', to };
  return { kind: 'suggestion', to };
}

function samePage(a: string, b: string): boolean {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return false;
  const path = (url: URL): string => url.pathname.replace(/\/$/u, '');
  return x.protocol === y.protocol && x.host.toLowerCase() === y.host.toLowerCase() && path(x) === path(y) && x.search === y.search;
}
