/**
 * SARIF 2.1.0 reporter, for GitHub code scanning and other SARIF viewers (anchor:
 * markdownlint-cli2 `formatter-sarif`). Deterministic: no timestamps, no absolute paths, rules
 * sorted by id, results in report order.
 */
import { stringifySafe } from './json-text.js';
import { compareStrings, sortDiagnostics, type Diagnostic, type TextEdit } from '../diagnostics/diagnostic.js';
import type { FileResult } from '../results/file-result.js';
import { REPOSITORY_URL, ruleDocsUrl } from '../diagnostics/docs-url.js';
import type { RuleLevel, RuleMeta } from '../rules/types.js';

export interface SarifReporterContext {
  /** medlint's version, for `tool.driver.version`. */
  toolVersion: string;
  /** Every registered rule (document and link rules), so `driver.rules` is complete. */
  rules?: readonly RuleMeta[];
}

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration?: { level: 'error' | 'warning' | 'none' };
  properties?: { category: string };
}

const SARIF_LEVEL: Record<RuleLevel, 'error' | 'warning' | 'none'> = { error: 'error', warn: 'warning', off: 'none' };

/** A relative path as a URI reference: each segment percent-encoded (`#`, `?`, spaces). */
export function pathToUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function buildRules(metas: readonly RuleMeta[], diagnostics: readonly Diagnostic[]): SarifRule[] {
  const byId = new Map<string, SarifRule>();
  for (const meta of metas) {
    byId.set(meta.id, {
      id: meta.id,
      shortDescription: { text: meta.description },
      helpUri: ruleDocsUrl(meta.id),
      defaultConfiguration: { level: SARIF_LEVEL[meta.recommended] },
      properties: { category: meta.category },
    });
  }
  // A rule the context did not list (a plugin, a newer link rule) still gets an entry.
  for (const diagnostic of diagnostics) {
    if (!byId.has(diagnostic.ruleId)) {
      byId.set(diagnostic.ruleId, { id: diagnostic.ruleId, shortDescription: { text: diagnostic.ruleId }, helpUri: diagnostic.url });
    }
  }
  return [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * SARIF `fixes`: the fix `--fix` applies first, then the suggestions, each one `artifactChange`
 * of the result's file whose `replacements` delete a region (lines and columns; an empty region is
 * an insertion point) and insert text.
 */
function fixesOf(diagnostic: Diagnostic): Array<Record<string, unknown>> {
  const change = (description: string, edits: readonly TextEdit[]): Record<string, unknown> => ({
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: { uri: pathToUri(diagnostic.file) },
        replacements: edits.map((edit) => ({
          deletedRegion: { startLine: edit.line, startColumn: edit.column, endLine: edit.endLine, endColumn: edit.endColumn },
          insertedContent: { text: edit.text },
        })),
      },
    ],
  });
  const fixes: Array<Record<string, unknown>> = [];
  if (diagnostic.fix) fixes.push(change(diagnostic.expected === undefined ? 'Fix' : `Fix: ${diagnostic.expected}`, diagnostic.fix.edits));
  for (const suggestion of diagnostic.suggestions ?? []) fixes.push(change(suggestion.description, suggestion.edits));
  return fixes;
}

/** Formats results as a SARIF 2.1.0 log (pretty-printed JSON, trailing newline). */
export function formatSarif(results: readonly FileResult[], context: SarifReporterContext): string {
  const diagnostics = sortDiagnostics(results.flatMap((result) => result.diagnostics));
  const rules = buildRules(context.rules ?? [], diagnostics);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));

  const sarifResults = diagnostics.map((diagnostic) => {
    const properties: Record<string, string> = {};
    if (diagnostic.actual !== undefined) properties['actual'] = diagnostic.actual;
    if (diagnostic.expected !== undefined) properties['expected'] = diagnostic.expected;
    if (diagnostic.note !== undefined) properties['note'] = diagnostic.note;
    return {
      ruleId: diagnostic.ruleId,
      ruleIndex: ruleIndex.get(diagnostic.ruleId) ?? -1,
      level: diagnostic.severity,
      message: { text: diagnostic.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: pathToUri(diagnostic.file) },
            region: {
              startLine: diagnostic.line,
              startColumn: diagnostic.column,
              endLine: diagnostic.endLine,
              endColumn: diagnostic.endColumn,
            },
          },
        },
      ],
      ...(fixesOf(diagnostic).length > 0 ? { fixes: fixesOf(diagnostic) } : {}),
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
    };
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'medlint',
            version: context.toolVersion,
            informationUri: REPOSITORY_URL,
            rules,
          },
        },
        // mdast columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${stringifySafe(log)}\n`;
}
