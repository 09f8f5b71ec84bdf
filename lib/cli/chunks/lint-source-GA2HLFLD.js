import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  analyse,
  lintTree,
  loadHtmlParserFor,
  runRecordRules
} from "./chunk-4A5O2LW2.js";
import "./chunk-QLF43MBD.js";
import "./chunk-LU7N22PT.js";
import "./chunk-Y2R6CKVZ.js";
import "./chunk-7ZOLLGF7.js";
import "./chunk-73T5MKFK.js";
import "./chunk-YUGAVQSN.js";
import "./chunk-4SCKIJI2.js";
import "./chunk-IB42TDM7.js";
import "./chunk-H6HVNZ66.js";
import "./chunk-6MCAB35I.js";
export {
  analyse,
  lintTree,
  loadHtmlParserFor,
  runRecordRules
};
