import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);

// src/cli/exit-codes.ts
var EXIT_OK = 0;
var EXIT_ERRORS = 1;
var EXIT_FATAL = 2;

// src/cli/write.ts
var guarded = /* @__PURE__ */ new WeakSet();
function writeOut(stream, text) {
  if (!guarded.has(stream)) {
    guarded.add(stream);
    stream.on("error", () => void 0);
  }
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => {
      if (error && error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") reject(error);
      else resolve();
    });
  });
}

export {
  EXIT_OK,
  EXIT_ERRORS,
  EXIT_FATAL,
  writeOut
};
