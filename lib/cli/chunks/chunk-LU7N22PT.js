import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);

// src/diagnostics/docs-url.ts
var REPOSITORY_URL = "https://github.com/medlint/medlint";
function ruleDocsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}

export {
  REPOSITORY_URL,
  ruleDocsUrl
};
