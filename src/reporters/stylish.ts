import { createColors } from 'picocolors';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { FileResult } from '../results/file-result.js';
import { terminalSafe } from './terminal-text.js';

export interface StylishOptions {
  /** Colour is the caller's decision (TTY, `--no-color`, `NO_COLOR`). */
  color: boolean;
}

/**
 * Messages are padded to at most this width: past it the rule column no longer lines up anyway,
 * and padding every row to one very long message (a URL of megabytes) would make the report as
 * large as the findings times that message.
 */
const MAX_MESSAGE_WIDTH = 100;

/**
 * The width of the place, severity and message columns, in one pass (a spread of every row into
 * `Math.max` overflows the call stack at some 180,000 findings).
 */
function columnWidths(rows: readonly string[][]): [number, number, number] {
  const widths: [number, number, number] = [0, 0, 0];
  for (const row of rows) {
    for (const column of [0, 1, 2] as const) widths[column] = Math.max(widths[column], (row[column] as string).length);
  }
  widths[2] = Math.min(widths[2], MAX_MESSAGE_WIDTH);
  return widths;
}

/**
 * ESLint's stylish layout: a block per file with aligned `line:column  severity  message  rule`
 * rows, then one summary line. Files without findings are left out.
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
    const rows = sortDiagnostics(result.diagnostics).map((d) => [
      `${d.line}:${d.column}`,
      d.severity === 'error' ? 'error' : 'warning',
      terminalSafe(d.message),
      d.ruleId,
    ]);
    const widths = columnWidths(rows);
    lines.push(c.underline(terminalSafe(result.file)));
    for (const [place = '', severity = '', message = '', rule = ''] of rows) {
      const paintedSeverity = severity === 'error' ? c.red(severity.padEnd(widths[1] ?? 0)) : c.yellow(severity.padEnd(widths[1] ?? 0));
      lines.push(`  ${c.dim(place.padStart(widths[0] ?? 0))}  ${paintedSeverity}  ${message.padEnd(widths[2] ?? 0)}  ${c.dim(rule)}`);
    }
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
  }
  return `${lines.join('\n')}\n`;
}
