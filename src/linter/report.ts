import type { ResolvedConfig } from '../config/types.js';
import { severityOf } from '../config/severity.js';
import type { Diagnostic, Edit, Span, TextEdit } from '../diagnostics/diagnostic.js';
import type { LineIndex } from '../extract/line-index.js';
import { ruleDocsUrl } from '../diagnostics/docs-url.js';
import type { RuleMeta } from '../rules/types.js';
import type { DirectiveMap } from './directives.js';

/** What a rule or the link stage found, before the engine stamps it. */
export interface RawReport extends Span {
  messageId: string;
  data?: Record<string, string | number> | undefined;
  actual?: string | undefined;
  expected?: string | undefined;
  note?: string | undefined;
  fix?: Edit[] | undefined;
  suggestions?: Array<{ description: string; edits: Edit[] }> | undefined;
}

/** `Unexpected {{kind}}` + `{ kind: 'x' }` → `Unexpected x`. Unknown placeholders stay as written. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, key: string) =>
    Object.hasOwn(data, key) ? String(data[key]) : whole,
  );
}

/**
 * The engine's stamp (as remark-lint's `unified-lint-rule`): rule id, severity from the config,
 * docs url, message from the template. Returns null when the rule is off or disabled inline.
 */
export function stampReport(
  meta: RuleMeta,
  report: RawReport,
  file: string,
  config: ResolvedConfig,
  directives: DirectiveMap,
  lines?: LineIndex,
): Diagnostic | null {
  const level = config.rules.get(meta.id)?.level ?? meta.recommended;
  const severity = severityOf(level);
  if (severity === null || directives.isDisabled(meta.id, report.line)) return null;
  const template = meta.messages[report.messageId];
  if (template === undefined) throw new Error(`Rule ${meta.id} reported unknown messageId ${report.messageId}`);
  const diagnostic: Diagnostic = {
    file,
    ruleId: meta.id,
    messageId: report.messageId,
    severity,
    message: formatMessage(template, report.data),
    line: report.line,
    column: report.column,
    endLine: report.endLine,
    endColumn: report.endColumn,
    url: ruleDocsUrl(meta.id),
  };
  if (report.actual !== undefined) diagnostic.actual = report.actual;
  if (report.expected !== undefined) diagnostic.expected = report.expected;
  if (report.note !== undefined) diagnostic.note = report.note;
  if (lines && report.fix && report.fix.length > 0) {
    if (!meta.fixable) throw new Error(`Rule ${meta.id} reported a fix without meta.fixable`);
    diagnostic.fix = { edits: stampEdits(report.fix, lines) };
  }
  if (lines && report.suggestions && report.suggestions.length > 0) {
    if (!meta.hasSuggestions) throw new Error(`Rule ${meta.id} reported suggestions without meta.hasSuggestions`);
    diagnostic.suggestions = report.suggestions.map(({ description, edits }) => ({ description, edits: stampEdits(edits, lines) }));
  }
  return diagnostic;
}

/** Edits in source order, each with its place as lines and columns. */
export function stampEdits(edits: readonly Edit[], lines: LineIndex): TextEdit[] {
  return [...edits]
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
    .map(({ range, text }) => {
      const start = lines.point(range[0]);
      const end = lines.point(range[1]);
      return { range: [range[0], range[1]], text, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    });
}
