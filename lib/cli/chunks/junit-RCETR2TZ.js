import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  entryAt,
  sectionLabel
} from "./chunk-OSGK7LJX.js";
import {
  compareStrings,
  sortDiagnostics
} from "./chunk-PVOXQZMJ.js";
import "./chunk-6MCAB35I.js";

// src/reporters/junit.ts
var NOT_XML = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function escapeXml(value) {
  return value.replace(NOT_XML, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
function attributes(values) {
  return Object.entries(values).map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`).join("");
}
function describe(diagnostic) {
  return `${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.message} (${diagnostic.ruleId})`;
}
function testCases(result) {
  const byEntry = /* @__PURE__ */ new Map();
  for (const diagnostic of sortDiagnostics(result.diagnostics)) {
    const entry = entryAt(result.entries, diagnostic.line);
    const list = byEntry.get(entry) ?? [];
    list.push(diagnostic);
    byEntry.set(entry, list);
  }
  const cases = [...result.entries].sort((a, b) => a.line - b.line || a.column - b.column || compareStrings(a.name, b.name)).map((entry) => ({
    // Names repeat in real lists; the line keeps test cases apart.
    name: `${entry.name} (line ${entry.line})`,
    classname: entry.section.length > 0 ? `${result.file} \u203A ${sectionLabel(entry.section)}` : result.file,
    line: entry.line,
    diagnostics: byEntry.get(entry) ?? []
  }));
  const outside = byEntry.get(void 0);
  if (outside !== void 0 || cases.length === 0) {
    cases.unshift({ name: "(document)", classname: result.file, line: 1, diagnostics: outside ?? [] });
  }
  return cases;
}
function renderCase(file, testCase) {
  const errors = testCase.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  const warnings = testCase.diagnostics.filter((diagnostic) => diagnostic.severity === "warning");
  const open = `    <testcase${attributes({ name: testCase.name, classname: testCase.classname, file, line: testCase.line })}`;
  const first = errors[0];
  if (first === void 0 && warnings.length === 0) return { xml: `${open}/>`, failed: false };
  const body = [];
  if (first !== void 0) {
    body.push(
      `      <failure${attributes({ message: first.message, type: first.ruleId })}>${escapeXml(errors.map(describe).join("\n"))}</failure>`
    );
  }
  if (warnings.length > 0) body.push(`      <system-out>${escapeXml(warnings.map(describe).join("\n"))}</system-out>`);
  return { xml: `${open}>
${body.join("\n")}
    </testcase>`, failed: first !== void 0 };
}
function formatJunit(results, context = {}) {
  const suites = [];
  let tests = 0;
  let failures = 0;
  for (const result of [...results].sort((a, b) => compareStrings(a.file, b.file))) {
    const rendered = testCases(result).map((testCase) => renderCase(result.file, testCase));
    const failed = rendered.filter((item) => item.failed).length;
    tests += rendered.length;
    failures += failed;
    suites.push(
      [
        `  <testsuite${attributes({ name: result.file, tests: rendered.length, failures: failed, errors: 0, skipped: 0 })}>`,
        ...rendered.map((item) => item.xml),
        "  </testsuite>"
      ].join("\n")
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: context.name ?? "medlint", tests, failures, errors: 0 })}>`,
    ...suites,
    "</testsuites>",
    ""
  ].join("\n");
}
export {
  escapeXml,
  formatJunit
};
