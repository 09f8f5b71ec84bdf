/**
 * The parser follows container nesting (`>` quotes, list markers) recursively, and its time
 * grows with the square of the depth: a line of 10,000 `- ` markers takes minutes, deeper
 * ones overflow the stack. Real lists nest a few levels; past `MAX_NESTING` markers on one
 * line, further markers are read as text. Each replaced character keeps its length, so every
 * position stays right.
 */
export const MAX_NESTING = 100;

const CONTAINER_MARKER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/** Markers that stand in for deeper ones: same length, never container syntax. */
const INERT: Record<string, string> = { '>': '›', '-': '‐', '*': '∗', '+': '＋', '.': '․', ')': '❩' };

export function capNesting(source: string): string {
  // Cheap test first: almost every file has no line with that many markers.
  if (!/(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*){101}/.test(source)) return source;
  return source
    .split('\n')
    .map((line) => capLine(line))
    .join('\n');
}

function capLine(line: string): string {
  let offset = 0;
  let depth = 0;
  let rest = line;
  for (;;) {
    const match = CONTAINER_MARKER.exec(rest);
    if (!match) return line;
    depth += 1;
    if (depth > MAX_NESTING) break;
    offset += match[0].length;
    rest = rest.slice(match[0].length);
  }
  const tail = line.slice(offset);
  return line.slice(0, offset) + neutralise(tail);
}

/** Replace every container marker at the start of `text` (and after each marker) by an inert look-alike. */
function neutralise(text: string): string {
  let result = '';
  let rest = text;
  for (;;) {
    const match = CONTAINER_MARKER.exec(rest);
    if (!match) return result + rest;
    result += match[0].replace(/[>\-*+.)]/g, (char) => INERT[char] ?? char);
    rest = rest.slice(match[0].length);
  }
}
