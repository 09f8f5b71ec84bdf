import type { LinkRef, ListDocument } from '../extract/types.js';
import type { Rule, RuleReport } from './types.js';
import { SCHEME, classifyUrl, webSchemeFor } from './urls.js';

/** Schemes whose URLs WHATWG parses with a host (`new URL()` rejects a bad one). */
const SPECIAL_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'ftp', 'ws', 'wss']);

/** A problem with one URL: the message and, where the fix is obvious, the corrected form. */
type Problem = Omit<RuleReport, 'line' | 'endLine' | 'endColumn'>;

/**
 * Link targets that cannot be right: a host without its scheme (`www.example.org/x`), a
 * misspelled scheme (`htps:`, `http:/x`, `http//x`, `hhttp:`), `http://` without a host,
 * whitespace, unbalanced `()` / `[]`, a Markdown link whose `)` is missing (it falls apart into
 * text and a bare URL), and whatever else the WHATWG URL parser rejects. Relative links,
 * `#fragments` and other schemes (`mailto:`, `doi:`) are fine. One report per link: the first
 * problem, as fixing it often changes the rest.
 */
export const noMalformedUrl: Rule = {
  meta: {
    id: 'no-malformed-url',
    description: 'Link URLs must be well formed: a scheme, a host, no spaces, balanced brackets.',
    category: 'links',
    recommended: 'error',
    messages: {
      empty: 'Unexpected empty link target in `[{{text}}]()`, expected a URL',
      missingScheme: 'Unexpected URL `{{url}}` without a scheme, expected `{{expected}}`',
      scheme: 'Unexpected scheme `{{written}}` in `{{url}}`, expected `{{expected}}`',
      emptyHost: 'Unexpected URL `{{url}}` without a host, expected `{{scheme}}://` followed by a host name',
      whitespace: 'Unexpected whitespace in URL `{{url}}`, expected none: `{{expected}}`',
      unbalanced: 'Unexpected unbalanced `{{bracket}}` in URL `{{url}}`, expected matching brackets',
      unclosedLink:
        'Unexpected Markdown link `{{written}}` without its closing `)`, expected `{{expected}}`',
      spaceBeforeUrl: 'Unexpected space between `]` and `(` in `{{written}}`, expected `{{expected}}`',
      missingOpenBracket: 'Unexpected Markdown link `{{written}}` without its opening `[`, expected `{{expected}}`',
      strayCharacter: 'Unexpected `{{character}}` in URL `{{url}}`, expected a URL without it (or percent-encoded)',
      invalid: 'Unexpected malformed URL `{{url}}`, expected a URL the WHATWG URL parser accepts',
    },
  },
  check(document, context) {
    const lineStarts = lineOffsets(document.source);
    for (const ref of document.links) {
      // GFM wrote a bare URL's target itself, so only a broken link around it or its brackets can be wrong.
      const found =
        ref.kind === 'bare' ? (brokenLinkAround(ref, document, lineStarts) ?? unbalanced(ref.url)) : urlProblem(ref);
      if (!found) continue;
      context.report({
        line: ref.line,
        column: ref.column,
        endLine: ref.endLine,
        endColumn: ref.endColumn,
        actual: ref.url,
        ...found,
      });
    }
  },
};

/** The problems of a URL the author wrote as a link target (Markdown, definition or HTML). */
function urlProblem(ref: LinkRef): Problem | null {
  const url = ref.url.trim();
  const form = classifyUrl(url);
  switch (form.kind) {
    case 'empty':
      return ref.kind === 'link' ? { messageId: 'empty', data: { text: ref.text } } : null;
    case 'fragment':
    case 'protocol-relative':
    case 'root-relative':
    case 'relative':
      return whitespace(url) ?? unbalanced(url);
    case 'schemeless':
      if (form.written !== undefined) {
        return { messageId: 'scheme', data: { written: form.written, url, expected: form.expected }, expected: form.expected };
      }
      return { messageId: 'missingScheme', data: { url, expected: form.expected }, expected: form.expected };
    case 'absolute':
      return schemeProblem(url, form.scheme) ?? whitespace(url) ?? strayCharacter(url) ?? unbalanced(url) ?? parseProblem(url, form.scheme);
    default:
      return form satisfies never;
  }
}

