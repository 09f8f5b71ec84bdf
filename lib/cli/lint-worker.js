import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  parseMarkdown,
  parseMarkdownInPieces,
  tooComplex
} from "./chunks/chunk-7ZOLLGF7.js";
import "./chunks/chunk-73T5MKFK.js";
import {
  isMedlintError
} from "./chunks/chunk-H6HVNZ66.js";
import "./chunks/chunk-6MCAB35I.js";

// src/pipeline/lint-worker.ts
import { readlinkSync } from "node:fs";
import { platform, setPriority } from "node:os";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
var NICENESS = 10;
function yieldToRequests(thread2) {
  try {
    setPriority(thread2, NICENESS);
  } catch {
  }
}
function threadId() {
  if (platform() !== "linux") return void 0;
  try {
    return Number(path.basename(readlinkSync("/proc/thread-self")));
  } catch {
    return void 0;
  }
}
var post = (message) => parentPort?.postMessage(message);
var data = workerData;
var thread = threadId();
if (thread !== void 0) {
  post({ thread });
  if (data.background) yieldToRequests(thread);
}
async function lintHere(input) {
  try {
    const { lintTree } = await import("./chunks/lint-source-GA2HLFLD.js");
    const { document, directives, diagnostics } = await lintTree(input, parseMarkdown(input.source, input.file), data.config, data.cwd);
    post({ linted: { document, directives: directives.list, diagnostics } });
  } catch (error) {
    if (!isMedlintError(error)) throw error;
    post({ error: { code: error.code, message: error.message } });
  }
}
function postPieces(input) {
  try {
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
  } catch (error) {
    if (!isMedlintError(error)) throw error;
    post({ error: { code: error.code, message: error.message } });
  }
}
if (data.mode === "serve") {
  parentPort?.on("message", (request) => void lintHere(request.input));
} else if (data.mode === "lint") {
  await lintHere(data.input);
} else {
  postPieces(data.input);
}
