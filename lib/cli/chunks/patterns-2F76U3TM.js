import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  checkPatternCost,
  compileUserPattern
} from "./chunk-M24P5C5Y.js";
import "./chunk-Y2R6CKVZ.js";
import "./chunk-H6HVNZ66.js";
import "./chunk-6MCAB35I.js";
export {
  checkPatternCost,
  compileUserPattern
};
