import { terminalSafe } from './terminal-text.js';

/**
 * One CSV cell (RFC 4180) from stranger text, safe where CSV ends up: a terminal, a CI log, a
 * spreadsheet. The one CSV escaping function: every CSV writer calls it for every cell.
 *
 * - Control characters (ESC, BEL, OSC 8 sequences, C1 controls), line breaks and bidirectional
 *   overrides are shown as `\u001b`-style text (`terminalSafe`), so a cell can neither drive the
 *   terminal nor start a new output line;
 * - a cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) gets a
 *   leading `'`;
 * - a cell starting with `:` is quoted, so no line starts with `::` (a workflow command such as
 *   `::add-mask::` when the output is printed in an Actions step);
 * - a cell with `"` or `,` is quoted, `"` doubled.
 */
export function escapeCsvCell(value: string): string {
  const shown = terminalSafe(value);
  const safe = /^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown;
  return /[",\r\n]|^:/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
