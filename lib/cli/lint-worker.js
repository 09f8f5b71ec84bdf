import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  parseMarkdown,
  parseMarkdownInPieces,
  tooComplex
} from "./chunks/chunk-3ARQBUON.js";
import {
  isMedlintError
} from "./chunks/chunk-UZ54DRO5.js";
import "./chunks/chunk-6MCAB35I.js";

// src/pipeline/lint-worker.ts
import { readlinkSync } from "node:fs";
import { platform, setPriority } from "node:os";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
var NICENESS = 10;
function yieldToRequests() {
  if (platform() !== "linux") return;
  try {
    setPriority(Number(path.basename(readlinkSync("/proc/thread-self"))), NICENESS);
  } catch {
  }
}
var post = (message) => parentPort?.postMessage(message);
var { input, config, cwd, mode } = workerData;
yieldToRequests();
try {
  if (mode === "lint") {
    const { lintTree } = await import("./chunks/lint-source-7I24DG23.js");
    const { document, directives, diagnostics } = await lintTree(input, parseMarkdown(input.source, input.file), config, cwd);
    post({ linted: { document, directives: directives.list, diagnostics } });
  } else {
    let pieces = 0;
    for (const piece of parseMarkdownInPieces(input.source, input.file)) {
      try {
        post({ piece });
      } catch (error) {
        throw error instanceof RangeError ? tooComplex(input.file) : error;
      }
      pieces++;
    }
    post({ done: true, pieces });
  }
} catch (error) {
  if (!isMedlintError(error)) throw error;
  post({ error: { code: error.code, message: error.message } });
}