/** `htps://`, `hhttp://`, `http:/x`, `http:x`, `https:\\x`, and `http://` with no host. */
function schemeProblem(url: string, scheme: string): Problem | null {
  const web = webSchemeFor(scheme);
  if (web === null) return null;
  const written = SCHEME.exec(url)?.[0] ?? `${scheme}:`;
  const rest = url.slice(written.length);
  const slashes = /^[/\\]*/.exec(rest)?.[0] ?? '';
  const host = rest.slice(slashes.length);
  if (host === '' || /^[?#]/.test(host)) return { messageId: 'emptyHost', data: { url, scheme: web } };
  if (web === scheme && slashes === '//') return null;
  const expected = `${web}://${host}`;
  return { messageId: 'scheme', data: { written: `${written}${slashes}`, url, expected }, expected };
}

function whitespace(url: string): Problem | null {
  if (!/\s/.test(url)) return null;
  const expected = url.replace(/\s/g, (space) => encodeURIComponent(space));
  return { messageId: 'whitespace', data: { url, expected }, expected };
}

/**
 * `(http://example.org/data/>)`: characters a URL never holds unencoded (RFC 3986), most often a
 * stray keystroke. The URL parser would quietly encode them into a different address.
 */
function strayCharacter(url: string): Problem | null {
  const found = /[<>"{}|\\^`]/.exec(url);
  if (!found) return null;
  const character = found[0];
  const problem: Problem = { messageId: 'strayCharacter', data: { character, url } };
  if (found.index === url.length - 1) problem.expected = url.slice(0, -1);
  return problem;
}

/** `(` without `)` or `]` without `[`; IPv6 hosts (`[::1]`) are balanced and pass. */
function unbalanced(url: string): Problem | null {
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
  ] as const) {
    let depth = 0;
    let bad: string | null = null;
    for (const character of url) {
      if (character === open) depth += 1;
      if (character === close) depth -= 1;
      if (depth < 0) {
        bad = close;
        break;
      }
    }
    if (bad === null && depth > 0) bad = open;
    if (bad === null) continue;
    const problem: Problem = { messageId: 'unbalanced', data: { bracket: bad, url } };
    // A stray closing bracket at the very end was almost surely punctuation after the URL.
    if (bad === close && url.endsWith(close) && unbalanced(url.slice(0, -1)) === null) problem.expected = url.slice(0, -1);
    return problem;
  }
  return null;
}

function parseProblem(url: string, scheme: string): Problem | null {
  if (!SPECIAL_SCHEMES.has(scheme)) return null;
  try {
    const parsed = new URL(url);
    if (parsed.hostname === '') return { messageId: 'emptyHost', data: { url, scheme } };
    return null;
  } catch {
    return { messageId: 'invalid', data: { url } };
  }
}

/**
 * A bare URL right after `[text](` (or `[text] (`) is what is left of a Markdown link that did
 * not parse: its `)` is missing or swallowed by the URL, or a space splits `]` from `(`.
 */
function brokenLinkAround(ref: LinkRef, document: ListDocument, lineStarts: readonly number[]): Problem | null {
  const lineStart = lineStarts[ref.line - 1];
  if (lineStart === undefined) return null;
  const offset = lineStart + ref.column - 1;
  const before = document.source.slice(lineStart, offset);
  const opening = /\[([^\]\n]*)\](\s*)\(<?\s*$/.exec(before);
  if (!opening) return missingOpenBracket(ref, before);
  const text = opening[1] ?? '';
  const bracketColumn = opening.index + 1;
  const lineEnd = document.source.indexOf('\n', offset);
  const after = document.source.slice(offset + ref.url.length, lineEnd === -1 ? undefined : lineEnd);
  const expected = `[${text}](${ref.url})`;
  const closing = opening[2] !== '' && after.startsWith(')');
  if (closing) {
    const written = `[${text}]${opening[2] ?? ''}(${ref.url})`;
    return { messageId: 'spaceBeforeUrl', data: { written, expected }, expected, column: bracketColumn };
  }
  const written = `[${text}](${ref.url}`;
  const report: Problem = { messageId: 'unclosedLink', data: { written, expected }, expected, column: bracketColumn };
  if (/^\s+\S/.test(after) && after.includes(')')) {
    report.note = 'If the URL goes on after the space, encode the space as `%20`.';
  }
  return report;
}

/** `- Brain Atlas on AWS](https://…)`: a link whose `[` is missing leaves `Name](` before a bare URL. */
function missingOpenBracket(ref: LinkRef, before: string): Problem | null {
  const marker = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/.exec(before)?.[0] ?? '';
  const rest = before.slice(marker.length);
  if (!/\]\(<?[ \t]*$/.test(rest)) return null;
  const text = rest.slice(0, rest.lastIndexOf('](')).trim();
  if (text === '' || /[[\]]/.test(text)) return null;
  const expected = `[${text}](${ref.url})`;
  return { messageId: 'missingOpenBracket', data: { written: `${text}](${ref.url})`, expected }, expected, column: marker.length + 1 };
}

function lineOffsets(source: string): number[] {
  const starts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}
