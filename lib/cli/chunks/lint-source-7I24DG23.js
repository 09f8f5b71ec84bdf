import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  analyse,
  lintTree
} from "./chunk-CGMV2NMK.js";
import "./chunk-5SXKVRFZ.js";
import "./chunk-3ARQBUON.js";
import "./chunk-OFF6ZGT6.js";
import "./chunk-PXQYT4EH.js";
import "./chunk-VI3UZD25.js";
import "./chunk-UZ54DRO5.js";
import "./chunk-6MCAB35I.js";
export {
  analyse,
  lintTree
};
