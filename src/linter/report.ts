import type { ResolvedConfig } from '../config/types.js';
import { severityOf } from '../config/severity.js';
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
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
  return diagnostic;
}
