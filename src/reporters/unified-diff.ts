/**
 * `--fix-dry-run`'s output: a unified diff per file, as `diff -u` and `git diff` print them
 * (`--- a/…`, `+++ b/…`, `@@` hunks with three lines of context), from jsdiff's `structuredPatch`.
 */
import { structuredPatch } from 'diff';
import { terminalSafe } from './terminal-text.js';

/** The diff of one file; '' when the texts are equal. Text from the list is made terminal-safe. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const patch = structuredPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
  const lines = [`--- ${terminalSafe(`a/${file}`)}`, `+++ ${terminalSafe(`b/${file}`)}`];
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`);
    // A CRLF file's lines keep their `\r` (the diff stays a patch of the real bytes); any other
    // control character is shown escaped.
    for (const line of hunk.lines) lines.push(line.endsWith('\r') ? `${terminalSafe(line.slice(0, -1))}\r` : terminalSafe(line));
  }
  return `${lines.join('\n')}\n`;
}

/** `start,count` as jsdiff's `formatPatch` prints it: an empty range starts one line early. */
function range(start: number, count: number): string {
  return `${count === 0 ? start - 1 : start},${count}`;
}
