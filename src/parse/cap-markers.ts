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
 * a letter or one of the markers), and any line with a `|`, starts a new run, so each item of
 * a tight list and each row of a table counts on its own, as the parser reads them. Linear:
 * one pass.
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
    for (let index = lineStart; index < lineEnd; index += 1) {
      const char = source[index] as string;
      const inert = INERT[char];
      if (inert === undefined) continue;
      const count = (counts.get(char) ?? 0) + 1;
      counts.set(char, count);
      if (count > MAX_MARKERS) (characters ??= source.split(''))[index] = inert;
    }
    lineStart = lineEnd + 1;
  }
  return characters ? characters.join('') : source;
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
