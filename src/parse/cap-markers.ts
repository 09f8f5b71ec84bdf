/**
 * Inside one paragraph, micromark's time grows with the square of the count of some inline
 * markers: `]` × n, `x]`, `*a`, `~a`, `[x](`, `*_`, `a*`, nested brackets, `[ a_`, `~~a` (1 to 7 s
 * at 32 KB, hours at 4 MiB; the parse budget of pipeline/lint-off-thread.ts stops such a file,
 * this pass lets it be linted). Real lists hold a few dozen of them in a paragraph; once a
 * paragraph holds more than `MAX_MARKERS` of one of `[`, `]`, `*`, `_`, `~`, the ones past that
 * count are read as text: each becomes a look-alike of one UTF-16 unit (`［`, `］`, `∗`, `＿`,
 * `∼`), so every position stays right, as in cap-nesting.ts. The first `MAX_MARKERS` of each
 * are left alone, so what they make (links, emphasis) stays as it was.
 *
 * A paragraph here is a run of non-blank lines; a line that may start a block of its own (a list
 * item, a quote, a heading, a table row, a fence: any line whose first non-blank character is
 * neither a letter nor one of the markers, and a `* ` bullet), and any line with a `|`, starts a
 * new run, so each item of a tight list and each row of a table counts on its own, as the
 * parser reads them. A line that starts with `**`, `_` or `[` goes on the paragraph above it (a
 * lazy line), as in the parser. Linear: one pass.
 *
 * A well-formed inline link on one line, `[text](destination)` (text without brackets,
 * backslashes, backticks or `<`; a destination without spaces, brackets, parentheses, `<`, `>`,
 * backslashes or backticks; the `[` not escaped), is not counted: neither its `[` and `]` nor
 * any marker in its destination, which micromark reads as plain characters. micromark closes
 * such a link at once (its `[` is the last label start), so a paragraph of thousands of them
 * costs it linear time, and a long paragraph of `**Name** [link](url)` lines keeps all its
 * links. Markers in the link text still count.
 */

/** Markers of one kind a paragraph may hold unchanged. */
export const MAX_MARKERS = 256;

/** The markers counted, and the look-alike each becomes past `MAX_MARKERS`. */
const INERT: Record<string, string> = { '[': '［', ']': '］', '*': '∗', _: '＿', '~': '∼' };

/** `source` with the markers of a paragraph past `MAX_MARKERS` of their kind made inert. */
export function capMarkers(source: string): string {
  // Cheap test first: a file with few markers in all has no paragraph with many.
  if (!hasManyMarkers(source)) return source;
  let characters: string[] | null = null;
  const counts = new Map<string, number>();
  let lineStart = 0;
  // The next `|` at or after the line: it only moves forward.
  let nextPipe = -1;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    if (nextPipe !== -1 && nextPipe < lineStart) nextPipe = source.indexOf('|', lineStart);
    if (lineStart === 0) nextPipe = source.indexOf('|');
    const first = firstNonBlank(source, lineStart, lineEnd);
    // A table row, with or without its outer pipes, is read on its own.
    const tableRow = nextPipe !== -1 && nextPipe < lineEnd;
    if (first === -1 || tableRow || startsRun(source, first)) counts.clear();
    // The `]` of the well-formed link whose `[` was passed last: not counted either.
    let linkClose = -1;
    for (let index = lineStart; index < lineEnd; index += 1) {
      const char = source[index] as string;
      const inert = INERT[char];
      if (inert === undefined) continue;
      if (char === '[') {
        const close = wellFormedLinkClose(source, index, lineEnd);
        if (close !== -1) {
          linkClose = close;
          continue;
        }
      }
      if (index === linkClose) {
        // On to the destination's `)`: nothing in it is a marker.
        index = destinationEnd(source, index + 2, lineEnd);
        continue;
      }
      const count = (counts.get(char) ?? 0) + 1;
      counts.set(char, count);
      if (count > MAX_MARKERS) (characters ??= source.split(''))[index] = inert;
    }
    lineStart = lineEnd + 1;
  }
  return characters ? characters.join('') : source;
}

/** Characters that end the text of a well-formed link before its `]`. */
const NOT_IN_TEXT: ReadonlySet<string> = new Set(['[', ']', '\\', '`', '<']);

/** Characters a well-formed link's destination does not hold (it ends at the first of them). */
const NOT_IN_DESTINATION: ReadonlySet<string> = new Set([' ', '\t', '\r', '(', ')', '[', ']', '<', '>', '\\', '`']);

/**
 * The index of the `]` of the well-formed link `[text](destination)` whose `[` is at `open`,
 * all before `lineEnd`, or -1. The text of one `[` holds no other `[` and its destination no
 * `[` either, so the calls of a line read each character a bounded number of times: linear.
 */
function wellFormedLinkClose(source: string, open: number, lineEnd: number): number {
  if (escaped(source, open)) return -1;
  let close = open + 1;
  while (close < lineEnd && !NOT_IN_TEXT.has(source[close] as string)) close += 1;
  if (close + 1 >= lineEnd || source[close] !== ']' || source[close + 1] !== '(') return -1;
  const end = destinationEnd(source, close + 2, lineEnd);
  return end > close + 2 && end < lineEnd && source[end] === ')' ? close : -1;
}

/** The index of the first character at or after `start` (before `lineEnd`) that ends a destination. */
function destinationEnd(source: string, start: number, lineEnd: number): number {
  let end = start;
  while (end < lineEnd && !NOT_IN_DESTINATION.has(source[end] as string)) end += 1;
  return end;
}

/** Whether the character at `at` follows an odd run of backslashes (an escaped character). */
function escaped(source: string, at: number): boolean {
  let slashes = 0;
  while (at - slashes > 0 && source[at - slashes - 1] === '\\') slashes += 1;
  return slashes % 2 === 1;
}

function hasManyMarkers(source: string): boolean {
  let count = 0;
  for (let index = 0; index < source.length; index += 1) {
    if (INERT[source[index] as string] !== undefined && ++count > MAX_MARKERS) return true;
  }
  return false;
}

/** The index of the first character of the line `[start, end)` that is not a space or tab, or -1. */
function firstNonBlank(source: string, start: number, end: number): number {
  for (let index = start; index < end; index += 1) {
    const code = source.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 13) return index;
  }
  return -1;
}

/** Whether a line whose first non-blank character is at `at` may start a block of its own. */
function startsRun(source: string, at: number): boolean {
  const char = source[at] as string;
  if (INERT[char] !== undefined) return char === '*' && /[ \t]/.test(source[at + 1] ?? ' ');
  return !/\p{L}/u.test(char);
}
