import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  allRuleMetas,
  isRuleLevel
} from "./chunk-YUGAVQSN.js";
import "./chunk-4SCKIJI2.js";
import "./chunk-IB42TDM7.js";
import {
  MedlintError,
  excerpt
} from "./chunk-H6HVNZ66.js";
import {
  __commonJS
} from "./chunk-6MCAB35I.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// precompiled:src/config/validators.ts
var config = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/medlint/medlint/raw/main/schema/medlintrc.schema.json", "title": "medlint configuration", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "extends": { "description": "Presets to start from; rules always build on `medlint:recommended`, and `medlint:strict` also requires licences and access terms on every entry.", "oneOf": [{ "enum": ["medlint:recommended", "medlint:strict"] }, { "type": "array", "items": { "enum": ["medlint:recommended", "medlint:strict"] } }] }, "rules": { "type": "object", "additionalProperties": false, "properties": { "entry-link": { "description": "Entries must link their name, in the list's own style (`style`: `consistent`, `link` or `any`). (recommended: `error`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "properties": { "style": { "enum": ["consistent", "link", "any"], "description": "How names must be linked: `consistent` as most entries of the list are, `link` always `[Name](url)`, `any` a bare URL too (default: `consistent`)." } }, "additionalProperties": false }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "entry-description": { "description": "Dataset entries must have a description of at least `minLength` characters. (recommended: `error`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "properties": { "minLength": { "type": "integer", "minimum": 1, "description": "Fewest characters a description may have, spaces included (default: `1`)." } }, "additionalProperties": false }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "no-malformed-url": { "description": "Link URLs must be well formed: a scheme, a host, no spaces, balanced brackets. (recommended: `error`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "no-duplicate-entry": { "description": "Entries must not list a dataset twice (the same URL and the same or nearly the same name). (recommended: `error`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "no-duplicate-url": { "description": "Entries with different names should not share one URL. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "toc-link": { "description": "Table-of-contents links must point to an existing heading. (recommended: `error`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "toc-complete": { "description": "Every top-level section should be linked from the table of contents, when there is one. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "heading-increment": { "description": "Heading levels must increase by one at a time. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "heading-outline": { "description": "Headings must follow the outline set in the `headings` option. (recommended: `off`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "properties": { "headings": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "The required headings in order, each as written (`## Datasets`); `*` stands for any run of headings, `+` for one or more, `?` for exactly one (default: `[]`, no outline)." }, "matchCase": { "type": "boolean", "description": "Compare heading text case-sensitively (default: `false`)." } } }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "single-h1": { "description": "A list must have only one top-level (`#`) heading. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "no-empty-section": { "description": "Sections must not be empty: a heading needs entries, sub-sections or text below it. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "no-missing-file": { "description": "Relative links must point to files that exist. (recommended: `error`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "no-link-outside-repository": { "description": "Relative links must stay inside the repository. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "no-missing-fragment": { "description": "Links to `#fragment`s, in the page or in another local file, must point to an existing heading or anchor. (recommended: `error`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "no-http-link": { "description": "Links should use `https://` rather than `http://`. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "entry-order": { "description": "Entries of one list or table must be sorted by name. (recommended: `off`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "properties": { "sections": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Headings whose entries must be sorted (case-insensitive; a heading covers its sub-sections). Default: every section." }, "ignoreArticles": { "type": "boolean", "description": "Sort `The Cancer Imaging Archive` under `C` (a leading `The`, `A` or `An` is skipped). Default: `false`." } }, "additionalProperties": false }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "entry-format": { "description": "List entries must start with their link, use one separator and a capitalised, punctuated description. (recommended: `off`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "properties": { "separator": { "enum": [" - ", ": ", " \u2013 ", "any"], "description": 'The separator between link and description: `" - "`, `": "`, `" \u2013 "`, or `"any"` of them (default).' }, "capital": { "type": "boolean", "description": "The description starts with a capital letter or a digit (default: `true`)." }, "punctuation": { "type": "boolean", "description": "The description ends with `.`, `!`, `?` or `\u2026` (default: `true`)." } }, "additionalProperties": false }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "entry-access": { "description": 'Entries whose data medlint knows to be gated (or, with `require: "all"`, every entry) must state their access terms. (recommended: `warn`)', "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "properties": { "require": { "enum": ["gated", "all"], "description": 'Which entries must state access terms: `gated` ones medlint knows, or `all` (default: `"gated"`).' } }, "additionalProperties": false }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "access-mismatch": { "description": "Entries must not state access terms that contradict what medlint knows (open or registration where more is needed). (recommended: `error`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "entry-license": { "description": "Entries must name the licence of their data. (recommended: `off`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "license-mismatch": { "description": "Entries must not name a licence that differs from the one their registry (PhysioNet, Zenodo, Hugging Face, GitHub) states. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "dataset-version": { "description": "Links that name a version of a dataset must name its newest version, as the registry (PhysioNet, Zenodo) lists them. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "repo-archived": { "description": "Entries must not link an archived GitHub repository without saying so. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "link-dead": { "description": "Links must not be dead: 404, 410, a host that does not exist, a refused connection, a redirect to a dead page or a redirect loop. (recommended: `error`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "link-redirect": { "description": "Links should not go through a permanent redirect (301, 308): use the new URL. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "link-unverified": { "description": "Links that the server would not let medlint verify (blocked, bot challenge, login wall, rate limit) are reported, not called dead. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "link-unreachable": { "description": "Links whose server gave no usable answer after the retries (timeout, reset, 5xx, TLS error) are reported, not called dead. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "link-fragment": { "description": "A link\u2019s `#fragment` must name an element (`id` or `name`) on the page it points to. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] }, "link-skipped": { "description": "Links that medlint refuses to request (private, loopback or link-local addresses) or cannot parse are reported. (recommended: `warn`)", "oneOf": [{ "enum": ["off", "warn", "error"] }, { "type": "array", "items": [{ "enum": ["off", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": {} }], "minItems": 1, "maxItems": 2, "additionalItems": false }] } } }, "ignoreSections": { "type": "array", "items": { "type": "string" }, "description": "Heading texts whose sections hold no entries, besides Contents, Contributing, License and the like." }, "maxFileSize": { "type": "integer", "minimum": 1, "maximum": 67108864, "description": "Largest file read, in bytes (default: 4194304, 4 MiB; at most 67108864, 64 MiB; a file with a link reference definition, parsed whole, at most 4 MiB)." }, "links": { "type": "object", "additionalProperties": false, "properties": { "concurrency": { "type": "integer", "minimum": 1, "maximum": 1024, "description": "Requests in flight at once, all hosts together (default: 128)." }, "perHost": { "type": "integer", "minimum": 1, "maximum": 256, "description": "Requests in flight at once to one host (default: 8)." }, "hosts": { "type": "object", "description": "Per-host settings, by host name (at most 10000 hosts).", "maxProperties": 1e4, "propertyNames": { "maxLength": 256 }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "perHost": { "type": "integer", "minimum": 1, "maximum": 256 }, "headers": { "type": "object", "additionalProperties": { "type": "string" } } } } }, "timeout": { "type": "integer", "minimum": 1, "maximum": 6e5, "description": "Time for one request, in milliseconds (default: 15000, at most 600000)." }, "retries": { "type": "integer", "minimum": 0, "maximum": 10, "description": "Retries after resets and 5xx (default: 2, at most 10)." }, "timeoutRetries": { "type": "integer", "minimum": 0, "maximum": 5, "description": "Retries after a timeout (default: 1, at most 5)." }, "maxRetryAfter": { "type": "integer", "minimum": 0, "maximum": 6e5, "description": "Longest Retry-After wait, in milliseconds (default: 60000, at most 600000)." }, "allowPrivate": { "const": false, "description": "Only `false` is accepted: private addresses are allowed by `--allow-private` or the Action input, never by a file a pull request can change." }, "exclude": { "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 1e3 }, "description": "Regular expressions of URLs not to check, run on a linear-time engine (RE2 syntax: no look-around or back-references; at most 100 patterns of 1000 characters, 5000 compiled instructions in all)." }, "accept": { "type": "array", "items": { "type": "integer", "minimum": 100, "maximum": 999 }, "description": "Status codes taken as alive besides 2xx." }, "userAgent": { "type": "string", "description": "User-Agent header (default: a current browser)." } } }, "access": { "type": "object", "additionalProperties": false, "description": "Access levels of your own hosts and datasets, over what medlint knows; the more specific fact wins.", "properties": { "hosts": { "type": "object", "description": "By host (`data.example.edu`, covering `www.` and subdomains) or host and path prefix (`example.org/data/`).", "maxProperties": 1e4, "propertyNames": { "maxLength": 256, "pattern": "^(?:https?://)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/\\S*)?$" }, "additionalProperties": { "oneOf": [{ "enum": ["open", "registration", "application", "credentialed", "restricted"] }, { "type": "object", "additionalProperties": false, "required": ["level"], "properties": { "level": { "enum": ["open", "registration", "application", "credentialed", "restricted"] }, "terms": { "type": "string", "description": "The terms in a few words, shown in messages and the catalogue." }, "source": { "type": "string", "description": "The page that states the terms." } } }] } }, "datasets": { "type": "object", "description": "By whole dataset name, compared without case.", "maxProperties": 1e4, "propertyNames": { "minLength": 1, "maxLength": 256 }, "additionalProperties": { "oneOf": [{ "enum": ["open", "registration", "application", "credentialed", "restricted"] }, { "type": "object", "additionalProperties": false, "required": ["level"], "properties": { "level": { "enum": ["open", "registration", "application", "credentialed", "restricted"] }, "terms": { "type": "string", "description": "The terms in a few words, shown in messages and the catalogue." }, "source": { "type": "string", "description": "The page that states the terms." } } }] } } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^(?:https?://)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/\\S*)?$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "$schema" || key0 === "extends" || key0 === "rules" || key0 === "ignoreSections" || key0 === "maxFileSize" || key0 === "links" || key0 === "access")) {
          validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.$schema !== void 0) {
          let data0 = data.$schema;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate10.errors = [{ instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.extends !== void 0) {
            let data1 = data.extends;
            const _errs4 = errors;
            const _errs5 = errors;
            let valid1 = false;
            let passing0 = null;
            const _errs6 = errors;
            if (!(data1 === "medlint:recommended" || data1 === "medlint:strict")) {
              const err0 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.extends.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.extends.oneOf[0].enum, parentSchema: schema11.properties.extends.oneOf[0], data: data1 };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
            var _valid0 = _errs6 === errors;
            if (_valid0) {
              valid1 = true;
              passing0 = 0;
            }
            const _errs7 = errors;
            if (errors === _errs7) {
              if (Array.isArray(data1)) {
                var valid2 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs9 = errors;
                  if (!(data2 === "medlint:recommended" || data2 === "medlint:strict")) {
                    const err1 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/oneOf/1/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.extends.oneOf[1].items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.extends.oneOf[1].items.enum, parentSchema: schema11.properties.extends.oneOf[1].items, data: data2 };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var valid2 = _errs9 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              } else {
                const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.extends.oneOf[1].type, parentSchema: schema11.properties.extends.oneOf[1], data: data1 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            var _valid0 = _errs7 === errors;
            if (_valid0 && valid1) {
              valid1 = false;
              passing0 = [passing0, 1];
            } else {
              if (_valid0) {
                valid1 = true;
                passing0 = 1;
              }
            }
            if (!valid1) {
              const err3 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.extends.oneOf, parentSchema: schema11.properties.extends, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
              validate10.errors = vErrors;
              return false;
            } else {
              errors = _errs5;
              if (vErrors !== null) {
                if (_errs5) {
                  vErrors.length = _errs5;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.rules !== void 0) {
              let data3 = data.rules;
              const _errs10 = errors;
              if (errors === _errs10) {
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                  const _errs12 = errors;
                  for (const key1 in data3) {
                    if (!func2.call(schema11.properties.rules.properties, key1)) {
                      validate10.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules, data: data3 }];
                      return false;
                      break;
                    }
                  }
                  if (_errs12 === errors) {
                    if (data3["entry-link"] !== void 0) {
                      let data4 = data3["entry-link"];
                      const _errs13 = errors;
                      const _errs14 = errors;
                      let valid4 = false;
                      let passing1 = null;
                      const _errs15 = errors;
                      if (!(data4 === "off" || data4 === "warn" || data4 === "error")) {
                        const err4 = { instancePath: instancePath + "/rules/entry-link", schemaPath: "#/properties/rules/properties/entry-link/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-link"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-link"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["entry-link"].oneOf[0], data: data4 };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs15 === errors;
                      if (_valid1) {
                        valid4 = true;
                        passing1 = 0;
                      }
                      const _errs16 = errors;
                      if (errors === _errs16) {
                        if (Array.isArray(data4)) {
                          if (data4.length > 2) {
                            const err5 = { instancePath: instancePath + "/rules/entry-link", schemaPath: "#/properties/rules/properties/entry-link/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["entry-link"].oneOf[1], data: data4 };
                            if (vErrors === null) {
                              vErrors = [err5];
                            } else {
                              vErrors.push(err5);
                            }
                            errors++;
                          } else {
                            if (data4.length < 1) {
                              const err6 = { instancePath: instancePath + "/rules/entry-link", schemaPath: "#/properties/rules/properties/entry-link/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["entry-link"].oneOf[1], data: data4 };
                              if (vErrors === null) {
                                vErrors = [err6];
                              } else {
                                vErrors.push(err6);
                              }
                              errors++;
                            } else {
                              const len1 = data4.length;
                              if (!(len1 <= 2)) {
                                const err7 = { instancePath: instancePath + "/rules/entry-link", schemaPath: "#/properties/rules/properties/entry-link/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["entry-link"].oneOf[1], data: data4 };
                                if (vErrors === null) {
                                  vErrors = [err7];
                                } else {
                                  vErrors.push(err7);
                                }
                                errors++;
                              } else {
                                const len2 = data4.length;
                                if (len2 > 0) {
                                  let data5 = data4[0];
                                  const _errs18 = errors;
                                  if (!(data5 === "off" || data5 === "warn" || data5 === "error")) {
                                    const err8 = { instancePath: instancePath + "/rules/entry-link/0", schemaPath: "#/properties/rules/properties/entry-link/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-link"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-link"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["entry-link"].oneOf[1].items[0], data: data5 };
                                    if (vErrors === null) {
                                      vErrors = [err8];
                                    } else {
                                      vErrors.push(err8);
                                    }
                                    errors++;
                                  }
                                  var valid5 = _errs18 === errors;
                                }
                                if (valid5) {
                                  if (len2 > 1) {
                                    let data6 = data4[1];
                                    const _errs19 = errors;
                                    if (errors === _errs19) {
                                      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                        const _errs21 = errors;
                                        for (const key2 in data6) {
                                          if (!(key2 === "style")) {
                                            const err9 = { instancePath: instancePath + "/rules/entry-link/1", schemaPath: "#/properties/rules/properties/entry-link/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["entry-link"].oneOf[1].items[1], data: data6 };
                                            if (vErrors === null) {
                                              vErrors = [err9];
                                            } else {
                                              vErrors.push(err9);
                                            }
                                            errors++;
                                            break;
                                          }
                                        }
                                        if (_errs21 === errors) {
                                          if (data6.style !== void 0) {
                                            let data7 = data6.style;
                                            if (!(data7 === "consistent" || data7 === "link" || data7 === "any")) {
                                              const err10 = { instancePath: instancePath + "/rules/entry-link/1/style", schemaPath: "#/properties/rules/properties/entry-link/oneOf/1/items/1/properties/style/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-link"].oneOf[1].items[1].properties.style.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-link"].oneOf[1].items[1].properties.style.enum, parentSchema: schema11.properties.rules.properties["entry-link"].oneOf[1].items[1].properties.style, data: data7 };
                                              if (vErrors === null) {
                                                vErrors = [err10];
                                              } else {
                                                vErrors.push(err10);
                                              }
                                              errors++;
                                            }
                                          }
                                        }
                                      } else {
                                        const err11 = { instancePath: instancePath + "/rules/entry-link/1", schemaPath: "#/properties/rules/properties/entry-link/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["entry-link"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["entry-link"].oneOf[1].items[1], data: data6 };
                                        if (vErrors === null) {
                                          vErrors = [err11];
                                        } else {
                                          vErrors.push(err11);
                                        }
                                        errors++;
                                      }
                                    }
                                    var valid5 = _errs19 === errors;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          const err12 = { instancePath: instancePath + "/rules/entry-link", schemaPath: "#/properties/rules/properties/entry-link/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["entry-link"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["entry-link"].oneOf[1], data: data4 };
                          if (vErrors === null) {
                            vErrors = [err12];
                          } else {
                            vErrors.push(err12);
                          }
                          errors++;
                        }
                      }
                      var _valid1 = _errs16 === errors;
                      if (_valid1 && valid4) {
                        valid4 = false;
                        passing1 = [passing1, 1];
                      } else {
                        if (_valid1) {
                          valid4 = true;
                          passing1 = 1;
                        }
                      }
                      if (!valid4) {
                        const err13 = { instancePath: instancePath + "/rules/entry-link", schemaPath: "#/properties/rules/properties/entry-link/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["entry-link"].oneOf, parentSchema: schema11.properties.rules.properties["entry-link"], data: data4 };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                        validate10.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs14;
                        if (vErrors !== null) {
                          if (_errs14) {
                            vErrors.length = _errs14;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid3 = _errs13 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data3["entry-description"] !== void 0) {
                        let data8 = data3["entry-description"];
                        const _errs23 = errors;
                        const _errs24 = errors;
                        let valid7 = false;
                        let passing2 = null;
                        const _errs25 = errors;
                        if (!(data8 === "off" || data8 === "warn" || data8 === "error")) {
                          const err14 = { instancePath: instancePath + "/rules/entry-description", schemaPath: "#/properties/rules/properties/entry-description/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-description"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-description"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["entry-description"].oneOf[0], data: data8 };
                          if (vErrors === null) {
                            vErrors = [err14];
                          } else {
                            vErrors.push(err14);
                          }
                          errors++;
                        }
                        var _valid2 = _errs25 === errors;
                        if (_valid2) {
                          valid7 = true;
                          passing2 = 0;
                        }
                        const _errs26 = errors;
                        if (errors === _errs26) {
                          if (Array.isArray(data8)) {
                            if (data8.length > 2) {
                              const err15 = { instancePath: instancePath + "/rules/entry-description", schemaPath: "#/properties/rules/properties/entry-description/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["entry-description"].oneOf[1], data: data8 };
                              if (vErrors === null) {
                                vErrors = [err15];
                              } else {
                                vErrors.push(err15);
                              }
                              errors++;
                            } else {
                              if (data8.length < 1) {
                                const err16 = { instancePath: instancePath + "/rules/entry-description", schemaPath: "#/properties/rules/properties/entry-description/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["entry-description"].oneOf[1], data: data8 };
                                if (vErrors === null) {
                                  vErrors = [err16];
                                } else {
                                  vErrors.push(err16);
                                }
                                errors++;
                              } else {
                                const len3 = data8.length;
                                if (!(len3 <= 2)) {
                                  const err17 = { instancePath: instancePath + "/rules/entry-description", schemaPath: "#/properties/rules/properties/entry-description/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["entry-description"].oneOf[1], data: data8 };
                                  if (vErrors === null) {
                                    vErrors = [err17];
                                  } else {
                                    vErrors.push(err17);
                                  }
                                  errors++;
                                } else {
                                  const len4 = data8.length;
                                  if (len4 > 0) {
                                    let data9 = data8[0];
                                    const _errs28 = errors;
                                    if (!(data9 === "off" || data9 === "warn" || data9 === "error")) {
                                      const err18 = { instancePath: instancePath + "/rules/entry-description/0", schemaPath: "#/properties/rules/properties/entry-description/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-description"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-description"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["entry-description"].oneOf[1].items[0], data: data9 };
                                      if (vErrors === null) {
                                        vErrors = [err18];
                                      } else {
                                        vErrors.push(err18);
                                      }
                                      errors++;
                                    }
                                    var valid8 = _errs28 === errors;
                                  }
                                  if (valid8) {
                                    if (len4 > 1) {
                                      let data10 = data8[1];
                                      const _errs29 = errors;
                                      if (errors === _errs29) {
                                        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                          const _errs31 = errors;
                                          for (const key3 in data10) {
                                            if (!(key3 === "minLength")) {
                                              const err19 = { instancePath: instancePath + "/rules/entry-description/1", schemaPath: "#/properties/rules/properties/entry-description/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["entry-description"].oneOf[1].items[1], data: data10 };
                                              if (vErrors === null) {
                                                vErrors = [err19];
                                              } else {
                                                vErrors.push(err19);
                                              }
                                              errors++;
                                              break;
                                            }
                                          }
                                          if (_errs31 === errors) {
                                            if (data10.minLength !== void 0) {
                                              let data11 = data10.minLength;
                                              const _errs32 = errors;
                                              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                                                const err20 = { instancePath: instancePath + "/rules/entry-description/1/minLength", schemaPath: "#/properties/rules/properties/entry-description/oneOf/1/items/1/properties/minLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.rules.properties["entry-description"].oneOf[1].items[1].properties.minLength.type, parentSchema: schema11.properties.rules.properties["entry-description"].oneOf[1].items[1].properties.minLength, data: data11 };
                                                if (vErrors === null) {
                                                  vErrors = [err20];
                                                } else {
                                                  vErrors.push(err20);
                                                }
                                                errors++;
                                              }
                                              if (errors === _errs32) {
                                                if (typeof data11 == "number" && isFinite(data11)) {
                                                  if (data11 < 1 || isNaN(data11)) {
                                                    const err21 = { instancePath: instancePath + "/rules/entry-description/1/minLength", schemaPath: "#/properties/rules/properties/entry-description/oneOf/1/items/1/properties/minLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.rules.properties["entry-description"].oneOf[1].items[1].properties.minLength, data: data11 };
                                                    if (vErrors === null) {
                                                      vErrors = [err21];
                                                    } else {
                                                      vErrors.push(err21);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          const err22 = { instancePath: instancePath + "/rules/entry-description/1", schemaPath: "#/properties/rules/properties/entry-description/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["entry-description"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["entry-description"].oneOf[1].items[1], data: data10 };
                                          if (vErrors === null) {
                                            vErrors = [err22];
                                          } else {
                                            vErrors.push(err22);
                                          }
                                          errors++;
                                        }
                                      }
                                      var valid8 = _errs29 === errors;
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            const err23 = { instancePath: instancePath + "/rules/entry-description", schemaPath: "#/properties/rules/properties/entry-description/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["entry-description"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["entry-description"].oneOf[1], data: data8 };
                            if (vErrors === null) {
                              vErrors = [err23];
                            } else {
                              vErrors.push(err23);
                            }
                            errors++;
                          }
                        }
                        var _valid2 = _errs26 === errors;
                        if (_valid2 && valid7) {
                          valid7 = false;
                          passing2 = [passing2, 1];
                        } else {
                          if (_valid2) {
                            valid7 = true;
                            passing2 = 1;
                          }
                        }
                        if (!valid7) {
                          const err24 = { instancePath: instancePath + "/rules/entry-description", schemaPath: "#/properties/rules/properties/entry-description/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["entry-description"].oneOf, parentSchema: schema11.properties.rules.properties["entry-description"], data: data8 };
                          if (vErrors === null) {
                            vErrors = [err24];
                          } else {
                            vErrors.push(err24);
                          }
                          errors++;
                          validate10.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs24;
                          if (vErrors !== null) {
                            if (_errs24) {
                              vErrors.length = _errs24;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid3 = _errs23 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data3["no-malformed-url"] !== void 0) {
                          let data12 = data3["no-malformed-url"];
                          const _errs34 = errors;
                          const _errs35 = errors;
                          let valid10 = false;
                          let passing3 = null;
                          const _errs36 = errors;
                          if (!(data12 === "off" || data12 === "warn" || data12 === "error")) {
                            const err25 = { instancePath: instancePath + "/rules/no-malformed-url", schemaPath: "#/properties/rules/properties/no-malformed-url/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-malformed-url"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-malformed-url"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["no-malformed-url"].oneOf[0], data: data12 };
                            if (vErrors === null) {
                              vErrors = [err25];
                            } else {
                              vErrors.push(err25);
                            }
                            errors++;
                          }
                          var _valid3 = _errs36 === errors;
                          if (_valid3) {
                            valid10 = true;
                            passing3 = 0;
                          }
                          const _errs37 = errors;
                          if (errors === _errs37) {
                            if (Array.isArray(data12)) {
                              if (data12.length > 2) {
                                const err26 = { instancePath: instancePath + "/rules/no-malformed-url", schemaPath: "#/properties/rules/properties/no-malformed-url/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["no-malformed-url"].oneOf[1], data: data12 };
                                if (vErrors === null) {
                                  vErrors = [err26];
                                } else {
                                  vErrors.push(err26);
                                }
                                errors++;
                              } else {
                                if (data12.length < 1) {
                                  const err27 = { instancePath: instancePath + "/rules/no-malformed-url", schemaPath: "#/properties/rules/properties/no-malformed-url/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["no-malformed-url"].oneOf[1], data: data12 };
                                  if (vErrors === null) {
                                    vErrors = [err27];
                                  } else {
                                    vErrors.push(err27);
                                  }
                                  errors++;
                                } else {
                                  const len5 = data12.length;
                                  if (!(len5 <= 2)) {
                                    const err28 = { instancePath: instancePath + "/rules/no-malformed-url", schemaPath: "#/properties/rules/properties/no-malformed-url/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["no-malformed-url"].oneOf[1], data: data12 };
                                    if (vErrors === null) {
                                      vErrors = [err28];
                                    } else {
                                      vErrors.push(err28);
                                    }
                                    errors++;
                                  } else {
                                    const len6 = data12.length;
                                    if (len6 > 0) {
                                      let data13 = data12[0];
                                      const _errs39 = errors;
                                      if (!(data13 === "off" || data13 === "warn" || data13 === "error")) {
                                        const err29 = { instancePath: instancePath + "/rules/no-malformed-url/0", schemaPath: "#/properties/rules/properties/no-malformed-url/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-malformed-url"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-malformed-url"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["no-malformed-url"].oneOf[1].items[0], data: data13 };
                                        if (vErrors === null) {
                                          vErrors = [err29];
                                        } else {
                                          vErrors.push(err29);
                                        }
                                        errors++;
                                      }
                                      var valid11 = _errs39 === errors;
                                    }
                                    if (valid11) {
                                      if (len6 > 1) {
                                        let data14 = data12[1];
                                        const _errs40 = errors;
                                        if (errors === _errs40) {
                                          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                            for (const key4 in data14) {
                                              const err30 = { instancePath: instancePath + "/rules/no-malformed-url/1", schemaPath: "#/properties/rules/properties/no-malformed-url/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-malformed-url"].oneOf[1].items[1], data: data14 };
                                              if (vErrors === null) {
                                                vErrors = [err30];
                                              } else {
                                                vErrors.push(err30);
                                              }
                                              errors++;
                                              break;
                                            }
                                          } else {
                                            const err31 = { instancePath: instancePath + "/rules/no-malformed-url/1", schemaPath: "#/properties/rules/properties/no-malformed-url/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-malformed-url"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["no-malformed-url"].oneOf[1].items[1], data: data14 };
                                            if (vErrors === null) {
                                              vErrors = [err31];
                                            } else {
                                              vErrors.push(err31);
                                            }
                                            errors++;
                                          }
                                        }
                                        var valid11 = _errs40 === errors;
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              const err32 = { instancePath: instancePath + "/rules/no-malformed-url", schemaPath: "#/properties/rules/properties/no-malformed-url/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["no-malformed-url"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["no-malformed-url"].oneOf[1], data: data12 };
                              if (vErrors === null) {
                                vErrors = [err32];
                              } else {
                                vErrors.push(err32);
                              }
                              errors++;
                            }
                          }
                          var _valid3 = _errs37 === errors;
                          if (_valid3 && valid10) {
                            valid10 = false;
                            passing3 = [passing3, 1];
                          } else {
                            if (_valid3) {
                              valid10 = true;
                              passing3 = 1;
                            }
                          }
                          if (!valid10) {
                            const err33 = { instancePath: instancePath + "/rules/no-malformed-url", schemaPath: "#/properties/rules/properties/no-malformed-url/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["no-malformed-url"].oneOf, parentSchema: schema11.properties.rules.properties["no-malformed-url"], data: data12 };
                            if (vErrors === null) {
                              vErrors = [err33];
                            } else {
                              vErrors.push(err33);
                            }
                            errors++;
                            validate10.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs35;
                            if (vErrors !== null) {
                              if (_errs35) {
                                vErrors.length = _errs35;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid3 = _errs34 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data3["no-duplicate-entry"] !== void 0) {
                            let data15 = data3["no-duplicate-entry"];
                            const _errs43 = errors;
                            const _errs44 = errors;
                            let valid12 = false;
                            let passing4 = null;
                            const _errs45 = errors;
                            if (!(data15 === "off" || data15 === "warn" || data15 === "error")) {
                              const err34 = { instancePath: instancePath + "/rules/no-duplicate-entry", schemaPath: "#/properties/rules/properties/no-duplicate-entry/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-duplicate-entry"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-duplicate-entry"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["no-duplicate-entry"].oneOf[0], data: data15 };
                              if (vErrors === null) {
                                vErrors = [err34];
                              } else {
                                vErrors.push(err34);
                              }
                              errors++;
                            }
                            var _valid4 = _errs45 === errors;
                            if (_valid4) {
                              valid12 = true;
                              passing4 = 0;
                            }
                            const _errs46 = errors;
                            if (errors === _errs46) {
                              if (Array.isArray(data15)) {
                                if (data15.length > 2) {
                                  const err35 = { instancePath: instancePath + "/rules/no-duplicate-entry", schemaPath: "#/properties/rules/properties/no-duplicate-entry/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["no-duplicate-entry"].oneOf[1], data: data15 };
                                  if (vErrors === null) {
                                    vErrors = [err35];
                                  } else {
                                    vErrors.push(err35);
                                  }
                                  errors++;
                                } else {
                                  if (data15.length < 1) {
                                    const err36 = { instancePath: instancePath + "/rules/no-duplicate-entry", schemaPath: "#/properties/rules/properties/no-duplicate-entry/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["no-duplicate-entry"].oneOf[1], data: data15 };
                                    if (vErrors === null) {
                                      vErrors = [err36];
                                    } else {
                                      vErrors.push(err36);
                                    }
                                    errors++;
                                  } else {
                                    const len7 = data15.length;
                                    if (!(len7 <= 2)) {
                                      const err37 = { instancePath: instancePath + "/rules/no-duplicate-entry", schemaPath: "#/properties/rules/properties/no-duplicate-entry/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["no-duplicate-entry"].oneOf[1], data: data15 };
                                      if (vErrors === null) {
                                        vErrors = [err37];
                                      } else {
                                        vErrors.push(err37);
                                      }
                                      errors++;
                                    } else {
                                      const len8 = data15.length;
                                      if (len8 > 0) {
                                        let data16 = data15[0];
                                        const _errs48 = errors;
                                        if (!(data16 === "off" || data16 === "warn" || data16 === "error")) {
                                          const err38 = { instancePath: instancePath + "/rules/no-duplicate-entry/0", schemaPath: "#/properties/rules/properties/no-duplicate-entry/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-duplicate-entry"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-duplicate-entry"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["no-duplicate-entry"].oneOf[1].items[0], data: data16 };
                                          if (vErrors === null) {
                                            vErrors = [err38];
                                          } else {
                                            vErrors.push(err38);
                                          }
                                          errors++;
                                        }
                                        var valid13 = _errs48 === errors;
                                      }
                                      if (valid13) {
                                        if (len8 > 1) {
                                          let data17 = data15[1];
                                          const _errs49 = errors;
                                          if (errors === _errs49) {
                                            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                              for (const key5 in data17) {
                                                const err39 = { instancePath: instancePath + "/rules/no-duplicate-entry/1", schemaPath: "#/properties/rules/properties/no-duplicate-entry/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-duplicate-entry"].oneOf[1].items[1], data: data17 };
                                                if (vErrors === null) {
                                                  vErrors = [err39];
                                                } else {
                                                  vErrors.push(err39);
                                                }
                                                errors++;
                                                break;
                                              }
                                            } else {
                                              const err40 = { instancePath: instancePath + "/rules/no-duplicate-entry/1", schemaPath: "#/properties/rules/properties/no-duplicate-entry/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-duplicate-entry"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["no-duplicate-entry"].oneOf[1].items[1], data: data17 };
                                              if (vErrors === null) {
                                                vErrors = [err40];
                                              } else {
                                                vErrors.push(err40);
                                              }
                                              errors++;
                                            }
                                          }
                                          var valid13 = _errs49 === errors;
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                const err41 = { instancePath: instancePath + "/rules/no-duplicate-entry", schemaPath: "#/properties/rules/properties/no-duplicate-entry/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["no-duplicate-entry"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["no-duplicate-entry"].oneOf[1], data: data15 };
                                if (vErrors === null) {
                                  vErrors = [err41];
                                } else {
                                  vErrors.push(err41);
                                }
                                errors++;
                              }
                            }
                            var _valid4 = _errs46 === errors;
                            if (_valid4 && valid12) {
                              valid12 = false;
                              passing4 = [passing4, 1];
                            } else {
                              if (_valid4) {
                                valid12 = true;
                                passing4 = 1;
                              }
                            }
                            if (!valid12) {
                              const err42 = { instancePath: instancePath + "/rules/no-duplicate-entry", schemaPath: "#/properties/rules/properties/no-duplicate-entry/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["no-duplicate-entry"].oneOf, parentSchema: schema11.properties.rules.properties["no-duplicate-entry"], data: data15 };
                              if (vErrors === null) {
                                vErrors = [err42];
                              } else {
                                vErrors.push(err42);
                              }
                              errors++;
                              validate10.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs44;
                              if (vErrors !== null) {
                                if (_errs44) {
                                  vErrors.length = _errs44;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid3 = _errs43 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data3["no-duplicate-url"] !== void 0) {
                              let data18 = data3["no-duplicate-url"];
                              const _errs52 = errors;
                              const _errs53 = errors;
                              let valid14 = false;
                              let passing5 = null;
                              const _errs54 = errors;
                              if (!(data18 === "off" || data18 === "warn" || data18 === "error")) {
                                const err43 = { instancePath: instancePath + "/rules/no-duplicate-url", schemaPath: "#/properties/rules/properties/no-duplicate-url/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-duplicate-url"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-duplicate-url"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["no-duplicate-url"].oneOf[0], data: data18 };
                                if (vErrors === null) {
                                  vErrors = [err43];
                                } else {
                                  vErrors.push(err43);
                                }
                                errors++;
                              }
                              var _valid5 = _errs54 === errors;
                              if (_valid5) {
                                valid14 = true;
                                passing5 = 0;
                              }
                              const _errs55 = errors;
                              if (errors === _errs55) {
                                if (Array.isArray(data18)) {
                                  if (data18.length > 2) {
                                    const err44 = { instancePath: instancePath + "/rules/no-duplicate-url", schemaPath: "#/properties/rules/properties/no-duplicate-url/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["no-duplicate-url"].oneOf[1], data: data18 };
                                    if (vErrors === null) {
                                      vErrors = [err44];
                                    } else {
                                      vErrors.push(err44);
                                    }
                                    errors++;
                                  } else {
                                    if (data18.length < 1) {
                                      const err45 = { instancePath: instancePath + "/rules/no-duplicate-url", schemaPath: "#/properties/rules/properties/no-duplicate-url/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["no-duplicate-url"].oneOf[1], data: data18 };
                                      if (vErrors === null) {
                                        vErrors = [err45];
                                      } else {
                                        vErrors.push(err45);
                                      }
                                      errors++;
                                    } else {
                                      const len9 = data18.length;
                                      if (!(len9 <= 2)) {
                                        const err46 = { instancePath: instancePath + "/rules/no-duplicate-url", schemaPath: "#/properties/rules/properties/no-duplicate-url/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["no-duplicate-url"].oneOf[1], data: data18 };
                                        if (vErrors === null) {
                                          vErrors = [err46];
                                        } else {
                                          vErrors.push(err46);
                                        }
                                        errors++;
                                      } else {
                                        const len10 = data18.length;
                                        if (len10 > 0) {
                                          let data19 = data18[0];
                                          const _errs57 = errors;
                                          if (!(data19 === "off" || data19 === "warn" || data19 === "error")) {
                                            const err47 = { instancePath: instancePath + "/rules/no-duplicate-url/0", schemaPath: "#/properties/rules/properties/no-duplicate-url/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-duplicate-url"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-duplicate-url"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["no-duplicate-url"].oneOf[1].items[0], data: data19 };
                                            if (vErrors === null) {
                                              vErrors = [err47];
                                            } else {
                                              vErrors.push(err47);
                                            }
                                            errors++;
                                          }
                                          var valid15 = _errs57 === errors;
                                        }
                                        if (valid15) {
                                          if (len10 > 1) {
                                            let data20 = data18[1];
                                            const _errs58 = errors;
                                            if (errors === _errs58) {
                                              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                                for (const key6 in data20) {
                                                  const err48 = { instancePath: instancePath + "/rules/no-duplicate-url/1", schemaPath: "#/properties/rules/properties/no-duplicate-url/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-duplicate-url"].oneOf[1].items[1], data: data20 };
                                                  if (vErrors === null) {
                                                    vErrors = [err48];
                                                  } else {
                                                    vErrors.push(err48);
                                                  }
                                                  errors++;
                                                  break;
                                                }
                                              } else {
                                                const err49 = { instancePath: instancePath + "/rules/no-duplicate-url/1", schemaPath: "#/properties/rules/properties/no-duplicate-url/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-duplicate-url"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["no-duplicate-url"].oneOf[1].items[1], data: data20 };
                                                if (vErrors === null) {
                                                  vErrors = [err49];
                                                } else {
                                                  vErrors.push(err49);
                                                }
                                                errors++;
                                              }
                                            }
                                            var valid15 = _errs58 === errors;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  const err50 = { instancePath: instancePath + "/rules/no-duplicate-url", schemaPath: "#/properties/rules/properties/no-duplicate-url/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["no-duplicate-url"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["no-duplicate-url"].oneOf[1], data: data18 };
                                  if (vErrors === null) {
                                    vErrors = [err50];
                                  } else {
                                    vErrors.push(err50);
                                  }
                                  errors++;
                                }
                              }
                              var _valid5 = _errs55 === errors;
                              if (_valid5 && valid14) {
                                valid14 = false;
                                passing5 = [passing5, 1];
                              } else {
                                if (_valid5) {
                                  valid14 = true;
                                  passing5 = 1;
                                }
                              }
                              if (!valid14) {
                                const err51 = { instancePath: instancePath + "/rules/no-duplicate-url", schemaPath: "#/properties/rules/properties/no-duplicate-url/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["no-duplicate-url"].oneOf, parentSchema: schema11.properties.rules.properties["no-duplicate-url"], data: data18 };
                                if (vErrors === null) {
                                  vErrors = [err51];
                                } else {
                                  vErrors.push(err51);
                                }
                                errors++;
                                validate10.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs53;
                                if (vErrors !== null) {
                                  if (_errs53) {
                                    vErrors.length = _errs53;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid3 = _errs52 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data3["toc-link"] !== void 0) {
                                let data21 = data3["toc-link"];
                                const _errs61 = errors;
                                const _errs62 = errors;
                                let valid16 = false;
                                let passing6 = null;
                                const _errs63 = errors;
                                if (!(data21 === "off" || data21 === "warn" || data21 === "error")) {
                                  const err52 = { instancePath: instancePath + "/rules/toc-link", schemaPath: "#/properties/rules/properties/toc-link/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["toc-link"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["toc-link"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["toc-link"].oneOf[0], data: data21 };
                                  if (vErrors === null) {
                                    vErrors = [err52];
                                  } else {
                                    vErrors.push(err52);
                                  }
                                  errors++;
                                }
                                var _valid6 = _errs63 === errors;
                                if (_valid6) {
                                  valid16 = true;
                                  passing6 = 0;
                                }
                                const _errs64 = errors;
                                if (errors === _errs64) {
                                  if (Array.isArray(data21)) {
                                    if (data21.length > 2) {
                                      const err53 = { instancePath: instancePath + "/rules/toc-link", schemaPath: "#/properties/rules/properties/toc-link/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["toc-link"].oneOf[1], data: data21 };
                                      if (vErrors === null) {
                                        vErrors = [err53];
                                      } else {
                                        vErrors.push(err53);
                                      }
                                      errors++;
                                    } else {
                                      if (data21.length < 1) {
                                        const err54 = { instancePath: instancePath + "/rules/toc-link", schemaPath: "#/properties/rules/properties/toc-link/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["toc-link"].oneOf[1], data: data21 };
                                        if (vErrors === null) {
                                          vErrors = [err54];
                                        } else {
                                          vErrors.push(err54);
                                        }
                                        errors++;
                                      } else {
                                        const len11 = data21.length;
                                        if (!(len11 <= 2)) {
                                          const err55 = { instancePath: instancePath + "/rules/toc-link", schemaPath: "#/properties/rules/properties/toc-link/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["toc-link"].oneOf[1], data: data21 };
                                          if (vErrors === null) {
                                            vErrors = [err55];
                                          } else {
                                            vErrors.push(err55);
                                          }
                                          errors++;
                                        } else {
                                          const len12 = data21.length;
                                          if (len12 > 0) {
                                            let data22 = data21[0];
                                            const _errs66 = errors;
                                            if (!(data22 === "off" || data22 === "warn" || data22 === "error")) {
                                              const err56 = { instancePath: instancePath + "/rules/toc-link/0", schemaPath: "#/properties/rules/properties/toc-link/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["toc-link"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["toc-link"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["toc-link"].oneOf[1].items[0], data: data22 };
                                              if (vErrors === null) {
                                                vErrors = [err56];
                                              } else {
                                                vErrors.push(err56);
                                              }
                                              errors++;
                                            }
                                            var valid17 = _errs66 === errors;
                                          }
                                          if (valid17) {
                                            if (len12 > 1) {
                                              let data23 = data21[1];
                                              const _errs67 = errors;
                                              if (errors === _errs67) {
                                                if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                                  for (const key7 in data23) {
                                                    const err57 = { instancePath: instancePath + "/rules/toc-link/1", schemaPath: "#/properties/rules/properties/toc-link/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["toc-link"].oneOf[1].items[1], data: data23 };
                                                    if (vErrors === null) {
                                                      vErrors = [err57];
                                                    } else {
                                                      vErrors.push(err57);
                                                    }
                                                    errors++;
                                                    break;
                                                  }
                                                } else {
                                                  const err58 = { instancePath: instancePath + "/rules/toc-link/1", schemaPath: "#/properties/rules/properties/toc-link/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["toc-link"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["toc-link"].oneOf[1].items[1], data: data23 };
                                                  if (vErrors === null) {
                                                    vErrors = [err58];
                                                  } else {
                                                    vErrors.push(err58);
                                                  }
                                                  errors++;
                                                }
                                              }
                                              var valid17 = _errs67 === errors;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    const err59 = { instancePath: instancePath + "/rules/toc-link", schemaPath: "#/properties/rules/properties/toc-link/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["toc-link"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["toc-link"].oneOf[1], data: data21 };
                                    if (vErrors === null) {
                                      vErrors = [err59];
                                    } else {
                                      vErrors.push(err59);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid6 = _errs64 === errors;
                                if (_valid6 && valid16) {
                                  valid16 = false;
                                  passing6 = [passing6, 1];
                                } else {
                                  if (_valid6) {
                                    valid16 = true;
                                    passing6 = 1;
                                  }
                                }
                                if (!valid16) {
                                  const err60 = { instancePath: instancePath + "/rules/toc-link", schemaPath: "#/properties/rules/properties/toc-link/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["toc-link"].oneOf, parentSchema: schema11.properties.rules.properties["toc-link"], data: data21 };
                                  if (vErrors === null) {
                                    vErrors = [err60];
                                  } else {
                                    vErrors.push(err60);
                                  }
                                  errors++;
                                  validate10.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs62;
                                  if (vErrors !== null) {
                                    if (_errs62) {
                                      vErrors.length = _errs62;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid3 = _errs61 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data3["toc-complete"] !== void 0) {
                                  let data24 = data3["toc-complete"];
                                  const _errs70 = errors;
                                  const _errs71 = errors;
                                  let valid18 = false;
                                  let passing7 = null;
                                  const _errs72 = errors;
                                  if (!(data24 === "off" || data24 === "warn" || data24 === "error")) {
                                    const err61 = { instancePath: instancePath + "/rules/toc-complete", schemaPath: "#/properties/rules/properties/toc-complete/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["toc-complete"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["toc-complete"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["toc-complete"].oneOf[0], data: data24 };
                                    if (vErrors === null) {
                                      vErrors = [err61];
                                    } else {
                                      vErrors.push(err61);
                                    }
                                    errors++;
                                  }
                                  var _valid7 = _errs72 === errors;
                                  if (_valid7) {
                                    valid18 = true;
                                    passing7 = 0;
                                  }
                                  const _errs73 = errors;
                                  if (errors === _errs73) {
                                    if (Array.isArray(data24)) {
                                      if (data24.length > 2) {
                                        const err62 = { instancePath: instancePath + "/rules/toc-complete", schemaPath: "#/properties/rules/properties/toc-complete/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["toc-complete"].oneOf[1], data: data24 };
                                        if (vErrors === null) {
                                          vErrors = [err62];
                                        } else {
                                          vErrors.push(err62);
                                        }
                                        errors++;
                                      } else {
                                        if (data24.length < 1) {
                                          const err63 = { instancePath: instancePath + "/rules/toc-complete", schemaPath: "#/properties/rules/properties/toc-complete/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["toc-complete"].oneOf[1], data: data24 };
                                          if (vErrors === null) {
                                            vErrors = [err63];
                                          } else {
                                            vErrors.push(err63);
                                          }
                                          errors++;
                                        } else {
                                          const len13 = data24.length;
                                          if (!(len13 <= 2)) {
                                            const err64 = { instancePath: instancePath + "/rules/toc-complete", schemaPath: "#/properties/rules/properties/toc-complete/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["toc-complete"].oneOf[1], data: data24 };
                                            if (vErrors === null) {
                                              vErrors = [err64];
                                            } else {
                                              vErrors.push(err64);
                                            }
                                            errors++;
                                          } else {
                                            const len14 = data24.length;
                                            if (len14 > 0) {
                                              let data25 = data24[0];
                                              const _errs75 = errors;
                                              if (!(data25 === "off" || data25 === "warn" || data25 === "error")) {
                                                const err65 = { instancePath: instancePath + "/rules/toc-complete/0", schemaPath: "#/properties/rules/properties/toc-complete/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["toc-complete"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["toc-complete"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["toc-complete"].oneOf[1].items[0], data: data25 };
                                                if (vErrors === null) {
                                                  vErrors = [err65];
                                                } else {
                                                  vErrors.push(err65);
                                                }
                                                errors++;
                                              }
                                              var valid19 = _errs75 === errors;
                                            }
                                            if (valid19) {
                                              if (len14 > 1) {
                                                let data26 = data24[1];
                                                const _errs76 = errors;
                                                if (errors === _errs76) {
                                                  if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                                    for (const key8 in data26) {
                                                      const err66 = { instancePath: instancePath + "/rules/toc-complete/1", schemaPath: "#/properties/rules/properties/toc-complete/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["toc-complete"].oneOf[1].items[1], data: data26 };
                                                      if (vErrors === null) {
                                                        vErrors = [err66];
                                                      } else {
                                                        vErrors.push(err66);
                                                      }
                                                      errors++;
                                                      break;
                                                    }
                                                  } else {
                                                    const err67 = { instancePath: instancePath + "/rules/toc-complete/1", schemaPath: "#/properties/rules/properties/toc-complete/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["toc-complete"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["toc-complete"].oneOf[1].items[1], data: data26 };
                                                    if (vErrors === null) {
                                                      vErrors = [err67];
                                                    } else {
                                                      vErrors.push(err67);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                                var valid19 = _errs76 === errors;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      const err68 = { instancePath: instancePath + "/rules/toc-complete", schemaPath: "#/properties/rules/properties/toc-complete/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["toc-complete"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["toc-complete"].oneOf[1], data: data24 };
                                      if (vErrors === null) {
                                        vErrors = [err68];
                                      } else {
                                        vErrors.push(err68);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid7 = _errs73 === errors;
                                  if (_valid7 && valid18) {
                                    valid18 = false;
                                    passing7 = [passing7, 1];
                                  } else {
                                    if (_valid7) {
                                      valid18 = true;
                                      passing7 = 1;
                                    }
                                  }
                                  if (!valid18) {
                                    const err69 = { instancePath: instancePath + "/rules/toc-complete", schemaPath: "#/properties/rules/properties/toc-complete/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["toc-complete"].oneOf, parentSchema: schema11.properties.rules.properties["toc-complete"], data: data24 };
                                    if (vErrors === null) {
                                      vErrors = [err69];
                                    } else {
                                      vErrors.push(err69);
                                    }
                                    errors++;
                                    validate10.errors = vErrors;
                                    return false;
                                  } else {
                                    errors = _errs71;
                                    if (vErrors !== null) {
                                      if (_errs71) {
                                        vErrors.length = _errs71;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var valid3 = _errs70 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data3["heading-increment"] !== void 0) {
                                    let data27 = data3["heading-increment"];
                                    const _errs79 = errors;
                                    const _errs80 = errors;
                                    let valid20 = false;
                                    let passing8 = null;
                                    const _errs81 = errors;
                                    if (!(data27 === "off" || data27 === "warn" || data27 === "error")) {
                                      const err70 = { instancePath: instancePath + "/rules/heading-increment", schemaPath: "#/properties/rules/properties/heading-increment/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["heading-increment"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["heading-increment"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["heading-increment"].oneOf[0], data: data27 };
                                      if (vErrors === null) {
                                        vErrors = [err70];
                                      } else {
                                        vErrors.push(err70);
                                      }
                                      errors++;
                                    }
                                    var _valid8 = _errs81 === errors;
                                    if (_valid8) {
                                      valid20 = true;
                                      passing8 = 0;
                                    }
                                    const _errs82 = errors;
                                    if (errors === _errs82) {
                                      if (Array.isArray(data27)) {
                                        if (data27.length > 2) {
                                          const err71 = { instancePath: instancePath + "/rules/heading-increment", schemaPath: "#/properties/rules/properties/heading-increment/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["heading-increment"].oneOf[1], data: data27 };
                                          if (vErrors === null) {
                                            vErrors = [err71];
                                          } else {
                                            vErrors.push(err71);
                                          }
                                          errors++;
                                        } else {
                                          if (data27.length < 1) {
                                            const err72 = { instancePath: instancePath + "/rules/heading-increment", schemaPath: "#/properties/rules/properties/heading-increment/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["heading-increment"].oneOf[1], data: data27 };
                                            if (vErrors === null) {
                                              vErrors = [err72];
                                            } else {
                                              vErrors.push(err72);
                                            }
                                            errors++;
                                          } else {
                                            const len15 = data27.length;
                                            if (!(len15 <= 2)) {
                                              const err73 = { instancePath: instancePath + "/rules/heading-increment", schemaPath: "#/properties/rules/properties/heading-increment/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["heading-increment"].oneOf[1], data: data27 };
                                              if (vErrors === null) {
                                                vErrors = [err73];
                                              } else {
                                                vErrors.push(err73);
                                              }
                                              errors++;
                                            } else {
                                              const len16 = data27.length;
                                              if (len16 > 0) {
                                                let data28 = data27[0];
                                                const _errs84 = errors;
                                                if (!(data28 === "off" || data28 === "warn" || data28 === "error")) {
                                                  const err74 = { instancePath: instancePath + "/rules/heading-increment/0", schemaPath: "#/properties/rules/properties/heading-increment/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["heading-increment"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["heading-increment"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["heading-increment"].oneOf[1].items[0], data: data28 };
                                                  if (vErrors === null) {
                                                    vErrors = [err74];
                                                  } else {
                                                    vErrors.push(err74);
                                                  }
                                                  errors++;
                                                }
                                                var valid21 = _errs84 === errors;
                                              }
                                              if (valid21) {
                                                if (len16 > 1) {
                                                  let data29 = data27[1];
                                                  const _errs85 = errors;
                                                  if (errors === _errs85) {
                                                    if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                                      for (const key9 in data29) {
                                                        const err75 = { instancePath: instancePath + "/rules/heading-increment/1", schemaPath: "#/properties/rules/properties/heading-increment/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["heading-increment"].oneOf[1].items[1], data: data29 };
                                                        if (vErrors === null) {
                                                          vErrors = [err75];
                                                        } else {
                                                          vErrors.push(err75);
                                                        }
                                                        errors++;
                                                        break;
                                                      }
                                                    } else {
                                                      const err76 = { instancePath: instancePath + "/rules/heading-increment/1", schemaPath: "#/properties/rules/properties/heading-increment/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["heading-increment"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["heading-increment"].oneOf[1].items[1], data: data29 };
                                                      if (vErrors === null) {
                                                        vErrors = [err76];
                                                      } else {
                                                        vErrors.push(err76);
                                                      }
                                                      errors++;
                                                    }
                                                  }
                                                  var valid21 = _errs85 === errors;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        const err77 = { instancePath: instancePath + "/rules/heading-increment", schemaPath: "#/properties/rules/properties/heading-increment/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["heading-increment"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["heading-increment"].oneOf[1], data: data27 };
                                        if (vErrors === null) {
                                          vErrors = [err77];
                                        } else {
                                          vErrors.push(err77);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid8 = _errs82 === errors;
                                    if (_valid8 && valid20) {
                                      valid20 = false;
                                      passing8 = [passing8, 1];
                                    } else {
                                      if (_valid8) {
                                        valid20 = true;
                                        passing8 = 1;
                                      }
                                    }
                                    if (!valid20) {
                                      const err78 = { instancePath: instancePath + "/rules/heading-increment", schemaPath: "#/properties/rules/properties/heading-increment/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["heading-increment"].oneOf, parentSchema: schema11.properties.rules.properties["heading-increment"], data: data27 };
                                      if (vErrors === null) {
                                        vErrors = [err78];
                                      } else {
                                        vErrors.push(err78);
                                      }
                                      errors++;
                                      validate10.errors = vErrors;
                                      return false;
                                    } else {
                                      errors = _errs80;
                                      if (vErrors !== null) {
                                        if (_errs80) {
                                          vErrors.length = _errs80;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                    var valid3 = _errs79 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data3["heading-outline"] !== void 0) {
                                      let data30 = data3["heading-outline"];
                                      const _errs88 = errors;
                                      const _errs89 = errors;
                                      let valid22 = false;
                                      let passing9 = null;
                                      const _errs90 = errors;
                                      if (!(data30 === "off" || data30 === "warn" || data30 === "error")) {
                                        const err79 = { instancePath: instancePath + "/rules/heading-outline", schemaPath: "#/properties/rules/properties/heading-outline/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["heading-outline"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["heading-outline"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["heading-outline"].oneOf[0], data: data30 };
                                        if (vErrors === null) {
                                          vErrors = [err79];
                                        } else {
                                          vErrors.push(err79);
                                        }
                                        errors++;
                                      }
                                      var _valid9 = _errs90 === errors;
                                      if (_valid9) {
                                        valid22 = true;
                                        passing9 = 0;
                                      }
                                      const _errs91 = errors;
                                      if (errors === _errs91) {
                                        if (Array.isArray(data30)) {
                                          if (data30.length > 2) {
                                            const err80 = { instancePath: instancePath + "/rules/heading-outline", schemaPath: "#/properties/rules/properties/heading-outline/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["heading-outline"].oneOf[1], data: data30 };
                                            if (vErrors === null) {
                                              vErrors = [err80];
                                            } else {
                                              vErrors.push(err80);
                                            }
                                            errors++;
                                          } else {
                                            if (data30.length < 1) {
                                              const err81 = { instancePath: instancePath + "/rules/heading-outline", schemaPath: "#/properties/rules/properties/heading-outline/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["heading-outline"].oneOf[1], data: data30 };
                                              if (vErrors === null) {
                                                vErrors = [err81];
                                              } else {
                                                vErrors.push(err81);
                                              }
                                              errors++;
                                            } else {
                                              const len17 = data30.length;
                                              if (!(len17 <= 2)) {
                                                const err82 = { instancePath: instancePath + "/rules/heading-outline", schemaPath: "#/properties/rules/properties/heading-outline/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["heading-outline"].oneOf[1], data: data30 };
                                                if (vErrors === null) {
                                                  vErrors = [err82];
                                                } else {
                                                  vErrors.push(err82);
                                                }
                                                errors++;
                                              } else {
                                                const len18 = data30.length;
                                                if (len18 > 0) {
                                                  let data31 = data30[0];
                                                  const _errs93 = errors;
                                                  if (!(data31 === "off" || data31 === "warn" || data31 === "error")) {
                                                    const err83 = { instancePath: instancePath + "/rules/heading-outline/0", schemaPath: "#/properties/rules/properties/heading-outline/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["heading-outline"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["heading-outline"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["heading-outline"].oneOf[1].items[0], data: data31 };
                                                    if (vErrors === null) {
                                                      vErrors = [err83];
                                                    } else {
                                                      vErrors.push(err83);
                                                    }
                                                    errors++;
                                                  }
                                                  var valid23 = _errs93 === errors;
                                                }
                                                if (valid23) {
                                                  if (len18 > 1) {
                                                    let data32 = data30[1];
                                                    const _errs94 = errors;
                                                    if (errors === _errs94) {
                                                      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                                                        if (data32.headings !== void 0) {
                                                          let data33 = data32.headings;
                                                          const _errs96 = errors;
                                                          if (errors === _errs96) {
                                                            if (Array.isArray(data33)) {
                                                              var valid25 = true;
                                                              const len19 = data33.length;
                                                              for (let i1 = 0; i1 < len19; i1++) {
                                                                let data34 = data33[i1];
                                                                const _errs98 = errors;
                                                                if (errors === _errs98) {
                                                                  if (typeof data34 === "string") {
                                                                    if (func3(data34) < 1) {
                                                                      const err84 = { instancePath: instancePath + "/rules/heading-outline/1/headings/" + i1, schemaPath: "#/properties/rules/properties/heading-outline/oneOf/1/items/1/properties/headings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.rules.properties["heading-outline"].oneOf[1].items[1].properties.headings.items, data: data34 };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err84];
                                                                      } else {
                                                                        vErrors.push(err84);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                  } else {
                                                                    const err85 = { instancePath: instancePath + "/rules/heading-outline/1/headings/" + i1, schemaPath: "#/properties/rules/properties/heading-outline/oneOf/1/items/1/properties/headings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["heading-outline"].oneOf[1].items[1].properties.headings.items.type, parentSchema: schema11.properties.rules.properties["heading-outline"].oneOf[1].items[1].properties.headings.items, data: data34 };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err85];
                                                                    } else {
                                                                      vErrors.push(err85);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                }
                                                                var valid25 = _errs98 === errors;
                                                                if (!valid25) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              const err86 = { instancePath: instancePath + "/rules/heading-outline/1/headings", schemaPath: "#/properties/rules/properties/heading-outline/oneOf/1/items/1/properties/headings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["heading-outline"].oneOf[1].items[1].properties.headings.type, parentSchema: schema11.properties.rules.properties["heading-outline"].oneOf[1].items[1].properties.headings, data: data33 };
                                                              if (vErrors === null) {
                                                                vErrors = [err86];
                                                              } else {
                                                                vErrors.push(err86);
                                                              }
                                                              errors++;
                                                            }
                                                          }
                                                          var valid24 = _errs96 === errors;
                                                        } else {
                                                          var valid24 = true;
                                                        }
                                                        if (valid24) {
                                                          if (data32.matchCase !== void 0) {
                                                            let data35 = data32.matchCase;
                                                            const _errs100 = errors;
                                                            if (typeof data35 !== "boolean") {
                                                              const err87 = { instancePath: instancePath + "/rules/heading-outline/1/matchCase", schemaPath: "#/properties/rules/properties/heading-outline/oneOf/1/items/1/properties/matchCase/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.rules.properties["heading-outline"].oneOf[1].items[1].properties.matchCase.type, parentSchema: schema11.properties.rules.properties["heading-outline"].oneOf[1].items[1].properties.matchCase, data: data35 };
                                                              if (vErrors === null) {
                                                                vErrors = [err87];
                                                              } else {
                                                                vErrors.push(err87);
                                                              }
                                                              errors++;
                                                            }
                                                            var valid24 = _errs100 === errors;
                                                          } else {
                                                            var valid24 = true;
                                                          }
                                                        }
                                                      } else {
                                                        const err88 = { instancePath: instancePath + "/rules/heading-outline/1", schemaPath: "#/properties/rules/properties/heading-outline/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["heading-outline"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["heading-outline"].oneOf[1].items[1], data: data32 };
                                                        if (vErrors === null) {
                                                          vErrors = [err88];
                                                        } else {
                                                          vErrors.push(err88);
                                                        }
                                                        errors++;
                                                      }
                                                    }
                                                    var valid23 = _errs94 === errors;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          const err89 = { instancePath: instancePath + "/rules/heading-outline", schemaPath: "#/properties/rules/properties/heading-outline/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["heading-outline"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["heading-outline"].oneOf[1], data: data30 };
                                          if (vErrors === null) {
                                            vErrors = [err89];
                                          } else {
                                            vErrors.push(err89);
                                          }
                                          errors++;
                                        }
                                      }
                                      var _valid9 = _errs91 === errors;
                                      if (_valid9 && valid22) {
                                        valid22 = false;
                                        passing9 = [passing9, 1];
                                      } else {
                                        if (_valid9) {
                                          valid22 = true;
                                          passing9 = 1;
                                        }
                                      }
                                      if (!valid22) {
                                        const err90 = { instancePath: instancePath + "/rules/heading-outline", schemaPath: "#/properties/rules/properties/heading-outline/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["heading-outline"].oneOf, parentSchema: schema11.properties.rules.properties["heading-outline"], data: data30 };
                                        if (vErrors === null) {
                                          vErrors = [err90];
                                        } else {
                                          vErrors.push(err90);
                                        }
                                        errors++;
                                        validate10.errors = vErrors;
                                        return false;
                                      } else {
                                        errors = _errs89;
                                        if (vErrors !== null) {
                                          if (_errs89) {
                                            vErrors.length = _errs89;
                                          } else {
                                            vErrors = null;
                                          }
                                        }
                                      }
                                      var valid3 = _errs88 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data3["single-h1"] !== void 0) {
                                        let data36 = data3["single-h1"];
                                        const _errs102 = errors;
                                        const _errs103 = errors;
                                        let valid26 = false;
                                        let passing10 = null;
                                        const _errs104 = errors;
                                        if (!(data36 === "off" || data36 === "warn" || data36 === "error")) {
                                          const err91 = { instancePath: instancePath + "/rules/single-h1", schemaPath: "#/properties/rules/properties/single-h1/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["single-h1"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["single-h1"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["single-h1"].oneOf[0], data: data36 };
                                          if (vErrors === null) {
                                            vErrors = [err91];
                                          } else {
                                            vErrors.push(err91);
                                          }
                                          errors++;
                                        }
                                        var _valid10 = _errs104 === errors;
                                        if (_valid10) {
                                          valid26 = true;
                                          passing10 = 0;
                                        }
                                        const _errs105 = errors;
                                        if (errors === _errs105) {
                                          if (Array.isArray(data36)) {
                                            if (data36.length > 2) {
                                              const err92 = { instancePath: instancePath + "/rules/single-h1", schemaPath: "#/properties/rules/properties/single-h1/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["single-h1"].oneOf[1], data: data36 };
                                              if (vErrors === null) {
                                                vErrors = [err92];
                                              } else {
                                                vErrors.push(err92);
                                              }
                                              errors++;
                                            } else {
                                              if (data36.length < 1) {
                                                const err93 = { instancePath: instancePath + "/rules/single-h1", schemaPath: "#/properties/rules/properties/single-h1/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["single-h1"].oneOf[1], data: data36 };
                                                if (vErrors === null) {
                                                  vErrors = [err93];
                                                } else {
                                                  vErrors.push(err93);
                                                }
                                                errors++;
                                              } else {
                                                const len20 = data36.length;
                                                if (!(len20 <= 2)) {
                                                  const err94 = { instancePath: instancePath + "/rules/single-h1", schemaPath: "#/properties/rules/properties/single-h1/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["single-h1"].oneOf[1], data: data36 };
                                                  if (vErrors === null) {
                                                    vErrors = [err94];
                                                  } else {
                                                    vErrors.push(err94);
                                                  }
                                                  errors++;
                                                } else {
                                                  const len21 = data36.length;
                                                  if (len21 > 0) {
                                                    let data37 = data36[0];
                                                    const _errs107 = errors;
                                                    if (!(data37 === "off" || data37 === "warn" || data37 === "error")) {
                                                      const err95 = { instancePath: instancePath + "/rules/single-h1/0", schemaPath: "#/properties/rules/properties/single-h1/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["single-h1"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["single-h1"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["single-h1"].oneOf[1].items[0], data: data37 };
                                                      if (vErrors === null) {
                                                        vErrors = [err95];
                                                      } else {
                                                        vErrors.push(err95);
                                                      }
                                                      errors++;
                                                    }
                                                    var valid27 = _errs107 === errors;
                                                  }
                                                  if (valid27) {
                                                    if (len21 > 1) {
                                                      let data38 = data36[1];
                                                      const _errs108 = errors;
                                                      if (errors === _errs108) {
                                                        if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                                                          for (const key10 in data38) {
                                                            const err96 = { instancePath: instancePath + "/rules/single-h1/1", schemaPath: "#/properties/rules/properties/single-h1/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["single-h1"].oneOf[1].items[1], data: data38 };
                                                            if (vErrors === null) {
                                                              vErrors = [err96];
                                                            } else {
                                                              vErrors.push(err96);
                                                            }
                                                            errors++;
                                                            break;
                                                          }
                                                        } else {
                                                          const err97 = { instancePath: instancePath + "/rules/single-h1/1", schemaPath: "#/properties/rules/properties/single-h1/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["single-h1"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["single-h1"].oneOf[1].items[1], data: data38 };
                                                          if (vErrors === null) {
                                                            vErrors = [err97];
                                                          } else {
                                                            vErrors.push(err97);
                                                          }
                                                          errors++;
                                                        }
                                                      }
                                                      var valid27 = _errs108 === errors;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            const err98 = { instancePath: instancePath + "/rules/single-h1", schemaPath: "#/properties/rules/properties/single-h1/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["single-h1"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["single-h1"].oneOf[1], data: data36 };
                                            if (vErrors === null) {
                                              vErrors = [err98];
                                            } else {
                                              vErrors.push(err98);
                                            }
                                            errors++;
                                          }
                                        }
                                        var _valid10 = _errs105 === errors;
                                        if (_valid10 && valid26) {
                                          valid26 = false;
                                          passing10 = [passing10, 1];
                                        } else {
                                          if (_valid10) {
                                            valid26 = true;
                                            passing10 = 1;
                                          }
                                        }
                                        if (!valid26) {
                                          const err99 = { instancePath: instancePath + "/rules/single-h1", schemaPath: "#/properties/rules/properties/single-h1/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["single-h1"].oneOf, parentSchema: schema11.properties.rules.properties["single-h1"], data: data36 };
                                          if (vErrors === null) {
                                            vErrors = [err99];
                                          } else {
                                            vErrors.push(err99);
                                          }
                                          errors++;
                                          validate10.errors = vErrors;
                                          return false;
                                        } else {
                                          errors = _errs103;
                                          if (vErrors !== null) {
                                            if (_errs103) {
                                              vErrors.length = _errs103;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var valid3 = _errs102 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data3["no-empty-section"] !== void 0) {
                                          let data39 = data3["no-empty-section"];
                                          const _errs111 = errors;
                                          const _errs112 = errors;
                                          let valid28 = false;
                                          let passing11 = null;
                                          const _errs113 = errors;
                                          if (!(data39 === "off" || data39 === "warn" || data39 === "error")) {
                                            const err100 = { instancePath: instancePath + "/rules/no-empty-section", schemaPath: "#/properties/rules/properties/no-empty-section/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-empty-section"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-empty-section"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["no-empty-section"].oneOf[0], data: data39 };
                                            if (vErrors === null) {
                                              vErrors = [err100];
                                            } else {
                                              vErrors.push(err100);
                                            }
                                            errors++;
                                          }
                                          var _valid11 = _errs113 === errors;
                                          if (_valid11) {
                                            valid28 = true;
                                            passing11 = 0;
                                          }
                                          const _errs114 = errors;
                                          if (errors === _errs114) {
                                            if (Array.isArray(data39)) {
                                              if (data39.length > 2) {
                                                const err101 = { instancePath: instancePath + "/rules/no-empty-section", schemaPath: "#/properties/rules/properties/no-empty-section/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["no-empty-section"].oneOf[1], data: data39 };
                                                if (vErrors === null) {
                                                  vErrors = [err101];
                                                } else {
                                                  vErrors.push(err101);
                                                }
                                                errors++;
                                              } else {
                                                if (data39.length < 1) {
                                                  const err102 = { instancePath: instancePath + "/rules/no-empty-section", schemaPath: "#/properties/rules/properties/no-empty-section/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["no-empty-section"].oneOf[1], data: data39 };
                                                  if (vErrors === null) {
                                                    vErrors = [err102];
                                                  } else {
                                                    vErrors.push(err102);
                                                  }
                                                  errors++;
                                                } else {
                                                  const len22 = data39.length;
                                                  if (!(len22 <= 2)) {
                                                    const err103 = { instancePath: instancePath + "/rules/no-empty-section", schemaPath: "#/properties/rules/properties/no-empty-section/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["no-empty-section"].oneOf[1], data: data39 };
                                                    if (vErrors === null) {
                                                      vErrors = [err103];
                                                    } else {
                                                      vErrors.push(err103);
                                                    }
                                                    errors++;
                                                  } else {
                                                    const len23 = data39.length;
                                                    if (len23 > 0) {
                                                      let data40 = data39[0];
                                                      const _errs116 = errors;
                                                      if (!(data40 === "off" || data40 === "warn" || data40 === "error")) {
                                                        const err104 = { instancePath: instancePath + "/rules/no-empty-section/0", schemaPath: "#/properties/rules/properties/no-empty-section/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-empty-section"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-empty-section"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["no-empty-section"].oneOf[1].items[0], data: data40 };
                                                        if (vErrors === null) {
                                                          vErrors = [err104];
                                                        } else {
                                                          vErrors.push(err104);
                                                        }
                                                        errors++;
                                                      }
                                                      var valid29 = _errs116 === errors;
                                                    }
                                                    if (valid29) {
                                                      if (len23 > 1) {
                                                        let data41 = data39[1];
                                                        const _errs117 = errors;
                                                        if (errors === _errs117) {
                                                          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                                                            for (const key11 in data41) {
                                                              const err105 = { instancePath: instancePath + "/rules/no-empty-section/1", schemaPath: "#/properties/rules/properties/no-empty-section/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-empty-section"].oneOf[1].items[1], data: data41 };
                                                              if (vErrors === null) {
                                                                vErrors = [err105];
                                                              } else {
                                                                vErrors.push(err105);
                                                              }
                                                              errors++;
                                                              break;
                                                            }
                                                          } else {
                                                            const err106 = { instancePath: instancePath + "/rules/no-empty-section/1", schemaPath: "#/properties/rules/properties/no-empty-section/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-empty-section"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["no-empty-section"].oneOf[1].items[1], data: data41 };
                                                            if (vErrors === null) {
                                                              vErrors = [err106];
                                                            } else {
                                                              vErrors.push(err106);
                                                            }
                                                            errors++;
                                                          }
                                                        }
                                                        var valid29 = _errs117 === errors;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              const err107 = { instancePath: instancePath + "/rules/no-empty-section", schemaPath: "#/properties/rules/properties/no-empty-section/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["no-empty-section"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["no-empty-section"].oneOf[1], data: data39 };
                                              if (vErrors === null) {
                                                vErrors = [err107];
                                              } else {
                                                vErrors.push(err107);
                                              }
                                              errors++;
                                            }
                                          }
                                          var _valid11 = _errs114 === errors;
                                          if (_valid11 && valid28) {
                                            valid28 = false;
                                            passing11 = [passing11, 1];
                                          } else {
                                            if (_valid11) {
                                              valid28 = true;
                                              passing11 = 1;
                                            }
                                          }
                                          if (!valid28) {
                                            const err108 = { instancePath: instancePath + "/rules/no-empty-section", schemaPath: "#/properties/rules/properties/no-empty-section/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["no-empty-section"].oneOf, parentSchema: schema11.properties.rules.properties["no-empty-section"], data: data39 };
                                            if (vErrors === null) {
                                              vErrors = [err108];
                                            } else {
                                              vErrors.push(err108);
                                            }
                                            errors++;
                                            validate10.errors = vErrors;
                                            return false;
                                          } else {
                                            errors = _errs112;
                                            if (vErrors !== null) {
                                              if (_errs112) {
                                                vErrors.length = _errs112;
                                              } else {
                                                vErrors = null;
                                              }
                                            }
                                          }
                                          var valid3 = _errs111 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data3["no-missing-file"] !== void 0) {
                                            let data42 = data3["no-missing-file"];
                                            const _errs120 = errors;
                                            const _errs121 = errors;
                                            let valid30 = false;
                                            let passing12 = null;
                                            const _errs122 = errors;
                                            if (!(data42 === "off" || data42 === "warn" || data42 === "error")) {
                                              const err109 = { instancePath: instancePath + "/rules/no-missing-file", schemaPath: "#/properties/rules/properties/no-missing-file/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-missing-file"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-missing-file"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["no-missing-file"].oneOf[0], data: data42 };
                                              if (vErrors === null) {
                                                vErrors = [err109];
                                              } else {
                                                vErrors.push(err109);
                                              }
                                              errors++;
                                            }
                                            var _valid12 = _errs122 === errors;
                                            if (_valid12) {
                                              valid30 = true;
                                              passing12 = 0;
                                            }
                                            const _errs123 = errors;
                                            if (errors === _errs123) {
                                              if (Array.isArray(data42)) {
                                                if (data42.length > 2) {
                                                  const err110 = { instancePath: instancePath + "/rules/no-missing-file", schemaPath: "#/properties/rules/properties/no-missing-file/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["no-missing-file"].oneOf[1], data: data42 };
                                                  if (vErrors === null) {
                                                    vErrors = [err110];
                                                  } else {
                                                    vErrors.push(err110);
                                                  }
                                                  errors++;
                                                } else {
                                                  if (data42.length < 1) {
                                                    const err111 = { instancePath: instancePath + "/rules/no-missing-file", schemaPath: "#/properties/rules/properties/no-missing-file/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["no-missing-file"].oneOf[1], data: data42 };
                                                    if (vErrors === null) {
                                                      vErrors = [err111];
                                                    } else {
                                                      vErrors.push(err111);
                                                    }
                                                    errors++;
                                                  } else {
                                                    const len24 = data42.length;
                                                    if (!(len24 <= 2)) {
                                                      const err112 = { instancePath: instancePath + "/rules/no-missing-file", schemaPath: "#/properties/rules/properties/no-missing-file/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["no-missing-file"].oneOf[1], data: data42 };
                                                      if (vErrors === null) {
                                                        vErrors = [err112];
                                                      } else {
                                                        vErrors.push(err112);
                                                      }
                                                      errors++;
                                                    } else {
                                                      const len25 = data42.length;
                                                      if (len25 > 0) {
                                                        let data43 = data42[0];
                                                        const _errs125 = errors;
                                                        if (!(data43 === "off" || data43 === "warn" || data43 === "error")) {
                                                          const err113 = { instancePath: instancePath + "/rules/no-missing-file/0", schemaPath: "#/properties/rules/properties/no-missing-file/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-missing-file"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-missing-file"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["no-missing-file"].oneOf[1].items[0], data: data43 };
                                                          if (vErrors === null) {
                                                            vErrors = [err113];
                                                          } else {
                                                            vErrors.push(err113);
                                                          }
                                                          errors++;
                                                        }
                                                        var valid31 = _errs125 === errors;
                                                      }
                                                      if (valid31) {
                                                        if (len25 > 1) {
                                                          let data44 = data42[1];
                                                          const _errs126 = errors;
                                                          if (errors === _errs126) {
                                                            if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                                                              for (const key12 in data44) {
                                                                const err114 = { instancePath: instancePath + "/rules/no-missing-file/1", schemaPath: "#/properties/rules/properties/no-missing-file/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-missing-file"].oneOf[1].items[1], data: data44 };
                                                                if (vErrors === null) {
                                                                  vErrors = [err114];
                                                                } else {
                                                                  vErrors.push(err114);
                                                                }
                                                                errors++;
                                                                break;
                                                              }
                                                            } else {
                                                              const err115 = { instancePath: instancePath + "/rules/no-missing-file/1", schemaPath: "#/properties/rules/properties/no-missing-file/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-missing-file"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["no-missing-file"].oneOf[1].items[1], data: data44 };
                                                              if (vErrors === null) {
                                                                vErrors = [err115];
                                                              } else {
                                                                vErrors.push(err115);
                                                              }
                                                              errors++;
                                                            }
                                                          }
                                                          var valid31 = _errs126 === errors;
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                const err116 = { instancePath: instancePath + "/rules/no-missing-file", schemaPath: "#/properties/rules/properties/no-missing-file/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["no-missing-file"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["no-missing-file"].oneOf[1], data: data42 };
                                                if (vErrors === null) {
                                                  vErrors = [err116];
                                                } else {
                                                  vErrors.push(err116);
                                                }
                                                errors++;
                                              }
                                            }
                                            var _valid12 = _errs123 === errors;
                                            if (_valid12 && valid30) {
                                              valid30 = false;
                                              passing12 = [passing12, 1];
                                            } else {
                                              if (_valid12) {
                                                valid30 = true;
                                                passing12 = 1;
                                              }
                                            }
                                            if (!valid30) {
                                              const err117 = { instancePath: instancePath + "/rules/no-missing-file", schemaPath: "#/properties/rules/properties/no-missing-file/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["no-missing-file"].oneOf, parentSchema: schema11.properties.rules.properties["no-missing-file"], data: data42 };
                                              if (vErrors === null) {
                                                vErrors = [err117];
                                              } else {
                                                vErrors.push(err117);
                                              }
                                              errors++;
                                              validate10.errors = vErrors;
                                              return false;
                                            } else {
                                              errors = _errs121;
                                              if (vErrors !== null) {
                                                if (_errs121) {
                                                  vErrors.length = _errs121;
                                                } else {
                                                  vErrors = null;
                                                }
                                              }
                                            }
                                            var valid3 = _errs120 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data3["no-link-outside-repository"] !== void 0) {
                                              let data45 = data3["no-link-outside-repository"];
                                              const _errs129 = errors;
                                              const _errs130 = errors;
                                              let valid32 = false;
                                              let passing13 = null;
                                              const _errs131 = errors;
                                              if (!(data45 === "off" || data45 === "warn" || data45 === "error")) {
                                                const err118 = { instancePath: instancePath + "/rules/no-link-outside-repository", schemaPath: "#/properties/rules/properties/no-link-outside-repository/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-link-outside-repository"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-link-outside-repository"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["no-link-outside-repository"].oneOf[0], data: data45 };
                                                if (vErrors === null) {
                                                  vErrors = [err118];
                                                } else {
                                                  vErrors.push(err118);
                                                }
                                                errors++;
                                              }
                                              var _valid13 = _errs131 === errors;
                                              if (_valid13) {
                                                valid32 = true;
                                                passing13 = 0;
                                              }
                                              const _errs132 = errors;
                                              if (errors === _errs132) {
                                                if (Array.isArray(data45)) {
                                                  if (data45.length > 2) {
                                                    const err119 = { instancePath: instancePath + "/rules/no-link-outside-repository", schemaPath: "#/properties/rules/properties/no-link-outside-repository/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["no-link-outside-repository"].oneOf[1], data: data45 };
                                                    if (vErrors === null) {
                                                      vErrors = [err119];
                                                    } else {
                                                      vErrors.push(err119);
                                                    }
                                                    errors++;
                                                  } else {
                                                    if (data45.length < 1) {
                                                      const err120 = { instancePath: instancePath + "/rules/no-link-outside-repository", schemaPath: "#/properties/rules/properties/no-link-outside-repository/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["no-link-outside-repository"].oneOf[1], data: data45 };
                                                      if (vErrors === null) {
                                                        vErrors = [err120];
                                                      } else {
                                                        vErrors.push(err120);
                                                      }
                                                      errors++;
                                                    } else {
                                                      const len26 = data45.length;
                                                      if (!(len26 <= 2)) {
                                                        const err121 = { instancePath: instancePath + "/rules/no-link-outside-repository", schemaPath: "#/properties/rules/properties/no-link-outside-repository/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["no-link-outside-repository"].oneOf[1], data: data45 };
                                                        if (vErrors === null) {
                                                          vErrors = [err121];
                                                        } else {
                                                          vErrors.push(err121);
                                                        }
                                                        errors++;
                                                      } else {
                                                        const len27 = data45.length;
                                                        if (len27 > 0) {
                                                          let data46 = data45[0];
                                                          const _errs134 = errors;
                                                          if (!(data46 === "off" || data46 === "warn" || data46 === "error")) {
                                                            const err122 = { instancePath: instancePath + "/rules/no-link-outside-repository/0", schemaPath: "#/properties/rules/properties/no-link-outside-repository/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-link-outside-repository"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-link-outside-repository"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["no-link-outside-repository"].oneOf[1].items[0], data: data46 };
                                                            if (vErrors === null) {
                                                              vErrors = [err122];
                                                            } else {
                                                              vErrors.push(err122);
                                                            }
                                                            errors++;
                                                          }
                                                          var valid33 = _errs134 === errors;
                                                        }
                                                        if (valid33) {
                                                          if (len27 > 1) {
                                                            let data47 = data45[1];
                                                            const _errs135 = errors;
                                                            if (errors === _errs135) {
                                                              if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                                                                for (const key13 in data47) {
                                                                  const err123 = { instancePath: instancePath + "/rules/no-link-outside-repository/1", schemaPath: "#/properties/rules/properties/no-link-outside-repository/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-link-outside-repository"].oneOf[1].items[1], data: data47 };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err123];
                                                                  } else {
                                                                    vErrors.push(err123);
                                                                  }
                                                                  errors++;
                                                                  break;
                                                                }
                                                              } else {
                                                                const err124 = { instancePath: instancePath + "/rules/no-link-outside-repository/1", schemaPath: "#/properties/rules/properties/no-link-outside-repository/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-link-outside-repository"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["no-link-outside-repository"].oneOf[1].items[1], data: data47 };
                                                                if (vErrors === null) {
                                                                  vErrors = [err124];
                                                                } else {
                                                                  vErrors.push(err124);
                                                                }
                                                                errors++;
                                                              }
                                                            }
                                                            var valid33 = _errs135 === errors;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  const err125 = { instancePath: instancePath + "/rules/no-link-outside-repository", schemaPath: "#/properties/rules/properties/no-link-outside-repository/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["no-link-outside-repository"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["no-link-outside-repository"].oneOf[1], data: data45 };
                                                  if (vErrors === null) {
                                                    vErrors = [err125];
                                                  } else {
                                                    vErrors.push(err125);
                                                  }
                                                  errors++;
                                                }
                                              }
                                              var _valid13 = _errs132 === errors;
                                              if (_valid13 && valid32) {
                                                valid32 = false;
                                                passing13 = [passing13, 1];
                                              } else {
                                                if (_valid13) {
                                                  valid32 = true;
                                                  passing13 = 1;
                                                }
                                              }
                                              if (!valid32) {
                                                const err126 = { instancePath: instancePath + "/rules/no-link-outside-repository", schemaPath: "#/properties/rules/properties/no-link-outside-repository/oneOf", keyword: "oneOf", params: { passingSchemas: passing13 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["no-link-outside-repository"].oneOf, parentSchema: schema11.properties.rules.properties["no-link-outside-repository"], data: data45 };
                                                if (vErrors === null) {
                                                  vErrors = [err126];
                                                } else {
                                                  vErrors.push(err126);
                                                }
                                                errors++;
                                                validate10.errors = vErrors;
                                                return false;
                                              } else {
                                                errors = _errs130;
                                                if (vErrors !== null) {
                                                  if (_errs130) {
                                                    vErrors.length = _errs130;
                                                  } else {
                                                    vErrors = null;
                                                  }
                                                }
                                              }
                                              var valid3 = _errs129 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data3["no-missing-fragment"] !== void 0) {
                                                let data48 = data3["no-missing-fragment"];
                                                const _errs138 = errors;
                                                const _errs139 = errors;
                                                let valid34 = false;
                                                let passing14 = null;
                                                const _errs140 = errors;
                                                if (!(data48 === "off" || data48 === "warn" || data48 === "error")) {
                                                  const err127 = { instancePath: instancePath + "/rules/no-missing-fragment", schemaPath: "#/properties/rules/properties/no-missing-fragment/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-missing-fragment"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-missing-fragment"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["no-missing-fragment"].oneOf[0], data: data48 };
                                                  if (vErrors === null) {
                                                    vErrors = [err127];
                                                  } else {
                                                    vErrors.push(err127);
                                                  }
                                                  errors++;
                                                }
                                                var _valid14 = _errs140 === errors;
                                                if (_valid14) {
                                                  valid34 = true;
                                                  passing14 = 0;
                                                }
                                                const _errs141 = errors;
                                                if (errors === _errs141) {
                                                  if (Array.isArray(data48)) {
                                                    if (data48.length > 2) {
                                                      const err128 = { instancePath: instancePath + "/rules/no-missing-fragment", schemaPath: "#/properties/rules/properties/no-missing-fragment/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["no-missing-fragment"].oneOf[1], data: data48 };
                                                      if (vErrors === null) {
                                                        vErrors = [err128];
                                                      } else {
                                                        vErrors.push(err128);
                                                      }
                                                      errors++;
                                                    } else {
                                                      if (data48.length < 1) {
                                                        const err129 = { instancePath: instancePath + "/rules/no-missing-fragment", schemaPath: "#/properties/rules/properties/no-missing-fragment/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["no-missing-fragment"].oneOf[1], data: data48 };
                                                        if (vErrors === null) {
                                                          vErrors = [err129];
                                                        } else {
                                                          vErrors.push(err129);
                                                        }
                                                        errors++;
                                                      } else {
                                                        const len28 = data48.length;
                                                        if (!(len28 <= 2)) {
                                                          const err130 = { instancePath: instancePath + "/rules/no-missing-fragment", schemaPath: "#/properties/rules/properties/no-missing-fragment/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["no-missing-fragment"].oneOf[1], data: data48 };
                                                          if (vErrors === null) {
                                                            vErrors = [err130];
                                                          } else {
                                                            vErrors.push(err130);
                                                          }
                                                          errors++;
                                                        } else {
                                                          const len29 = data48.length;
                                                          if (len29 > 0) {
                                                            let data49 = data48[0];
                                                            const _errs143 = errors;
                                                            if (!(data49 === "off" || data49 === "warn" || data49 === "error")) {
                                                              const err131 = { instancePath: instancePath + "/rules/no-missing-fragment/0", schemaPath: "#/properties/rules/properties/no-missing-fragment/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-missing-fragment"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-missing-fragment"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["no-missing-fragment"].oneOf[1].items[0], data: data49 };
                                                              if (vErrors === null) {
                                                                vErrors = [err131];
                                                              } else {
                                                                vErrors.push(err131);
                                                              }
                                                              errors++;
                                                            }
                                                            var valid35 = _errs143 === errors;
                                                          }
                                                          if (valid35) {
                                                            if (len29 > 1) {
                                                              let data50 = data48[1];
                                                              const _errs144 = errors;
                                                              if (errors === _errs144) {
                                                                if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                                                                  for (const key14 in data50) {
                                                                    const err132 = { instancePath: instancePath + "/rules/no-missing-fragment/1", schemaPath: "#/properties/rules/properties/no-missing-fragment/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-missing-fragment"].oneOf[1].items[1], data: data50 };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err132];
                                                                    } else {
                                                                      vErrors.push(err132);
                                                                    }
                                                                    errors++;
                                                                    break;
                                                                  }
                                                                } else {
                                                                  const err133 = { instancePath: instancePath + "/rules/no-missing-fragment/1", schemaPath: "#/properties/rules/properties/no-missing-fragment/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-missing-fragment"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["no-missing-fragment"].oneOf[1].items[1], data: data50 };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err133];
                                                                  } else {
                                                                    vErrors.push(err133);
                                                                  }
                                                                  errors++;
                                                                }
                                                              }
                                                              var valid35 = _errs144 === errors;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    const err134 = { instancePath: instancePath + "/rules/no-missing-fragment", schemaPath: "#/properties/rules/properties/no-missing-fragment/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["no-missing-fragment"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["no-missing-fragment"].oneOf[1], data: data48 };
                                                    if (vErrors === null) {
                                                      vErrors = [err134];
                                                    } else {
                                                      vErrors.push(err134);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                                var _valid14 = _errs141 === errors;
                                                if (_valid14 && valid34) {
                                                  valid34 = false;
                                                  passing14 = [passing14, 1];
                                                } else {
                                                  if (_valid14) {
                                                    valid34 = true;
                                                    passing14 = 1;
                                                  }
                                                }
                                                if (!valid34) {
                                                  const err135 = { instancePath: instancePath + "/rules/no-missing-fragment", schemaPath: "#/properties/rules/properties/no-missing-fragment/oneOf", keyword: "oneOf", params: { passingSchemas: passing14 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["no-missing-fragment"].oneOf, parentSchema: schema11.properties.rules.properties["no-missing-fragment"], data: data48 };
                                                  if (vErrors === null) {
                                                    vErrors = [err135];
                                                  } else {
                                                    vErrors.push(err135);
                                                  }
                                                  errors++;
                                                  validate10.errors = vErrors;
                                                  return false;
                                                } else {
                                                  errors = _errs139;
                                                  if (vErrors !== null) {
                                                    if (_errs139) {
                                                      vErrors.length = _errs139;
                                                    } else {
                                                      vErrors = null;
                                                    }
                                                  }
                                                }
                                                var valid3 = _errs138 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                              if (valid3) {
                                                if (data3["no-http-link"] !== void 0) {
                                                  let data51 = data3["no-http-link"];
                                                  const _errs147 = errors;
                                                  const _errs148 = errors;
                                                  let valid36 = false;
                                                  let passing15 = null;
                                                  const _errs149 = errors;
                                                  if (!(data51 === "off" || data51 === "warn" || data51 === "error")) {
                                                    const err136 = { instancePath: instancePath + "/rules/no-http-link", schemaPath: "#/properties/rules/properties/no-http-link/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-http-link"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-http-link"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["no-http-link"].oneOf[0], data: data51 };
                                                    if (vErrors === null) {
                                                      vErrors = [err136];
                                                    } else {
                                                      vErrors.push(err136);
                                                    }
                                                    errors++;
                                                  }
                                                  var _valid15 = _errs149 === errors;
                                                  if (_valid15) {
                                                    valid36 = true;
                                                    passing15 = 0;
                                                  }
                                                  const _errs150 = errors;
                                                  if (errors === _errs150) {
                                                    if (Array.isArray(data51)) {
                                                      if (data51.length > 2) {
                                                        const err137 = { instancePath: instancePath + "/rules/no-http-link", schemaPath: "#/properties/rules/properties/no-http-link/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["no-http-link"].oneOf[1], data: data51 };
                                                        if (vErrors === null) {
                                                          vErrors = [err137];
                                                        } else {
                                                          vErrors.push(err137);
                                                        }
                                                        errors++;
                                                      } else {
                                                        if (data51.length < 1) {
                                                          const err138 = { instancePath: instancePath + "/rules/no-http-link", schemaPath: "#/properties/rules/properties/no-http-link/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["no-http-link"].oneOf[1], data: data51 };
                                                          if (vErrors === null) {
                                                            vErrors = [err138];
                                                          } else {
                                                            vErrors.push(err138);
                                                          }
                                                          errors++;
                                                        } else {
                                                          const len30 = data51.length;
                                                          if (!(len30 <= 2)) {
                                                            const err139 = { instancePath: instancePath + "/rules/no-http-link", schemaPath: "#/properties/rules/properties/no-http-link/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["no-http-link"].oneOf[1], data: data51 };
                                                            if (vErrors === null) {
                                                              vErrors = [err139];
                                                            } else {
                                                              vErrors.push(err139);
                                                            }
                                                            errors++;
                                                          } else {
                                                            const len31 = data51.length;
                                                            if (len31 > 0) {
                                                              let data52 = data51[0];
                                                              const _errs152 = errors;
                                                              if (!(data52 === "off" || data52 === "warn" || data52 === "error")) {
                                                                const err140 = { instancePath: instancePath + "/rules/no-http-link/0", schemaPath: "#/properties/rules/properties/no-http-link/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["no-http-link"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["no-http-link"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["no-http-link"].oneOf[1].items[0], data: data52 };
                                                                if (vErrors === null) {
                                                                  vErrors = [err140];
                                                                } else {
                                                                  vErrors.push(err140);
                                                                }
                                                                errors++;
                                                              }
                                                              var valid37 = _errs152 === errors;
                                                            }
                                                            if (valid37) {
                                                              if (len31 > 1) {
                                                                let data53 = data51[1];
                                                                const _errs153 = errors;
                                                                if (errors === _errs153) {
                                                                  if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                                                                    for (const key15 in data53) {
                                                                      const err141 = { instancePath: instancePath + "/rules/no-http-link/1", schemaPath: "#/properties/rules/properties/no-http-link/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["no-http-link"].oneOf[1].items[1], data: data53 };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err141];
                                                                      } else {
                                                                        vErrors.push(err141);
                                                                      }
                                                                      errors++;
                                                                      break;
                                                                    }
                                                                  } else {
                                                                    const err142 = { instancePath: instancePath + "/rules/no-http-link/1", schemaPath: "#/properties/rules/properties/no-http-link/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["no-http-link"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["no-http-link"].oneOf[1].items[1], data: data53 };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err142];
                                                                    } else {
                                                                      vErrors.push(err142);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                }
                                                                var valid37 = _errs153 === errors;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    } else {
                                                      const err143 = { instancePath: instancePath + "/rules/no-http-link", schemaPath: "#/properties/rules/properties/no-http-link/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["no-http-link"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["no-http-link"].oneOf[1], data: data51 };
                                                      if (vErrors === null) {
                                                        vErrors = [err143];
                                                      } else {
                                                        vErrors.push(err143);
                                                      }
                                                      errors++;
                                                    }
                                                  }
                                                  var _valid15 = _errs150 === errors;
                                                  if (_valid15 && valid36) {
                                                    valid36 = false;
                                                    passing15 = [passing15, 1];
                                                  } else {
                                                    if (_valid15) {
                                                      valid36 = true;
                                                      passing15 = 1;
                                                    }
                                                  }
                                                  if (!valid36) {
                                                    const err144 = { instancePath: instancePath + "/rules/no-http-link", schemaPath: "#/properties/rules/properties/no-http-link/oneOf", keyword: "oneOf", params: { passingSchemas: passing15 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["no-http-link"].oneOf, parentSchema: schema11.properties.rules.properties["no-http-link"], data: data51 };
                                                    if (vErrors === null) {
                                                      vErrors = [err144];
                                                    } else {
                                                      vErrors.push(err144);
                                                    }
                                                    errors++;
                                                    validate10.errors = vErrors;
                                                    return false;
                                                  } else {
                                                    errors = _errs148;
                                                    if (vErrors !== null) {
                                                      if (_errs148) {
                                                        vErrors.length = _errs148;
                                                      } else {
                                                        vErrors = null;
                                                      }
                                                    }
                                                  }
                                                  var valid3 = _errs147 === errors;
                                                } else {
                                                  var valid3 = true;
                                                }
                                                if (valid3) {
                                                  if (data3["entry-order"] !== void 0) {
                                                    let data54 = data3["entry-order"];
                                                    const _errs156 = errors;
                                                    const _errs157 = errors;
                                                    let valid38 = false;
                                                    let passing16 = null;
                                                    const _errs158 = errors;
                                                    if (!(data54 === "off" || data54 === "warn" || data54 === "error")) {
                                                      const err145 = { instancePath: instancePath + "/rules/entry-order", schemaPath: "#/properties/rules/properties/entry-order/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-order"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-order"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["entry-order"].oneOf[0], data: data54 };
                                                      if (vErrors === null) {
                                                        vErrors = [err145];
                                                      } else {
                                                        vErrors.push(err145);
                                                      }
                                                      errors++;
                                                    }
                                                    var _valid16 = _errs158 === errors;
                                                    if (_valid16) {
                                                      valid38 = true;
                                                      passing16 = 0;
                                                    }
                                                    const _errs159 = errors;
                                                    if (errors === _errs159) {
                                                      if (Array.isArray(data54)) {
                                                        if (data54.length > 2) {
                                                          const err146 = { instancePath: instancePath + "/rules/entry-order", schemaPath: "#/properties/rules/properties/entry-order/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["entry-order"].oneOf[1], data: data54 };
                                                          if (vErrors === null) {
                                                            vErrors = [err146];
                                                          } else {
                                                            vErrors.push(err146);
                                                          }
                                                          errors++;
                                                        } else {
                                                          if (data54.length < 1) {
                                                            const err147 = { instancePath: instancePath + "/rules/entry-order", schemaPath: "#/properties/rules/properties/entry-order/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["entry-order"].oneOf[1], data: data54 };
                                                            if (vErrors === null) {
                                                              vErrors = [err147];
                                                            } else {
                                                              vErrors.push(err147);
                                                            }
                                                            errors++;
                                                          } else {
                                                            const len32 = data54.length;
                                                            if (!(len32 <= 2)) {
                                                              const err148 = { instancePath: instancePath + "/rules/entry-order", schemaPath: "#/properties/rules/properties/entry-order/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["entry-order"].oneOf[1], data: data54 };
                                                              if (vErrors === null) {
                                                                vErrors = [err148];
                                                              } else {
                                                                vErrors.push(err148);
                                                              }
                                                              errors++;
                                                            } else {
                                                              const len33 = data54.length;
                                                              if (len33 > 0) {
                                                                let data55 = data54[0];
                                                                const _errs161 = errors;
                                                                if (!(data55 === "off" || data55 === "warn" || data55 === "error")) {
                                                                  const err149 = { instancePath: instancePath + "/rules/entry-order/0", schemaPath: "#/properties/rules/properties/entry-order/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-order"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-order"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["entry-order"].oneOf[1].items[0], data: data55 };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err149];
                                                                  } else {
                                                                    vErrors.push(err149);
                                                                  }
                                                                  errors++;
                                                                }
                                                                var valid39 = _errs161 === errors;
                                                              }
                                                              if (valid39) {
                                                                if (len33 > 1) {
                                                                  let data56 = data54[1];
                                                                  const _errs162 = errors;
                                                                  if (errors === _errs162) {
                                                                    if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                                                                      const _errs164 = errors;
                                                                      for (const key16 in data56) {
                                                                        if (!(key16 === "sections" || key16 === "ignoreArticles")) {
                                                                          const err150 = { instancePath: instancePath + "/rules/entry-order/1", schemaPath: "#/properties/rules/properties/entry-order/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["entry-order"].oneOf[1].items[1], data: data56 };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err150];
                                                                          } else {
                                                                            vErrors.push(err150);
                                                                          }
                                                                          errors++;
                                                                          break;
                                                                        }
                                                                      }
                                                                      if (_errs164 === errors) {
                                                                        if (data56.sections !== void 0) {
                                                                          let data57 = data56.sections;
                                                                          const _errs165 = errors;
                                                                          if (errors === _errs165) {
                                                                            if (Array.isArray(data57)) {
                                                                              var valid41 = true;
                                                                              const len34 = data57.length;
                                                                              for (let i2 = 0; i2 < len34; i2++) {
                                                                                let data58 = data57[i2];
                                                                                const _errs167 = errors;
                                                                                if (errors === _errs167) {
                                                                                  if (typeof data58 === "string") {
                                                                                    if (func3(data58) < 1) {
                                                                                      const err151 = { instancePath: instancePath + "/rules/entry-order/1/sections/" + i2, schemaPath: "#/properties/rules/properties/entry-order/oneOf/1/items/1/properties/sections/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.rules.properties["entry-order"].oneOf[1].items[1].properties.sections.items, data: data58 };
                                                                                      if (vErrors === null) {
                                                                                        vErrors = [err151];
                                                                                      } else {
                                                                                        vErrors.push(err151);
                                                                                      }
                                                                                      errors++;
                                                                                    }
                                                                                  } else {
                                                                                    const err152 = { instancePath: instancePath + "/rules/entry-order/1/sections/" + i2, schemaPath: "#/properties/rules/properties/entry-order/oneOf/1/items/1/properties/sections/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["entry-order"].oneOf[1].items[1].properties.sections.items.type, parentSchema: schema11.properties.rules.properties["entry-order"].oneOf[1].items[1].properties.sections.items, data: data58 };
                                                                                    if (vErrors === null) {
                                                                                      vErrors = [err152];
                                                                                    } else {
                                                                                      vErrors.push(err152);
                                                                                    }
                                                                                    errors++;
                                                                                  }
                                                                                }
                                                                                var valid41 = _errs167 === errors;
                                                                                if (!valid41) {
                                                                                  break;
                                                                                }
                                                                              }
                                                                            } else {
                                                                              const err153 = { instancePath: instancePath + "/rules/entry-order/1/sections", schemaPath: "#/properties/rules/properties/entry-order/oneOf/1/items/1/properties/sections/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["entry-order"].oneOf[1].items[1].properties.sections.type, parentSchema: schema11.properties.rules.properties["entry-order"].oneOf[1].items[1].properties.sections, data: data57 };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err153];
                                                                              } else {
                                                                                vErrors.push(err153);
                                                                              }
                                                                              errors++;
                                                                            }
                                                                          }
                                                                          var valid40 = _errs165 === errors;
                                                                        } else {
                                                                          var valid40 = true;
                                                                        }
                                                                        if (valid40) {
                                                                          if (data56.ignoreArticles !== void 0) {
                                                                            let data59 = data56.ignoreArticles;
                                                                            const _errs169 = errors;
                                                                            if (typeof data59 !== "boolean") {
                                                                              const err154 = { instancePath: instancePath + "/rules/entry-order/1/ignoreArticles", schemaPath: "#/properties/rules/properties/entry-order/oneOf/1/items/1/properties/ignoreArticles/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.rules.properties["entry-order"].oneOf[1].items[1].properties.ignoreArticles.type, parentSchema: schema11.properties.rules.properties["entry-order"].oneOf[1].items[1].properties.ignoreArticles, data: data59 };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err154];
                                                                              } else {
                                                                                vErrors.push(err154);
                                                                              }
                                                                              errors++;
                                                                            }
                                                                            var valid40 = _errs169 === errors;
                                                                          } else {
                                                                            var valid40 = true;
                                                                          }
                                                                        }
                                                                      }
                                                                    } else {
                                                                      const err155 = { instancePath: instancePath + "/rules/entry-order/1", schemaPath: "#/properties/rules/properties/entry-order/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["entry-order"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["entry-order"].oneOf[1].items[1], data: data56 };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err155];
                                                                      } else {
                                                                        vErrors.push(err155);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                  }
                                                                  var valid39 = _errs162 === errors;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        const err156 = { instancePath: instancePath + "/rules/entry-order", schemaPath: "#/properties/rules/properties/entry-order/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["entry-order"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["entry-order"].oneOf[1], data: data54 };
                                                        if (vErrors === null) {
                                                          vErrors = [err156];
                                                        } else {
                                                          vErrors.push(err156);
                                                        }
                                                        errors++;
                                                      }
                                                    }
                                                    var _valid16 = _errs159 === errors;
                                                    if (_valid16 && valid38) {
                                                      valid38 = false;
                                                      passing16 = [passing16, 1];
                                                    } else {
                                                      if (_valid16) {
                                                        valid38 = true;
                                                        passing16 = 1;
                                                      }
                                                    }
                                                    if (!valid38) {
                                                      const err157 = { instancePath: instancePath + "/rules/entry-order", schemaPath: "#/properties/rules/properties/entry-order/oneOf", keyword: "oneOf", params: { passingSchemas: passing16 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["entry-order"].oneOf, parentSchema: schema11.properties.rules.properties["entry-order"], data: data54 };
                                                      if (vErrors === null) {
                                                        vErrors = [err157];
                                                      } else {
                                                        vErrors.push(err157);
                                                      }
                                                      errors++;
                                                      validate10.errors = vErrors;
                                                      return false;
                                                    } else {
                                                      errors = _errs157;
                                                      if (vErrors !== null) {
                                                        if (_errs157) {
                                                          vErrors.length = _errs157;
                                                        } else {
                                                          vErrors = null;
                                                        }
                                                      }
                                                    }
                                                    var valid3 = _errs156 === errors;
                                                  } else {
                                                    var valid3 = true;
                                                  }
                                                  if (valid3) {
                                                    if (data3["entry-format"] !== void 0) {
                                                      let data60 = data3["entry-format"];
                                                      const _errs171 = errors;
                                                      const _errs172 = errors;
                                                      let valid42 = false;
                                                      let passing17 = null;
                                                      const _errs173 = errors;
                                                      if (!(data60 === "off" || data60 === "warn" || data60 === "error")) {
                                                        const err158 = { instancePath: instancePath + "/rules/entry-format", schemaPath: "#/properties/rules/properties/entry-format/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-format"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-format"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["entry-format"].oneOf[0], data: data60 };
                                                        if (vErrors === null) {
                                                          vErrors = [err158];
                                                        } else {
                                                          vErrors.push(err158);
                                                        }
                                                        errors++;
                                                      }
                                                      var _valid17 = _errs173 === errors;
                                                      if (_valid17) {
                                                        valid42 = true;
                                                        passing17 = 0;
                                                      }
                                                      const _errs174 = errors;
                                                      if (errors === _errs174) {
                                                        if (Array.isArray(data60)) {
                                                          if (data60.length > 2) {
                                                            const err159 = { instancePath: instancePath + "/rules/entry-format", schemaPath: "#/properties/rules/properties/entry-format/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["entry-format"].oneOf[1], data: data60 };
                                                            if (vErrors === null) {
                                                              vErrors = [err159];
                                                            } else {
                                                              vErrors.push(err159);
                                                            }
                                                            errors++;
                                                          } else {
                                                            if (data60.length < 1) {
                                                              const err160 = { instancePath: instancePath + "/rules/entry-format", schemaPath: "#/properties/rules/properties/entry-format/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["entry-format"].oneOf[1], data: data60 };
                                                              if (vErrors === null) {
                                                                vErrors = [err160];
                                                              } else {
                                                                vErrors.push(err160);
                                                              }
                                                              errors++;
                                                            } else {
                                                              const len35 = data60.length;
                                                              if (!(len35 <= 2)) {
                                                                const err161 = { instancePath: instancePath + "/rules/entry-format", schemaPath: "#/properties/rules/properties/entry-format/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["entry-format"].oneOf[1], data: data60 };
                                                                if (vErrors === null) {
                                                                  vErrors = [err161];
                                                                } else {
                                                                  vErrors.push(err161);
                                                                }
                                                                errors++;
                                                              } else {
                                                                const len36 = data60.length;
                                                                if (len36 > 0) {
                                                                  let data61 = data60[0];
                                                                  const _errs176 = errors;
                                                                  if (!(data61 === "off" || data61 === "warn" || data61 === "error")) {
                                                                    const err162 = { instancePath: instancePath + "/rules/entry-format/0", schemaPath: "#/properties/rules/properties/entry-format/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-format"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-format"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["entry-format"].oneOf[1].items[0], data: data61 };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err162];
                                                                    } else {
                                                                      vErrors.push(err162);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                  var valid43 = _errs176 === errors;
                                                                }
                                                                if (valid43) {
                                                                  if (len36 > 1) {
                                                                    let data62 = data60[1];
                                                                    const _errs177 = errors;
                                                                    if (errors === _errs177) {
                                                                      if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                                                                        const _errs179 = errors;
                                                                        for (const key17 in data62) {
                                                                          if (!(key17 === "separator" || key17 === "capital" || key17 === "punctuation")) {
                                                                            const err163 = { instancePath: instancePath + "/rules/entry-format/1", schemaPath: "#/properties/rules/properties/entry-format/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["entry-format"].oneOf[1].items[1], data: data62 };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err163];
                                                                            } else {
                                                                              vErrors.push(err163);
                                                                            }
                                                                            errors++;
                                                                            break;
                                                                          }
                                                                        }
                                                                        if (_errs179 === errors) {
                                                                          if (data62.separator !== void 0) {
                                                                            let data63 = data62.separator;
                                                                            const _errs180 = errors;
                                                                            if (!(data63 === " - " || data63 === ": " || data63 === " \u2013 " || data63 === "any")) {
                                                                              const err164 = { instancePath: instancePath + "/rules/entry-format/1/separator", schemaPath: "#/properties/rules/properties/entry-format/oneOf/1/items/1/properties/separator/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-format"].oneOf[1].items[1].properties.separator.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-format"].oneOf[1].items[1].properties.separator.enum, parentSchema: schema11.properties.rules.properties["entry-format"].oneOf[1].items[1].properties.separator, data: data63 };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err164];
                                                                              } else {
                                                                                vErrors.push(err164);
                                                                              }
                                                                              errors++;
                                                                            }
                                                                            var valid44 = _errs180 === errors;
                                                                          } else {
                                                                            var valid44 = true;
                                                                          }
                                                                          if (valid44) {
                                                                            if (data62.capital !== void 0) {
                                                                              let data64 = data62.capital;
                                                                              const _errs181 = errors;
                                                                              if (typeof data64 !== "boolean") {
                                                                                const err165 = { instancePath: instancePath + "/rules/entry-format/1/capital", schemaPath: "#/properties/rules/properties/entry-format/oneOf/1/items/1/properties/capital/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.rules.properties["entry-format"].oneOf[1].items[1].properties.capital.type, parentSchema: schema11.properties.rules.properties["entry-format"].oneOf[1].items[1].properties.capital, data: data64 };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err165];
                                                                                } else {
                                                                                  vErrors.push(err165);
                                                                                }
                                                                                errors++;
                                                                              }
                                                                              var valid44 = _errs181 === errors;
                                                                            } else {
                                                                              var valid44 = true;
                                                                            }
                                                                            if (valid44) {
                                                                              if (data62.punctuation !== void 0) {
                                                                                let data65 = data62.punctuation;
                                                                                const _errs183 = errors;
                                                                                if (typeof data65 !== "boolean") {
                                                                                  const err166 = { instancePath: instancePath + "/rules/entry-format/1/punctuation", schemaPath: "#/properties/rules/properties/entry-format/oneOf/1/items/1/properties/punctuation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.rules.properties["entry-format"].oneOf[1].items[1].properties.punctuation.type, parentSchema: schema11.properties.rules.properties["entry-format"].oneOf[1].items[1].properties.punctuation, data: data65 };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err166];
                                                                                  } else {
                                                                                    vErrors.push(err166);
                                                                                  }
                                                                                  errors++;
                                                                                }
                                                                                var valid44 = _errs183 === errors;
                                                                              } else {
                                                                                var valid44 = true;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      } else {
                                                                        const err167 = { instancePath: instancePath + "/rules/entry-format/1", schemaPath: "#/properties/rules/properties/entry-format/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["entry-format"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["entry-format"].oneOf[1].items[1], data: data62 };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err167];
                                                                        } else {
                                                                          vErrors.push(err167);
                                                                        }
                                                                        errors++;
                                                                      }
                                                                    }
                                                                    var valid43 = _errs177 === errors;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          const err168 = { instancePath: instancePath + "/rules/entry-format", schemaPath: "#/properties/rules/properties/entry-format/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["entry-format"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["entry-format"].oneOf[1], data: data60 };
                                                          if (vErrors === null) {
                                                            vErrors = [err168];
                                                          } else {
                                                            vErrors.push(err168);
                                                          }
                                                          errors++;
                                                        }
                                                      }
                                                      var _valid17 = _errs174 === errors;
                                                      if (_valid17 && valid42) {
                                                        valid42 = false;
                                                        passing17 = [passing17, 1];
                                                      } else {
                                                        if (_valid17) {
                                                          valid42 = true;
                                                          passing17 = 1;
                                                        }
                                                      }
                                                      if (!valid42) {
                                                        const err169 = { instancePath: instancePath + "/rules/entry-format", schemaPath: "#/properties/rules/properties/entry-format/oneOf", keyword: "oneOf", params: { passingSchemas: passing17 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["entry-format"].oneOf, parentSchema: schema11.properties.rules.properties["entry-format"], data: data60 };
                                                        if (vErrors === null) {
                                                          vErrors = [err169];
                                                        } else {
                                                          vErrors.push(err169);
                                                        }
                                                        errors++;
                                                        validate10.errors = vErrors;
                                                        return false;
                                                      } else {
                                                        errors = _errs172;
                                                        if (vErrors !== null) {
                                                          if (_errs172) {
                                                            vErrors.length = _errs172;
                                                          } else {
                                                            vErrors = null;
                                                          }
                                                        }
                                                      }
                                                      var valid3 = _errs171 === errors;
                                                    } else {
                                                      var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                      if (data3["entry-access"] !== void 0) {
                                                        let data66 = data3["entry-access"];
                                                        const _errs185 = errors;
                                                        const _errs186 = errors;
                                                        let valid45 = false;
                                                        let passing18 = null;
                                                        const _errs187 = errors;
                                                        if (!(data66 === "off" || data66 === "warn" || data66 === "error")) {
                                                          const err170 = { instancePath: instancePath + "/rules/entry-access", schemaPath: "#/properties/rules/properties/entry-access/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-access"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-access"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["entry-access"].oneOf[0], data: data66 };
                                                          if (vErrors === null) {
                                                            vErrors = [err170];
                                                          } else {
                                                            vErrors.push(err170);
                                                          }
                                                          errors++;
                                                        }
                                                        var _valid18 = _errs187 === errors;
                                                        if (_valid18) {
                                                          valid45 = true;
                                                          passing18 = 0;
                                                        }
                                                        const _errs188 = errors;
                                                        if (errors === _errs188) {
                                                          if (Array.isArray(data66)) {
                                                            if (data66.length > 2) {
                                                              const err171 = { instancePath: instancePath + "/rules/entry-access", schemaPath: "#/properties/rules/properties/entry-access/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["entry-access"].oneOf[1], data: data66 };
                                                              if (vErrors === null) {
                                                                vErrors = [err171];
                                                              } else {
                                                                vErrors.push(err171);
                                                              }
                                                              errors++;
                                                            } else {
                                                              if (data66.length < 1) {
                                                                const err172 = { instancePath: instancePath + "/rules/entry-access", schemaPath: "#/properties/rules/properties/entry-access/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["entry-access"].oneOf[1], data: data66 };
                                                                if (vErrors === null) {
                                                                  vErrors = [err172];
                                                                } else {
                                                                  vErrors.push(err172);
                                                                }
                                                                errors++;
                                                              } else {
                                                                const len37 = data66.length;
                                                                if (!(len37 <= 2)) {
                                                                  const err173 = { instancePath: instancePath + "/rules/entry-access", schemaPath: "#/properties/rules/properties/entry-access/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["entry-access"].oneOf[1], data: data66 };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err173];
                                                                  } else {
                                                                    vErrors.push(err173);
                                                                  }
                                                                  errors++;
                                                                } else {
                                                                  const len38 = data66.length;
                                                                  if (len38 > 0) {
                                                                    let data67 = data66[0];
                                                                    const _errs190 = errors;
                                                                    if (!(data67 === "off" || data67 === "warn" || data67 === "error")) {
                                                                      const err174 = { instancePath: instancePath + "/rules/entry-access/0", schemaPath: "#/properties/rules/properties/entry-access/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-access"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-access"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["entry-access"].oneOf[1].items[0], data: data67 };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err174];
                                                                      } else {
                                                                        vErrors.push(err174);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                    var valid46 = _errs190 === errors;
                                                                  }
                                                                  if (valid46) {
                                                                    if (len38 > 1) {
                                                                      let data68 = data66[1];
                                                                      const _errs191 = errors;
                                                                      if (errors === _errs191) {
                                                                        if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                                                                          const _errs193 = errors;
                                                                          for (const key18 in data68) {
                                                                            if (!(key18 === "require")) {
                                                                              const err175 = { instancePath: instancePath + "/rules/entry-access/1", schemaPath: "#/properties/rules/properties/entry-access/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["entry-access"].oneOf[1].items[1], data: data68 };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err175];
                                                                              } else {
                                                                                vErrors.push(err175);
                                                                              }
                                                                              errors++;
                                                                              break;
                                                                            }
                                                                          }
                                                                          if (_errs193 === errors) {
                                                                            if (data68.require !== void 0) {
                                                                              let data69 = data68.require;
                                                                              if (!(data69 === "gated" || data69 === "all")) {
                                                                                const err176 = { instancePath: instancePath + "/rules/entry-access/1/require", schemaPath: "#/properties/rules/properties/entry-access/oneOf/1/items/1/properties/require/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-access"].oneOf[1].items[1].properties.require.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-access"].oneOf[1].items[1].properties.require.enum, parentSchema: schema11.properties.rules.properties["entry-access"].oneOf[1].items[1].properties.require, data: data69 };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err176];
                                                                                } else {
                                                                                  vErrors.push(err176);
                                                                                }
                                                                                errors++;
                                                                              }
                                                                            }
                                                                          }
                                                                        } else {
                                                                          const err177 = { instancePath: instancePath + "/rules/entry-access/1", schemaPath: "#/properties/rules/properties/entry-access/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["entry-access"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["entry-access"].oneOf[1].items[1], data: data68 };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err177];
                                                                          } else {
                                                                            vErrors.push(err177);
                                                                          }
                                                                          errors++;
                                                                        }
                                                                      }
                                                                      var valid46 = _errs191 === errors;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          } else {
                                                            const err178 = { instancePath: instancePath + "/rules/entry-access", schemaPath: "#/properties/rules/properties/entry-access/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["entry-access"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["entry-access"].oneOf[1], data: data66 };
                                                            if (vErrors === null) {
                                                              vErrors = [err178];
                                                            } else {
                                                              vErrors.push(err178);
                                                            }
                                                            errors++;
                                                          }
                                                        }
                                                        var _valid18 = _errs188 === errors;
                                                        if (_valid18 && valid45) {
                                                          valid45 = false;
                                                          passing18 = [passing18, 1];
                                                        } else {
                                                          if (_valid18) {
                                                            valid45 = true;
                                                            passing18 = 1;
                                                          }
                                                        }
                                                        if (!valid45) {
                                                          const err179 = { instancePath: instancePath + "/rules/entry-access", schemaPath: "#/properties/rules/properties/entry-access/oneOf", keyword: "oneOf", params: { passingSchemas: passing18 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["entry-access"].oneOf, parentSchema: schema11.properties.rules.properties["entry-access"], data: data66 };
                                                          if (vErrors === null) {
                                                            vErrors = [err179];
                                                          } else {
                                                            vErrors.push(err179);
                                                          }
                                                          errors++;
                                                          validate10.errors = vErrors;
                                                          return false;
                                                        } else {
                                                          errors = _errs186;
                                                          if (vErrors !== null) {
                                                            if (_errs186) {
                                                              vErrors.length = _errs186;
                                                            } else {
                                                              vErrors = null;
                                                            }
                                                          }
                                                        }
                                                        var valid3 = _errs185 === errors;
                                                      } else {
                                                        var valid3 = true;
                                                      }
                                                      if (valid3) {
                                                        if (data3["access-mismatch"] !== void 0) {
                                                          let data70 = data3["access-mismatch"];
                                                          const _errs195 = errors;
                                                          const _errs196 = errors;
                                                          let valid48 = false;
                                                          let passing19 = null;
                                                          const _errs197 = errors;
                                                          if (!(data70 === "off" || data70 === "warn" || data70 === "error")) {
                                                            const err180 = { instancePath: instancePath + "/rules/access-mismatch", schemaPath: "#/properties/rules/properties/access-mismatch/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["access-mismatch"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["access-mismatch"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["access-mismatch"].oneOf[0], data: data70 };
                                                            if (vErrors === null) {
                                                              vErrors = [err180];
                                                            } else {
                                                              vErrors.push(err180);
                                                            }
                                                            errors++;
                                                          }
                                                          var _valid19 = _errs197 === errors;
                                                          if (_valid19) {
                                                            valid48 = true;
                                                            passing19 = 0;
                                                          }
                                                          const _errs198 = errors;
                                                          if (errors === _errs198) {
                                                            if (Array.isArray(data70)) {
                                                              if (data70.length > 2) {
                                                                const err181 = { instancePath: instancePath + "/rules/access-mismatch", schemaPath: "#/properties/rules/properties/access-mismatch/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["access-mismatch"].oneOf[1], data: data70 };
                                                                if (vErrors === null) {
                                                                  vErrors = [err181];
                                                                } else {
                                                                  vErrors.push(err181);
                                                                }
                                                                errors++;
                                                              } else {
                                                                if (data70.length < 1) {
                                                                  const err182 = { instancePath: instancePath + "/rules/access-mismatch", schemaPath: "#/properties/rules/properties/access-mismatch/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["access-mismatch"].oneOf[1], data: data70 };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err182];
                                                                  } else {
                                                                    vErrors.push(err182);
                                                                  }
                                                                  errors++;
                                                                } else {
                                                                  const len39 = data70.length;
                                                                  if (!(len39 <= 2)) {
                                                                    const err183 = { instancePath: instancePath + "/rules/access-mismatch", schemaPath: "#/properties/rules/properties/access-mismatch/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["access-mismatch"].oneOf[1], data: data70 };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err183];
                                                                    } else {
                                                                      vErrors.push(err183);
                                                                    }
                                                                    errors++;
                                                                  } else {
                                                                    const len40 = data70.length;
                                                                    if (len40 > 0) {
                                                                      let data71 = data70[0];
                                                                      const _errs200 = errors;
                                                                      if (!(data71 === "off" || data71 === "warn" || data71 === "error")) {
                                                                        const err184 = { instancePath: instancePath + "/rules/access-mismatch/0", schemaPath: "#/properties/rules/properties/access-mismatch/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["access-mismatch"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["access-mismatch"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["access-mismatch"].oneOf[1].items[0], data: data71 };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err184];
                                                                        } else {
                                                                          vErrors.push(err184);
                                                                        }
                                                                        errors++;
                                                                      }
                                                                      var valid49 = _errs200 === errors;
                                                                    }
                                                                    if (valid49) {
                                                                      if (len40 > 1) {
                                                                        let data72 = data70[1];
                                                                        const _errs201 = errors;
                                                                        if (errors === _errs201) {
                                                                          if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                                                                            for (const key19 in data72) {
                                                                              const err185 = { instancePath: instancePath + "/rules/access-mismatch/1", schemaPath: "#/properties/rules/properties/access-mismatch/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["access-mismatch"].oneOf[1].items[1], data: data72 };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err185];
                                                                              } else {
                                                                                vErrors.push(err185);
                                                                              }
                                                                              errors++;
                                                                              break;
                                                                            }
                                                                          } else {
                                                                            const err186 = { instancePath: instancePath + "/rules/access-mismatch/1", schemaPath: "#/properties/rules/properties/access-mismatch/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["access-mismatch"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["access-mismatch"].oneOf[1].items[1], data: data72 };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err186];
                                                                            } else {
                                                                              vErrors.push(err186);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                        }
                                                                        var valid49 = _errs201 === errors;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            } else {
                                                              const err187 = { instancePath: instancePath + "/rules/access-mismatch", schemaPath: "#/properties/rules/properties/access-mismatch/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["access-mismatch"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["access-mismatch"].oneOf[1], data: data70 };
                                                              if (vErrors === null) {
                                                                vErrors = [err187];
                                                              } else {
                                                                vErrors.push(err187);
                                                              }
                                                              errors++;
                                                            }
                                                          }
                                                          var _valid19 = _errs198 === errors;
                                                          if (_valid19 && valid48) {
                                                            valid48 = false;
                                                            passing19 = [passing19, 1];
                                                          } else {
                                                            if (_valid19) {
                                                              valid48 = true;
                                                              passing19 = 1;
                                                            }
                                                          }
                                                          if (!valid48) {
                                                            const err188 = { instancePath: instancePath + "/rules/access-mismatch", schemaPath: "#/properties/rules/properties/access-mismatch/oneOf", keyword: "oneOf", params: { passingSchemas: passing19 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["access-mismatch"].oneOf, parentSchema: schema11.properties.rules.properties["access-mismatch"], data: data70 };
                                                            if (vErrors === null) {
                                                              vErrors = [err188];
                                                            } else {
                                                              vErrors.push(err188);
                                                            }
                                                            errors++;
                                                            validate10.errors = vErrors;
                                                            return false;
                                                          } else {
                                                            errors = _errs196;
                                                            if (vErrors !== null) {
                                                              if (_errs196) {
                                                                vErrors.length = _errs196;
                                                              } else {
                                                                vErrors = null;
                                                              }
                                                            }
                                                          }
                                                          var valid3 = _errs195 === errors;
                                                        } else {
                                                          var valid3 = true;
                                                        }
                                                        if (valid3) {
                                                          if (data3["entry-license"] !== void 0) {
                                                            let data73 = data3["entry-license"];
                                                            const _errs204 = errors;
                                                            const _errs205 = errors;
                                                            let valid50 = false;
                                                            let passing20 = null;
                                                            const _errs206 = errors;
                                                            if (!(data73 === "off" || data73 === "warn" || data73 === "error")) {
                                                              const err189 = { instancePath: instancePath + "/rules/entry-license", schemaPath: "#/properties/rules/properties/entry-license/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-license"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-license"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["entry-license"].oneOf[0], data: data73 };
                                                              if (vErrors === null) {
                                                                vErrors = [err189];
                                                              } else {
                                                                vErrors.push(err189);
                                                              }
                                                              errors++;
                                                            }
                                                            var _valid20 = _errs206 === errors;
                                                            if (_valid20) {
                                                              valid50 = true;
                                                              passing20 = 0;
                                                            }
                                                            const _errs207 = errors;
                                                            if (errors === _errs207) {
                                                              if (Array.isArray(data73)) {
                                                                if (data73.length > 2) {
                                                                  const err190 = { instancePath: instancePath + "/rules/entry-license", schemaPath: "#/properties/rules/properties/entry-license/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["entry-license"].oneOf[1], data: data73 };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err190];
                                                                  } else {
                                                                    vErrors.push(err190);
                                                                  }
                                                                  errors++;
                                                                } else {
                                                                  if (data73.length < 1) {
                                                                    const err191 = { instancePath: instancePath + "/rules/entry-license", schemaPath: "#/properties/rules/properties/entry-license/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["entry-license"].oneOf[1], data: data73 };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err191];
                                                                    } else {
                                                                      vErrors.push(err191);
                                                                    }
                                                                    errors++;
                                                                  } else {
                                                                    const len41 = data73.length;
                                                                    if (!(len41 <= 2)) {
                                                                      const err192 = { instancePath: instancePath + "/rules/entry-license", schemaPath: "#/properties/rules/properties/entry-license/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["entry-license"].oneOf[1], data: data73 };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err192];
                                                                      } else {
                                                                        vErrors.push(err192);
                                                                      }
                                                                      errors++;
                                                                    } else {
                                                                      const len42 = data73.length;
                                                                      if (len42 > 0) {
                                                                        let data74 = data73[0];
                                                                        const _errs209 = errors;
                                                                        if (!(data74 === "off" || data74 === "warn" || data74 === "error")) {
                                                                          const err193 = { instancePath: instancePath + "/rules/entry-license/0", schemaPath: "#/properties/rules/properties/entry-license/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["entry-license"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["entry-license"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["entry-license"].oneOf[1].items[0], data: data74 };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err193];
                                                                          } else {
                                                                            vErrors.push(err193);
                                                                          }
                                                                          errors++;
                                                                        }
                                                                        var valid51 = _errs209 === errors;
                                                                      }
                                                                      if (valid51) {
                                                                        if (len42 > 1) {
                                                                          let data75 = data73[1];
                                                                          const _errs210 = errors;
                                                                          if (errors === _errs210) {
                                                                            if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                                                              for (const key20 in data75) {
                                                                                const err194 = { instancePath: instancePath + "/rules/entry-license/1", schemaPath: "#/properties/rules/properties/entry-license/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["entry-license"].oneOf[1].items[1], data: data75 };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err194];
                                                                                } else {
                                                                                  vErrors.push(err194);
                                                                                }
                                                                                errors++;
                                                                                break;
                                                                              }
                                                                            } else {
                                                                              const err195 = { instancePath: instancePath + "/rules/entry-license/1", schemaPath: "#/properties/rules/properties/entry-license/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["entry-license"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["entry-license"].oneOf[1].items[1], data: data75 };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err195];
                                                                              } else {
                                                                                vErrors.push(err195);
                                                                              }
                                                                              errors++;
                                                                            }
                                                                          }
                                                                          var valid51 = _errs210 === errors;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              } else {
                                                                const err196 = { instancePath: instancePath + "/rules/entry-license", schemaPath: "#/properties/rules/properties/entry-license/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["entry-license"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["entry-license"].oneOf[1], data: data73 };
                                                                if (vErrors === null) {
                                                                  vErrors = [err196];
                                                                } else {
                                                                  vErrors.push(err196);
                                                                }
                                                                errors++;
                                                              }
                                                            }
                                                            var _valid20 = _errs207 === errors;
                                                            if (_valid20 && valid50) {
                                                              valid50 = false;
                                                              passing20 = [passing20, 1];
                                                            } else {
                                                              if (_valid20) {
                                                                valid50 = true;
                                                                passing20 = 1;
                                                              }
                                                            }
                                                            if (!valid50) {
                                                              const err197 = { instancePath: instancePath + "/rules/entry-license", schemaPath: "#/properties/rules/properties/entry-license/oneOf", keyword: "oneOf", params: { passingSchemas: passing20 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["entry-license"].oneOf, parentSchema: schema11.properties.rules.properties["entry-license"], data: data73 };
                                                              if (vErrors === null) {
                                                                vErrors = [err197];
                                                              } else {
                                                                vErrors.push(err197);
                                                              }
                                                              errors++;
                                                              validate10.errors = vErrors;
                                                              return false;
                                                            } else {
                                                              errors = _errs205;
                                                              if (vErrors !== null) {
                                                                if (_errs205) {
                                                                  vErrors.length = _errs205;
                                                                } else {
                                                                  vErrors = null;
                                                                }
                                                              }
                                                            }
                                                            var valid3 = _errs204 === errors;
                                                          } else {
                                                            var valid3 = true;
                                                          }
                                                          if (valid3) {
                                                            if (data3["license-mismatch"] !== void 0) {
                                                              let data76 = data3["license-mismatch"];
                                                              const _errs213 = errors;
                                                              const _errs214 = errors;
                                                              let valid52 = false;
                                                              let passing21 = null;
                                                              const _errs215 = errors;
                                                              if (!(data76 === "off" || data76 === "warn" || data76 === "error")) {
                                                                const err198 = { instancePath: instancePath + "/rules/license-mismatch", schemaPath: "#/properties/rules/properties/license-mismatch/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["license-mismatch"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["license-mismatch"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["license-mismatch"].oneOf[0], data: data76 };
                                                                if (vErrors === null) {
                                                                  vErrors = [err198];
                                                                } else {
                                                                  vErrors.push(err198);
                                                                }
                                                                errors++;
                                                              }
                                                              var _valid21 = _errs215 === errors;
                                                              if (_valid21) {
                                                                valid52 = true;
                                                                passing21 = 0;
                                                              }
                                                              const _errs216 = errors;
                                                              if (errors === _errs216) {
                                                                if (Array.isArray(data76)) {
                                                                  if (data76.length > 2) {
                                                                    const err199 = { instancePath: instancePath + "/rules/license-mismatch", schemaPath: "#/properties/rules/properties/license-mismatch/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["license-mismatch"].oneOf[1], data: data76 };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err199];
                                                                    } else {
                                                                      vErrors.push(err199);
                                                                    }
                                                                    errors++;
                                                                  } else {
                                                                    if (data76.length < 1) {
                                                                      const err200 = { instancePath: instancePath + "/rules/license-mismatch", schemaPath: "#/properties/rules/properties/license-mismatch/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["license-mismatch"].oneOf[1], data: data76 };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err200];
                                                                      } else {
                                                                        vErrors.push(err200);
                                                                      }
                                                                      errors++;
                                                                    } else {
                                                                      const len43 = data76.length;
                                                                      if (!(len43 <= 2)) {
                                                                        const err201 = { instancePath: instancePath + "/rules/license-mismatch", schemaPath: "#/properties/rules/properties/license-mismatch/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["license-mismatch"].oneOf[1], data: data76 };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err201];
                                                                        } else {
                                                                          vErrors.push(err201);
                                                                        }
                                                                        errors++;
                                                                      } else {
                                                                        const len44 = data76.length;
                                                                        if (len44 > 0) {
                                                                          let data77 = data76[0];
                                                                          const _errs218 = errors;
                                                                          if (!(data77 === "off" || data77 === "warn" || data77 === "error")) {
                                                                            const err202 = { instancePath: instancePath + "/rules/license-mismatch/0", schemaPath: "#/properties/rules/properties/license-mismatch/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["license-mismatch"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["license-mismatch"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["license-mismatch"].oneOf[1].items[0], data: data77 };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err202];
                                                                            } else {
                                                                              vErrors.push(err202);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                          var valid53 = _errs218 === errors;
                                                                        }
                                                                        if (valid53) {
                                                                          if (len44 > 1) {
                                                                            let data78 = data76[1];
                                                                            const _errs219 = errors;
                                                                            if (errors === _errs219) {
                                                                              if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                                                                                for (const key21 in data78) {
                                                                                  const err203 = { instancePath: instancePath + "/rules/license-mismatch/1", schemaPath: "#/properties/rules/properties/license-mismatch/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["license-mismatch"].oneOf[1].items[1], data: data78 };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err203];
                                                                                  } else {
                                                                                    vErrors.push(err203);
                                                                                  }
                                                                                  errors++;
                                                                                  break;
                                                                                }
                                                                              } else {
                                                                                const err204 = { instancePath: instancePath + "/rules/license-mismatch/1", schemaPath: "#/properties/rules/properties/license-mismatch/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["license-mismatch"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["license-mismatch"].oneOf[1].items[1], data: data78 };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err204];
                                                                                } else {
                                                                                  vErrors.push(err204);
                                                                                }
                                                                                errors++;
                                                                              }
                                                                            }
                                                                            var valid53 = _errs219 === errors;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                } else {
                                                                  const err205 = { instancePath: instancePath + "/rules/license-mismatch", schemaPath: "#/properties/rules/properties/license-mismatch/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["license-mismatch"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["license-mismatch"].oneOf[1], data: data76 };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err205];
                                                                  } else {
                                                                    vErrors.push(err205);
                                                                  }
                                                                  errors++;
                                                                }
                                                              }
                                                              var _valid21 = _errs216 === errors;
                                                              if (_valid21 && valid52) {
                                                                valid52 = false;
                                                                passing21 = [passing21, 1];
                                                              } else {
                                                                if (_valid21) {
                                                                  valid52 = true;
                                                                  passing21 = 1;
                                                                }
                                                              }
                                                              if (!valid52) {
                                                                const err206 = { instancePath: instancePath + "/rules/license-mismatch", schemaPath: "#/properties/rules/properties/license-mismatch/oneOf", keyword: "oneOf", params: { passingSchemas: passing21 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["license-mismatch"].oneOf, parentSchema: schema11.properties.rules.properties["license-mismatch"], data: data76 };
                                                                if (vErrors === null) {
                                                                  vErrors = [err206];
                                                                } else {
                                                                  vErrors.push(err206);
                                                                }
                                                                errors++;
                                                                validate10.errors = vErrors;
                                                                return false;
                                                              } else {
                                                                errors = _errs214;
                                                                if (vErrors !== null) {
                                                                  if (_errs214) {
                                                                    vErrors.length = _errs214;
                                                                  } else {
                                                                    vErrors = null;
                                                                  }
                                                                }
                                                              }
                                                              var valid3 = _errs213 === errors;
                                                            } else {
                                                              var valid3 = true;
                                                            }
                                                            if (valid3) {
                                                              if (data3["dataset-version"] !== void 0) {
                                                                let data79 = data3["dataset-version"];
                                                                const _errs222 = errors;
                                                                const _errs223 = errors;
                                                                let valid54 = false;
                                                                let passing22 = null;
                                                                const _errs224 = errors;
                                                                if (!(data79 === "off" || data79 === "warn" || data79 === "error")) {
                                                                  const err207 = { instancePath: instancePath + "/rules/dataset-version", schemaPath: "#/properties/rules/properties/dataset-version/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["dataset-version"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["dataset-version"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["dataset-version"].oneOf[0], data: data79 };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err207];
                                                                  } else {
                                                                    vErrors.push(err207);
                                                                  }
                                                                  errors++;
                                                                }
                                                                var _valid22 = _errs224 === errors;
                                                                if (_valid22) {
                                                                  valid54 = true;
                                                                  passing22 = 0;
                                                                }
                                                                const _errs225 = errors;
                                                                if (errors === _errs225) {
                                                                  if (Array.isArray(data79)) {
                                                                    if (data79.length > 2) {
                                                                      const err208 = { instancePath: instancePath + "/rules/dataset-version", schemaPath: "#/properties/rules/properties/dataset-version/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["dataset-version"].oneOf[1], data: data79 };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err208];
                                                                      } else {
                                                                        vErrors.push(err208);
                                                                      }
                                                                      errors++;
                                                                    } else {
                                                                      if (data79.length < 1) {
                                                                        const err209 = { instancePath: instancePath + "/rules/dataset-version", schemaPath: "#/properties/rules/properties/dataset-version/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["dataset-version"].oneOf[1], data: data79 };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err209];
                                                                        } else {
                                                                          vErrors.push(err209);
                                                                        }
                                                                        errors++;
                                                                      } else {
                                                                        const len45 = data79.length;
                                                                        if (!(len45 <= 2)) {
                                                                          const err210 = { instancePath: instancePath + "/rules/dataset-version", schemaPath: "#/properties/rules/properties/dataset-version/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["dataset-version"].oneOf[1], data: data79 };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err210];
                                                                          } else {
                                                                            vErrors.push(err210);
                                                                          }
                                                                          errors++;
                                                                        } else {
                                                                          const len46 = data79.length;
                                                                          if (len46 > 0) {
                                                                            let data80 = data79[0];
                                                                            const _errs227 = errors;
                                                                            if (!(data80 === "off" || data80 === "warn" || data80 === "error")) {
                                                                              const err211 = { instancePath: instancePath + "/rules/dataset-version/0", schemaPath: "#/properties/rules/properties/dataset-version/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["dataset-version"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["dataset-version"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["dataset-version"].oneOf[1].items[0], data: data80 };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err211];
                                                                              } else {
                                                                                vErrors.push(err211);
                                                                              }
                                                                              errors++;
                                                                            }
                                                                            var valid55 = _errs227 === errors;
                                                                          }
                                                                          if (valid55) {
                                                                            if (len46 > 1) {
                                                                              let data81 = data79[1];
                                                                              const _errs228 = errors;
                                                                              if (errors === _errs228) {
                                                                                if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                                                                                  for (const key22 in data81) {
                                                                                    const err212 = { instancePath: instancePath + "/rules/dataset-version/1", schemaPath: "#/properties/rules/properties/dataset-version/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["dataset-version"].oneOf[1].items[1], data: data81 };
                                                                                    if (vErrors === null) {
                                                                                      vErrors = [err212];
                                                                                    } else {
                                                                                      vErrors.push(err212);
                                                                                    }
                                                                                    errors++;
                                                                                    break;
                                                                                  }
                                                                                } else {
                                                                                  const err213 = { instancePath: instancePath + "/rules/dataset-version/1", schemaPath: "#/properties/rules/properties/dataset-version/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["dataset-version"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["dataset-version"].oneOf[1].items[1], data: data81 };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err213];
                                                                                  } else {
                                                                                    vErrors.push(err213);
                                                                                  }
                                                                                  errors++;
                                                                                }
                                                                              }
                                                                              var valid55 = _errs228 === errors;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  } else {
                                                                    const err214 = { instancePath: instancePath + "/rules/dataset-version", schemaPath: "#/properties/rules/properties/dataset-version/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["dataset-version"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["dataset-version"].oneOf[1], data: data79 };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err214];
                                                                    } else {
                                                                      vErrors.push(err214);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                }
                                                                var _valid22 = _errs225 === errors;
                                                                if (_valid22 && valid54) {
                                                                  valid54 = false;
                                                                  passing22 = [passing22, 1];
                                                                } else {
                                                                  if (_valid22) {
                                                                    valid54 = true;
                                                                    passing22 = 1;
                                                                  }
                                                                }
                                                                if (!valid54) {
                                                                  const err215 = { instancePath: instancePath + "/rules/dataset-version", schemaPath: "#/properties/rules/properties/dataset-version/oneOf", keyword: "oneOf", params: { passingSchemas: passing22 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["dataset-version"].oneOf, parentSchema: schema11.properties.rules.properties["dataset-version"], data: data79 };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err215];
                                                                  } else {
                                                                    vErrors.push(err215);
                                                                  }
                                                                  errors++;
                                                                  validate10.errors = vErrors;
                                                                  return false;
                                                                } else {
                                                                  errors = _errs223;
                                                                  if (vErrors !== null) {
                                                                    if (_errs223) {
                                                                      vErrors.length = _errs223;
                                                                    } else {
                                                                      vErrors = null;
                                                                    }
                                                                  }
                                                                }
                                                                var valid3 = _errs222 === errors;
                                                              } else {
                                                                var valid3 = true;
                                                              }
                                                              if (valid3) {
                                                                if (data3["repo-archived"] !== void 0) {
                                                                  let data82 = data3["repo-archived"];
                                                                  const _errs231 = errors;
                                                                  const _errs232 = errors;
                                                                  let valid56 = false;
                                                                  let passing23 = null;
                                                                  const _errs233 = errors;
                                                                  if (!(data82 === "off" || data82 === "warn" || data82 === "error")) {
                                                                    const err216 = { instancePath: instancePath + "/rules/repo-archived", schemaPath: "#/properties/rules/properties/repo-archived/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["repo-archived"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["repo-archived"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["repo-archived"].oneOf[0], data: data82 };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err216];
                                                                    } else {
                                                                      vErrors.push(err216);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                  var _valid23 = _errs233 === errors;
                                                                  if (_valid23) {
                                                                    valid56 = true;
                                                                    passing23 = 0;
                                                                  }
                                                                  const _errs234 = errors;
                                                                  if (errors === _errs234) {
                                                                    if (Array.isArray(data82)) {
                                                                      if (data82.length > 2) {
                                                                        const err217 = { instancePath: instancePath + "/rules/repo-archived", schemaPath: "#/properties/rules/properties/repo-archived/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["repo-archived"].oneOf[1], data: data82 };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err217];
                                                                        } else {
                                                                          vErrors.push(err217);
                                                                        }
                                                                        errors++;
                                                                      } else {
                                                                        if (data82.length < 1) {
                                                                          const err218 = { instancePath: instancePath + "/rules/repo-archived", schemaPath: "#/properties/rules/properties/repo-archived/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["repo-archived"].oneOf[1], data: data82 };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err218];
                                                                          } else {
                                                                            vErrors.push(err218);
                                                                          }
                                                                          errors++;
                                                                        } else {
                                                                          const len47 = data82.length;
                                                                          if (!(len47 <= 2)) {
                                                                            const err219 = { instancePath: instancePath + "/rules/repo-archived", schemaPath: "#/properties/rules/properties/repo-archived/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["repo-archived"].oneOf[1], data: data82 };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err219];
                                                                            } else {
                                                                              vErrors.push(err219);
                                                                            }
                                                                            errors++;
                                                                          } else {
                                                                            const len48 = data82.length;
                                                                            if (len48 > 0) {
                                                                              let data83 = data82[0];
                                                                              const _errs236 = errors;
                                                                              if (!(data83 === "off" || data83 === "warn" || data83 === "error")) {
                                                                                const err220 = { instancePath: instancePath + "/rules/repo-archived/0", schemaPath: "#/properties/rules/properties/repo-archived/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["repo-archived"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["repo-archived"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["repo-archived"].oneOf[1].items[0], data: data83 };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err220];
                                                                                } else {
                                                                                  vErrors.push(err220);
                                                                                }
                                                                                errors++;
                                                                              }
                                                                              var valid57 = _errs236 === errors;
                                                                            }
                                                                            if (valid57) {
                                                                              if (len48 > 1) {
                                                                                let data84 = data82[1];
                                                                                const _errs237 = errors;
                                                                                if (errors === _errs237) {
                                                                                  if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                                                                                    for (const key23 in data84) {
                                                                                      const err221 = { instancePath: instancePath + "/rules/repo-archived/1", schemaPath: "#/properties/rules/properties/repo-archived/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["repo-archived"].oneOf[1].items[1], data: data84 };
                                                                                      if (vErrors === null) {
                                                                                        vErrors = [err221];
                                                                                      } else {
                                                                                        vErrors.push(err221);
                                                                                      }
                                                                                      errors++;
                                                                                      break;
                                                                                    }
                                                                                  } else {
                                                                                    const err222 = { instancePath: instancePath + "/rules/repo-archived/1", schemaPath: "#/properties/rules/properties/repo-archived/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["repo-archived"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["repo-archived"].oneOf[1].items[1], data: data84 };
                                                                                    if (vErrors === null) {
                                                                                      vErrors = [err222];
                                                                                    } else {
                                                                                      vErrors.push(err222);
                                                                                    }
                                                                                    errors++;
                                                                                  }
                                                                                }
                                                                                var valid57 = _errs237 === errors;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    } else {
                                                                      const err223 = { instancePath: instancePath + "/rules/repo-archived", schemaPath: "#/properties/rules/properties/repo-archived/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["repo-archived"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["repo-archived"].oneOf[1], data: data82 };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err223];
                                                                      } else {
                                                                        vErrors.push(err223);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                  }
                                                                  var _valid23 = _errs234 === errors;
                                                                  if (_valid23 && valid56) {
                                                                    valid56 = false;
                                                                    passing23 = [passing23, 1];
                                                                  } else {
                                                                    if (_valid23) {
                                                                      valid56 = true;
                                                                      passing23 = 1;
                                                                    }
                                                                  }
                                                                  if (!valid56) {
                                                                    const err224 = { instancePath: instancePath + "/rules/repo-archived", schemaPath: "#/properties/rules/properties/repo-archived/oneOf", keyword: "oneOf", params: { passingSchemas: passing23 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["repo-archived"].oneOf, parentSchema: schema11.properties.rules.properties["repo-archived"], data: data82 };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err224];
                                                                    } else {
                                                                      vErrors.push(err224);
                                                                    }
                                                                    errors++;
                                                                    validate10.errors = vErrors;
                                                                    return false;
                                                                  } else {
                                                                    errors = _errs232;
                                                                    if (vErrors !== null) {
                                                                      if (_errs232) {
                                                                        vErrors.length = _errs232;
                                                                      } else {
                                                                        vErrors = null;
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid3 = _errs231 === errors;
                                                                } else {
                                                                  var valid3 = true;
                                                                }
                                                                if (valid3) {
                                                                  if (data3["link-dead"] !== void 0) {
                                                                    let data85 = data3["link-dead"];
                                                                    const _errs240 = errors;
                                                                    const _errs241 = errors;
                                                                    let valid58 = false;
                                                                    let passing24 = null;
                                                                    const _errs242 = errors;
                                                                    if (!(data85 === "off" || data85 === "warn" || data85 === "error")) {
                                                                      const err225 = { instancePath: instancePath + "/rules/link-dead", schemaPath: "#/properties/rules/properties/link-dead/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["link-dead"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["link-dead"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["link-dead"].oneOf[0], data: data85 };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err225];
                                                                      } else {
                                                                        vErrors.push(err225);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                    var _valid24 = _errs242 === errors;
                                                                    if (_valid24) {
                                                                      valid58 = true;
                                                                      passing24 = 0;
                                                                    }
                                                                    const _errs243 = errors;
                                                                    if (errors === _errs243) {
                                                                      if (Array.isArray(data85)) {
                                                                        if (data85.length > 2) {
                                                                          const err226 = { instancePath: instancePath + "/rules/link-dead", schemaPath: "#/properties/rules/properties/link-dead/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["link-dead"].oneOf[1], data: data85 };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err226];
                                                                          } else {
                                                                            vErrors.push(err226);
                                                                          }
                                                                          errors++;
                                                                        } else {
                                                                          if (data85.length < 1) {
                                                                            const err227 = { instancePath: instancePath + "/rules/link-dead", schemaPath: "#/properties/rules/properties/link-dead/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["link-dead"].oneOf[1], data: data85 };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err227];
                                                                            } else {
                                                                              vErrors.push(err227);
                                                                            }
                                                                            errors++;
                                                                          } else {
                                                                            const len49 = data85.length;
                                                                            if (!(len49 <= 2)) {
                                                                              const err228 = { instancePath: instancePath + "/rules/link-dead", schemaPath: "#/properties/rules/properties/link-dead/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["link-dead"].oneOf[1], data: data85 };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err228];
                                                                              } else {
                                                                                vErrors.push(err228);
                                                                              }
                                                                              errors++;
                                                                            } else {
                                                                              const len50 = data85.length;
                                                                              if (len50 > 0) {
                                                                                let data86 = data85[0];
                                                                                const _errs245 = errors;
                                                                                if (!(data86 === "off" || data86 === "warn" || data86 === "error")) {
                                                                                  const err229 = { instancePath: instancePath + "/rules/link-dead/0", schemaPath: "#/properties/rules/properties/link-dead/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["link-dead"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["link-dead"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["link-dead"].oneOf[1].items[0], data: data86 };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err229];
                                                                                  } else {
                                                                                    vErrors.push(err229);
                                                                                  }
                                                                                  errors++;
                                                                                }
                                                                                var valid59 = _errs245 === errors;
                                                                              }
                                                                              if (valid59) {
                                                                                if (len50 > 1) {
                                                                                  let data87 = data85[1];
                                                                                  const _errs246 = errors;
                                                                                  if (errors === _errs246) {
                                                                                    if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                                                                                      for (const key24 in data87) {
                                                                                        const err230 = { instancePath: instancePath + "/rules/link-dead/1", schemaPath: "#/properties/rules/properties/link-dead/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["link-dead"].oneOf[1].items[1], data: data87 };
                                                                                        if (vErrors === null) {
                                                                                          vErrors = [err230];
                                                                                        } else {
                                                                                          vErrors.push(err230);
                                                                                        }
                                                                                        errors++;
                                                                                        break;
                                                                                      }
                                                                                    } else {
                                                                                      const err231 = { instancePath: instancePath + "/rules/link-dead/1", schemaPath: "#/properties/rules/properties/link-dead/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["link-dead"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["link-dead"].oneOf[1].items[1], data: data87 };
                                                                                      if (vErrors === null) {
                                                                                        vErrors = [err231];
                                                                                      } else {
                                                                                        vErrors.push(err231);
                                                                                      }
                                                                                      errors++;
                                                                                    }
                                                                                  }
                                                                                  var valid59 = _errs246 === errors;
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      } else {
                                                                        const err232 = { instancePath: instancePath + "/rules/link-dead", schemaPath: "#/properties/rules/properties/link-dead/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["link-dead"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["link-dead"].oneOf[1], data: data85 };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err232];
                                                                        } else {
                                                                          vErrors.push(err232);
                                                                        }
                                                                        errors++;
                                                                      }
                                                                    }
                                                                    var _valid24 = _errs243 === errors;
                                                                    if (_valid24 && valid58) {
                                                                      valid58 = false;
                                                                      passing24 = [passing24, 1];
                                                                    } else {
                                                                      if (_valid24) {
                                                                        valid58 = true;
                                                                        passing24 = 1;
                                                                      }
                                                                    }
                                                                    if (!valid58) {
                                                                      const err233 = { instancePath: instancePath + "/rules/link-dead", schemaPath: "#/properties/rules/properties/link-dead/oneOf", keyword: "oneOf", params: { passingSchemas: passing24 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["link-dead"].oneOf, parentSchema: schema11.properties.rules.properties["link-dead"], data: data85 };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err233];
                                                                      } else {
                                                                        vErrors.push(err233);
                                                                      }
                                                                      errors++;
                                                                      validate10.errors = vErrors;
                                                                      return false;
                                                                    } else {
                                                                      errors = _errs241;
                                                                      if (vErrors !== null) {
                                                                        if (_errs241) {
                                                                          vErrors.length = _errs241;
                                                                        } else {
                                                                          vErrors = null;
                                                                        }
                                                                      }
                                                                    }
                                                                    var valid3 = _errs240 === errors;
                                                                  } else {
                                                                    var valid3 = true;
                                                                  }
                                                                  if (valid3) {
                                                                    if (data3["link-redirect"] !== void 0) {
                                                                      let data88 = data3["link-redirect"];
                                                                      const _errs249 = errors;
                                                                      const _errs250 = errors;
                                                                      let valid60 = false;
                                                                      let passing25 = null;
                                                                      const _errs251 = errors;
                                                                      if (!(data88 === "off" || data88 === "warn" || data88 === "error")) {
                                                                        const err234 = { instancePath: instancePath + "/rules/link-redirect", schemaPath: "#/properties/rules/properties/link-redirect/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["link-redirect"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["link-redirect"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["link-redirect"].oneOf[0], data: data88 };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err234];
                                                                        } else {
                                                                          vErrors.push(err234);
                                                                        }
                                                                        errors++;
                                                                      }
                                                                      var _valid25 = _errs251 === errors;
                                                                      if (_valid25) {
                                                                        valid60 = true;
                                                                        passing25 = 0;
                                                                      }
                                                                      const _errs252 = errors;
                                                                      if (errors === _errs252) {
                                                                        if (Array.isArray(data88)) {
                                                                          if (data88.length > 2) {
                                                                            const err235 = { instancePath: instancePath + "/rules/link-redirect", schemaPath: "#/properties/rules/properties/link-redirect/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["link-redirect"].oneOf[1], data: data88 };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err235];
                                                                            } else {
                                                                              vErrors.push(err235);
                                                                            }
                                                                            errors++;
                                                                          } else {
                                                                            if (data88.length < 1) {
                                                                              const err236 = { instancePath: instancePath + "/rules/link-redirect", schemaPath: "#/properties/rules/properties/link-redirect/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["link-redirect"].oneOf[1], data: data88 };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err236];
                                                                              } else {
                                                                                vErrors.push(err236);
                                                                              }
                                                                              errors++;
                                                                            } else {
                                                                              const len51 = data88.length;
                                                                              if (!(len51 <= 2)) {
                                                                                const err237 = { instancePath: instancePath + "/rules/link-redirect", schemaPath: "#/properties/rules/properties/link-redirect/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["link-redirect"].oneOf[1], data: data88 };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err237];
                                                                                } else {
                                                                                  vErrors.push(err237);
                                                                                }
                                                                                errors++;
                                                                              } else {
                                                                                const len52 = data88.length;
                                                                                if (len52 > 0) {
                                                                                  let data89 = data88[0];
                                                                                  const _errs254 = errors;
                                                                                  if (!(data89 === "off" || data89 === "warn" || data89 === "error")) {
                                                                                    const err238 = { instancePath: instancePath + "/rules/link-redirect/0", schemaPath: "#/properties/rules/properties/link-redirect/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["link-redirect"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["link-redirect"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["link-redirect"].oneOf[1].items[0], data: data89 };
                                                                                    if (vErrors === null) {
                                                                                      vErrors = [err238];
                                                                                    } else {
                                                                                      vErrors.push(err238);
                                                                                    }
                                                                                    errors++;
                                                                                  }
                                                                                  var valid61 = _errs254 === errors;
                                                                                }
                                                                                if (valid61) {
                                                                                  if (len52 > 1) {
                                                                                    let data90 = data88[1];
                                                                                    const _errs255 = errors;
                                                                                    if (errors === _errs255) {
                                                                                      if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                                                                                        for (const key25 in data90) {
                                                                                          const err239 = { instancePath: instancePath + "/rules/link-redirect/1", schemaPath: "#/properties/rules/properties/link-redirect/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["link-redirect"].oneOf[1].items[1], data: data90 };
                                                                                          if (vErrors === null) {
                                                                                            vErrors = [err239];
                                                                                          } else {
                                                                                            vErrors.push(err239);
                                                                                          }
                                                                                          errors++;
                                                                                          break;
                                                                                        }
                                                                                      } else {
                                                                                        const err240 = { instancePath: instancePath + "/rules/link-redirect/1", schemaPath: "#/properties/rules/properties/link-redirect/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["link-redirect"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["link-redirect"].oneOf[1].items[1], data: data90 };
                                                                                        if (vErrors === null) {
                                                                                          vErrors = [err240];
                                                                                        } else {
                                                                                          vErrors.push(err240);
                                                                                        }
                                                                                        errors++;
                                                                                      }
                                                                                    }
                                                                                    var valid61 = _errs255 === errors;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        } else {
                                                                          const err241 = { instancePath: instancePath + "/rules/link-redirect", schemaPath: "#/properties/rules/properties/link-redirect/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["link-redirect"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["link-redirect"].oneOf[1], data: data88 };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err241];
                                                                          } else {
                                                                            vErrors.push(err241);
                                                                          }
                                                                          errors++;
                                                                        }
                                                                      }
                                                                      var _valid25 = _errs252 === errors;
                                                                      if (_valid25 && valid60) {
                                                                        valid60 = false;
                                                                        passing25 = [passing25, 1];
                                                                      } else {
                                                                        if (_valid25) {
                                                                          valid60 = true;
                                                                          passing25 = 1;
                                                                        }
                                                                      }
                                                                      if (!valid60) {
                                                                        const err242 = { instancePath: instancePath + "/rules/link-redirect", schemaPath: "#/properties/rules/properties/link-redirect/oneOf", keyword: "oneOf", params: { passingSchemas: passing25 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["link-redirect"].oneOf, parentSchema: schema11.properties.rules.properties["link-redirect"], data: data88 };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err242];
                                                                        } else {
                                                                          vErrors.push(err242);
                                                                        }
                                                                        errors++;
                                                                        validate10.errors = vErrors;
                                                                        return false;
                                                                      } else {
                                                                        errors = _errs250;
                                                                        if (vErrors !== null) {
                                                                          if (_errs250) {
                                                                            vErrors.length = _errs250;
                                                                          } else {
                                                                            vErrors = null;
                                                                          }
                                                                        }
                                                                      }
                                                                      var valid3 = _errs249 === errors;
                                                                    } else {
                                                                      var valid3 = true;
                                                                    }
                                                                    if (valid3) {
                                                                      if (data3["link-unverified"] !== void 0) {
                                                                        let data91 = data3["link-unverified"];
                                                                        const _errs258 = errors;
                                                                        const _errs259 = errors;
                                                                        let valid62 = false;
                                                                        let passing26 = null;
                                                                        const _errs260 = errors;
                                                                        if (!(data91 === "off" || data91 === "warn" || data91 === "error")) {
                                                                          const err243 = { instancePath: instancePath + "/rules/link-unverified", schemaPath: "#/properties/rules/properties/link-unverified/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["link-unverified"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["link-unverified"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["link-unverified"].oneOf[0], data: data91 };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err243];
                                                                          } else {
                                                                            vErrors.push(err243);
                                                                          }
                                                                          errors++;
                                                                        }
                                                                        var _valid26 = _errs260 === errors;
                                                                        if (_valid26) {
                                                                          valid62 = true;
                                                                          passing26 = 0;
                                                                        }
                                                                        const _errs261 = errors;
                                                                        if (errors === _errs261) {
                                                                          if (Array.isArray(data91)) {
                                                                            if (data91.length > 2) {
                                                                              const err244 = { instancePath: instancePath + "/rules/link-unverified", schemaPath: "#/properties/rules/properties/link-unverified/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["link-unverified"].oneOf[1], data: data91 };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err244];
                                                                              } else {
                                                                                vErrors.push(err244);
                                                                              }
                                                                              errors++;
                                                                            } else {
                                                                              if (data91.length < 1) {
                                                                                const err245 = { instancePath: instancePath + "/rules/link-unverified", schemaPath: "#/properties/rules/properties/link-unverified/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["link-unverified"].oneOf[1], data: data91 };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err245];
                                                                                } else {
                                                                                  vErrors.push(err245);
                                                                                }
                                                                                errors++;
                                                                              } else {
                                                                                const len53 = data91.length;
                                                                                if (!(len53 <= 2)) {
                                                                                  const err246 = { instancePath: instancePath + "/rules/link-unverified", schemaPath: "#/properties/rules/properties/link-unverified/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["link-unverified"].oneOf[1], data: data91 };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err246];
                                                                                  } else {
                                                                                    vErrors.push(err246);
                                                                                  }
                                                                                  errors++;
                                                                                } else {
                                                                                  const len54 = data91.length;
                                                                                  if (len54 > 0) {
                                                                                    let data92 = data91[0];
                                                                                    const _errs263 = errors;
                                                                                    if (!(data92 === "off" || data92 === "warn" || data92 === "error")) {
                                                                                      const err247 = { instancePath: instancePath + "/rules/link-unverified/0", schemaPath: "#/properties/rules/properties/link-unverified/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["link-unverified"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["link-unverified"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["link-unverified"].oneOf[1].items[0], data: data92 };
                                                                                      if (vErrors === null) {
                                                                                        vErrors = [err247];
                                                                                      } else {
                                                                                        vErrors.push(err247);
                                                                                      }
                                                                                      errors++;
                                                                                    }
                                                                                    var valid63 = _errs263 === errors;
                                                                                  }
                                                                                  if (valid63) {
                                                                                    if (len54 > 1) {
                                                                                      let data93 = data91[1];
                                                                                      const _errs264 = errors;
                                                                                      if (errors === _errs264) {
                                                                                        if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                                                                                          for (const key26 in data93) {
                                                                                            const err248 = { instancePath: instancePath + "/rules/link-unverified/1", schemaPath: "#/properties/rules/properties/link-unverified/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["link-unverified"].oneOf[1].items[1], data: data93 };
                                                                                            if (vErrors === null) {
                                                                                              vErrors = [err248];
                                                                                            } else {
                                                                                              vErrors.push(err248);
                                                                                            }
                                                                                            errors++;
                                                                                            break;
                                                                                          }
                                                                                        } else {
                                                                                          const err249 = { instancePath: instancePath + "/rules/link-unverified/1", schemaPath: "#/properties/rules/properties/link-unverified/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["link-unverified"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["link-unverified"].oneOf[1].items[1], data: data93 };
                                                                                          if (vErrors === null) {
                                                                                            vErrors = [err249];
                                                                                          } else {
                                                                                            vErrors.push(err249);
                                                                                          }
                                                                                          errors++;
                                                                                        }
                                                                                      }
                                                                                      var valid63 = _errs264 === errors;
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          } else {
                                                                            const err250 = { instancePath: instancePath + "/rules/link-unverified", schemaPath: "#/properties/rules/properties/link-unverified/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["link-unverified"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["link-unverified"].oneOf[1], data: data91 };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err250];
                                                                            } else {
                                                                              vErrors.push(err250);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                        }
                                                                        var _valid26 = _errs261 === errors;
                                                                        if (_valid26 && valid62) {
                                                                          valid62 = false;
                                                                          passing26 = [passing26, 1];
                                                                        } else {
                                                                          if (_valid26) {
                                                                            valid62 = true;
                                                                            passing26 = 1;
                                                                          }
                                                                        }
                                                                        if (!valid62) {
                                                                          const err251 = { instancePath: instancePath + "/rules/link-unverified", schemaPath: "#/properties/rules/properties/link-unverified/oneOf", keyword: "oneOf", params: { passingSchemas: passing26 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["link-unverified"].oneOf, parentSchema: schema11.properties.rules.properties["link-unverified"], data: data91 };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err251];
                                                                          } else {
                                                                            vErrors.push(err251);
                                                                          }
                                                                          errors++;
                                                                          validate10.errors = vErrors;
                                                                          return false;
                                                                        } else {
                                                                          errors = _errs259;
                                                                          if (vErrors !== null) {
                                                                            if (_errs259) {
                                                                              vErrors.length = _errs259;
                                                                            } else {
                                                                              vErrors = null;
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid3 = _errs258 === errors;
                                                                      } else {
                                                                        var valid3 = true;
                                                                      }
                                                                      if (valid3) {
                                                                        if (data3["link-unreachable"] !== void 0) {
                                                                          let data94 = data3["link-unreachable"];
                                                                          const _errs267 = errors;
                                                                          const _errs268 = errors;
                                                                          let valid64 = false;
                                                                          let passing27 = null;
                                                                          const _errs269 = errors;
                                                                          if (!(data94 === "off" || data94 === "warn" || data94 === "error")) {
                                                                            const err252 = { instancePath: instancePath + "/rules/link-unreachable", schemaPath: "#/properties/rules/properties/link-unreachable/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["link-unreachable"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["link-unreachable"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["link-unreachable"].oneOf[0], data: data94 };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err252];
                                                                            } else {
                                                                              vErrors.push(err252);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                          var _valid27 = _errs269 === errors;
                                                                          if (_valid27) {
                                                                            valid64 = true;
                                                                            passing27 = 0;
                                                                          }
                                                                          const _errs270 = errors;
                                                                          if (errors === _errs270) {
                                                                            if (Array.isArray(data94)) {
                                                                              if (data94.length > 2) {
                                                                                const err253 = { instancePath: instancePath + "/rules/link-unreachable", schemaPath: "#/properties/rules/properties/link-unreachable/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["link-unreachable"].oneOf[1], data: data94 };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err253];
                                                                                } else {
                                                                                  vErrors.push(err253);
                                                                                }
                                                                                errors++;
                                                                              } else {
                                                                                if (data94.length < 1) {
                                                                                  const err254 = { instancePath: instancePath + "/rules/link-unreachable", schemaPath: "#/properties/rules/properties/link-unreachable/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["link-unreachable"].oneOf[1], data: data94 };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err254];
                                                                                  } else {
                                                                                    vErrors.push(err254);
                                                                                  }
                                                                                  errors++;
                                                                                } else {
                                                                                  const len55 = data94.length;
                                                                                  if (!(len55 <= 2)) {
                                                                                    const err255 = { instancePath: instancePath + "/rules/link-unreachable", schemaPath: "#/properties/rules/properties/link-unreachable/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["link-unreachable"].oneOf[1], data: data94 };
                                                                                    if (vErrors === null) {
                                                                                      vErrors = [err255];
                                                                                    } else {
                                                                                      vErrors.push(err255);
                                                                                    }
                                                                                    errors++;
                                                                                  } else {
                                                                                    const len56 = data94.length;
                                                                                    if (len56 > 0) {
                                                                                      let data95 = data94[0];
                                                                                      const _errs272 = errors;
                                                                                      if (!(data95 === "off" || data95 === "warn" || data95 === "error")) {
                                                                                        const err256 = { instancePath: instancePath + "/rules/link-unreachable/0", schemaPath: "#/properties/rules/properties/link-unreachable/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["link-unreachable"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["link-unreachable"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["link-unreachable"].oneOf[1].items[0], data: data95 };
                                                                                        if (vErrors === null) {
                                                                                          vErrors = [err256];
                                                                                        } else {
                                                                                          vErrors.push(err256);
                                                                                        }
                                                                                        errors++;
                                                                                      }
                                                                                      var valid65 = _errs272 === errors;
                                                                                    }
                                                                                    if (valid65) {
                                                                                      if (len56 > 1) {
                                                                                        let data96 = data94[1];
                                                                                        const _errs273 = errors;
                                                                                        if (errors === _errs273) {
                                                                                          if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
                                                                                            for (const key27 in data96) {
                                                                                              const err257 = { instancePath: instancePath + "/rules/link-unreachable/1", schemaPath: "#/properties/rules/properties/link-unreachable/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["link-unreachable"].oneOf[1].items[1], data: data96 };
                                                                                              if (vErrors === null) {
                                                                                                vErrors = [err257];
                                                                                              } else {
                                                                                                vErrors.push(err257);
                                                                                              }
                                                                                              errors++;
                                                                                              break;
                                                                                            }
                                                                                          } else {
                                                                                            const err258 = { instancePath: instancePath + "/rules/link-unreachable/1", schemaPath: "#/properties/rules/properties/link-unreachable/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["link-unreachable"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["link-unreachable"].oneOf[1].items[1], data: data96 };
                                                                                            if (vErrors === null) {
                                                                                              vErrors = [err258];
                                                                                            } else {
                                                                                              vErrors.push(err258);
                                                                                            }
                                                                                            errors++;
                                                                                          }
                                                                                        }
                                                                                        var valid65 = _errs273 === errors;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                            } else {
                                                                              const err259 = { instancePath: instancePath + "/rules/link-unreachable", schemaPath: "#/properties/rules/properties/link-unreachable/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["link-unreachable"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["link-unreachable"].oneOf[1], data: data94 };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err259];
                                                                              } else {
                                                                                vErrors.push(err259);
                                                                              }
                                                                              errors++;
                                                                            }
                                                                          }
                                                                          var _valid27 = _errs270 === errors;
                                                                          if (_valid27 && valid64) {
                                                                            valid64 = false;
                                                                            passing27 = [passing27, 1];
                                                                          } else {
                                                                            if (_valid27) {
                                                                              valid64 = true;
                                                                              passing27 = 1;
                                                                            }
                                                                          }
                                                                          if (!valid64) {
                                                                            const err260 = { instancePath: instancePath + "/rules/link-unreachable", schemaPath: "#/properties/rules/properties/link-unreachable/oneOf", keyword: "oneOf", params: { passingSchemas: passing27 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["link-unreachable"].oneOf, parentSchema: schema11.properties.rules.properties["link-unreachable"], data: data94 };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err260];
                                                                            } else {
                                                                              vErrors.push(err260);
                                                                            }
                                                                            errors++;
                                                                            validate10.errors = vErrors;
                                                                            return false;
                                                                          } else {
                                                                            errors = _errs268;
                                                                            if (vErrors !== null) {
                                                                              if (_errs268) {
                                                                                vErrors.length = _errs268;
                                                                              } else {
                                                                                vErrors = null;
                                                                              }
                                                                            }
                                                                          }
                                                                          var valid3 = _errs267 === errors;
                                                                        } else {
                                                                          var valid3 = true;
                                                                        }
                                                                        if (valid3) {
                                                                          if (data3["link-fragment"] !== void 0) {
                                                                            let data97 = data3["link-fragment"];
                                                                            const _errs276 = errors;
                                                                            const _errs277 = errors;
                                                                            let valid66 = false;
                                                                            let passing28 = null;
                                                                            const _errs278 = errors;
                                                                            if (!(data97 === "off" || data97 === "warn" || data97 === "error")) {
                                                                              const err261 = { instancePath: instancePath + "/rules/link-fragment", schemaPath: "#/properties/rules/properties/link-fragment/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["link-fragment"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["link-fragment"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["link-fragment"].oneOf[0], data: data97 };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err261];
                                                                              } else {
                                                                                vErrors.push(err261);
                                                                              }
                                                                              errors++;
                                                                            }
                                                                            var _valid28 = _errs278 === errors;
                                                                            if (_valid28) {
                                                                              valid66 = true;
                                                                              passing28 = 0;
                                                                            }
                                                                            const _errs279 = errors;
                                                                            if (errors === _errs279) {
                                                                              if (Array.isArray(data97)) {
                                                                                if (data97.length > 2) {
                                                                                  const err262 = { instancePath: instancePath + "/rules/link-fragment", schemaPath: "#/properties/rules/properties/link-fragment/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["link-fragment"].oneOf[1], data: data97 };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err262];
                                                                                  } else {
                                                                                    vErrors.push(err262);
                                                                                  }
                                                                                  errors++;
                                                                                } else {
                                                                                  if (data97.length < 1) {
                                                                                    const err263 = { instancePath: instancePath + "/rules/link-fragment", schemaPath: "#/properties/rules/properties/link-fragment/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["link-fragment"].oneOf[1], data: data97 };
                                                                                    if (vErrors === null) {
                                                                                      vErrors = [err263];
                                                                                    } else {
                                                                                      vErrors.push(err263);
                                                                                    }
                                                                                    errors++;
                                                                                  } else {
                                                                                    const len57 = data97.length;
                                                                                    if (!(len57 <= 2)) {
                                                                                      const err264 = { instancePath: instancePath + "/rules/link-fragment", schemaPath: "#/properties/rules/properties/link-fragment/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["link-fragment"].oneOf[1], data: data97 };
                                                                                      if (vErrors === null) {
                                                                                        vErrors = [err264];
                                                                                      } else {
                                                                                        vErrors.push(err264);
                                                                                      }
                                                                                      errors++;
                                                                                    } else {
                                                                                      const len58 = data97.length;
                                                                                      if (len58 > 0) {
                                                                                        let data98 = data97[0];
                                                                                        const _errs281 = errors;
                                                                                        if (!(data98 === "off" || data98 === "warn" || data98 === "error")) {
                                                                                          const err265 = { instancePath: instancePath + "/rules/link-fragment/0", schemaPath: "#/properties/rules/properties/link-fragment/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["link-fragment"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["link-fragment"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["link-fragment"].oneOf[1].items[0], data: data98 };
                                                                                          if (vErrors === null) {
                                                                                            vErrors = [err265];
                                                                                          } else {
                                                                                            vErrors.push(err265);
                                                                                          }
                                                                                          errors++;
                                                                                        }
                                                                                        var valid67 = _errs281 === errors;
                                                                                      }
                                                                                      if (valid67) {
                                                                                        if (len58 > 1) {
                                                                                          let data99 = data97[1];
                                                                                          const _errs282 = errors;
                                                                                          if (errors === _errs282) {
                                                                                            if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
                                                                                              for (const key28 in data99) {
                                                                                                const err266 = { instancePath: instancePath + "/rules/link-fragment/1", schemaPath: "#/properties/rules/properties/link-fragment/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["link-fragment"].oneOf[1].items[1], data: data99 };
                                                                                                if (vErrors === null) {
                                                                                                  vErrors = [err266];
                                                                                                } else {
                                                                                                  vErrors.push(err266);
                                                                                                }
                                                                                                errors++;
                                                                                                break;
                                                                                              }
                                                                                            } else {
                                                                                              const err267 = { instancePath: instancePath + "/rules/link-fragment/1", schemaPath: "#/properties/rules/properties/link-fragment/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["link-fragment"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["link-fragment"].oneOf[1].items[1], data: data99 };
                                                                                              if (vErrors === null) {
                                                                                                vErrors = [err267];
                                                                                              } else {
                                                                                                vErrors.push(err267);
                                                                                              }
                                                                                              errors++;
                                                                                            }
                                                                                          }
                                                                                          var valid67 = _errs282 === errors;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              } else {
                                                                                const err268 = { instancePath: instancePath + "/rules/link-fragment", schemaPath: "#/properties/rules/properties/link-fragment/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["link-fragment"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["link-fragment"].oneOf[1], data: data97 };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err268];
                                                                                } else {
                                                                                  vErrors.push(err268);
                                                                                }
                                                                                errors++;
                                                                              }
                                                                            }
                                                                            var _valid28 = _errs279 === errors;
                                                                            if (_valid28 && valid66) {
                                                                              valid66 = false;
                                                                              passing28 = [passing28, 1];
                                                                            } else {
                                                                              if (_valid28) {
                                                                                valid66 = true;
                                                                                passing28 = 1;
                                                                              }
                                                                            }
                                                                            if (!valid66) {
                                                                              const err269 = { instancePath: instancePath + "/rules/link-fragment", schemaPath: "#/properties/rules/properties/link-fragment/oneOf", keyword: "oneOf", params: { passingSchemas: passing28 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["link-fragment"].oneOf, parentSchema: schema11.properties.rules.properties["link-fragment"], data: data97 };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err269];
                                                                              } else {
                                                                                vErrors.push(err269);
                                                                              }
                                                                              errors++;
                                                                              validate10.errors = vErrors;
                                                                              return false;
                                                                            } else {
                                                                              errors = _errs277;
                                                                              if (vErrors !== null) {
                                                                                if (_errs277) {
                                                                                  vErrors.length = _errs277;
                                                                                } else {
                                                                                  vErrors = null;
                                                                                }
                                                                              }
                                                                            }
                                                                            var valid3 = _errs276 === errors;
                                                                          } else {
                                                                            var valid3 = true;
                                                                          }
                                                                          if (valid3) {
                                                                            if (data3["link-skipped"] !== void 0) {
                                                                              let data100 = data3["link-skipped"];
                                                                              const _errs285 = errors;
                                                                              const _errs286 = errors;
                                                                              let valid68 = false;
                                                                              let passing29 = null;
                                                                              const _errs287 = errors;
                                                                              if (!(data100 === "off" || data100 === "warn" || data100 === "error")) {
                                                                                const err270 = { instancePath: instancePath + "/rules/link-skipped", schemaPath: "#/properties/rules/properties/link-skipped/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["link-skipped"].oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["link-skipped"].oneOf[0].enum, parentSchema: schema11.properties.rules.properties["link-skipped"].oneOf[0], data: data100 };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err270];
                                                                                } else {
                                                                                  vErrors.push(err270);
                                                                                }
                                                                                errors++;
                                                                              }
                                                                              var _valid29 = _errs287 === errors;
                                                                              if (_valid29) {
                                                                                valid68 = true;
                                                                                passing29 = 0;
                                                                              }
                                                                              const _errs288 = errors;
                                                                              if (errors === _errs288) {
                                                                                if (Array.isArray(data100)) {
                                                                                  if (data100.length > 2) {
                                                                                    const err271 = { instancePath: instancePath + "/rules/link-skipped", schemaPath: "#/properties/rules/properties/link-skipped/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.rules.properties["link-skipped"].oneOf[1], data: data100 };
                                                                                    if (vErrors === null) {
                                                                                      vErrors = [err271];
                                                                                    } else {
                                                                                      vErrors.push(err271);
                                                                                    }
                                                                                    errors++;
                                                                                  } else {
                                                                                    if (data100.length < 1) {
                                                                                      const err272 = { instancePath: instancePath + "/rules/link-skipped", schemaPath: "#/properties/rules/properties/link-skipped/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["link-skipped"].oneOf[1], data: data100 };
                                                                                      if (vErrors === null) {
                                                                                        vErrors = [err272];
                                                                                      } else {
                                                                                        vErrors.push(err272);
                                                                                      }
                                                                                      errors++;
                                                                                    } else {
                                                                                      const len59 = data100.length;
                                                                                      if (!(len59 <= 2)) {
                                                                                        const err273 = { instancePath: instancePath + "/rules/link-skipped", schemaPath: "#/properties/rules/properties/link-skipped/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["link-skipped"].oneOf[1], data: data100 };
                                                                                        if (vErrors === null) {
                                                                                          vErrors = [err273];
                                                                                        } else {
                                                                                          vErrors.push(err273);
                                                                                        }
                                                                                        errors++;
                                                                                      } else {
                                                                                        const len60 = data100.length;
                                                                                        if (len60 > 0) {
                                                                                          let data101 = data100[0];
                                                                                          const _errs290 = errors;
                                                                                          if (!(data101 === "off" || data101 === "warn" || data101 === "error")) {
                                                                                            const err274 = { instancePath: instancePath + "/rules/link-skipped/0", schemaPath: "#/properties/rules/properties/link-skipped/oneOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["link-skipped"].oneOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["link-skipped"].oneOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["link-skipped"].oneOf[1].items[0], data: data101 };
                                                                                            if (vErrors === null) {
                                                                                              vErrors = [err274];
                                                                                            } else {
                                                                                              vErrors.push(err274);
                                                                                            }
                                                                                            errors++;
                                                                                          }
                                                                                          var valid69 = _errs290 === errors;
                                                                                        }
                                                                                        if (valid69) {
                                                                                          if (len60 > 1) {
                                                                                            let data102 = data100[1];
                                                                                            const _errs291 = errors;
                                                                                            if (errors === _errs291) {
                                                                                              if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                                                                                                for (const key29 in data102) {
                                                                                                  const err275 = { instancePath: instancePath + "/rules/link-skipped/1", schemaPath: "#/properties/rules/properties/link-skipped/oneOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["link-skipped"].oneOf[1].items[1], data: data102 };
                                                                                                  if (vErrors === null) {
                                                                                                    vErrors = [err275];
                                                                                                  } else {
                                                                                                    vErrors.push(err275);
                                                                                                  }
                                                                                                  errors++;
                                                                                                  break;
                                                                                                }
                                                                                              } else {
                                                                                                const err276 = { instancePath: instancePath + "/rules/link-skipped/1", schemaPath: "#/properties/rules/properties/link-skipped/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["link-skipped"].oneOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["link-skipped"].oneOf[1].items[1], data: data102 };
                                                                                                if (vErrors === null) {
                                                                                                  vErrors = [err276];
                                                                                                } else {
                                                                                                  vErrors.push(err276);
                                                                                                }
                                                                                                errors++;
                                                                                              }
                                                                                            }
                                                                                            var valid69 = _errs291 === errors;
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                } else {
                                                                                  const err277 = { instancePath: instancePath + "/rules/link-skipped", schemaPath: "#/properties/rules/properties/link-skipped/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["link-skipped"].oneOf[1].type, parentSchema: schema11.properties.rules.properties["link-skipped"].oneOf[1], data: data100 };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err277];
                                                                                  } else {
                                                                                    vErrors.push(err277);
                                                                                  }
                                                                                  errors++;
                                                                                }
                                                                              }
                                                                              var _valid29 = _errs288 === errors;
                                                                              if (_valid29 && valid68) {
                                                                                valid68 = false;
                                                                                passing29 = [passing29, 1];
                                                                              } else {
                                                                                if (_valid29) {
                                                                                  valid68 = true;
                                                                                  passing29 = 1;
                                                                                }
                                                                              }
                                                                              if (!valid68) {
                                                                                const err278 = { instancePath: instancePath + "/rules/link-skipped", schemaPath: "#/properties/rules/properties/link-skipped/oneOf", keyword: "oneOf", params: { passingSchemas: passing29 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.properties["link-skipped"].oneOf, parentSchema: schema11.properties.rules.properties["link-skipped"], data: data100 };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err278];
                                                                                } else {
                                                                                  vErrors.push(err278);
                                                                                }
                                                                                errors++;
                                                                                validate10.errors = vErrors;
                                                                                return false;
                                                                              } else {
                                                                                errors = _errs286;
                                                                                if (vErrors !== null) {
                                                                                  if (_errs286) {
                                                                                    vErrors.length = _errs286;
                                                                                  } else {
                                                                                    vErrors = null;
                                                                                  }
                                                                                }
                                                                              }
                                                                              var valid3 = _errs285 === errors;
                                                                            } else {
                                                                              var valid3 = true;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate10.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data3 }];
                  return false;
                }
              }
              var valid0 = _errs10 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.ignoreSections !== void 0) {
                let data103 = data.ignoreSections;
                const _errs294 = errors;
                if (errors === _errs294) {
                  if (Array.isArray(data103)) {
                    var valid70 = true;
                    const len61 = data103.length;
                    for (let i3 = 0; i3 < len61; i3++) {
                      let data104 = data103[i3];
                      const _errs296 = errors;
                      if (typeof data104 !== "string") {
                        validate10.errors = [{ instancePath: instancePath + "/ignoreSections/" + i3, schemaPath: "#/properties/ignoreSections/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignoreSections.items.type, parentSchema: schema11.properties.ignoreSections.items, data: data104 }];
                        return false;
                      }
                      var valid70 = _errs296 === errors;
                      if (!valid70) {
                        break;
                      }
                    }
                  } else {
                    validate10.errors = [{ instancePath: instancePath + "/ignoreSections", schemaPath: "#/properties/ignoreSections/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ignoreSections.type, parentSchema: schema11.properties.ignoreSections, data: data103 }];
                    return false;
                  }
                }
                var valid0 = _errs294 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.maxFileSize !== void 0) {
                  let data105 = data.maxFileSize;
                  const _errs298 = errors;
                  if (!(typeof data105 == "number" && (!(data105 % 1) && !isNaN(data105)) && isFinite(data105))) {
                    validate10.errors = [{ instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.maxFileSize.type, parentSchema: schema11.properties.maxFileSize, data: data105 }];
                    return false;
                  }
                  if (errors === _errs298) {
                    if (typeof data105 == "number" && isFinite(data105)) {
                      if (data105 > 67108864 || isNaN(data105)) {
                        validate10.errors = [{ instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 67108864 }, message: "must be <= 67108864", schema: 67108864, parentSchema: schema11.properties.maxFileSize, data: data105 }];
                        return false;
                      } else {
                        if (data105 < 1 || isNaN(data105)) {
                          validate10.errors = [{ instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.maxFileSize, data: data105 }];
                          return false;
                        }
                      }
                    }
                  }
                  var valid0 = _errs298 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.links !== void 0) {
                    let data106 = data.links;
                    const _errs300 = errors;
                    if (errors === _errs300) {
                      if (data106 && typeof data106 == "object" && !Array.isArray(data106)) {
                        const _errs302 = errors;
                        for (const key30 in data106) {
                          if (!func2.call(schema11.properties.links.properties, key30)) {
                            validate10.errors = [{ instancePath: instancePath + "/links", schemaPath: "#/properties/links/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.links, data: data106 }];
                            return false;
                            break;
                          }
                        }
                        if (_errs302 === errors) {
                          if (data106.concurrency !== void 0) {
                            let data107 = data106.concurrency;
                            const _errs303 = errors;
                            if (!(typeof data107 == "number" && (!(data107 % 1) && !isNaN(data107)) && isFinite(data107))) {
                              validate10.errors = [{ instancePath: instancePath + "/links/concurrency", schemaPath: "#/properties/links/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.links.properties.concurrency.type, parentSchema: schema11.properties.links.properties.concurrency, data: data107 }];
                              return false;
                            }
                            if (errors === _errs303) {
                              if (typeof data107 == "number" && isFinite(data107)) {
                                if (data107 > 1024 || isNaN(data107)) {
                                  validate10.errors = [{ instancePath: instancePath + "/links/concurrency", schemaPath: "#/properties/links/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1024 }, message: "must be <= 1024", schema: 1024, parentSchema: schema11.properties.links.properties.concurrency, data: data107 }];
                                  return false;
                                } else {
                                  if (data107 < 1 || isNaN(data107)) {
                                    validate10.errors = [{ instancePath: instancePath + "/links/concurrency", schemaPath: "#/properties/links/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.links.properties.concurrency, data: data107 }];
                                    return false;
                                  }
                                }
                              }
                            }
                            var valid71 = _errs303 === errors;
                          } else {
                            var valid71 = true;
                          }
                          if (valid71) {
                            if (data106.perHost !== void 0) {
                              let data108 = data106.perHost;
                              const _errs305 = errors;
                              if (!(typeof data108 == "number" && (!(data108 % 1) && !isNaN(data108)) && isFinite(data108))) {
                                validate10.errors = [{ instancePath: instancePath + "/links/perHost", schemaPath: "#/properties/links/properties/perHost/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.links.properties.perHost.type, parentSchema: schema11.properties.links.properties.perHost, data: data108 }];
                                return false;
                              }
                              if (errors === _errs305) {
                                if (typeof data108 == "number" && isFinite(data108)) {
                                  if (data108 > 256 || isNaN(data108)) {
                                    validate10.errors = [{ instancePath: instancePath + "/links/perHost", schemaPath: "#/properties/links/properties/perHost/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema11.properties.links.properties.perHost, data: data108 }];
                                    return false;
                                  } else {
                                    if (data108 < 1 || isNaN(data108)) {
                                      validate10.errors = [{ instancePath: instancePath + "/links/perHost", schemaPath: "#/properties/links/properties/perHost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.links.properties.perHost, data: data108 }];
                                      return false;
                                    }
                                  }
                                }
                              }
                              var valid71 = _errs305 === errors;
                            } else {
                              var valid71 = true;
                            }
                            if (valid71) {
                              if (data106.hosts !== void 0) {
                                let data109 = data106.hosts;
                                const _errs307 = errors;
                                if (errors === _errs307) {
                                  if (data109 && typeof data109 == "object" && !Array.isArray(data109)) {
                                    if (Object.keys(data109).length > 1e4) {
                                      validate10.errors = [{ instancePath: instancePath + "/links/hosts", schemaPath: "#/properties/links/properties/hosts/maxProperties", keyword: "maxProperties", params: { limit: 1e4 }, message: "must NOT have more than 10000 properties", schema: 1e4, parentSchema: schema11.properties.links.properties.hosts, data: data109 }];
                                      return false;
                                    } else {
                                      for (const key31 in data109) {
                                        const _errs309 = errors;
                                        if (typeof key31 === "string") {
                                          if (func3(key31) > 256) {
                                            const err279 = { instancePath: instancePath + "/links/hosts", schemaPath: "#/properties/links/properties/hosts/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema11.properties.links.properties.hosts.propertyNames, data: key31, propertyName: key31 };
                                            if (vErrors === null) {
                                              vErrors = [err279];
                                            } else {
                                              vErrors.push(err279);
                                            }
                                            errors++;
                                          }
                                        }
                                        var valid72 = _errs309 === errors;
                                        if (!valid72) {
                                          const err280 = { instancePath: instancePath + "/links/hosts", schemaPath: "#/properties/links/properties/hosts/propertyNames", keyword: "propertyNames", params: { propertyName: key31 }, message: "property name must be valid", schema: schema11.properties.links.properties.hosts.propertyNames, parentSchema: schema11.properties.links.properties.hosts, data: data109 };
                                          if (vErrors === null) {
                                            vErrors = [err280];
                                          } else {
                                            vErrors.push(err280);
                                          }
                                          errors++;
                                          validate10.errors = vErrors;
                                          return false;
                                          break;
                                        }
                                      }
                                      if (valid72) {
                                        for (const key32 in data109) {
                                          let data110 = data109[key32];
                                          const _errs311 = errors;
                                          if (errors === _errs311) {
                                            if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
                                              const _errs313 = errors;
                                              for (const key33 in data110) {
                                                if (!(key33 === "perHost" || key33 === "headers")) {
                                                  validate10.errors = [{ instancePath: instancePath + "/links/hosts/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/links/properties/hosts/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.links.properties.hosts.additionalProperties, data: data110 }];
                                                  return false;
                                                  break;
                                                }
                                              }
                                              if (_errs313 === errors) {
                                                if (data110.perHost !== void 0) {
                                                  let data111 = data110.perHost;
                                                  const _errs314 = errors;
                                                  if (!(typeof data111 == "number" && (!(data111 % 1) && !isNaN(data111)) && isFinite(data111))) {
                                                    validate10.errors = [{ instancePath: instancePath + "/links/hosts/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/perHost", schemaPath: "#/properties/links/properties/hosts/additionalProperties/properties/perHost/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.links.properties.hosts.additionalProperties.properties.perHost.type, parentSchema: schema11.properties.links.properties.hosts.additionalProperties.properties.perHost, data: data111 }];
                                                    return false;
                                                  }
                                                  if (errors === _errs314) {
                                                    if (typeof data111 == "number" && isFinite(data111)) {
                                                      if (data111 > 256 || isNaN(data111)) {
                                                        validate10.errors = [{ instancePath: instancePath + "/links/hosts/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/perHost", schemaPath: "#/properties/links/properties/hosts/additionalProperties/properties/perHost/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema11.properties.links.properties.hosts.additionalProperties.properties.perHost, data: data111 }];
                                                        return false;
                                                      } else {
                                                        if (data111 < 1 || isNaN(data111)) {
                                                          validate10.errors = [{ instancePath: instancePath + "/links/hosts/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/perHost", schemaPath: "#/properties/links/properties/hosts/additionalProperties/properties/perHost/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.links.properties.hosts.additionalProperties.properties.perHost, data: data111 }];
                                                          return false;
                                                        }
                                                      }
                                                    }
                                                  }
                                                  var valid74 = _errs314 === errors;
                                                } else {
                                                  var valid74 = true;
                                                }
                                                if (valid74) {
                                                  if (data110.headers !== void 0) {
                                                    let data112 = data110.headers;
                                                    const _errs316 = errors;
                                                    if (errors === _errs316) {
                                                      if (data112 && typeof data112 == "object" && !Array.isArray(data112)) {
                                                        for (const key34 in data112) {
                                                          let data113 = data112[key34];
                                                          const _errs319 = errors;
                                                          if (typeof data113 !== "string") {
                                                            validate10.errors = [{ instancePath: instancePath + "/links/hosts/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/headers/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/links/properties/hosts/additionalProperties/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.links.properties.hosts.additionalProperties.properties.headers.additionalProperties.type, parentSchema: schema11.properties.links.properties.hosts.additionalProperties.properties.headers.additionalProperties, data: data113 }];
                                                            return false;
                                                          }
                                                          var valid75 = _errs319 === errors;
                                                          if (!valid75) {
                                                            break;
                                                          }
                                                        }
                                                      } else {
                                                        validate10.errors = [{ instancePath: instancePath + "/links/hosts/" + key32.replace(/~/g, "~0").replace(/\//g, "~1") + "/headers", schemaPath: "#/properties/links/properties/hosts/additionalProperties/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.links.properties.hosts.additionalProperties.properties.headers.type, parentSchema: schema11.properties.links.properties.hosts.additionalProperties.properties.headers, data: data112 }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid74 = _errs316 === errors;
                                                  } else {
                                                    var valid74 = true;
                                                  }
                                                }
                                              }
                                            } else {
                                              validate10.errors = [{ instancePath: instancePath + "/links/hosts/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/links/properties/hosts/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.links.properties.hosts.additionalProperties.type, parentSchema: schema11.properties.links.properties.hosts.additionalProperties, data: data110 }];
                                              return false;
                                            }
                                          }
                                          var valid73 = _errs311 === errors;
                                          if (!valid73) {
                                            break;
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/links/hosts", schemaPath: "#/properties/links/properties/hosts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.links.properties.hosts.type, parentSchema: schema11.properties.links.properties.hosts, data: data109 }];
                                    return false;
                                  }
                                }
                                var valid71 = _errs307 === errors;
                              } else {
                                var valid71 = true;
                              }
                              if (valid71) {
                                if (data106.timeout !== void 0) {
                                  let data114 = data106.timeout;
                                  const _errs321 = errors;
                                  if (!(typeof data114 == "number" && (!(data114 % 1) && !isNaN(data114)) && isFinite(data114))) {
                                    validate10.errors = [{ instancePath: instancePath + "/links/timeout", schemaPath: "#/properties/links/properties/timeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.links.properties.timeout.type, parentSchema: schema11.properties.links.properties.timeout, data: data114 }];
                                    return false;
                                  }
                                  if (errors === _errs321) {
                                    if (typeof data114 == "number" && isFinite(data114)) {
                                      if (data114 > 6e5 || isNaN(data114)) {
                                        validate10.errors = [{ instancePath: instancePath + "/links/timeout", schemaPath: "#/properties/links/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6e5 }, message: "must be <= 600000", schema: 6e5, parentSchema: schema11.properties.links.properties.timeout, data: data114 }];
                                        return false;
                                      } else {
                                        if (data114 < 1 || isNaN(data114)) {
                                          validate10.errors = [{ instancePath: instancePath + "/links/timeout", schemaPath: "#/properties/links/properties/timeout/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.links.properties.timeout, data: data114 }];
                                          return false;
                                        }
                                      }
                                    }
                                  }
                                  var valid71 = _errs321 === errors;
                                } else {
                                  var valid71 = true;
                                }
                                if (valid71) {
                                  if (data106.retries !== void 0) {
                                    let data115 = data106.retries;
                                    const _errs323 = errors;
                                    if (!(typeof data115 == "number" && (!(data115 % 1) && !isNaN(data115)) && isFinite(data115))) {
                                      validate10.errors = [{ instancePath: instancePath + "/links/retries", schemaPath: "#/properties/links/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.links.properties.retries.type, parentSchema: schema11.properties.links.properties.retries, data: data115 }];
                                      return false;
                                    }
                                    if (errors === _errs323) {
                                      if (typeof data115 == "number" && isFinite(data115)) {
                                        if (data115 > 10 || isNaN(data115)) {
                                          validate10.errors = [{ instancePath: instancePath + "/links/retries", schemaPath: "#/properties/links/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema11.properties.links.properties.retries, data: data115 }];
                                          return false;
                                        } else {
                                          if (data115 < 0 || isNaN(data115)) {
                                            validate10.errors = [{ instancePath: instancePath + "/links/retries", schemaPath: "#/properties/links/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.links.properties.retries, data: data115 }];
                                            return false;
                                          }
                                        }
                                      }
                                    }
                                    var valid71 = _errs323 === errors;
                                  } else {
                                    var valid71 = true;
                                  }
                                  if (valid71) {
                                    if (data106.timeoutRetries !== void 0) {
                                      let data116 = data106.timeoutRetries;
                                      const _errs325 = errors;
                                      if (!(typeof data116 == "number" && (!(data116 % 1) && !isNaN(data116)) && isFinite(data116))) {
                                        validate10.errors = [{ instancePath: instancePath + "/links/timeoutRetries", schemaPath: "#/properties/links/properties/timeoutRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.links.properties.timeoutRetries.type, parentSchema: schema11.properties.links.properties.timeoutRetries, data: data116 }];
                                        return false;
                                      }
                                      if (errors === _errs325) {
                                        if (typeof data116 == "number" && isFinite(data116)) {
                                          if (data116 > 5 || isNaN(data116)) {
                                            validate10.errors = [{ instancePath: instancePath + "/links/timeoutRetries", schemaPath: "#/properties/links/properties/timeoutRetries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5", schema: 5, parentSchema: schema11.properties.links.properties.timeoutRetries, data: data116 }];
                                            return false;
                                          } else {
                                            if (data116 < 0 || isNaN(data116)) {
                                              validate10.errors = [{ instancePath: instancePath + "/links/timeoutRetries", schemaPath: "#/properties/links/properties/timeoutRetries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.links.properties.timeoutRetries, data: data116 }];
                                              return false;
                                            }
                                          }
                                        }
                                      }
                                      var valid71 = _errs325 === errors;
                                    } else {
                                      var valid71 = true;
                                    }
                                    if (valid71) {
                                      if (data106.maxRetryAfter !== void 0) {
                                        let data117 = data106.maxRetryAfter;
                                        const _errs327 = errors;
                                        if (!(typeof data117 == "number" && (!(data117 % 1) && !isNaN(data117)) && isFinite(data117))) {
                                          validate10.errors = [{ instancePath: instancePath + "/links/maxRetryAfter", schemaPath: "#/properties/links/properties/maxRetryAfter/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.links.properties.maxRetryAfter.type, parentSchema: schema11.properties.links.properties.maxRetryAfter, data: data117 }];
                                          return false;
                                        }
                                        if (errors === _errs327) {
                                          if (typeof data117 == "number" && isFinite(data117)) {
                                            if (data117 > 6e5 || isNaN(data117)) {
                                              validate10.errors = [{ instancePath: instancePath + "/links/maxRetryAfter", schemaPath: "#/properties/links/properties/maxRetryAfter/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6e5 }, message: "must be <= 600000", schema: 6e5, parentSchema: schema11.properties.links.properties.maxRetryAfter, data: data117 }];
                                              return false;
                                            } else {
                                              if (data117 < 0 || isNaN(data117)) {
                                                validate10.errors = [{ instancePath: instancePath + "/links/maxRetryAfter", schemaPath: "#/properties/links/properties/maxRetryAfter/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.links.properties.maxRetryAfter, data: data117 }];
                                                return false;
                                              }
                                            }
                                          }
                                        }
                                        var valid71 = _errs327 === errors;
                                      } else {
                                        var valid71 = true;
                                      }
                                      if (valid71) {
                                        if (data106.allowPrivate !== void 0) {
                                          let data118 = data106.allowPrivate;
                                          const _errs329 = errors;
                                          if (false !== data118) {
                                            validate10.errors = [{ instancePath: instancePath + "/links/allowPrivate", schemaPath: "#/properties/links/properties/allowPrivate/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant", schema: false, parentSchema: schema11.properties.links.properties.allowPrivate, data: data118 }];
                                            return false;
                                          }
                                          var valid71 = _errs329 === errors;
                                        } else {
                                          var valid71 = true;
                                        }
                                        if (valid71) {
                                          if (data106.exclude !== void 0) {
                                            let data119 = data106.exclude;
                                            const _errs330 = errors;
                                            if (errors === _errs330) {
                                              if (Array.isArray(data119)) {
                                                if (data119.length > 100) {
                                                  validate10.errors = [{ instancePath: instancePath + "/links/exclude", schemaPath: "#/properties/links/properties/exclude/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema11.properties.links.properties.exclude, data: data119 }];
                                                  return false;
                                                } else {
                                                  var valid76 = true;
                                                  const len62 = data119.length;
                                                  for (let i4 = 0; i4 < len62; i4++) {
                                                    let data120 = data119[i4];
                                                    const _errs332 = errors;
                                                    if (errors === _errs332) {
                                                      if (typeof data120 === "string") {
                                                        if (func3(data120) > 1e3) {
                                                          validate10.errors = [{ instancePath: instancePath + "/links/exclude/" + i4, schemaPath: "#/properties/links/properties/exclude/items/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema11.properties.links.properties.exclude.items, data: data120 }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate10.errors = [{ instancePath: instancePath + "/links/exclude/" + i4, schemaPath: "#/properties/links/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.links.properties.exclude.items.type, parentSchema: schema11.properties.links.properties.exclude.items, data: data120 }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid76 = _errs332 === errors;
                                                    if (!valid76) {
                                                      break;
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate10.errors = [{ instancePath: instancePath + "/links/exclude", schemaPath: "#/properties/links/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.links.properties.exclude.type, parentSchema: schema11.properties.links.properties.exclude, data: data119 }];
                                                return false;
                                              }
                                            }
                                            var valid71 = _errs330 === errors;
                                          } else {
                                            var valid71 = true;
                                          }
                                          if (valid71) {
                                            if (data106.accept !== void 0) {
                                              let data121 = data106.accept;
                                              const _errs334 = errors;
                                              if (errors === _errs334) {
                                                if (Array.isArray(data121)) {
                                                  var valid77 = true;
                                                  const len63 = data121.length;
                                                  for (let i5 = 0; i5 < len63; i5++) {
                                                    let data122 = data121[i5];
                                                    const _errs336 = errors;
                                                    if (!(typeof data122 == "number" && (!(data122 % 1) && !isNaN(data122)) && isFinite(data122))) {
                                                      validate10.errors = [{ instancePath: instancePath + "/links/accept/" + i5, schemaPath: "#/properties/links/properties/accept/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.links.properties.accept.items.type, parentSchema: schema11.properties.links.properties.accept.items, data: data122 }];
                                                      return false;
                                                    }
                                                    if (errors === _errs336) {
                                                      if (typeof data122 == "number" && isFinite(data122)) {
                                                        if (data122 > 999 || isNaN(data122)) {
                                                          validate10.errors = [{ instancePath: instancePath + "/links/accept/" + i5, schemaPath: "#/properties/links/properties/accept/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 999 }, message: "must be <= 999", schema: 999, parentSchema: schema11.properties.links.properties.accept.items, data: data122 }];
                                                          return false;
                                                        } else {
                                                          if (data122 < 100 || isNaN(data122)) {
                                                            validate10.errors = [{ instancePath: instancePath + "/links/accept/" + i5, schemaPath: "#/properties/links/properties/accept/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema11.properties.links.properties.accept.items, data: data122 }];
                                                            return false;
                                                          }
                                                        }
                                                      }
                                                    }
                                                    var valid77 = _errs336 === errors;
                                                    if (!valid77) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate10.errors = [{ instancePath: instancePath + "/links/accept", schemaPath: "#/properties/links/properties/accept/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.links.properties.accept.type, parentSchema: schema11.properties.links.properties.accept, data: data121 }];
                                                  return false;
                                                }
                                              }
                                              var valid71 = _errs334 === errors;
                                            } else {
                                              var valid71 = true;
                                            }
                                            if (valid71) {
                                              if (data106.userAgent !== void 0) {
                                                let data123 = data106.userAgent;
                                                const _errs338 = errors;
                                                if (typeof data123 !== "string") {
                                                  validate10.errors = [{ instancePath: instancePath + "/links/userAgent", schemaPath: "#/properties/links/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.links.properties.userAgent.type, parentSchema: schema11.properties.links.properties.userAgent, data: data123 }];
                                                  return false;
                                                }
                                                var valid71 = _errs338 === errors;
                                              } else {
                                                var valid71 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/links", schemaPath: "#/properties/links/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.links.type, parentSchema: schema11.properties.links, data: data106 }];
                        return false;
                      }
                    }
                    var valid0 = _errs300 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.access !== void 0) {
                      let data124 = data.access;
                      const _errs340 = errors;
                      if (errors === _errs340) {
                        if (data124 && typeof data124 == "object" && !Array.isArray(data124)) {
                          const _errs342 = errors;
                          for (const key35 in data124) {
                            if (!(key35 === "hosts" || key35 === "datasets")) {
                              validate10.errors = [{ instancePath: instancePath + "/access", schemaPath: "#/properties/access/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.access, data: data124 }];
                              return false;
                              break;
                            }
                          }
                          if (_errs342 === errors) {
                            if (data124.hosts !== void 0) {
                              let data125 = data124.hosts;
                              const _errs343 = errors;
                              if (errors === _errs343) {
                                if (data125 && typeof data125 == "object" && !Array.isArray(data125)) {
                                  if (Object.keys(data125).length > 1e4) {
                                    validate10.errors = [{ instancePath: instancePath + "/access/hosts", schemaPath: "#/properties/access/properties/hosts/maxProperties", keyword: "maxProperties", params: { limit: 1e4 }, message: "must NOT have more than 10000 properties", schema: 1e4, parentSchema: schema11.properties.access.properties.hosts, data: data125 }];
                                    return false;
                                  } else {
                                    for (const key36 in data125) {
                                      const _errs345 = errors;
                                      if (typeof key36 === "string") {
                                        if (func3(key36) > 256) {
                                          const err281 = { instancePath: instancePath + "/access/hosts", schemaPath: "#/properties/access/properties/hosts/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema11.properties.access.properties.hosts.propertyNames, data: key36, propertyName: key36 };
                                          if (vErrors === null) {
                                            vErrors = [err281];
                                          } else {
                                            vErrors.push(err281);
                                          }
                                          errors++;
                                        } else {
                                          if (!pattern0.test(key36)) {
                                            const err282 = { instancePath: instancePath + "/access/hosts", schemaPath: "#/properties/access/properties/hosts/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?:https?://)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/\\S*)?$" }, message: 'must match pattern "^(?:https?://)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/\\S*)?$"', schema: "^(?:https?://)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/\\S*)?$", parentSchema: schema11.properties.access.properties.hosts.propertyNames, data: key36, propertyName: key36 };
                                            if (vErrors === null) {
                                              vErrors = [err282];
                                            } else {
                                              vErrors.push(err282);
                                            }
                                            errors++;
                                          }
                                        }
                                      }
                                      var valid79 = _errs345 === errors;
                                      if (!valid79) {
                                        const err283 = { instancePath: instancePath + "/access/hosts", schemaPath: "#/properties/access/properties/hosts/propertyNames", keyword: "propertyNames", params: { propertyName: key36 }, message: "property name must be valid", schema: schema11.properties.access.properties.hosts.propertyNames, parentSchema: schema11.properties.access.properties.hosts, data: data125 };
                                        if (vErrors === null) {
                                          vErrors = [err283];
                                        } else {
                                          vErrors.push(err283);
                                        }
                                        errors++;
                                        validate10.errors = vErrors;
                                        return false;
                                        break;
                                      }
                                    }
                                    if (valid79) {
                                      for (const key37 in data125) {
                                        let data126 = data125[key37];
                                        const _errs347 = errors;
                                        const _errs348 = errors;
                                        let valid81 = false;
                                        let passing30 = null;
                                        const _errs349 = errors;
                                        if (!(data126 === "open" || data126 === "registration" || data126 === "application" || data126 === "credentialed" || data126 === "restricted")) {
                                          const err284 = { instancePath: instancePath + "/access/hosts/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/access/properties/hosts/additionalProperties/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.access.properties.hosts.additionalProperties.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.access.properties.hosts.additionalProperties.oneOf[0].enum, parentSchema: schema11.properties.access.properties.hosts.additionalProperties.oneOf[0], data: data126 };
                                          if (vErrors === null) {
                                            vErrors = [err284];
                                          } else {
                                            vErrors.push(err284);
                                          }
                                          errors++;
                                        }
                                        var _valid30 = _errs349 === errors;
                                        if (_valid30) {
                                          valid81 = true;
                                          passing30 = 0;
                                        }
                                        const _errs350 = errors;
                                        if (errors === _errs350) {
                                          if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                                            let missing0;
                                            if (data126.level === void 0 && (missing0 = "level")) {
                                              const err285 = { instancePath: instancePath + "/access/hosts/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/access/properties/hosts/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'", schema: schema11.properties.access.properties.hosts.additionalProperties.oneOf[1].required, parentSchema: schema11.properties.access.properties.hosts.additionalProperties.oneOf[1], data: data126 };
                                              if (vErrors === null) {
                                                vErrors = [err285];
                                              } else {
                                                vErrors.push(err285);
                                              }
                                              errors++;
                                            } else {
                                              const _errs352 = errors;
                                              for (const key38 in data126) {
                                                if (!(key38 === "level" || key38 === "terms" || key38 === "source")) {
                                                  const err286 = { instancePath: instancePath + "/access/hosts/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/access/properties/hosts/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.access.properties.hosts.additionalProperties.oneOf[1], data: data126 };
                                                  if (vErrors === null) {
                                                    vErrors = [err286];
                                                  } else {
                                                    vErrors.push(err286);
                                                  }
                                                  errors++;
                                                  break;
                                                }
                                              }
                                              if (_errs352 === errors) {
                                                if (data126.level !== void 0) {
                                                  let data127 = data126.level;
                                                  const _errs353 = errors;
                                                  if (!(data127 === "open" || data127 === "registration" || data127 === "application" || data127 === "credentialed" || data127 === "restricted")) {
                                                    const err287 = { instancePath: instancePath + "/access/hosts/" + key37.replace(/~/g, "~0").replace(/\//g, "~1") + "/level", schemaPath: "#/properties/access/properties/hosts/additionalProperties/oneOf/1/properties/level/enum", keyword: "enum", params: { allowedValues: schema11.properties.access.properties.hosts.additionalProperties.oneOf[1].properties.level.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.access.properties.hosts.additionalProperties.oneOf[1].properties.level.enum, parentSchema: schema11.properties.access.properties.hosts.additionalProperties.oneOf[1].properties.level, data: data127 };
                                                    if (vErrors === null) {
                                                      vErrors = [err287];
                                                    } else {
                                                      vErrors.push(err287);
                                                    }
                                                    errors++;
                                                  }
                                                  var valid82 = _errs353 === errors;
                                                } else {
                                                  var valid82 = true;
                                                }
                                                if (valid82) {
                                                  if (data126.terms !== void 0) {
                                                    let data128 = data126.terms;
                                                    const _errs354 = errors;
                                                    if (typeof data128 !== "string") {
                                                      const err288 = { instancePath: instancePath + "/access/hosts/" + key37.replace(/~/g, "~0").replace(/\//g, "~1") + "/terms", schemaPath: "#/properties/access/properties/hosts/additionalProperties/oneOf/1/properties/terms/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.access.properties.hosts.additionalProperties.oneOf[1].properties.terms.type, parentSchema: schema11.properties.access.properties.hosts.additionalProperties.oneOf[1].properties.terms, data: data128 };
                                                      if (vErrors === null) {
                                                        vErrors = [err288];
                                                      } else {
                                                        vErrors.push(err288);
                                                      }
                                                      errors++;
                                                    }
                                                    var valid82 = _errs354 === errors;
                                                  } else {
                                                    var valid82 = true;
                                                  }
                                                  if (valid82) {
                                                    if (data126.source !== void 0) {
                                                      let data129 = data126.source;
                                                      const _errs356 = errors;
                                                      if (typeof data129 !== "string") {
                                                        const err289 = { instancePath: instancePath + "/access/hosts/" + key37.replace(/~/g, "~0").replace(/\//g, "~1") + "/source", schemaPath: "#/properties/access/properties/hosts/additionalProperties/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.access.properties.hosts.additionalProperties.oneOf[1].properties.source.type, parentSchema: schema11.properties.access.properties.hosts.additionalProperties.oneOf[1].properties.source, data: data129 };
                                                        if (vErrors === null) {
                                                          vErrors = [err289];
                                                        } else {
                                                          vErrors.push(err289);
                                                        }
                                                        errors++;
                                                      }
                                                      var valid82 = _errs356 === errors;
                                                    } else {
                                                      var valid82 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            const err290 = { instancePath: instancePath + "/access/hosts/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/access/properties/hosts/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.access.properties.hosts.additionalProperties.oneOf[1].type, parentSchema: schema11.properties.access.properties.hosts.additionalProperties.oneOf[1], data: data126 };
                                            if (vErrors === null) {
                                              vErrors = [err290];
                                            } else {
                                              vErrors.push(err290);
                                            }
                                            errors++;
                                          }
                                        }
                                        var _valid30 = _errs350 === errors;
                                        if (_valid30 && valid81) {
                                          valid81 = false;
                                          passing30 = [passing30, 1];
                                        } else {
                                          if (_valid30) {
                                            valid81 = true;
                                            passing30 = 1;
                                          }
                                        }
                                        if (!valid81) {
                                          const err291 = { instancePath: instancePath + "/access/hosts/" + key37.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/access/properties/hosts/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing30 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.access.properties.hosts.additionalProperties.oneOf, parentSchema: schema11.properties.access.properties.hosts.additionalProperties, data: data126 };
                                          if (vErrors === null) {
                                            vErrors = [err291];
                                          } else {
                                            vErrors.push(err291);
                                          }
                                          errors++;
                                          validate10.errors = vErrors;
                                          return false;
                                        } else {
                                          errors = _errs348;
                                          if (vErrors !== null) {
                                            if (_errs348) {
                                              vErrors.length = _errs348;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var valid80 = _errs347 === errors;
                                        if (!valid80) {
                                          break;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/access/hosts", schemaPath: "#/properties/access/properties/hosts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.access.properties.hosts.type, parentSchema: schema11.properties.access.properties.hosts, data: data125 }];
                                  return false;
                                }
                              }
                              var valid78 = _errs343 === errors;
                            } else {
                              var valid78 = true;
                            }
                            if (valid78) {
                              if (data124.datasets !== void 0) {
                                let data130 = data124.datasets;
                                const _errs358 = errors;
                                if (errors === _errs358) {
                                  if (data130 && typeof data130 == "object" && !Array.isArray(data130)) {
                                    if (Object.keys(data130).length > 1e4) {
                                      validate10.errors = [{ instancePath: instancePath + "/access/datasets", schemaPath: "#/properties/access/properties/datasets/maxProperties", keyword: "maxProperties", params: { limit: 1e4 }, message: "must NOT have more than 10000 properties", schema: 1e4, parentSchema: schema11.properties.access.properties.datasets, data: data130 }];
                                      return false;
                                    } else {
                                      for (const key39 in data130) {
                                        const _errs360 = errors;
                                        if (typeof key39 === "string") {
                                          if (func3(key39) > 256) {
                                            const err292 = { instancePath: instancePath + "/access/datasets", schemaPath: "#/properties/access/properties/datasets/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema11.properties.access.properties.datasets.propertyNames, data: key39, propertyName: key39 };
                                            if (vErrors === null) {
                                              vErrors = [err292];
                                            } else {
                                              vErrors.push(err292);
                                            }
                                            errors++;
                                          } else {
                                            if (func3(key39) < 1) {
                                              const err293 = { instancePath: instancePath + "/access/datasets", schemaPath: "#/properties/access/properties/datasets/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.access.properties.datasets.propertyNames, data: key39, propertyName: key39 };
                                              if (vErrors === null) {
                                                vErrors = [err293];
                                              } else {
                                                vErrors.push(err293);
                                              }
                                              errors++;
                                            }
                                          }
                                        }
                                        var valid83 = _errs360 === errors;
                                        if (!valid83) {
                                          const err294 = { instancePath: instancePath + "/access/datasets", schemaPath: "#/properties/access/properties/datasets/propertyNames", keyword: "propertyNames", params: { propertyName: key39 }, message: "property name must be valid", schema: schema11.properties.access.properties.datasets.propertyNames, parentSchema: schema11.properties.access.properties.datasets, data: data130 };
                                          if (vErrors === null) {
                                            vErrors = [err294];
                                          } else {
                                            vErrors.push(err294);
                                          }
                                          errors++;
                                          validate10.errors = vErrors;
                                          return false;
                                          break;
                                        }
                                      }
                                      if (valid83) {
                                        for (const key40 in data130) {
                                          let data131 = data130[key40];
                                          const _errs362 = errors;
                                          const _errs363 = errors;
                                          let valid85 = false;
                                          let passing31 = null;
                                          const _errs364 = errors;
                                          if (!(data131 === "open" || data131 === "registration" || data131 === "application" || data131 === "credentialed" || data131 === "restricted")) {
                                            const err295 = { instancePath: instancePath + "/access/datasets/" + key40.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/access/properties/datasets/additionalProperties/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.access.properties.datasets.additionalProperties.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.access.properties.datasets.additionalProperties.oneOf[0].enum, parentSchema: schema11.properties.access.properties.datasets.additionalProperties.oneOf[0], data: data131 };
                                            if (vErrors === null) {
                                              vErrors = [err295];
                                            } else {
                                              vErrors.push(err295);
                                            }
                                            errors++;
                                          }
                                          var _valid31 = _errs364 === errors;
                                          if (_valid31) {
                                            valid85 = true;
                                            passing31 = 0;
                                          }
                                          const _errs365 = errors;
                                          if (errors === _errs365) {
                                            if (data131 && typeof data131 == "object" && !Array.isArray(data131)) {
                                              let missing1;
                                              if (data131.level === void 0 && (missing1 = "level")) {
                                                const err296 = { instancePath: instancePath + "/access/datasets/" + key40.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/access/properties/datasets/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'", schema: schema11.properties.access.properties.datasets.additionalProperties.oneOf[1].required, parentSchema: schema11.properties.access.properties.datasets.additionalProperties.oneOf[1], data: data131 };
                                                if (vErrors === null) {
                                                  vErrors = [err296];
                                                } else {
                                                  vErrors.push(err296);
                                                }
                                                errors++;
                                              } else {
                                                const _errs367 = errors;
                                                for (const key41 in data131) {
                                                  if (!(key41 === "level" || key41 === "terms" || key41 === "source")) {
                                                    const err297 = { instancePath: instancePath + "/access/datasets/" + key40.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/access/properties/datasets/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.access.properties.datasets.additionalProperties.oneOf[1], data: data131 };
                                                    if (vErrors === null) {
                                                      vErrors = [err297];
                                                    } else {
                                                      vErrors.push(err297);
                                                    }
                                                    errors++;
                                                    break;
                                                  }
                                                }
                                                if (_errs367 === errors) {
                                                  if (data131.level !== void 0) {
                                                    let data132 = data131.level;
                                                    const _errs368 = errors;
                                                    if (!(data132 === "open" || data132 === "registration" || data132 === "application" || data132 === "credentialed" || data132 === "restricted")) {
                                                      const err298 = { instancePath: instancePath + "/access/datasets/" + key40.replace(/~/g, "~0").replace(/\//g, "~1") + "/level", schemaPath: "#/properties/access/properties/datasets/additionalProperties/oneOf/1/properties/level/enum", keyword: "enum", params: { allowedValues: schema11.properties.access.properties.datasets.additionalProperties.oneOf[1].properties.level.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.access.properties.datasets.additionalProperties.oneOf[1].properties.level.enum, parentSchema: schema11.properties.access.properties.datasets.additionalProperties.oneOf[1].properties.level, data: data132 };
                                                      if (vErrors === null) {
                                                        vErrors = [err298];
                                                      } else {
                                                        vErrors.push(err298);
                                                      }
                                                      errors++;
                                                    }
                                                    var valid86 = _errs368 === errors;
                                                  } else {
                                                    var valid86 = true;
                                                  }
                                                  if (valid86) {
                                                    if (data131.terms !== void 0) {
                                                      let data133 = data131.terms;
                                                      const _errs369 = errors;
                                                      if (typeof data133 !== "string") {
                                                        const err299 = { instancePath: instancePath + "/access/datasets/" + key40.replace(/~/g, "~0").replace(/\//g, "~1") + "/terms", schemaPath: "#/properties/access/properties/datasets/additionalProperties/oneOf/1/properties/terms/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.access.properties.datasets.additionalProperties.oneOf[1].properties.terms.type, parentSchema: schema11.properties.access.properties.datasets.additionalProperties.oneOf[1].properties.terms, data: data133 };
                                                        if (vErrors === null) {
                                                          vErrors = [err299];
                                                        } else {
                                                          vErrors.push(err299);
                                                        }
                                                        errors++;
                                                      }
                                                      var valid86 = _errs369 === errors;
                                                    } else {
                                                      var valid86 = true;
                                                    }
                                                    if (valid86) {
                                                      if (data131.source !== void 0) {
                                                        let data134 = data131.source;
                                                        const _errs371 = errors;
                                                        if (typeof data134 !== "string") {
                                                          const err300 = { instancePath: instancePath + "/access/datasets/" + key40.replace(/~/g, "~0").replace(/\//g, "~1") + "/source", schemaPath: "#/properties/access/properties/datasets/additionalProperties/oneOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.access.properties.datasets.additionalProperties.oneOf[1].properties.source.type, parentSchema: schema11.properties.access.properties.datasets.additionalProperties.oneOf[1].properties.source, data: data134 };
                                                          if (vErrors === null) {
                                                            vErrors = [err300];
                                                          } else {
                                                            vErrors.push(err300);
                                                          }
                                                          errors++;
                                                        }
                                                        var valid86 = _errs371 === errors;
                                                      } else {
                                                        var valid86 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              const err301 = { instancePath: instancePath + "/access/datasets/" + key40.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/access/properties/datasets/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.access.properties.datasets.additionalProperties.oneOf[1].type, parentSchema: schema11.properties.access.properties.datasets.additionalProperties.oneOf[1], data: data131 };
                                              if (vErrors === null) {
                                                vErrors = [err301];
                                              } else {
                                                vErrors.push(err301);
                                              }
                                              errors++;
                                            }
                                          }
                                          var _valid31 = _errs365 === errors;
                                          if (_valid31 && valid85) {
                                            valid85 = false;
                                            passing31 = [passing31, 1];
                                          } else {
                                            if (_valid31) {
                                              valid85 = true;
                                              passing31 = 1;
                                            }
                                          }
                                          if (!valid85) {
                                            const err302 = { instancePath: instancePath + "/access/datasets/" + key40.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/access/properties/datasets/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing31 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.access.properties.datasets.additionalProperties.oneOf, parentSchema: schema11.properties.access.properties.datasets.additionalProperties, data: data131 };
                                            if (vErrors === null) {
                                              vErrors = [err302];
                                            } else {
                                              vErrors.push(err302);
                                            }
                                            errors++;
                                            validate10.errors = vErrors;
                                            return false;
                                          } else {
                                            errors = _errs363;
                                            if (vErrors !== null) {
                                              if (_errs363) {
                                                vErrors.length = _errs363;
                                              } else {
                                                vErrors = null;
                                              }
                                            }
                                          }
                                          var valid84 = _errs362 === errors;
                                          if (!valid84) {
                                            break;
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/access/datasets", schemaPath: "#/properties/access/properties/datasets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.access.properties.datasets.type, parentSchema: schema11.properties.access.properties.datasets, data: data130 }];
                                    return false;
                                  }
                                }
                                var valid78 = _errs358 === errors;
                              } else {
                                var valid78 = true;
                              }
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/access", schemaPath: "#/properties/access/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.access.type, parentSchema: schema11.properties.access, data: data124 }];
                          return false;
                        }
                      }
                      var valid0 = _errs340 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var options0 = validate11;
var schema12 = { "type": "object", "properties": { "style": { "enum": ["consistent", "link", "any"], "description": "How names must be linked: `consistent` as most entries of the list are, `link` always `[Name](url)`, `any` a bare URL too (default: `consistent`)." } }, "additionalProperties": false };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "style")) {
          validate11.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.style !== void 0) {
          let data0 = data.style;
          if (!(data0 === "consistent" || data0 === "link" || data0 === "any")) {
            validate11.errors = [{ instancePath: instancePath + "/style", schemaPath: "#/properties/style/enum", keyword: "enum", params: { allowedValues: schema12.properties.style.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.style.enum, parentSchema: schema12.properties.style, data: data0 }];
            return false;
          }
        }
      }
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var options1 = validate12;
var schema13 = { "type": "object", "properties": { "minLength": { "type": "integer", "minimum": 1, "description": "Fewest characters a description may have, spaces included (default: `1`)." } }, "additionalProperties": false };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "minLength")) {
          validate12.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.minLength !== void 0) {
          let data0 = data.minLength;
          const _errs2 = errors;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
            validate12.errors = [{ instancePath: instancePath + "/minLength", schemaPath: "#/properties/minLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.properties.minLength.type, parentSchema: schema13.properties.minLength, data: data0 }];
            return false;
          }
          if (errors === _errs2) {
            if (typeof data0 == "number" && isFinite(data0)) {
              if (data0 < 1 || isNaN(data0)) {
                validate12.errors = [{ instancePath: instancePath + "/minLength", schemaPath: "#/properties/minLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.properties.minLength, data: data0 }];
                return false;
              }
            }
          }
        }
      }
    } else {
      validate12.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data }];
      return false;
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var options2 = validate13;
var schema14 = { "type": "object", "properties": { "headings": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "The required headings in order, each as written (`## Datasets`); `*` stands for any run of headings, `+` for one or more, `?` for exactly one (default: `[]`, no outline)." }, "matchCase": { "type": "boolean", "description": "Compare heading text case-sensitively (default: `false`)." } } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.headings !== void 0) {
        let data0 = data.headings;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              const _errs3 = errors;
              if (errors === _errs3) {
                if (typeof data1 === "string") {
                  if (func3(data1) < 1) {
                    validate13.errors = [{ instancePath: instancePath + "/headings/" + i0, schemaPath: "#/properties/headings/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.headings.items, data: data1 }];
                    return false;
                  }
                } else {
                  validate13.errors = [{ instancePath: instancePath + "/headings/" + i0, schemaPath: "#/properties/headings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.headings.items.type, parentSchema: schema14.properties.headings.items, data: data1 }];
                  return false;
                }
              }
              var valid1 = _errs3 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate13.errors = [{ instancePath: instancePath + "/headings", schemaPath: "#/properties/headings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.headings.type, parentSchema: schema14.properties.headings, data: data0 }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.matchCase !== void 0) {
          let data2 = data.matchCase;
          const _errs5 = errors;
          if (typeof data2 !== "boolean") {
            validate13.errors = [{ instancePath: instancePath + "/matchCase", schemaPath: "#/properties/matchCase/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.matchCase.type, parentSchema: schema14.properties.matchCase, data: data2 }];
            return false;
          }
          var valid0 = _errs5 === errors;
        } else {
          var valid0 = true;
        }
      }
    } else {
      validate13.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data }];
      return false;
    }
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var options3 = validate14;
var schema15 = { "type": "object", "properties": { "sections": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Headings whose entries must be sorted (case-insensitive; a heading covers its sub-sections). Default: every section." }, "ignoreArticles": { "type": "boolean", "description": "Sort `The Cancer Imaging Archive` under `C` (a leading `The`, `A` or `An` is skipped). Default: `false`." } }, "additionalProperties": false };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "sections" || key0 === "ignoreArticles")) {
          validate14.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.sections !== void 0) {
          let data0 = data.sections;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (typeof data1 === "string") {
                    if (func3(data1) < 1) {
                      validate14.errors = [{ instancePath: instancePath + "/sections/" + i0, schemaPath: "#/properties/sections/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.sections.items, data: data1 }];
                      return false;
                    }
                  } else {
                    validate14.errors = [{ instancePath: instancePath + "/sections/" + i0, schemaPath: "#/properties/sections/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.sections.items.type, parentSchema: schema15.properties.sections.items, data: data1 }];
                    return false;
                  }
                }
                var valid1 = _errs4 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate14.errors = [{ instancePath: instancePath + "/sections", schemaPath: "#/properties/sections/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.sections.type, parentSchema: schema15.properties.sections, data: data0 }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.ignoreArticles !== void 0) {
            let data2 = data.ignoreArticles;
            const _errs6 = errors;
            if (typeof data2 !== "boolean") {
              validate14.errors = [{ instancePath: instancePath + "/ignoreArticles", schemaPath: "#/properties/ignoreArticles/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema15.properties.ignoreArticles.type, parentSchema: schema15.properties.ignoreArticles, data: data2 }];
              return false;
            }
            var valid0 = _errs6 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate14.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data }];
      return false;
    }
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var options4 = validate15;
var schema16 = { "type": "object", "properties": { "separator": { "enum": [" - ", ": ", " \u2013 ", "any"], "description": 'The separator between link and description: `" - "`, `": "`, `" \u2013 "`, or `"any"` of them (default).' }, "capital": { "type": "boolean", "description": "The description starts with a capital letter or a digit (default: `true`)." }, "punctuation": { "type": "boolean", "description": "The description ends with `.`, `!`, `?` or `\u2026` (default: `true`)." } }, "additionalProperties": false };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "separator" || key0 === "capital" || key0 === "punctuation")) {
          validate15.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.separator !== void 0) {
          let data0 = data.separator;
          const _errs2 = errors;
          if (!(data0 === " - " || data0 === ": " || data0 === " \u2013 " || data0 === "any")) {
            validate15.errors = [{ instancePath: instancePath + "/separator", schemaPath: "#/properties/separator/enum", keyword: "enum", params: { allowedValues: schema16.properties.separator.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.separator.enum, parentSchema: schema16.properties.separator, data: data0 }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.capital !== void 0) {
            let data1 = data.capital;
            const _errs3 = errors;
            if (typeof data1 !== "boolean") {
              validate15.errors = [{ instancePath: instancePath + "/capital", schemaPath: "#/properties/capital/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.capital.type, parentSchema: schema16.properties.capital, data: data1 }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.punctuation !== void 0) {
              let data2 = data.punctuation;
              const _errs5 = errors;
              if (typeof data2 !== "boolean") {
                validate15.errors = [{ instancePath: instancePath + "/punctuation", schemaPath: "#/properties/punctuation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.punctuation.type, parentSchema: schema16.properties.punctuation, data: data2 }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate15.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data }];
      return false;
    }
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var options5 = validate16;
var schema17 = { "type": "object", "properties": { "require": { "enum": ["gated", "all"], "description": 'Which entries must state access terms: `gated` ones medlint knows, or `all` (default: `"gated"`).' } }, "additionalProperties": false };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "require")) {
          validate16.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.require !== void 0) {
          let data0 = data.require;
          if (!(data0 === "gated" || data0 === "all")) {
            validate16.errors = [{ instancePath: instancePath + "/require", schemaPath: "#/properties/require/enum", keyword: "enum", params: { allowedValues: schema17.properties.require.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.require.enum, parentSchema: schema17.properties.require, data: data0 }];
            return false;
          }
        }
      }
    } else {
      validate16.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data }];
      return false;
    }
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var byRule = /* @__PURE__ */ new Map([["entry-link", options0], ["entry-description", options1], ["heading-outline", options2], ["entry-order", options3], ["entry-format", options4], ["entry-access", options5]]);
function configValidator() {
  return config;
}
function optionsValidator(ruleId) {
  return byRule.get(ruleId);
}

// src/config/validate.ts
function validateConfig(value, file) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalid(file, `expected an object at the top level, found ${describe(value)}`);
  }
  const rules = value.rules;
  if (rules !== void 0) validateRules(rules, file);
  const validateTopLevel = configValidator();
  if (!validateTopLevel(value)) throw invalid(file, explain(validateTopLevel.errors?.[0]));
  return value;
}
function validateRules(rules, file) {
  if (typeof rules !== "object" || rules === null || Array.isArray(rules)) {
    throw invalid(file, `\`rules\` must be an object of rule ids, found ${describe(rules)}`);
  }
  const known = new Map(allRuleMetas.map((meta) => [meta.id, meta]));
  for (const [id, setting] of Object.entries(rules)) {
    const meta = known.get(id);
    if (!meta) {
      throw invalid(file, `unknown rule \`${excerpt(id)}\` in \`rules\`; known rules: ${[...known.keys()].join(", ")}`);
    }
    const [level, options, ...extra] = Array.isArray(setting) ? setting : [setting];
    if (!isRuleLevel(level) || extra.length > 0) {
      throw invalid(file, `\`rules.${id}\` must be "off", "warn", "error" or ["warn", { \u2026options }], found ${describe(setting)}`);
    }
    if (options !== void 0) validateOptions(meta, options, file);
  }
}
function validateOptions(meta, options, file) {
  const validate = optionsValidator(meta.id);
  if (!validate) {
    throw invalid(file, `rule \`${meta.id}\` takes no options, found ${describe(options)}`);
  }
  if (!validate(options)) throw invalid(file, explain(validate.errors?.[0], `rules.${meta.id}[1]`));
}
function explain(error, base = "") {
  if (!error) return "invalid configuration";
  const path = [base, ...error.instancePath.split("/").filter(Boolean)].filter(Boolean).join(".");
  const where = path === "" ? "the top level" : `\`${path}\``;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = excerpt(String(error.params.additionalProperty));
      const allowed = allowedKeys(error);
      return `unknown key \`${key}\` in ${where}${allowed ? `; expected one of: ${allowed}` : ""}`;
    }
    case "enum":
      return `${where} must be one of ${JSON.stringify(error.params.allowedValues)}`;
    case "const":
      if (path === "links.allowPrivate") {
        return "`links.allowPrivate` cannot be turned on in a config file (a pull request could change it); pass --allow-private on the command line or the Action's allow-private input";
      }
      return `${where} must be ${JSON.stringify(error.params.allowedValue)}`;
    default:
      return `${where} ${error.message ?? "is invalid"}`;
  }
}
function allowedKeys(error) {
  const properties = error.parentSchema?.properties;
  return properties ? Object.keys(properties).join(", ") : "";
}
function describe(value) {
  return excerpt(JSON.stringify(value) ?? String(value));
}
function invalid(file, problem) {
  return new MedlintError("config-invalid", `${file}: invalid configuration: ${problem}`);
}
export {
  validateConfig
};
