import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RegistryRecord } from '../results/registry-record.js';
import type { LocalTarget, RecordDocument, RuleContext, RuleMeta } from '../rules/types.js';
import type { LineIndex } from '../extract/line-index.js';
import type { DirectiveMap } from './directives.js';
import { stampReport } from './report.js';

/**
 * Runs every enabled document rule over one document. Rules only call `context.report()`;
 * this stamps each report and drops those switched off by config or inline comments.
 */
export function runRules<D extends RecordDocument>(
  document: D,
  rules: ReadonlyArray<{ meta: RuleMeta; check(document: D, context: RuleContext): void }>,
  config: ResolvedConfig,
  directives: DirectiveMap,
  localTarget: (url: string) => LocalTarget | undefined,
  record: (url: string) => RegistryRecord | undefined = () => undefined,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const setting = config.rules.get(rule.meta.id);
    const level = setting?.level ?? rule.meta.recommended;
    if (level === 'off') continue;
    const context: RuleContext = {
      options: { ...rule.meta.defaultOptions, ...setting?.options },
      localTarget,
      record,
      report(report) {
        const line = report.line ?? 1;
        const column = report.column ?? 1;
        const stamped = stampReport(
          rule.meta,
          {
            ...report,
            line,
            column,
            endLine: report.endLine ?? line,
            endColumn: report.endColumn ?? column,
          },
          document.file,
          config,
          directives,
          // Record rules see a document without its line index (it stays on the lint thread): no fixes there.
          'lines' in document ? (document.lines as LineIndex) : undefined,
        );
        if (stamped) diagnostics.push(stamped);
      },
    };
    rule.check(document, context);
  }
  return diagnostics;
}
