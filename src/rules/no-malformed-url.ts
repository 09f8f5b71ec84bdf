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
 * text and a bare URL; one written with its `)` is never reported so, whatever made the parser
 * read it as text), or whose `<` destination has no `>`, and whatever else the WHATWG URL
 * parser rejects. Relative links,
 * `#fragments` and other schemes (`mailto:`, `doi:`) are fine. One report per link: the first
 * problem, as fixing it often changes the rest.
 */
export const noMalformedUrl: Rule = {
  meta: {
    id: 'no-malformed-url',
    description: 'Link URLs must be well formed: a scheme, a host, no spaces, balanced brackets.',
    category: 'links',
    recommended: 'error',
    fixable: true,
    hasSuggestions: true,
    messages: {
      empty: 'Unexpected empty link target in `[{{text}}]()`, expected a URL',
      missingScheme: 'Unexpected URL `{{url}}` without a scheme, expected `{{expected}}`',
      scheme: 'Unexpected scheme `{{written}}` in `{{url}}`, expected `{{expected}}`',
      emptyHost: 'Unexpected URL `{{url}}` without a host, expected `{{scheme}}://` followed by a host name',
      whitespace: 'Unexpected whitespace in URL `{{url}}`, expected none: `{{expected}}`',
      unbalanced: 'Unexpected unbalanced `{{bracket}}` in URL `{{url}}`, expected matching brackets',
      unclosedLink:
        'Unexpected Markdown link `{{written}}` without its closing `)`, expected `{{expected}}`',
      unclosedAngle: 'Unexpected `<` without its closing `>` in `{{written}}`, expected `{{expected}}`',
      spaceBeforeUrl: 'Unexpected space between `]` and `(` in `{{written}}`, expected `{{expected}}`',
      missingOpenBracket: 'Unexpected Markdown link `{{written}}` without its opening `[`, expected `{{expected}}`',
      strayCharacter: 'Unexpected `{{character}}` in URL `{{url}}`, expected a URL without it (or percent-encoded)',
      invalid: 'Unexpected malformed URL `{{url}}`, expected a URL the WHATWG URL parser accepts',
    },
  },
  check(document, context) {
    const lastParentheses = new Map<number, number>();
    for (const ref of document.links) {
      // GFM wrote a bare URL's target itself, so only a broken link around it or its brackets can be wrong.
      const found =
        ref.kind === 'bare' ? (brokenLinkAround(ref, document, lastParentheses) ?? unbalanced(ref.url)) : urlProblem(ref);
      if (!found) continue;
      if (ref.kind !== 'bare') editUrl(found, ref);
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

/**
 * The edit of a written URL, where the problem has an `expected` URL and the source spells the
 * URL as parsed: a fix for a misspelled scheme (the intent is plain), a suggestion for the rest
 * (a host without a scheme may be a file, a stray character may belong to the URL).
 */
function editUrl(problem: Problem, ref: LinkRef): void {
  if (problem.expected === undefined || !ref.written) return;
  const edits = [{ range: [ref.written.start, ref.written.end] as [number, number], text: problem.expected }];
  if (problem.messageId === 'scheme') problem.fix = edits;
  else problem.suggestions = [{ description: `Replace \`${ref.url}\` with \`${problem.expected}\``, edits }];
}

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
function brokenLinkAround(ref: LinkRef, document: ListDocument, lastParentheses: Map<number, number>): Problem | null {
  // Lines as the parser counts them (a lone CR ends one too), so `ref.line` finds its own.
  const lineStart = document.lines.lineStart(ref.line);
  if (lineStart === undefined) return null;
  const { source } = document;
  const offset = lineStart + ref.column - 1;
  const opening = openingBefore(source, lineStart, offset);
  if (!opening) return bracketlessOpening(source, lineStart, offset) ? missingOpenBracket(ref, source.slice(lineStart, offset), lineStart) : null;
  // A `[` escaped on purpose starts text, whatever follows it.
  if (isEscaped(source, opening.index)) return null;
  const { text, gap } = opening;
  const bracketColumn = opening.index - lineStart + 1;
  // Where the bare URL ends in the source: `www.x` and `a@x.org` are shorter there than as URLs.
  const afterStart = ref.endLine === ref.line ? lineStart + ref.endColumn - 1 : offset + ref.url.length;
  // `[text](<url`: the `<` right before a URL written out in full.
  const angle = gap === '' && opening.angle && source[offset - 1] === '<' && source.startsWith(ref.url, offset);
  const lineEnd = (document.lines.lineStart(ref.line + 1) ?? source.length + 1) - 1;
  // Quoted as written, so the expected text is what the edit makes.
  const url = source.slice(offset, afterStart);
  const expected = `[${text}](${url})`;
  const closing = gap !== '' && source.startsWith(')', afterStart);
  // `[text](url)` as it should be, yet read as text: a `<` left open, or a `[` past the parser's
  // marker cap (parse/cap-markers.ts). Its `)` is there, so it is not missing; only the `<` left
  // open is the link's own fault, and its `>` goes where the URL ends.
  if (gap === '' && closedAfter(source, afterStart, lineEnd)) {
    if (!angle) return null;
    const writtenEnd = source.indexOf(')', afterStart) + 1;
    return unclosedAngle(source, opening, bracketColumn, { insertAt: afterStart, insert: '>', writtenEnd }, 'fix');
  }
  if (closing) {
    const written = `[${text}]${gap}(${url})`;
    const gapStart = opening.index + text.length + 2;
    // Only the space goes: the link then parses as written.
    return { messageId: 'spaceBeforeUrl', data: { written, expected }, expected, column: bracketColumn, fix: [{ range: [gapStart, gapStart + gap.length], text: '' }] };
  }
  if (angle) {
    // `<…>` allows spaces, so the URL may go on to the line's next `)`: its `>` goes there, a guess.
    const parenthesis = closingParenthesisAfter(source, afterStart, lineEnd);
    const place = parenthesis === -1 ? { insertAt: afterStart, insert: '>)', writtenEnd: afterStart } : { insertAt: parenthesis, insert: '>', writtenEnd: parenthesis + 1 };
    return unclosedAngle(source, opening, bracketColumn, place, 'suggestion');
  }
  const written = `[${text}](${url}`;
  const report: Problem = {
    messageId: 'unclosedLink',
    data: { written, expected },
    expected,
    column: bracketColumn,
    // Where the `)` belongs is a guess: the URL may go on after a space.
    suggestions: [{ description: `Close the link after the URL: \`${expected}\``, edits: [{ range: [afterStart, afterStart], text: ')' }] }],
  };
  // `after` starts with whitespace then more text, and a `)` follows on the line.
  let textAt = afterStart;
  while (textAt < lineEnd && /\s/.test(source.charAt(textAt))) textAt += 1;
  const spaceThenText = textAt > afterStart && textAt < lineEnd;
  if (spaceThenText && lastParenthesisOnLine(source, lineStart, lineEnd, lastParentheses) >= afterStart) {
    report.note = 'If the URL goes on after the space, encode the space as `%20`.';
  }
  return report;
}

/**
 * `[text](<url)`: the `<` opens a destination that needs its `>`, so the link is text. `>` (and
 * `)` when none is on the line) goes in at `insertAt`; `written` ends at `writtenEnd`. A fix where
 * the URL is followed by its `)`, a suggestion where the URL may go on after a space.
 */
function unclosedAngle(source: string, opening: Opening, column: number, place: { insertAt: number; insert: string; writtenEnd: number }, as: 'fix' | 'suggestion'): Problem {
  const { insertAt, insert, writtenEnd } = place;
  const written = source.slice(opening.index, writtenEnd);
  const expected = `${source.slice(opening.index, insertAt)}${insert}${source.slice(insertAt, writtenEnd)}`;
  const edits = [{ range: [insertAt, insertAt] as [number, number], text: insert }];
  const report: Problem = { messageId: 'unclosedAngle', data: { written, expected }, expected, column };
  // After an odd run of backslashes the `>` would be escaped: the report says what is wrong, no edit.
  if (isEscaped(source, insertAt)) return report;
  return { ...report, ...(as === 'fix' ? { fix: edits } : { suggestions: [{ description: `Close the destination: \`${expected}\``, edits }] }) };
}

/** How far a URL written with spaces is looked for: each broken link reads at most this much. */
const URL_LOOK_AHEAD = 2048;

/**
 * The `)` that may close a link whose URL goes on after a space: the next one on the line, if it
 * is near and nothing before it shows the text is not the URL (`(`: `- Scans (CT)` is a
 * description; `<`, `>`: they cannot stand in the destination; a quote: a title); else -1.
 */
function closingParenthesisAfter(source: string, from: number, lineEnd: number): number {
  const end = Math.min(lineEnd, from + URL_LOOK_AHEAD);
  for (let at = from; at < end; at += 1) {
    const character = source[at] as string;
    if (character === ')') return at;
    if ('(<>"\''.includes(character)) return -1;
  }
  return -1;
}

/** Whether the character at `at` is escaped by an odd run of backslashes before it. */
function isEscaped(source: string, at: number): boolean {
  let backslashes = 0;
  while (at - backslashes - 1 >= 0 && source[at - backslashes - 1] === '\\') backslashes += 1;
  return backslashes % 2 === 1;
}

/** Whether spaces or tabs then `)` follow `at` on the line that ends at `lineEnd`. */
function closedAfter(source: string, at: number, lineEnd: number): boolean {
  let end = at;
  while (end < lineEnd && (source[end] === ' ' || source[end] === '\t')) end += 1;
  return end < lineEnd && source[end] === ')';
}

/** `[text](` before a bare URL: where its `[` is, its text, the space before `(`, and whether a `<` follows. */
interface Opening {
  index: number;
  text: string;
  gap: string;
  angle: boolean;
}

/**
 * `[text](` (with optional spaces, or `[text] (`) right before `end`, read backwards from `end`
 * within the line: what `/\[([^\]\n]*)\](\s*)\(<?\s*$/` matched, without scanning the whole line
 * from every `[` (quadratic on a long line of brackets).
 */
function openingBefore(source: string, lineStart: number, end: number): Opening | null {
  const isSpace = (at: number): boolean => at >= lineStart && /\s/.test(source.charAt(at));
  let at = end - 1;
  while (isSpace(at)) at -= 1;
  const angle = at >= lineStart && source[at] === '<';
  if (angle) at -= 1;
  if (at < lineStart || source[at] !== '(') return null;
  const parenthesis = at;
  at -= 1;
  while (isSpace(at)) at -= 1;
  if (at < lineStart || source[at] !== ']') return null;
  const close = at;
  // The leftmost `[` after the previous `]`, as a regex searching from the left would find.
  let open = -1;
  for (at = close - 1; at >= lineStart && source[at] !== ']'; at -= 1) if (source[at] === '[') open = at;
  if (open === -1) return null;
  return { index: open, text: source.slice(open + 1, close), gap: source.slice(close + 1, parenthesis), angle };
}

/** The index of the last `)` on the line that ends at `lineEnd` (-1 if none), found once per line. */
function lastParenthesisOnLine(source: string, lineStart: number, lineEnd: number, found: Map<number, number>): number {
  let last = found.get(lineEnd);
  if (last === undefined) {
    // Back to the line's start as the parser counts lines (a lone CR ends one too), never further.
    let at = lineEnd - 1;
    while (at >= lineStart && source[at] !== ')') at -= 1;
    last = at >= lineStart ? at : -1;
    found.set(lineEnd, last);
  }
  return last;
}

/** `- Brain Atlas on AWS](https://…)`: a link whose `[` is missing leaves `Name](` before a bare URL. */
function missingOpenBracket(ref: LinkRef, before: string, lineStart: number): Problem | null {
  const marker = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/.exec(before)?.[0] ?? '';
  const rest = before.slice(marker.length);
  if (!/\]\(<?[ \t]*$/.test(rest)) return null;
  const text = rest.slice(0, rest.lastIndexOf('](')).trim();
  if (text === '' || /[[\]]/.test(text)) return null;
  const expected = `[${text}](${ref.url})`;
  const textStart = lineStart + marker.length + (rest.length - rest.trimStart().length);
  return {
    messageId: 'missingOpenBracket',
    data: { written: `${text}](${ref.url})`, expected },
    expected,
    column: marker.length + 1,
    // Where the link text starts is a guess: `Dataset on AWS](…)` may mean `Dataset on [AWS](…)`.
    suggestions: [{ description: `Open the link before \`${text}\`: \`${expected}\``, edits: [{ range: [textStart, textStart], text: '[' }] }],
  };
}

/**
 * Whether `](` (or `](<`, with spaces) ends the text before `end` and no other bracket stands
 * between it and the line start: read backwards, each bare URL costs only its own stretch of line.
 */
function bracketlessOpening(source: string, lineStart: number, end: number): boolean {
  let at = end - 1;
  while (at >= lineStart && (source[at] === ' ' || source[at] === '\t')) at -= 1;
  if (at >= lineStart && source[at] === '<') at -= 1;
  if (at - 1 < lineStart || source[at] !== '(' || source[at - 1] !== ']') return false;
  for (at -= 2; at >= lineStart; at -= 1) if (source[at] === '[' || source[at] === ']') return false;
  return true;
}
