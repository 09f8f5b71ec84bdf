import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  analyse,
  lintTree,
  runRecordRules
} from "./chunk-TOOYD3G5.js";
import "./chunk-Y2R6CKVZ.js";
import "./chunk-ZX54FPO6.js";
import "./chunk-GQMYFDWN.js";
import "./chunk-C5V4LGJA.js";
import "./chunk-4SCKIJI2.js";
import "./chunk-NARUHPLF.js";
import "./chunk-H6HVNZ66.js";
import "./chunk-6MCAB35I.js";
export {
  analyse,
  lintTree,
  runRecordRules
};
