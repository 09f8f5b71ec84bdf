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
var UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
function excerpt(text, max = 40) {
  const cut = [...text.slice(0, max * 2)];
  const shown = cut.slice(0, max).join("");
  const safe = shown.replace(UNPRINTABLE, (character) => {
    const code = character.charCodeAt(0);
    return code > 255 ? `\\u${code.toString(16).toUpperCase().padStart(4, "0")}` : `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`;
  });
  return cut.length > max || text.length > max * 2 ? `${safe}\u2026` : safe;
}

export {
  MedlintError,
  isMedlintError,
  excerpt
};
