import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  DEFAULT_CACHE_FILE,
  DEFAULT_USER_AGENT,
  LINK_DEFAULTS,
  apiOverrides,
  resolveLinkOptions
} from "./chunk-AZEB7CWQ.js";
import "./chunk-IB42TDM7.js";
import "./chunk-H6HVNZ66.js";
import "./chunk-6MCAB35I.js";
export {
  DEFAULT_CACHE_FILE,
  DEFAULT_USER_AGENT,
  LINK_DEFAULTS,
  apiOverrides,
  resolveLinkOptions
};
