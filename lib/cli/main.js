import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  HELP
} from "./chunks/chunk-LHCKZK4J.js";
import {
  EXIT_OK,
  writeOut
} from "./chunks/chunk-VS3DMKDH.js";
import "./chunks/chunk-Y2R6CKVZ.js";
import "./chunks/chunk-H6HVNZ66.js";
import "./chunks/chunk-6MCAB35I.js";

// src/cli/main.ts
import { createRequire } from "node:module";
var argv = process.argv.slice(2);
var answer = argv.length === 1 ? quickAnswer(argv[0]) : void 0;
if (answer !== void 0 && await writeOut(process.stdout, answer).then(() => true, () => false)) process.exitCode = EXIT_OK;
else process.exitCode = await (await import("./run.js")).run(argv);
function quickAnswer(arg) {
  if (arg === "--version" || arg === "-v") return `${createRequire(import.meta.url)("../../package.json").version}
`;
  if (arg === "--help" || arg === "-h") return HELP;
  return void 0;
}
