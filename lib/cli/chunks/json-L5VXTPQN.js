import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  stringifySafe
} from "./chunk-LPX5OQTR.js";
import {
  compareStrings,
  sortDiagnostics
} from "./chunk-PVOXQZMJ.js";
import "./chunk-6MCAB35I.js";

// src/reporters/json.ts
function json(results) {
  const files = [...results].sort((a, b) => compareStrings(a.file, b.file)).map((result) => ({
    file: result.file,
    entryCount: result.entryCount,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    diagnostics: sortDiagnostics(result.diagnostics)
  }));
  return `${stringifySafe(files)}
`;
}
export {
  json
};
