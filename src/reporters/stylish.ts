import { createColors } from 'picocolors';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { FileResult } from '../results/file-result.js';
import { terminalSafe } from './terminal-text.js';

export interface StylishOptions {
  /** Colour is the caller's decision (TTY, `--no-color`, `NO_COLOR`). */
  color: boolean;
  /** Columns of the terminal; no message is padded past them (default: `100`, for files and pipes). */
  width?: number;
}

/**
 * The line width when the output is no terminal (a file, a pipe): messages are padded to align
 * the rule ids only within it, so one very long message (a URL of megabytes) never pads every row.
 */
const MAX_MESSAGE_WIDTH = 100;

/**
 * The width of each column (place, severity, message, rule), in one pass: a spread of every row
 * into `Math.max` overflows the call stack at some 180,000 findings.
 */
function columnWidths(rows: ReadonlyArray<readonly [string, string, string, string]>): [number, number, number, number] {
  const widths: [number, number, number, number] = [0, 0, 0, 0];
  for (const row of rows) {
    for (const column of [0, 1, 2, 3] as const) widths[column] = Math.max(widths[column], row[column].length);
  }
  return widths;
}

/**
 * ESLint's stylish layout: a block per file with aligned `line:column  severity  message  rule`
 * rows, then one summary line, and ESLint's "potentially fixable" line when some finding has a
 * fix (its rule shows `(fixable)`). Files without findings are left out.
 */
export function stylish(results: readonly FileResult[], options: StylishOptions): string {
  const c = createColors(options.color);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    errors += result.errorCount;
    warnings += result.warningCount;
    if (result.diagnostics.length === 0) continue;
    const diagnostics = sortDiagnostics(result.diagnostics);
    const rows = diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity === 'error' ? 'error' : 'warning', terminalSafe(d.message), d.fix ? `${d.ruleId} (fixable)` : d.ruleId] as const);
    const [placeWidth, severityWidth, longestMessage, ruleWidth] = columnWidths(rows);
    // Messages are padded to align the rule ids, but never past the terminal: a longer message
    // is followed by its rule id after two spaces.
    const room = (options.width ?? MAX_MESSAGE_WIDTH) - (2 + placeWidth + 2 + severityWidth + 2 + 2 + ruleWidth);
    const messageWidth = Math.min(longestMessage, Math.max(room, 0));
    lines.push(c.underline(terminalSafe(result.file)));
    rows.forEach(([place, severity, message, rule], index) => {
      const paintedSeverity = severity === 'error' ? c.red(severity.padEnd(severityWidth)) : c.yellow(severity.padEnd(severityWidth));
      lines.push(`  ${c.dim(place.padStart(placeWidth))}  ${paintedSeverity}  ${message.padEnd(messageWidth)}  ${c.dim(rule)}`);
      // The detail (terms and their source, a redirect chain) on a second line, under the message.
      const note = diagnostics[index]?.note;
      if (note) lines.push(`${' '.repeat(2 + placeWidth + 2 + severityWidth + 2)}${c.dim(`note: ${terminalSafe(note)}`)}`);
    });
    lines.push('');
  }
  const entries = results.reduce((sum, result) => sum + result.entryCount, 0);
  const files = `${results.length} ${results.length === 1 ? 'file' : 'files'}, ${entries} ${entries === 1 ? 'entry' : 'entries'}`;
  const total = errors + warnings;
  if (total === 0) {
    lines.push(c.green(`✔ No problems (${files})`));
  } else {
    const summary = `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}) in ${files}`;
    lines.push(errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
    // ESLint's line, word for word: what `--fix` would take care of.
    const fixable = results.flatMap((result) => result.diagnostics.filter((d) => d.fix));
    const fixableErrors = fixable.filter((d) => d.severity === 'error').length;
    const fixableWarnings = fixable.length - fixableErrors;
    if (fixable.length > 0) {
      const line = `  ${fixableErrors} ${fixableErrors === 1 ? 'error' : 'errors'} and ${fixableWarnings} ${fixableWarnings === 1 ? 'warning' : 'warnings'} potentially fixable with the \`--fix\` option.`;
      lines.push(errors > 0 ? c.red(c.bold(line)) : c.yellow(c.bold(line)));
    }
  }
  return `${lines.join('\n')}\n`;
}
