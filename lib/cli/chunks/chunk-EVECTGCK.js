import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  sortDiagnostics
} from "./chunk-PVOXQZMJ.js";

// src/reporters/github-command.ts
var CONTROL = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
function showControlCharacters(value) {
  return value.replace(CONTROL, (character) => {
    const code = character.charCodeAt(0);
    return code > 255 ? `\\u${code.toString(16).toUpperCase().padStart(4, "0")}` : `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`;
  });
}
function escapeData(value) {
  return showControlCharacters(value).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatCommand(name, properties, message) {
  const pairs = Object.entries(properties).filter((pair) => pair[1] !== void 0 && pair[1] !== "").map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name}${pairs.length > 0 ? ` ${pairs.join(",")}` : ""}::${escapeData(message)}`;
}

// src/reporters/github.ts
var GITHUB_ANNOTATION_LIMIT = 10;
function planAnnotations(results, limits = { error: GITHUB_ANNOTATION_LIMIT, warning: GITHUB_ANNOTATION_LIMIT }) {
  const all = sortDiagnostics(results.flatMap((result) => result.diagnostics));
  const used = { error: 0, warning: 0 };
  const shown = [];
  for (const diagnostic of all) {
    if (used[diagnostic.severity] < limits[diagnostic.severity]) shown.push(diagnostic);
    used[diagnostic.severity] += 1;
  }
  return {
    shown,
    omitted: {
      errors: Math.max(0, used.error - limits.error),
      warnings: Math.max(0, used.warning - limits.warning)
    }
  };
}
function formatAnnotation(diagnostic) {
  const singleLine = diagnostic.endLine === diagnostic.line;
  const message = diagnostic.note === void 0 ? diagnostic.message : `${diagnostic.message}
${diagnostic.note}`;
  return formatCommand(
    diagnostic.severity,
    {
      file: diagnostic.file,
      line: diagnostic.line,
      endLine: diagnostic.endLine >= diagnostic.line ? diagnostic.endLine : void 0,
      col: singleLine ? diagnostic.column : void 0,
      endColumn: singleLine && diagnostic.endColumn > diagnostic.column ? diagnostic.endColumn : void 0,
      title: diagnostic.ruleId
    },
    message
  );
}
function describeOmitted(omitted, maxPerKind = GITHUB_ANNOTATION_LIMIT) {
  const parts = [];
  if (omitted.errors > 0) parts.push(`${omitted.errors} more ${omitted.errors === 1 ? "error" : "errors"}`);
  if (omitted.warnings > 0) parts.push(`${omitted.warnings} more ${omitted.warnings === 1 ? "warning" : "warnings"}`);
  if (parts.length === 0) return "";
  return `${parts.join(" and ")} not annotated: GitHub shows ${maxPerKind} annotations of each kind per step; the job summary lists every finding.`;
}
function formatGithub(results, context = {}) {
  const maxPerKind = context.maxPerKind ?? GITHUB_ANNOTATION_LIMIT;
  const plan = planAnnotations(results, { error: context.maxErrors ?? maxPerKind, warning: maxPerKind });
  const lines = plan.shown.map(formatAnnotation);
  const omitted = describeOmitted(plan.omitted, maxPerKind);
  if (omitted !== "") lines.push(`medlint: ${omitted}`);
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}

export {
  showControlCharacters,
  GITHUB_ANNOTATION_LIMIT,
  planAnnotations,
  formatAnnotation,
  describeOmitted,
  formatGithub
};
