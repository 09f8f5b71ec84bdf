import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  compileUserPattern
} from "./chunk-SG7IWVTR.js";
import "./chunk-UZ54DRO5.js";
import "./chunk-6MCAB35I.js";
export {
  compileUserPattern
};
