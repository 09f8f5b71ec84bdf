import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);

// src/diagnostics/medlint-error.ts
var MedlintError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
  code;
  name = "MedlintError";
};
function isMedlintError(error) {
  return error instanceof MedlintError;
}

export {
  MedlintError,
  isMedlintError
};
