import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);

// src/diagnostics/diagnostic.ts
function compareDiagnostics(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}
function sortDiagnostics(diagnostics) {
  return [...diagnostics].sort(compareDiagnostics);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  sortDiagnostics,
  compareStrings
};
