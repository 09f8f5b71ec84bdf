import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  analyse,
  lintTree
} from "./chunk-2236HX5H.js";
import "./chunk-5SXKVRFZ.js";
import "./chunk-3ARQBUON.js";
import "./chunk-4AXEWCCI.js";
import "./chunk-UZ54DRO5.js";
import "./chunk-PXQYT4EH.js";
import "./chunk-VI3UZD25.js";
import "./chunk-6MCAB35I.js";
export {
  analyse,
  lintTree
};
