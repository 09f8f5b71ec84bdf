/**
 * The parser follows container nesting (`>` quotes, list markers) recursively, and its time
 * grows with the cube of the depth: a line of 10,000 `- ` markers takes minutes, an 800-deep
 * indented list 15 seconds, deeper ones overflow the stack. Real lists nest a few levels; once a
 * line's prefix could be more than `MAX_NESTING` containers deep, further markers on it are read
 * as text. Each replaced character keeps its length, so every position stays right.
 *
 * A prefix is as deep as its markers plus what its indentation can hold: every two columns of
 * indentation can keep one more list item open (`- a` / `  - b` / `    - c`…), so a list nested
 * by indentation alone is capped too, and so is a mix (100 lines of 100 markers, each line
 * indented past the one before, is 10,000 levels in under a megabyte).
 */
export const MAX_NESTING = 100;

/** One piece of a line's container prefix: indentation, a `>` or a list marker. */
const PREFIX_PIECE = /[ \t]+|>|[-*+](?=[ \t\r]|$)|\d{1,9}[.)](?=[ \t\r]|$)/y;

/** Markers that stand in for deeper ones: same length, never container syntax. */
const INERT: Record<string, string> = { '>': '›', '-': '‐', '*': '∗', '+': '＋', '.': '․', ')': '❩' };

export function capNesting(source: string): string {
  // Cheap walk first: almost every file has no line that deep, and is returned as it is.
  let start = 0;
  let deep = -1;
  while (start <= source.length) {
    const end = lineEnd(source, start);
    if (capFrom(source, start, end) !== -1) {
      deep = start;
      break;
    }
    start = end + 1;
  }
  if (deep === -1) return source;
  let result = source.slice(0, deep);
  for (start = deep; start <= source.length; ) {
    const end = lineEnd(source, start);
    const from = capFrom(source, start, end);
    result += from === -1 ? source.slice(start, end) : source.slice(start, from) + neutralise(source.slice(from, end));
    if (end < source.length) result += '\n';
    start = end + 1;
  }
  return result;
}

function lineEnd(source: string, start: number): number {
  const end = source.indexOf('\n', start);
  return end === -1 ? source.length : end;
}

/**
 * Where the markers past `MAX_NESTING` start on the line `[start, end)`, or -1 when its prefix
 * is shallower. Linear in the length of the prefix.
 */
function capFrom(source: string, start: number, end: number): number {
  const line = source.slice(start, end);
  let depth = 0;
  let column = 0;
  PREFIX_PIECE.lastIndex = 0;
  for (let match = PREFIX_PIECE.exec(line); match; match = PREFIX_PIECE.exec(line)) {
    const piece = match[0];
    if (piece[0] === ' ' || piece[0] === '\t') {
      const before = column;
      for (const char of piece) column = char === '\t' ? column + 4 - (column % 4) : column + 1;
      depth += Math.floor((column - before) / 2);
    } else {
      depth += 1;
      column += piece.length;
    }
    if (depth > MAX_NESTING) return start + match.index;
  }
  return -1;
}

/** Replace every container marker in the prefix `text` starts with by an inert look-alike. */
function neutralise(text: string): string {
  let result = '';
  PREFIX_PIECE.lastIndex = 0;
  let last = 0;
  for (let match = PREFIX_PIECE.exec(text); match; match = PREFIX_PIECE.exec(text)) {
    result += match[0].replace(/[>\-*+.)]/g, (char) => INERT[char] ?? char);
    last = PREFIX_PIECE.lastIndex;
  }
  return result + text.slice(last);
}
