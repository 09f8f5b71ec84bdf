import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  GITHUB_ANNOTATION_LIMIT,
  describeOmitted,
  formatAnnotation,
  formatGithub,
  planAnnotations
} from "./chunk-EVECTGCK.js";
import "./chunk-PVOXQZMJ.js";
import "./chunk-6MCAB35I.js";
export {
  GITHUB_ANNOTATION_LIMIT,
  describeOmitted,
  formatAnnotation,
  formatGithub,
  planAnnotations
};
