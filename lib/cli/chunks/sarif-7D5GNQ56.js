import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  stringifySafe
} from "./chunk-LPX5OQTR.js";
import {
  compareStrings,
  sortDiagnostics
} from "./chunk-PVOXQZMJ.js";
import {
  REPOSITORY_URL,
  ruleDocsUrl
} from "./chunk-LU7N22PT.js";
import "./chunk-6MCAB35I.js";

// src/reporters/sarif.ts
var SARIF_LEVEL = { error: "error", warn: "warning", off: "none" };
function pathToUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function buildRules(metas, diagnostics) {
  const byId = /* @__PURE__ */ new Map();
  for (const meta of metas) {
    byId.set(meta.id, {
      id: meta.id,
      shortDescription: { text: meta.description },
      helpUri: ruleDocsUrl(meta.id),
      defaultConfiguration: { level: SARIF_LEVEL[meta.recommended] },
      properties: { category: meta.category }
    });
  }
  for (const diagnostic of diagnostics) {
    if (!byId.has(diagnostic.ruleId)) {
      byId.set(diagnostic.ruleId, { id: diagnostic.ruleId, shortDescription: { text: diagnostic.ruleId }, helpUri: diagnostic.url });
    }
  }
  return [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));
}
function fixesOf(diagnostic) {
  const change = (description, edits) => ({
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: { uri: pathToUri(diagnostic.file) },
        replacements: edits.map((edit) => ({
          deletedRegion: { startLine: edit.line, startColumn: edit.column, endLine: edit.endLine, endColumn: edit.endColumn },
          insertedContent: { text: edit.text }
        }))
      }
    ]
  });
  const fixes = [];
  if (diagnostic.fix) fixes.push(change(diagnostic.expected === void 0 ? "Fix" : `Fix: ${diagnostic.expected}`, diagnostic.fix.edits));
  for (const suggestion of diagnostic.suggestions ?? []) fixes.push(change(suggestion.description, suggestion.edits));
  return fixes;
}
function formatSarif(results, context) {
  const diagnostics = sortDiagnostics(results.flatMap((result) => result.diagnostics));
  const rules = buildRules(context.rules ?? [], diagnostics);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults = diagnostics.map((diagnostic) => {
    const properties = {};
    if (diagnostic.actual !== void 0) properties["actual"] = diagnostic.actual;
    if (diagnostic.expected !== void 0) properties["expected"] = diagnostic.expected;
    if (diagnostic.note !== void 0) properties["note"] = diagnostic.note;
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
              endColumn: diagnostic.endColumn
            }
          }
        }
      ],
      ...fixesOf(diagnostic).length > 0 ? { fixes: fixesOf(diagnostic) } : {},
      ...Object.keys(properties).length > 0 ? { properties } : {}
    };
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "medlint",
            version: context.toolVersion,
            informationUri: REPOSITORY_URL,
            rules
          }
        },
        // mdast columns count UTF-16 code units, as JavaScript strings do.
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return `${stringifySafe(log)}
`;
}
export {
  formatSarif,
  pathToUri
};
