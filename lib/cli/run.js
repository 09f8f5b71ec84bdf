import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  terminalSafe
} from "./chunks/chunk-RGOUWCB5.js";
import {
  ENTRY_FORMATS,
  HELP,
  USAGE,
  parseCliArgs
} from "./chunks/chunk-LHCKZK4J.js";
import {
  EXIT_ERRORS,
  EXIT_FATAL,
  EXIT_OK,
  writeOut
} from "./chunks/chunk-VS3DMKDH.js";
import {
  DirectiveMap,
  LineIndex,
  REPOSITORY_URL,
  analyse,
  lintTree,
  ruleDocsUrl,
  runRecordRules,
  stampEdits,
  stampReport
} from "./chunks/chunk-TOOYD3G5.js";
import {
  DEFAULT_MAX_FILE_SIZE
} from "./chunks/chunk-Y2R6CKVZ.js";
import {
  CHUNK_SIZE,
  JoinedTree,
  fromMarkdown,
  gfm,
  gfmFromMarkdown,
  gfmToMarkdown,
  isCutIntoPieces,
  ok,
  parseMarkdown,
  parseMarkdownInPieces,
  stringifyPosition,
  toMarkdown,
  tooComplex
} from "./chunks/chunk-ZX54FPO6.js";
import {
  allRuleMetas,
  describeOutcome,
  ruleMeta,
  spdxId
} from "./chunks/chunk-GQMYFDWN.js";
import {
  decodeUtf8,
  placeInRepository,
  readRegularFile,
  readSourceBytes,
  readSourceText,
  resolveFiles
} from "./chunks/chunk-C5V4LGJA.js";
import {
  countNewlines
} from "./chunks/chunk-4SCKIJI2.js";
import "./chunks/chunk-NARUHPLF.js";
import {
  MedlintError,
  excerpt,
  isMedlintError
} from "./chunks/chunk-H6HVNZ66.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-6MCAB35I.js";

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports, module) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject2 = function isPlainObject3(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key;
      for (key in obj) {
      }
      return typeof key === "undefined" || hasOwn.call(obj, key);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty && options.name === "__proto__") {
        defineProperty(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name) {
      if (name === "__proto__") {
        if (!hasOwn.call(obj, name)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name).value;
        }
      }
      return obj[name];
    };
    module.exports = function extend2() {
      var options, name, src, copy, copyIsArray, clone;
      var target = arguments[0];
      var i = 1;
      var length = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i < length; ++i) {
        options = arguments[i];
        if (options != null) {
          for (name in options) {
            src = getProperty(target, name);
            copy = getProperty(options, name);
            if (target !== copy) {
              if (deep && copy && (isPlainObject2(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone = src && isArray(src) ? src : [];
                } else {
                  clone = src && isPlainObject2(src) ? src : {};
                }
                setProperty(target, { name, newValue: extend2(deep, clone, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open2, close, replace = open2) => (input) => {
      let string = "" + input, index = string.indexOf(close, open2.length);
      return ~index ? open2 + replaceClose(string, close, replace, index) + close : open2 + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors2 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors2();
    module.exports.createColors = createColors2;
  }
});

// src/cli/run.ts
import { createRequire } from "node:module";
import path5 from "node:path";

// src/config/load.ts
import { stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// src/config/presets.ts
var PRESETS = {
  "medlint:recommended": {},
  "medlint:strict": {
    "entry-license": "error",
    "entry-access": ["error", { require: "all" }],
    "entry-order": "error"
  }
};

// src/config/load.ts
var CONFIG_FILES = [".medlintrc.json", ".medlintrc.yaml", ".medlintrc.yml", "package.json"];
var MAX_CONFIG_SIZE = 1024 * 1024;
async function loadConfig(options) {
  if (options.configPath !== void 0) {
    const file = path.resolve(options.cwd, options.configPath);
    const extension = path.extname(file).toLowerCase();
    if (![".json", ".yaml", ".yml"].includes(extension)) {
      throw new MedlintError("config-invalid", `${options.configPath}: configs must be .json, .yaml or .yml files; medlint never runs code from a config`);
    }
    let content;
    try {
      content = await readConfigFile(options.configPath, file, options.cwd);
    } catch (error) {
      if (error instanceof MedlintError && error.code === "file-not-found") {
        throw new MedlintError("config-not-found", `${options.configPath}: cannot read config (no such file)`);
      }
      throw error;
    }
    const raw = extension === ".json" ? parseJson(content, options.configPath) : await parseYaml(content, options.configPath);
    const data = path.basename(file) === "package.json" ? raw.medlint : raw;
    return resolveConfig(await validated(data ?? {}, options.configPath), options.configPath);
  }
  const found = await searchConfig(options.cwd);
  if (found === null) return resolveConfig({}, null);
  return resolveConfig(await validated(found.config, found.where), found.shown);
}
async function searchConfig(cwd) {
  const start = path.resolve(cwd);
  const home = os.homedir();
  for (let dir = start; ; dir = path.dirname(dir)) {
    for (const place of CONFIG_FILES) {
      const file = path.join(dir, place);
      if (!await exists(file)) continue;
      const shown = path.relative(start, file) || place;
      const content = await readConfigFile(shown, file, dir);
      if (content.trim() === "") continue;
      if (place === "package.json") {
        const data = parseJson(content, shown)?.medlint;
        if (data === void 0 || data === null) continue;
        return { config: data, shown, where: `${shown} ("medlint" key)` };
      }
      const config = place.endsWith(".json") ? parseJson(content, shown) : await parseYaml(content, shown);
      return { config, shown, where: shown };
    }
    if (dir === home || dir === path.dirname(dir)) return null;
  }
}
async function readConfigFile(shown, file, root2) {
  await placeInRepository(shown, file, root2);
  const bytes = await readRegularFile(shown, file, {
    maxBytes: MAX_CONFIG_SIZE,
    whatToDo: "a config is a few kilobytes of JSON or YAML",
    expected: "a JSON or YAML config file"
  });
  const text2 = decodeUtf8(bytes, shown, "JSON or YAML text");
  return text2;
}
async function exists(file) {
  try {
    await stat(file);
    return true;
  } catch (error) {
    return error.code !== "ENOENT" && error.code !== "ENOTDIR";
  }
}
async function validated(value, file) {
  const { validateConfig } = await import("./chunks/validate-2FBAXBSN.js");
  return validateConfig(value, file);
}
function resolveConfig(config, source) {
  const rules = /* @__PURE__ */ new Map();
  for (const meta of allRuleMetas) {
    rules.set(meta.id, { level: meta.recommended, options: { ...meta.defaultOptions } });
  }
  const presets = config.extends === void 0 ? [] : [config.extends].flat();
  const settings = [...presets.flatMap((name) => Object.entries(PRESETS[name])), ...Object.entries(config.rules ?? {})];
  for (const [id, setting] of settings) {
    const [level, options] = normaliseSetting(setting);
    const base = rules.get(id);
    rules.set(id, { level, options: { ...base?.options, ...options } });
  }
  return {
    rules,
    ignoreSections: config.ignoreSections ?? [],
    maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    links: config.links ?? {},
    ...config.access ? { access: config.access } : {},
    source
  };
}
function normaliseSetting(setting) {
  if (typeof setting === "string") return [setting, {}];
  return [setting[0], setting[1] ?? {}];
}
function parseJson(content, file) {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error.message;
    const position = /position (\d+)/.exec(message);
    const at = position ? lineColumn(content, Number(position[1])) : null;
    throw new MedlintError("config-invalid", `${file}${at ? `:${at.line}:${at.column}` : ""}: invalid JSON: ${jsonReason(message)}`);
  }
}
function jsonReason(message) {
  const token = "Unexpected token '";
  if (message.startsWith(token)) {
    const character = String.fromCodePoint(message.codePointAt(token.length) ?? 63);
    return `unexpected character \`${excerpt(character)}\``;
  }
  const cut = message.search(/ (?:in JSON )?at position \d/);
  const reason = (cut === -1 ? message : message.slice(0, cut).trimEnd()).replace(/ \(line \d+ column \d+\)$/, "");
  const quote = reason.indexOf('"');
  return excerpt(quote === -1 ? reason : reason.slice(0, quote).trimEnd(), 80);
}
async function parseYaml(content, file) {
  const { parseYamlConfig } = await import("./chunks/yaml-3IBGQQ3J.js");
  return parseYamlConfig(content, file);
}
function lineColumn(text2, offset) {
  const before = text2.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

// src/pipeline/index.ts
import path2 from "node:path";

// src/diagnostics/diagnostic.ts
function compareDiagnostics(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}
function sortDiagnostics(diagnostics) {
  return [...diagnostics].sort(compareDiagnostics);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/linter/fixes.ts
var MAX_FIX_PASSES = 10;
function applyFixes(text2, diagnostics, filter = {}) {
  const candidates = diagnostics.map((diagnostic, order2) => ({ diagnostic, order: order2, edits: diagnostic.fix?.edits ?? [] })).filter(({ diagnostic, edits: edits2 }) => edits2.length > 0 && (!filter.ruleIds || filter.ruleIds.has(diagnostic.ruleId))).filter(({ edits: edits2 }) => edits2.every(({ range: [start, end2] }) => Number.isInteger(start) && Number.isInteger(end2) && start >= 0 && start <= end2 && end2 <= text2.length)).map((candidate) => ({ ...candidate, start: Math.min(...candidate.edits.map((edit) => edit.range[0])), end: Math.max(...candidate.edits.map((edit) => edit.range[1])) })).sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  const applied = [];
  const edits = [];
  let reached = 0;
  let last;
  for (const candidate of candidates) {
    const sorted = [...candidate.edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    if (last && sorted.length === 1 && sameEdit(sorted[0], last)) {
      applied.push(candidate.diagnostic);
      continue;
    }
    if (candidate.start < reached || sorted.some((edit, index) => index > 0 && edit.range[0] < sorted[index - 1].range[1])) continue;
    applied.push(candidate.diagnostic);
    edits.push(...sorted);
    last = sorted.at(-1);
    reached = candidate.end;
  }
  if (edits.length === 0) return { output: text2, fixed: false, applied: [], edits: [] };
  const pieces = [];
  let end = text2.length;
  for (let index = edits.length - 1; index >= 0; index -= 1) {
    const edit = edits[index];
    pieces.push(text2.slice(edit.range[1], end), edit.text);
    end = edit.range[0];
  }
  pieces.push(text2.slice(0, end));
  const output = pieces.reverse().join("");
  return output === text2 ? { output, fixed: false, applied: [], edits: [] } : { output, fixed: true, applied, edits };
}
function sameEdit(a, b) {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}
async function fixPasses(text2, lint2, options = {}) {
  const loop = passes(text2, options);
  let step = loop.next();
  while (!step.done) step = loop.next(await lint2(step.value));
  return step.value;
}
function* passes(text2, options) {
  const maxPasses = options.maxPasses ?? MAX_FIX_PASSES;
  let current = text2;
  let result = yield current;
  let pass = 0;
  while (pass < maxPasses) {
    const step = applyFixes(current, result.diagnostics, options);
    if (!step.fixed) break;
    pass += 1;
    options.onPass?.({ pass, input: current, output: step.output, applied: step.applied, edits: step.edits });
    current = step.output;
    result = yield current;
  }
  return { output: current, passes: pass, result };
}

// src/pipeline/link-fixes.ts
var LOGIN_OR_ERROR = /(?:^|\/)(?:log-?in|sign-?in|signon|auth|sso|session|account|404|not-?found|errors?)(?:[/._?#-]|$)/iu;
function parse(url) {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
function bareHost(url) {
  return url.hostname.toLowerCase().replace(/^www\./u, "");
}
function isLandingPage(from, to) {
  if (to.pathname === "/" && from.pathname !== "/" && to.search === "") return true;
  return LOGIN_OR_ERROR.test(to.pathname);
}
function redirectChange(written, outcome) {
  if (outcome.status < 200 || outcome.status > 299) return null;
  const from = parse(written);
  const to = parse(outcome.to);
  const end = parse(outcome.chain.at(-1)?.location ?? outcome.to);
  if (!from || !to || !end || !/^https?:$/u.test(to.protocol)) return null;
  if (isLandingPage(from, to) || isLandingPage(from, end)) return null;
  const permanent = outcome.chain.every((hop) => hop.status === 301 || hop.status === 308);
  const sameHost = bareHost(from) === bareHost(to) && from.port === to.port;
  if (from.protocol === "https:" && to.protocol === "http:") return { kind: "suggestion", to: outcome.to };
  return sameHost && permanent ? { kind: "fix", to: outcome.to } : { kind: "suggestion", to: outcome.to };
}
function httpsForm(url) {
  return `https://${url.slice("http://".length)}`;
}
function httpsChange(url, outcome) {
  const to = httpsForm(url);
  if (!outcome) return { kind: "suggestion", to };
  if (outcome.kind !== "ok") return { kind: "suggestion", to };
  const last = outcome.chain?.at(-1)?.location;
  if (last === void 0 || samePage(last, to)) return { kind: "fix", to };
  return { kind: "suggestion", to };
}
function samePage(a, b) {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return false;
  const path6 = (url) => url.pathname.replace(/\/$/u, "");
  return x.protocol === y.protocol && x.host.toLowerCase() === y.host.toLowerCase() && path6(x) === path6(y) && x.search === y.search;
}

// src/pipeline/lint-off-thread.ts
import { existsSync, readFileSync } from "node:fs";
import { setImmediate } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var IN_PROCESS_MAX_SIZE = 16 * 1024;
var IN_PROCESS_MAX_LINES = 400;
var WORKER_MIN_SIZE = 4 * CHUNK_SIZE;
var WORKER_LINT_MAX_SIZE = 512 * 1024;
var PIECES_OLD_GENERATION_MB = 64;
var OUT_OF_MEMORY = /* @__PURE__ */ Symbol("the lint thread ran out of memory");
var WORKER_URL = new URL("./lint-worker.js", import.meta.url);
var workerAvailable = WORKER_URL.protocol === "file:" && existsSync(fileURLToPath(WORKER_URL));
var DEFAULT_PARSE_TIMEOUT_MS = 1e4;
var DEFAULT_MINIMUM_BUDGET_MS = 3e4;
var MiB = 1024 * 1024;
function budgetFor(length, budgetMs) {
  return Math.round(budgetMs * Math.max(1, length / MiB));
}
function parseTimedOut(file, budgetMs) {
  const seconds = Math.round(budgetMs / 100) / 10;
  return new MedlintError(
    "file-parse-timeout",
    `${file}: not parsed within ${seconds} s (the parse budget): the Markdown parser is slow on some shapes of text, such as thousands of unmatched brackets or emphasis markers in one paragraph; break the text up, or raise --parse-timeout`
  );
}
var LintThreads = class {
  #options;
  #minimumMs;
  #shared;
  constructor(options) {
    this.#options = { budgetMs: DEFAULT_PARSE_TIMEOUT_MS, ...options };
    this.#minimumMs = options.budgetMs === void 0 ? DEFAULT_MINIMUM_BUDGET_MS : 0;
  }
  async lint(input) {
    const { config, cwd } = this.#options;
    const budgetMs = Math.max(budgetFor(input.source.length, this.#options.budgetMs), this.#minimumMs);
    if (!workerAvailable || isSmall(input.source)) return lintInTurns(input, config, cwd, budgetMs);
    if (input.source.length < WORKER_MIN_SIZE) return this.#lintShared(input, budgetMs);
    return lintOffThread(input, { ...this.#options, budgetMs });
  }
  /** Stops the shared thread, if one was started. */
  async close() {
    const shared = this.#shared;
    this.#shared = void 0;
    await shared?.terminate();
  }
  async #lintShared(input, budgetMs) {
    const { config, cwd, background } = this.#options;
    const workerData = { config, cwd, mode: "serve", background };
    const worker = this.#shared ??= new Worker(WORKER_URL, { workerData });
    worker.ref();
    try {
      const linted = await onThread(worker, input, budgetMs, budgetMs, () => worker.postMessage({ input }));
      if (linted === OUT_OF_MEMORY || linted instanceof JoinedTree) throw new Error(`the lint thread for ${input.file} ran out of memory`);
      return linted;
    } catch (error) {
      this.#shared = void 0;
      void worker.terminate();
      throw error;
    } finally {
      worker.unref();
    }
  }
};
function isSmall(source) {
  return source.length <= IN_PROCESS_MAX_SIZE && countNewlines(source) < IN_PROCESS_MAX_LINES;
}
function onThread(worker, input, waitMs, budgetMs, start) {
  return new Promise((resolve, reject) => {
    const joined = new JoinedTree();
    let received = 0;
    const startedAt = performance.now();
    const cpuBefore = threadCpuMs(worker) ?? 0;
    const onMessage = (message) => {
      if ("thread" in message) {
        threadIds.set(worker, message.thread);
      } else if ("linted" in message) {
        settle(() => resolve({ ...message.linted, directives: new DirectiveMap(message.linted.directives) }));
      } else if ("piece" in message) {
        joined.add(message.piece);
        received++;
      } else if ("done" in message) {
        if (received === message.pieces) settle(() => resolve(joined));
        else settle(() => reject(new Error(`the lint thread for ${input.file} sent ${message.pieces} pieces, ${received} arrived`)));
      } else {
        settle(() => reject(new MedlintError(message.error.code, message.error.message)));
      }
    };
    const onMessageError = () => settle(() => reject(tooComplex(input.file)));
    const onError = (error) => settle(() => error.code === "ERR_WORKER_OUT_OF_MEMORY" ? resolve(OUT_OF_MEMORY) : reject(error));
    const onExit = (code2) => settle(() => reject(new Error(`the lint thread for ${input.file} stopped (exit code ${code2})`)));
    const check = () => {
      const cpu = threadCpuMs(worker);
      const left = cpu === void 0 ? 0 : waitMs - (cpu - cpuBefore);
      const wallLeft = WALL_FACTOR * waitMs - (performance.now() - startedAt);
      if (left > 0 && wallLeft > 0) {
        timer = setTimeout(check, Math.max(MIN_CHECK_MS, Math.min(left, wallLeft)));
        return;
      }
      void worker.terminate();
      settle(() => reject(parseTimedOut(input.file, budgetMs)));
    };
    let timer = setTimeout(check, Math.max(0, waitMs));
    function settle(answer) {
      clearTimeout(timer);
      worker.off("message", onMessage).off("messageerror", onMessageError).off("error", onError).off("exit", onExit);
      answer();
    }
    worker.on("message", onMessage).on("messageerror", onMessageError).on("error", onError).on("exit", onExit);
    if (!settledErrors.has(worker)) {
      settledErrors.add(worker);
      worker.on("error", () => {
      });
    }
    start?.();
  });
}
var WALL_FACTOR = 6;
var MIN_CHECK_MS = 20;
var TICK_MS = 10;
var settledErrors = /* @__PURE__ */ new WeakSet();
var threadIds = /* @__PURE__ */ new WeakMap();
function threadCpuMs(worker) {
  const tid = threadIds.get(worker);
  if (tid === void 0) return void 0;
  try {
    const stat3 = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    const fields = stat3.slice(stat3.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return void 0;
  }
}
async function lintOffThread(input, options) {
  const { config, cwd, background } = options;
  const mode = input.source.length > WORKER_LINT_MAX_SIZE ? "pieces" : "lint";
  const capped = mode === "pieces" && isCutIntoPieces(input.source);
  const resourceLimits = { maxYoungGenerationSizeMb: 4, ...capped ? { maxOldGenerationSizeMb: PIECES_OLD_GENERATION_MB } : {} };
  const start = (limits, threadMode) => {
    const workerData = { input, config, cwd, mode: threadMode, background };
    return onThread(new Worker(WORKER_URL, { workerData, resourceLimits: limits }), input, options.budgetMs, options.budgetMs);
  };
  let linted = await start(resourceLimits, mode);
  if (linted === OUT_OF_MEMORY && capped) linted = await start({ maxYoungGenerationSizeMb: 4 }, "pieces");
  if (linted === OUT_OF_MEMORY) throw new MedlintError("file-too-complex", `${input.file}: the Markdown parser ran out of memory on it; split the file`);
  return linted instanceof JoinedTree ? lintTree(input, linted.root(), config, cwd) : linted;
}
async function lintInTurns(input, config, cwd, budgetMs) {
  const joined = new JoinedTree();
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  for (const piece of parseMarkdownInPieces(input.source, input.file)) {
    joined.add(piece);
    const cpu = process.cpuUsage(cpuBefore);
    if ((cpu.user + cpu.system) / 1e3 > budgetMs || performance.now() - startedAt > WALL_FACTOR * budgetMs) throw parseTimedOut(input.file, budgetMs);
    await setImmediate();
  }
  return lintTree(input, joined.root(), config, cwd);
}

// src/pipeline/registry-facts.ts
function withRegistryFacts(entry, record) {
  if (!record || entry.kind === "resource") return entry;
  const filled = { ...entry };
  const licence = record.licenses.join(" / ");
  if (!entry.license && licence !== "") {
    filled.license = { id: record.licenses.length === 1 ? spdxId(licence) : null, text: licence, source: "registry", record: record.url };
  }
  if (record.access && entry.access?.source !== "text") {
    filled.access = { level: record.access.level, text: record.access.terms, source: "registry", record: record.url };
  }
  return filled;
}

// src/pipeline/index.ts
async function readSources(files, cwd, maxFileSize) {
  const sources = [];
  for (const file of files) {
    const absolute = path2.resolve(cwd, file);
    const { text: text2, bom } = await readSourceText(file, absolute, maxFileSize);
    sources.push({ file, absolute, source: text2, bom });
  }
  return sources;
}
async function lintSources(sources, options) {
  return (await lintAndFix(sources, options)).results;
}
async function fixSources(sources, options) {
  return lintAndFix(sources, { ...options, fix: options.fix ?? {} });
}
async function lintAndFix(sources, options) {
  for (const { file, source } of sources) refuseLargeWholeParse(file, source);
  let checker = null;
  if (options.links) {
    const links = await import("./chunks/links-3BYL6UI7.js");
    checker = links.createLinkChecker(options.links);
    if (options.registryFacts) {
      const linkOptions2 = options.links;
      options = { ...options, selectLink: (_file, ref, entry) => entry?.url === ref.url && links.isRegistryLink(ref.url, linkOptions2) };
    }
    if (!options.selectLink) for (const { source } of sources) checker.add(links.candidateUrls(source));
  }
  const threads = new LintThreads({
    config: options.config,
    cwd: options.cwd,
    ...options.parseTimeoutMs === void 0 ? {} : { budgetMs: options.parseTimeoutMs },
    // While requests run, the parse and the rules must not hold up the responses.
    background: checker !== null
  });
  try {
    const linted = [];
    const inputs = [];
    const fixed = [];
    for (const input of sources) {
      try {
        const lint2 = (source) => threads.lint({ ...input, source });
        if (!options.fix) {
          linted.push(await lint2(input.source));
          inputs.push(input);
          continue;
        }
        const { onPass, ruleIds } = options.fix;
        const loop = await fixPasses(input.source, lint2, { ruleIds, onPass: onPass && ((pass) => onPass(input.file, pass)) });
        if (loop.output !== input.source) fixed.push({ file: input.file, absolute: input.absolute, before: input.source, after: loop.output, bom: input.bom ?? false, passes: loop.passes });
        linted.push(loop.result);
        inputs.push({ ...input, source: loop.output });
      } catch (error) {
        if (!(options.onFileFailure && isMedlintError(error) && error.code === "file-parse-timeout")) throw error;
        options.onFileFailure(error);
      }
    }
    let outcomes = /* @__PURE__ */ new Map();
    if (checker) {
      const answers = await addLinkDiagnostics(linted, inputs, options, checker);
      outcomes = answers.outcomes;
      if (options.fix) {
        const linkFixes = new Set([...LINK_FIX_RULES].filter((id) => !options.fix?.ruleIds || options.fix.ruleIds.has(id)));
        for (const [index, item] of linted.entries()) {
          const input = inputs[index];
          const pass = applyFixes(input.source, item.diagnostics, { ruleIds: linkFixes });
          if (!pass.fixed) continue;
          const known = fixed.find((file) => file.file === input.file);
          const passRecord = { pass: (known?.passes ?? 0) + 1, input: input.source, output: pass.output, applied: pass.applied, edits: pass.edits };
          options.fix.onPass?.(input.file, passRecord);
          if (known) {
            known.after = pass.output;
            known.passes += 1;
          } else {
            fixed.push({ file: input.file, absolute: input.absolute, before: input.source, after: pass.output, bom: input.bom ?? false, passes: 1 });
          }
          const again = await threads.lint({ ...input, source: pass.output });
          reportLinks(again, pass.output, outcomes, options, answers.asked[index], answers.offline);
          linted[index] = again;
        }
      }
    }
    for (const item of linted) item.diagnostics.push(...runRecordRules(item, options.config, (url) => recordOf(outcomes, url)));
    if (options.registryFacts) {
      for (const item of linted) {
        const entries = item.document.entries.map((entry) => withRegistryFacts(entry, entry.url === null ? void 0 : recordOf(outcomes, entry.url)));
        item.document = { ...item.document, entries };
      }
    }
    return { results: linted.map(({ document, diagnostics }) => toFileResult(document, diagnostics)), fixed };
  } catch (error) {
    await checker?.abort();
    throw error;
  } finally {
    await threads.close();
  }
}
function refuseLargeWholeParse(file, source) {
  if (source.length <= DEFAULT_MAX_FILE_SIZE || isCutIntoPieces(source)) return;
  const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  throw new MedlintError(
    "file-too-large",
    `${file}: has a link reference or footnote definition (\`]:\`), so it is parsed whole, and at ${mib(source.length)} it is above the ${mib(DEFAULT_MAX_FILE_SIZE)} a whole parse may take whatever "maxFileSize" says; write those links inline or split the file`
  );
}
var CHECKABLE = /^https?:\/\//i;
function recordOf(outcomes, url) {
  const outcome = outcomes.get(url);
  return outcome && (outcome.kind === "ok" || outcome.kind === "redirect") ? outcome.record : void 0;
}
async function plannedLinks(sources, config, exclude) {
  const { wouldRequest } = await import("./chunks/links-3BYL6UI7.js");
  const seen = /* @__PURE__ */ new Set();
  const planned = [];
  for (const input of sources) {
    const { document } = analyse(input.file, input.source, parseMarkdown(input.source, input.file), config);
    for (const ref of document.links) {
      if (!CHECKABLE.test(ref.url) || seen.has(ref.url)) continue;
      seen.add(ref.url);
      if (wouldRequest(ref.url, exclude)) planned.push({ url: ref.url, file: input.file, line: ref.line, column: ref.column });
    }
  }
  return planned;
}
var LINK_FIX_RULES = /* @__PURE__ */ new Set(["link-redirect", "no-http-link"]);
async function addLinkDiagnostics(linted, inputs, options, checker) {
  const selected = [];
  for (const item of linted) {
    const { document } = item;
    const entryOf = options.selectLink ? entriesByLink(document) : null;
    for (const ref of document.links) {
      if (!CHECKABLE.test(ref.url)) continue;
      if (options.selectLink && !options.selectLink(document.file, ref, entryOf?.get(ref))) continue;
      selected.push({ item, ref });
    }
  }
  const probes = options.fix ? linted.flatMap((item) => item.diagnostics.filter((d) => d.ruleId === "no-http-link" && d.actual !== void 0).map((d) => httpsForm(d.actual))) : [];
  const outcomes = await checker.finish([...selected.map(({ ref }) => ref.url), ...probes]);
  const offline = options.onNetworkUnreachable !== void 0 && looksOffline(outcomes);
  if (offline) options.onNetworkUnreachable?.([...outcomes.values()].filter(isOfflineFailure).length);
  const asked = linted.map((item) => new Set(selected.filter((s) => s.item === item).map((s) => s.ref.url)));
  linted.forEach((item, index) => reportLinks(item, inputs[index].source, outcomes, options, asked[index], offline));
  return { outcomes, asked, offline };
}
function reportLinks(item, text2, outcomes, options, only, offline) {
  const lines = new LineIndex(text2);
  const refs = item.document.links.filter((ref) => CHECKABLE.test(ref.url) && only.has(ref.url));
  const edit = (ref, change) => {
    if (!change || !ref.written) return {};
    const edits = [{ range: [ref.written.start, ref.written.end], text: change.to }];
    return change.kind === "fix" ? { fix: edits } : { suggestions: [{ description: `Use \`${change.to}\``, edits }] };
  };
  if (options.fix) {
    const byPlace = new Map(item.document.links.map((ref) => [`${ref.line}:${ref.column}`, ref]));
    item.diagnostics = item.diagnostics.map((diagnostic) => {
      if (diagnostic.ruleId !== "no-http-link" || diagnostic.actual === void 0) return diagnostic;
      const ref = byPlace.get(`${diagnostic.line}:${diagnostic.column}`);
      const probe = httpsForm(diagnostic.actual);
      if (!ref || !outcomes.has(probe)) return diagnostic;
      const { fix, suggestions } = edit(ref, httpsChange(diagnostic.actual, outcomes.get(probe)));
      const withEdits = { ...diagnostic };
      if (fix) withEdits.fix = { edits: stampEdits(fix, lines) };
      if (suggestions) withEdits.suggestions = suggestions.map(({ description, edits }) => ({ description, edits: stampEdits(edits, lines) }));
      return withEdits;
    });
  }
  for (const ref of refs) {
    const outcome = outcomes.get(ref.url);
    if (!outcome || offline && isOfflineFailure(outcome)) continue;
    const report = describeOutcome(outcome, ref.url);
    if (!report) continue;
    const meta = ruleMeta(report.ruleId);
    if (!meta) throw new Error(`Link outcome names unknown rule ${report.ruleId}`);
    const edits = options.fix && outcome.kind === "redirect" ? edit(ref, redirectChange(ref.url, outcome)) : {};
    const diagnostic = stampReport(
      meta,
      {
        line: ref.line,
        column: ref.column,
        endLine: ref.endLine,
        endColumn: ref.endColumn,
        messageId: report.messageId,
        data: report.data,
        actual: ref.url,
        expected: report.expected,
        note: report.note,
        ...edits
      },
      item.document.file,
      options.config,
      item.directives,
      lines
    );
    if (diagnostic) item.diagnostics.push(diagnostic);
  }
}
function looksOffline(outcomes) {
  let failed = 0;
  for (const outcome of outcomes.values()) {
    if (outcome.kind === "skipped") continue;
    if (!isOfflineFailure(outcome)) return false;
    failed += 1;
  }
  return failed > 0;
}
function isOfflineFailure(outcome) {
  return outcome.kind === "unreachable" && (outcome.reason === "dns-temporary" || outcome.reason === "network");
}
function entriesByLink(document) {
  const byPlace = /* @__PURE__ */ new Map();
  for (const entry of document.entries) {
    for (const link2 of entry.links) byPlace.set(`${link2.line}:${link2.column}`, entry);
  }
  const byRef = /* @__PURE__ */ new Map();
  for (const ref of document.links) {
    const entry = byPlace.get(`${ref.line}:${ref.column}`);
    if (entry) byRef.set(ref, entry);
  }
  return byRef;
}
function toFileResult(document, diagnostics) {
  const sorted = sortDiagnostics(diagnostics);
  return {
    file: document.file,
    entries: document.entries,
    ...document.title ? { title: document.title } : {},
    diagnostics: sorted,
    entryCount: document.entries.length,
    errorCount: sorted.filter((d) => d.severity === "error").length,
    warningCount: sorted.filter((d) => d.severity === "warning").length
  };
}

// src/pipeline/write-fixed.ts
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, chmod, open, realpath, rename, stat as stat2, unlink } from "node:fs/promises";
import path3 from "node:path";
function encodeSource(text2, bom) {
  return Buffer.from(bom ? `\uFEFF${text2}` : text2, "utf8");
}
async function writeFixedFile(fixed, maxFileSize) {
  try {
    const target = await realpath(fixed.absolute);
    const info = await stat2(target);
    if ((info.mode & 146) === 0 || !await writable(target)) return { kind: "read-only" };
    const expected = encodeSource(fixed.before, fixed.bom);
    let current;
    try {
      current = await readSourceBytes(fixed.file, target, Math.max(maxFileSize, expected.length));
    } catch {
      return { kind: "changed" };
    }
    if (!current.equals(expected)) return { kind: "changed" };
    await replaceAtomically(target, encodeSource(fixed.after, fixed.bom), info.mode & 4095);
    return null;
  } catch (error) {
    const code2 = error.code ?? "unknown";
    if (code2 === "EACCES" || code2 === "EPERM" || code2 === "EROFS") return { kind: "read-only" };
    return { kind: "failed", code: code2 };
  }
}
async function writable(file) {
  try {
    await access(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
async function replaceAtomically(target, bytes, mode) {
  const temporary = path3.join(path3.dirname(target), `.${path3.basename(target)}.medlint-${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temporary, "wx", mode);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => void 0);
    throw error;
  }
}
function describeRefusal(file, refusal) {
  switch (refusal.kind) {
    case "changed":
      return `${file}: not fixed: the file changed since medlint read it; run medlint --fix again`;
    case "read-only":
      return `${file}: not fixed: the file is read-only; make it writable to fix it`;
    case "failed":
      return `${file}: not fixed: writing failed (${refusal.code})`;
    default:
      return refusal;
  }
}

// src/reporters/json-text.ts
var UNSAFE_IN_JSON = /[&<>\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
function stringifySafe(value, indent = 2) {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/reporters/catalogue.ts
var DOI_LINK = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/i;
function entriesJsonLd(entries, title) {
  return `${stringifySafe(dataCatalog(entries, title))}
`;
}
function dataCatalog(entries, title) {
  return {
    "@context": "https://schema.org",
    "@type": "DataCatalog",
    name: title,
    // A catalogue of datasets: search engines, other lists and tools (resources) stay out.
    dataset: entries.filter((entry) => entry.kind === "dataset").map(dataset)
  };
}
function dataset(entry) {
  const item = { "@type": "Dataset", name: entry.name !== "" ? entry.name : entry.url ?? "" };
  if (entry.url && /^https?:\/\//i.test(entry.url)) item.url = entry.url;
  if (entry.description !== "") item.description = entry.description;
  if (entry.license) item.license = entry.license.id ? `https://spdx.org/licenses/${entry.license.id}.html` : entry.license.text;
  const access2 = entry.access;
  if (access2) {
    item.conditionsOfAccess = access2.source === "text" ? access2.text : `${access2.level}: ${access2.text}`;
    if (access2.level !== null) item.isAccessibleForFree = access2.level === "open";
  }
  if (entry.section.length > 0) item.keywords = entry.section;
  const doi = entry.links.map((link2) => DOI_LINK.exec(link2.url)?.[1]).find((id) => id !== void 0);
  if (doi) item.identifier = `https://doi.org/${doi}`;
  return item;
}

// src/reporters/csv.ts
function escapeCsvCell(value) {
  const shown = terminalSafe(value);
  const safe = /^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown;
  return /[",\r\n]|^:/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// src/reporters/entries.ts
var ENTRY_KEYS = ["name", "url", "links", "description", "section", "line", "column", "endLine", "endColumn", "counts", "access", "knownAccess", "license", "shape", "kind"];
function entriesJson(entries) {
  const rows = entries.map((entry) => ({
    ...Object.fromEntries(ENTRY_KEYS.map((key) => [key, entry[key]])),
    // Only sub-entries have a parent; only link-less entries a shared link or a reason for none.
    ...entry.parent === void 0 ? {} : { parent: entry.parent },
    ...entry.sharedLink === void 0 ? {} : { sharedLink: entry.sharedLink },
    ...entry.noLink === void 0 ? {} : { noLink: entry.noLink }
  }));
  return `${stringifySafe(rows)}
`;
}
var CSV_COLUMNS = [
  "name",
  "url",
  "section",
  "line",
  "column",
  "description",
  "access",
  "access_text",
  "counts",
  "links",
  "kind",
  "parent",
  "access_source",
  "known_access",
  "known_access_source",
  "license",
  "license_id"
];
function entriesCsv(entries) {
  const rows = entries.map((entry) => [
    entry.name,
    entry.url ?? "",
    entry.section.join(" > "),
    String(entry.line),
    String(entry.column),
    entry.description,
    entry.access?.level ?? "",
    entry.access?.text ?? "",
    entry.counts.map((count) => count.text).join(" | "),
    entry.links.map((link2) => link2.url).join(" | "),
    entry.kind,
    entry.parent ?? "",
    entry.access?.source ?? "",
    entry.knownAccess?.level ?? "",
    entry.knownAccess?.source ?? "",
    entry.license?.text ?? "",
    entry.license?.id ?? ""
  ]);
  return `${[[...CSV_COLUMNS], ...rows].map((row) => row.map(escapeCsvCell).join(",")).join("\r\n")}\r
`;
}

// src/reporters/github-command.ts
var CONTROL = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
function showControlCharacters(value) {
  return value.replace(CONTROL, (character) => {
    const code2 = character.charCodeAt(0);
    return code2 > 255 ? `\\u${code2.toString(16).toUpperCase().padStart(4, "0")}` : `\\x${code2.toString(16).toUpperCase().padStart(2, "0")}`;
  });
}
function escapeData(value) {
  return showControlCharacters(value).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatCommand(name, properties, message) {
  const pairs = Object.entries(properties).filter((pair) => pair[1] !== void 0 && pair[1] !== "").map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name}${pairs.length > 0 ? ` ${pairs.join(",")}` : ""}::${escapeData(message)}`;
}

// src/reporters/github.ts
var GITHUB_ANNOTATION_LIMIT = 10;
function planAnnotations(results, limits = { error: GITHUB_ANNOTATION_LIMIT, warning: GITHUB_ANNOTATION_LIMIT }) {
  const all = sortDiagnostics(results.flatMap((result) => result.diagnostics));
  const used = { error: 0, warning: 0 };
  const shown = [];
  for (const diagnostic of all) {
    if (used[diagnostic.severity] < limits[diagnostic.severity]) shown.push(diagnostic);
    used[diagnostic.severity] += 1;
  }
  return {
    shown,
    omitted: {
      errors: Math.max(0, used.error - limits.error),
      warnings: Math.max(0, used.warning - limits.warning)
    }
  };
}
function formatAnnotation(diagnostic) {
  const singleLine = diagnostic.endLine === diagnostic.line;
  const message = diagnostic.note === void 0 ? diagnostic.message : `${diagnostic.message}
${diagnostic.note}`;
  return formatCommand(
    diagnostic.severity,
    {
      file: diagnostic.file,
      line: diagnostic.line,
      endLine: diagnostic.endLine >= diagnostic.line ? diagnostic.endLine : void 0,
      col: singleLine ? diagnostic.column : void 0,
      endColumn: singleLine && diagnostic.endColumn > diagnostic.column ? diagnostic.endColumn : void 0,
      title: diagnostic.ruleId
    },
    message
  );
}
function describeOmitted(omitted, maxPerKind = GITHUB_ANNOTATION_LIMIT) {
  const parts = [];
  if (omitted.errors > 0) parts.push(`${omitted.errors} more ${omitted.errors === 1 ? "error" : "errors"}`);
  if (omitted.warnings > 0) parts.push(`${omitted.warnings} more ${omitted.warnings === 1 ? "warning" : "warnings"}`);
  if (parts.length === 0) return "";
  return `${parts.join(" and ")} not annotated: GitHub shows ${maxPerKind} annotations of each kind per step; the job summary lists every finding.`;
}
function formatGithub(results, context = {}) {
  const maxPerKind = context.maxPerKind ?? GITHUB_ANNOTATION_LIMIT;
  const plan = planAnnotations(results, { error: context.maxErrors ?? maxPerKind, warning: maxPerKind });
  const lines = plan.shown.map(formatAnnotation);
  const omitted = describeOmitted(plan.omitted, maxPerKind);
  if (omitted !== "") lines.push(`medlint: ${omitted}`);
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
}

// src/reporters/json.ts
function json(results) {
  const files = [...results].sort((a, b) => compareStrings(a.file, b.file)).map((result) => ({
    file: result.file,
    entryCount: result.entryCount,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    diagnostics: sortDiagnostics(result.diagnostics)
  }));
  return `${stringifySafe(files)}
`;
}

// src/reporters/markdown-group.ts
function entryAt(entries, line) {
  let index = ENTRY_INDEXES.get(entries);
  if (index === void 0) {
    index = indexEntries(entries);
    ENTRY_INDEXES.set(entries, index);
  }
  const at = line - index.first;
  const position = at >= 0 && at < index.byLine.length ? index.byLine[at] : -1;
  return position === -1 ? void 0 : entries[position];
}
var ENTRY_INDEXES = /* @__PURE__ */ new WeakMap();
function indexEntries(entries) {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    if (entry.line > entry.endLine) continue;
    first = Math.min(first, entry.line);
    last = Math.max(last, entry.endLine);
  }
  if (first > last) return { first: 0, byLine: new Int32Array(0) };
  const byLine = new Int32Array(last - first + 1).fill(-1);
  const order2 = entries.map((_, position) => position);
  const span = (position) => entries[position].endLine - entries[position].line;
  order2.sort((a, b) => span(b) - span(a) || b - a);
  for (const position of order2) {
    const entry = entries[position];
    byLine.fill(position, entry.line - first, entry.endLine - first + 1);
  }
  return { first, byLine };
}
function sectionLabel(section) {
  return section.join(" \u203A ");
}
function groupBySection(diagnostics, entries) {
  const groups = /* @__PURE__ */ new Map();
  for (const diagnostic of diagnostics) {
    const entry = entryAt(entries, diagnostic.line);
    const section = entry?.section ?? [];
    const key = entry === void 0 ? "" : JSON.stringify(section);
    let group = groups.get(key);
    if (group === void 0) {
      group = { section: [...section], items: [] };
      groups.set(key, group);
    }
    group.items.push({ diagnostic, entry });
  }
  return [...groups.values()];
}

// src/reporters/junit.ts
var NOT_XML = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function escapeXml(value) {
  return value.replace(NOT_XML, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
function attributes(values) {
  return Object.entries(values).map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`).join("");
}
function describe(diagnostic) {
  return `${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.message} (${diagnostic.ruleId})`;
}
function testCases(result) {
  const byEntry = /* @__PURE__ */ new Map();
  for (const diagnostic of sortDiagnostics(result.diagnostics)) {
    const entry = entryAt(result.entries, diagnostic.line);
    const list = byEntry.get(entry) ?? [];
    list.push(diagnostic);
    byEntry.set(entry, list);
  }
  const cases = [...result.entries].sort((a, b) => a.line - b.line || a.column - b.column || compareStrings(a.name, b.name)).map((entry) => ({
    // Names repeat in real lists; the line keeps test cases apart.
    name: `${entry.name} (line ${entry.line})`,
    classname: entry.section.length > 0 ? `${result.file} \u203A ${sectionLabel(entry.section)}` : result.file,
    line: entry.line,
    diagnostics: byEntry.get(entry) ?? []
  }));
  const outside = byEntry.get(void 0);
  if (outside !== void 0 || cases.length === 0) {
    cases.unshift({ name: "(document)", classname: result.file, line: 1, diagnostics: outside ?? [] });
  }
  return cases;
}
function renderCase(file, testCase) {
  const errors = testCase.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  const warnings = testCase.diagnostics.filter((diagnostic) => diagnostic.severity === "warning");
  const open2 = `    <testcase${attributes({ name: testCase.name, classname: testCase.classname, file, line: testCase.line })}`;
  const first = errors[0];
  if (first === void 0 && warnings.length === 0) return { xml: `${open2}/>`, failed: false };
  const body = [];
  if (first !== void 0) {
    body.push(
      `      <failure${attributes({ message: first.message, type: first.ruleId })}>${escapeXml(errors.map(describe).join("\n"))}</failure>`
    );
  }
  if (warnings.length > 0) body.push(`      <system-out>${escapeXml(warnings.map(describe).join("\n"))}</system-out>`);
  return { xml: `${open2}>
${body.join("\n")}
    </testcase>`, failed: first !== void 0 };
}
function formatJunit(results, context = {}) {
  const suites = [];
  let tests = 0;
  let failures = 0;
  for (const result of [...results].sort((a, b) => compareStrings(a.file, b.file))) {
    const rendered = testCases(result).map((testCase) => renderCase(result.file, testCase));
    const failed = rendered.filter((item) => item.failed).length;
    tests += rendered.length;
    failures += failed;
    suites.push(
      [
        `  <testsuite${attributes({ name: result.file, tests: rendered.length, failures: failed, errors: 0, skipped: 0 })}>`,
        ...rendered.map((item) => item.xml),
        "  </testsuite>"
      ].join("\n")
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: context.name ?? "medlint", tests, failures, errors: 0 })}>`,
    ...suites,
    "</testsuites>",
    ""
  ].join("\n");
}

// node_modules/remark-parse/lib/index.js
function remarkParse(options) {
  const self = this;
  self.parser = parser;
  function parser(doc) {
    return fromMarkdown(doc, {
      ...self.data("settings"),
      ...options,
      // Note: these options are not in the readme.
      // The goal is for them to be set by plugins on `data` instead of being
      // passed by users.
      extensions: self.data("micromarkExtensions") || [],
      mdastExtensions: self.data("fromMarkdownExtensions") || []
    });
  }
}

// node_modules/remark-stringify/lib/index.js
function remarkStringify(options) {
  const self = this;
  self.compiler = compiler;
  function compiler(tree) {
    return toMarkdown(tree, {
      ...self.data("settings"),
      ...options,
      // Note: this option is not in the readme.
      // The goal is for it to be set by plugins on `data` instead of being
      // passed by users.
      extensions: self.data("toMarkdownExtensions") || []
    });
  }
}

// node_modules/bail/index.js
function bail(error) {
  if (error) {
    throw error;
  }
}

// node_modules/unified/lib/index.js
var import_extend = __toESM(require_extend(), 1);

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/trough/lib/index.js
function trough() {
  const fns = [];
  const pipeline = { run: run2, use };
  return pipeline;
  function run2(...values) {
    let middlewareIndex = -1;
    const callback = values.pop();
    if (typeof callback !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback);
    }
    next(null, ...values);
    function next(error, ...output) {
      const fn = fns[++middlewareIndex];
      let index = -1;
      if (error) {
        callback(error);
        return;
      }
      while (++index < values.length) {
        if (output[index] === null || output[index] === void 0) {
          output[index] = values[index];
        }
      }
      values = output;
      if (fn) {
        wrap(fn, next)(...output);
      } else {
        callback(null, ...output);
      }
    }
  }
  function use(middelware) {
    if (typeof middelware !== "function") {
      throw new TypeError(
        "Expected `middelware` to be a function, not " + middelware
      );
    }
    fns.push(middelware);
    return pipeline;
  }
}
function wrap(middleware, callback) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done2);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception = (
        /** @type {Error} */
        error
      );
      if (fnExpectsCallback && called) {
        throw exception;
      }
      return done2(exception);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done2);
      } else if (result instanceof Error) {
        done2(result);
      } else {
        then(result);
      }
    }
  }
  function done2(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
    }
  }
  function then(value) {
    done2(null, value);
  }
}

// node_modules/vfile-message/lib/index.js
var VFileMessage = class extends Error {
  /**
   * Create a message for `reason`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns
   *   Instance of `VFileMessage`.
   */
  // eslint-disable-next-line complexity
  constructor(causeOrReason, optionsOrParentOrPlace, origin) {
    super();
    if (typeof optionsOrParentOrPlace === "string") {
      origin = optionsOrParentOrPlace;
      optionsOrParentOrPlace = void 0;
    }
    let reason = "";
    let options = {};
    let legacyCause = false;
    if (optionsOrParentOrPlace) {
      if ("line" in optionsOrParentOrPlace && "column" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("start" in optionsOrParentOrPlace && "end" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("type" in optionsOrParentOrPlace) {
        options = {
          ancestors: [optionsOrParentOrPlace],
          place: optionsOrParentOrPlace.position
        };
      } else {
        options = { ...optionsOrParentOrPlace };
      }
    }
    if (typeof causeOrReason === "string") {
      reason = causeOrReason;
    } else if (!options.cause && causeOrReason) {
      legacyCause = true;
      reason = causeOrReason.message;
      options.cause = causeOrReason;
    }
    if (!options.ruleId && !options.source && typeof origin === "string") {
      const index = origin.indexOf(":");
      if (index === -1) {
        options.ruleId = origin;
      } else {
        options.source = origin.slice(0, index);
        options.ruleId = origin.slice(index + 1);
      }
    }
    if (!options.place && options.ancestors) {
      const parent = options.ancestors[options.ancestors.length - 1];
      if (parent) {
        options.place = parent.position;
      }
    }
    const start = options.place && "start" in options.place ? options.place.start : options.place;
    this.ancestors = options.ancestors || void 0;
    this.cause = options.cause || void 0;
    this.column = start ? start.column : void 0;
    this.fatal = void 0;
    this.file = "";
    this.message = reason;
    this.line = start ? start.line : void 0;
    this.name = stringifyPosition(options.place) || "1:1";
    this.place = options.place || void 0;
    this.reason = this.message;
    this.ruleId = options.ruleId || void 0;
    this.source = options.source || void 0;
    this.stack = legacyCause && options.cause && typeof options.cause.stack === "string" ? options.cause.stack : "";
    this.actual = void 0;
    this.expected = void 0;
    this.note = void 0;
    this.url = void 0;
  }
};
Object.defineProperties(VFileMessage.prototype, {
  file: { configurable: true, enumerable: true, value: "", writable: true },
  name: { configurable: true, enumerable: true, value: "", writable: true },
  reason: { configurable: true, enumerable: true, value: "", writable: true },
  message: { configurable: true, enumerable: true, value: "", writable: true },
  stack: { configurable: true, enumerable: true, value: "", writable: true },
  column: { configurable: true, enumerable: true, writable: true },
  line: { configurable: true, enumerable: true, writable: true },
  ancestors: { configurable: true, enumerable: true, writable: true },
  cause: { configurable: true, enumerable: true, writable: true },
  fatal: { configurable: true, enumerable: true, writable: true },
  place: { configurable: true, enumerable: true, writable: true },
  ruleId: { configurable: true, enumerable: true, writable: true },
  source: { configurable: true, enumerable: true, writable: true }
});

// node_modules/vfile/lib/minpath.js
import { default as default2 } from "node:path";

// node_modules/vfile/lib/minproc.js
import { default as default3 } from "node:process";

// node_modules/vfile/lib/minurl.js
import { fileURLToPath as fileURLToPath2 } from "node:url";

// node_modules/vfile/lib/minurl.shared.js
function isUrl(fileUrlOrPath) {
  return Boolean(
    fileUrlOrPath !== null && typeof fileUrlOrPath === "object" && "href" in fileUrlOrPath && fileUrlOrPath.href && "protocol" in fileUrlOrPath && fileUrlOrPath.protocol && // @ts-expect-error: indexing is fine.
    fileUrlOrPath.auth === void 0
  );
}

// node_modules/vfile/lib/index.js
var order = (
  /** @type {const} */
  [
    "history",
    "path",
    "basename",
    "stem",
    "extname",
    "dirname"
  ]
);
var VFile = class {
  /**
   * Create a new virtual file.
   *
   * `options` is treated as:
   *
   * *   `string` or `Uint8Array` — `{value: options}`
   * *   `URL` — `{path: options}`
   * *   `VFile` — shallow copies its data over to the new file
   * *   `object` — all fields are shallow copied over to the new file
   *
   * Path related fields are set in the following order (least specific to
   * most specific): `history`, `path`, `basename`, `stem`, `extname`,
   * `dirname`.
   *
   * You cannot set `dirname` or `extname` without setting either `history`,
   * `path`, `basename`, or `stem` too.
   *
   * @param {Compatible | null | undefined} [value]
   *   File value.
   * @returns
   *   New instance.
   */
  constructor(value) {
    let options;
    if (!value) {
      options = {};
    } else if (isUrl(value)) {
      options = { path: value };
    } else if (typeof value === "string" || isUint8Array(value)) {
      options = { value };
    } else {
      options = value;
    }
    this.cwd = "cwd" in options ? "" : default3.cwd();
    this.data = {};
    this.history = [];
    this.messages = [];
    this.value;
    this.map;
    this.result;
    this.stored;
    let index = -1;
    while (++index < order.length) {
      const field2 = order[index];
      if (field2 in options && options[field2] !== void 0 && options[field2] !== null) {
        this[field2] = field2 === "history" ? [...options[field2]] : options[field2];
      }
    }
    let field;
    for (field in options) {
      if (!order.includes(field)) {
        this[field] = options[field];
      }
    }
  }
  /**
   * Get the basename (including extname) (example: `'index.min.js'`).
   *
   * @returns {string | undefined}
   *   Basename.
   */
  get basename() {
    return typeof this.path === "string" ? default2.basename(this.path) : void 0;
  }
  /**
   * Set basename (including extname) (`'index.min.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} basename
   *   Basename.
   * @returns {undefined}
   *   Nothing.
   */
  set basename(basename) {
    assertNonEmpty(basename, "basename");
    assertPart(basename, "basename");
    this.path = default2.join(this.dirname || "", basename);
  }
  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === "string" ? default2.dirname(this.path) : void 0;
  }
  /**
   * Set the parent path (example: `'~'`).
   *
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} dirname
   *   Dirname.
   * @returns {undefined}
   *   Nothing.
   */
  set dirname(dirname) {
    assertPath(this.basename, "dirname");
    this.path = default2.join(dirname || "", this.basename);
  }
  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === "string" ? default2.extname(this.path) : void 0;
  }
  /**
   * Set the extname (including dot) (example: `'.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} extname
   *   Extname.
   * @returns {undefined}
   *   Nothing.
   */
  set extname(extname) {
    assertPart(extname, "extname");
    assertPath(this.dirname, "extname");
    if (extname) {
      if (extname.codePointAt(0) !== 46) {
        throw new Error("`extname` must start with `.`");
      }
      if (extname.includes(".", 1)) {
        throw new Error("`extname` cannot contain multiple dots");
      }
    }
    this.path = default2.join(this.dirname, this.stem + (extname || ""));
  }
  /**
   * Get the full path (example: `'~/index.min.js'`).
   *
   * @returns {string}
   *   Path.
   */
  get path() {
    return this.history[this.history.length - 1];
  }
  /**
   * Set the full path (example: `'~/index.min.js'`).
   *
   * Cannot be nullified.
   * You can set a file URL (a `URL` object with a `file:` protocol) which will
   * be turned into a path with `url.fileURLToPath`.
   *
   * @param {URL | string} path
   *   Path.
   * @returns {undefined}
   *   Nothing.
   */
  set path(path6) {
    if (isUrl(path6)) {
      path6 = fileURLToPath2(path6);
    }
    assertNonEmpty(path6, "path");
    if (this.path !== path6) {
      this.history.push(path6);
    }
  }
  /**
   * Get the stem (basename w/o extname) (example: `'index.min'`).
   *
   * @returns {string | undefined}
   *   Stem.
   */
  get stem() {
    return typeof this.path === "string" ? default2.basename(this.path, this.extname) : void 0;
  }
  /**
   * Set the stem (basename w/o extname) (example: `'index.min'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} stem
   *   Stem.
   * @returns {undefined}
   *   Nothing.
   */
  set stem(stem) {
    assertNonEmpty(stem, "stem");
    assertPart(stem, "stem");
    this.path = default2.join(this.dirname || "", stem + (this.extname || ""));
  }
  // Normal prototypal methods.
  /**
   * Create a fatal message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `true` (error; file not usable)
   * and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {never}
   *   Never.
   * @throws {VFileMessage}
   *   Message.
   */
  fail(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = true;
    throw message;
  }
  /**
   * Create an info message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `undefined` (info; change
   * likely not needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  info(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = void 0;
    return message;
  }
  /**
   * Create a message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `false` (warning; change may be
   * needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  message(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = new VFileMessage(
      // @ts-expect-error: the overloads are fine.
      causeOrReason,
      optionsOrParentOrPlace,
      origin
    );
    if (this.path) {
      message.name = this.path + ":" + message.name;
      message.file = this.path;
    }
    message.fatal = false;
    this.messages.push(message);
    return message;
  }
  /**
   * Serialize the file.
   *
   * > **Note**: which encodings are supported depends on the engine.
   * > For info on Node.js, see:
   * > <https://nodejs.org/api/util.html#whatwg-supported-encodings>.
   *
   * @param {string | null | undefined} [encoding='utf8']
   *   Character encoding to understand `value` as when it’s a `Uint8Array`
   *   (default: `'utf-8'`).
   * @returns {string}
   *   Serialized file.
   */
  toString(encoding) {
    if (this.value === void 0) {
      return "";
    }
    if (typeof this.value === "string") {
      return this.value;
    }
    const decoder = new TextDecoder(encoding || void 0);
    return decoder.decode(this.value);
  }
};
function assertPart(part, name) {
  if (part && part.includes(default2.sep)) {
    throw new Error(
      "`" + name + "` cannot be a path: did not expect `" + default2.sep + "`"
    );
  }
}
function assertNonEmpty(part, name) {
  if (!part) {
    throw new Error("`" + name + "` cannot be empty");
  }
}
function assertPath(path6, name) {
  if (!path6) {
    throw new Error("Setting `" + name + "` requires `path` to be set too");
  }
}
function isUint8Array(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// node_modules/unified/lib/callable-instance.js
var CallableInstance = (
  /**
   * @type {new <Parameters extends Array<unknown>, Result>(property: string | symbol) => (...parameters: Parameters) => Result}
   */
  /** @type {unknown} */
  /**
   * @this {Function}
   * @param {string | symbol} property
   * @returns {(...parameters: Array<unknown>) => unknown}
   */
  (function(property) {
    const self = this;
    const constr = self.constructor;
    const proto = (
      /** @type {Record<string | symbol, Function>} */
      // Prototypes do exist.
      // type-coverage:ignore-next-line
      constr.prototype
    );
    const value = proto[property];
    const apply = function() {
      return value.apply(apply, arguments);
    };
    Object.setPrototypeOf(apply, proto);
    return apply;
  })
);

// node_modules/unified/lib/index.js
var own = {}.hasOwnProperty;
var Processor = class _Processor extends CallableInstance {
  /**
   * Create a processor.
   */
  constructor() {
    super("copy");
    this.Compiler = void 0;
    this.Parser = void 0;
    this.attachers = [];
    this.compiler = void 0;
    this.freezeIndex = -1;
    this.frozen = void 0;
    this.namespace = {};
    this.parser = void 0;
    this.transformers = trough();
  }
  /**
   * Copy a processor.
   *
   * @deprecated
   *   This is a private internal method and should not be used.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   New *unfrozen* processor ({@linkcode Processor}) that is
   *   configured to work the same as its ancestor.
   *   When the descendant processor is configured in the future it does not
   *   affect the ancestral processor.
   */
  copy() {
    const destination = (
      /** @type {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>} */
      new _Processor()
    );
    let index = -1;
    while (++index < this.attachers.length) {
      const attacher = this.attachers[index];
      destination.use(...attacher);
    }
    destination.data((0, import_extend.default)(true, {}, this.namespace));
    return destination;
  }
  /**
   * Configure the processor with info available to all plugins.
   * Information is stored in an object.
   *
   * Typically, options can be given to a specific plugin, but sometimes it
   * makes sense to have information shared with several plugins.
   * For example, a list of HTML elements that are self-closing, which is
   * needed during all phases.
   *
   * > **Note**: setting information cannot occur on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * > **Note**: to register custom data in TypeScript, augment the
   * > {@linkcode Data} interface.
   *
   * @example
   *   This example show how to get and set info:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   const processor = unified().data('alpha', 'bravo')
   *
   *   processor.data('alpha') // => 'bravo'
   *
   *   processor.data() // => {alpha: 'bravo'}
   *
   *   processor.data({charlie: 'delta'})
   *
   *   processor.data() // => {charlie: 'delta'}
   *   ```
   *
   * @template {keyof Data} Key
   *
   * @overload
   * @returns {Data}
   *
   * @overload
   * @param {Data} dataset
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Key} key
   * @returns {Data[Key]}
   *
   * @overload
   * @param {Key} key
   * @param {Data[Key]} value
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @param {Data | Key} [key]
   *   Key to get or set, or entire dataset to set, or nothing to get the
   *   entire dataset (optional).
   * @param {Data[Key]} [value]
   *   Value to set (optional).
   * @returns {unknown}
   *   The current processor when setting, the value at `key` when getting, or
   *   the entire dataset when getting without key.
   */
  data(key, value) {
    if (typeof key === "string") {
      if (arguments.length === 2) {
        assertUnfrozen("data", this.frozen);
        this.namespace[key] = value;
        return this;
      }
      return own.call(this.namespace, key) && this.namespace[key] || void 0;
    }
    if (key) {
      assertUnfrozen("data", this.frozen);
      this.namespace = key;
      return this;
    }
    return this.namespace;
  }
  /**
   * Freeze a processor.
   *
   * Frozen processors are meant to be extended and not to be configured
   * directly.
   *
   * When a processor is frozen it cannot be unfrozen.
   * New processors working the same way can be created by calling the
   * processor.
   *
   * It’s possible to freeze processors explicitly by calling `.freeze()`.
   * Processors freeze automatically when `.parse()`, `.run()`, `.runSync()`,
   * `.stringify()`, `.process()`, or `.processSync()` are called.
   *
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   The current processor.
   */
  freeze() {
    if (this.frozen) {
      return this;
    }
    const self = (
      /** @type {Processor} */
      /** @type {unknown} */
      this
    );
    while (++this.freezeIndex < this.attachers.length) {
      const [attacher, ...options] = this.attachers[this.freezeIndex];
      if (options[0] === false) {
        continue;
      }
      if (options[0] === true) {
        options[0] = void 0;
      }
      const transformer = attacher.call(self, ...options);
      if (typeof transformer === "function") {
        this.transformers.use(transformer);
      }
    }
    this.frozen = true;
    this.freezeIndex = Number.POSITIVE_INFINITY;
    return this;
  }
  /**
   * Parse text to a syntax tree.
   *
   * > **Note**: `parse` freezes the processor if not already *frozen*.
   *
   * > **Note**: `parse` performs the parse phase, not the run phase or other
   * > phases.
   *
   * @param {Compatible | undefined} [file]
   *   file to parse (optional); typically `string` or `VFile`; any value
   *   accepted as `x` in `new VFile(x)`.
   * @returns {ParseTree extends undefined ? Node : ParseTree}
   *   Syntax tree representing `file`.
   */
  parse(file) {
    this.freeze();
    const realFile = vfile(file);
    const parser = this.parser || this.Parser;
    assertParser("parse", parser);
    return parser(String(realFile), realFile);
  }
  /**
   * Process the given file as configured on the processor.
   *
   * > **Note**: `process` freezes the processor if not already *frozen*.
   *
   * > **Note**: `process` performs the parse, run, and stringify phases.
   *
   * @overload
   * @param {Compatible | undefined} file
   * @param {ProcessCallback<VFileWithOutput<CompileResult>>} done
   * @returns {undefined}
   *
   * @overload
   * @param {Compatible | undefined} [file]
   * @returns {Promise<VFileWithOutput<CompileResult>>}
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`]; any value accepted as
   *   `x` in `new VFile(x)`.
   * @param {ProcessCallback<VFileWithOutput<CompileResult>> | undefined} [done]
   *   Callback (optional).
   * @returns {Promise<VFile> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise a promise, rejected with a fatal error or resolved with the
   *   processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  process(file, done2) {
    const self = this;
    this.freeze();
    assertParser("process", this.parser || this.Parser);
    assertCompiler("process", this.compiler || this.Compiler);
    return done2 ? executor(void 0, done2) : new Promise(executor);
    function executor(resolve, reject) {
      const realFile = vfile(file);
      const parseTree = (
        /** @type {HeadTree extends undefined ? Node : HeadTree} */
        /** @type {unknown} */
        self.parse(realFile)
      );
      self.run(parseTree, realFile, function(error, tree, file2) {
        if (error || !tree || !file2) {
          return realDone(error);
        }
        const compileTree = (
          /** @type {CompileTree extends undefined ? Node : CompileTree} */
          /** @type {unknown} */
          tree
        );
        const compileResult = self.stringify(compileTree, file2);
        if (looksLikeAValue(compileResult)) {
          file2.value = compileResult;
        } else {
          file2.result = compileResult;
        }
        realDone(
          error,
          /** @type {VFileWithOutput<CompileResult>} */
          file2
        );
      });
      function realDone(error, file2) {
        if (error || !file2) {
          reject(error);
        } else if (resolve) {
          resolve(file2);
        } else {
          ok(done2, "`done` is defined if `resolve` is not");
          done2(void 0, file2);
        }
      }
    }
  }
  /**
   * Process the given file as configured on the processor.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `processSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `processSync` performs the parse, run, and stringify phases.
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`; any value accepted as
   *   `x` in `new VFile(x)`.
   * @returns {VFileWithOutput<CompileResult>}
   *   The processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  processSync(file) {
    let complete = false;
    let result;
    this.freeze();
    assertParser("processSync", this.parser || this.Parser);
    assertCompiler("processSync", this.compiler || this.Compiler);
    this.process(file, realDone);
    assertDone("processSync", "process", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, file2) {
      complete = true;
      bail(error);
      result = file2;
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * > **Note**: `run` freezes the processor if not already *frozen*.
   *
   * > **Note**: `run` performs the run phase, not other phases.
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} file
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} [file]
   * @returns {Promise<TailTree extends undefined ? Node : TailTree>}
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {(
   *   RunCallback<TailTree extends undefined ? Node : TailTree> |
   *   Compatible
   * )} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} [done]
   *   Callback (optional).
   * @returns {Promise<TailTree extends undefined ? Node : TailTree> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise, a promise rejected with a fatal error or resolved with the
   *   transformed tree.
   */
  run(tree, file, done2) {
    assertNode(tree);
    this.freeze();
    const transformers = this.transformers;
    if (!done2 && typeof file === "function") {
      done2 = file;
      file = void 0;
    }
    return done2 ? executor(void 0, done2) : new Promise(executor);
    function executor(resolve, reject) {
      ok(
        typeof file !== "function",
        "`file` can\u2019t be a `done` anymore, we checked"
      );
      const realFile = vfile(file);
      transformers.run(tree, realFile, realDone);
      function realDone(error, outputTree, file2) {
        const resultingTree = (
          /** @type {TailTree extends undefined ? Node : TailTree} */
          outputTree || tree
        );
        if (error) {
          reject(error);
        } else if (resolve) {
          resolve(resultingTree);
        } else {
          ok(done2, "`done` is defined if `resolve` is not");
          done2(void 0, resultingTree, file2);
        }
      }
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `runSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `runSync` performs the run phase, not other phases.
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {TailTree extends undefined ? Node : TailTree}
   *   Transformed tree.
   */
  runSync(tree, file) {
    let complete = false;
    let result;
    this.run(tree, file, realDone);
    assertDone("runSync", "run", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, tree2) {
      bail(error);
      result = tree2;
      complete = true;
    }
  }
  /**
   * Compile a syntax tree.
   *
   * > **Note**: `stringify` freezes the processor if not already *frozen*.
   *
   * > **Note**: `stringify` performs the stringify phase, not the run phase
   * > or other phases.
   *
   * @param {CompileTree extends undefined ? Node : CompileTree} tree
   *   Tree to compile.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {CompileResult extends undefined ? Value : CompileResult}
   *   Textual representation of the tree (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most compilers
   *   > return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  stringify(tree, file) {
    this.freeze();
    const realFile = vfile(file);
    const compiler = this.compiler || this.Compiler;
    assertCompiler("stringify", compiler);
    assertNode(tree);
    return compiler(tree, realFile);
  }
  /**
   * Configure the processor to use a plugin, a list of usable values, or a
   * preset.
   *
   * If the processor is already using a plugin, the previous plugin
   * configuration is changed based on the options that are passed in.
   * In other words, the plugin is not added a second time.
   *
   * > **Note**: `use` cannot be called on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * @example
   *   There are many ways to pass plugins to `.use()`.
   *   This example gives an overview:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   unified()
   *     // Plugin with options:
   *     .use(pluginA, {x: true, y: true})
   *     // Passing the same plugin again merges configuration (to `{x: true, y: false, z: true}`):
   *     .use(pluginA, {y: false, z: true})
   *     // Plugins:
   *     .use([pluginB, pluginC])
   *     // Two plugins, the second with options:
   *     .use([pluginD, [pluginE, {}]])
   *     // Preset with plugins and settings:
   *     .use({plugins: [pluginF, [pluginG, {}]], settings: {position: false}})
   *     // Settings only:
   *     .use({settings: {position: false}})
   *   ```
   *
   * @template {Array<unknown>} [Parameters=[]]
   * @template {Node | string | undefined} [Input=undefined]
   * @template [Output=Input]
   *
   * @overload
   * @param {Preset | null | undefined} [preset]
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {PluggableList} list
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Plugin<Parameters, Input, Output>} plugin
   * @param {...(Parameters | [boolean])} parameters
   * @returns {UsePlugin<ParseTree, HeadTree, TailTree, CompileTree, CompileResult, Input, Output>}
   *
   * @param {PluggableList | Plugin | Preset | null | undefined} value
   *   Usable value.
   * @param {...unknown} parameters
   *   Parameters, when a plugin is given as a usable value.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   Current processor.
   */
  use(value, ...parameters) {
    const attachers = this.attachers;
    const namespace = this.namespace;
    assertUnfrozen("use", this.frozen);
    if (value === null || value === void 0) {
    } else if (typeof value === "function") {
      addPlugin(value, parameters);
    } else if (typeof value === "object") {
      if (Array.isArray(value)) {
        addList(value);
      } else {
        addPreset(value);
      }
    } else {
      throw new TypeError("Expected usable value, not `" + value + "`");
    }
    return this;
    function add(value2) {
      if (typeof value2 === "function") {
        addPlugin(value2, []);
      } else if (typeof value2 === "object") {
        if (Array.isArray(value2)) {
          const [plugin, ...parameters2] = (
            /** @type {PluginTuple<Array<unknown>>} */
            value2
          );
          addPlugin(plugin, parameters2);
        } else {
          addPreset(value2);
        }
      } else {
        throw new TypeError("Expected usable value, not `" + value2 + "`");
      }
    }
    function addPreset(result) {
      if (!("plugins" in result) && !("settings" in result)) {
        throw new Error(
          "Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither"
        );
      }
      addList(result.plugins);
      if (result.settings) {
        namespace.settings = (0, import_extend.default)(true, namespace.settings, result.settings);
      }
    }
    function addList(plugins) {
      let index = -1;
      if (plugins === null || plugins === void 0) {
      } else if (Array.isArray(plugins)) {
        while (++index < plugins.length) {
          const thing = plugins[index];
          add(thing);
        }
      } else {
        throw new TypeError("Expected a list of plugins, not `" + plugins + "`");
      }
    }
    function addPlugin(plugin, parameters2) {
      let index = -1;
      let entryIndex = -1;
      while (++index < attachers.length) {
        if (attachers[index][0] === plugin) {
          entryIndex = index;
          break;
        }
      }
      if (entryIndex === -1) {
        attachers.push([plugin, ...parameters2]);
      } else if (parameters2.length > 0) {
        let [primary, ...rest] = parameters2;
        const currentPrimary = attachers[entryIndex][1];
        if (isPlainObject(currentPrimary) && isPlainObject(primary)) {
          primary = (0, import_extend.default)(true, currentPrimary, primary);
        }
        attachers[entryIndex] = [plugin, primary, ...rest];
      }
    }
  }
};
var unified = new Processor().freeze();
function assertParser(name, value) {
  if (typeof value !== "function") {
    throw new TypeError("Cannot `" + name + "` without `parser`");
  }
}
function assertCompiler(name, value) {
  if (typeof value !== "function") {
    throw new TypeError("Cannot `" + name + "` without `compiler`");
  }
}
function assertUnfrozen(name, frozen) {
  if (frozen) {
    throw new Error(
      "Cannot call `" + name + "` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`."
    );
  }
}
function assertNode(node) {
  if (!isPlainObject(node) || typeof node.type !== "string") {
    throw new TypeError("Expected node, got `" + node + "`");
  }
}
function assertDone(name, asyncName, complete) {
  if (!complete) {
    throw new Error(
      "`" + name + "` finished async. Use `" + asyncName + "` instead"
    );
  }
}
function vfile(value) {
  return looksLikeAVFile(value) ? value : new VFile(value);
}
function looksLikeAVFile(value) {
  return Boolean(
    value && typeof value === "object" && "message" in value && "messages" in value
  );
}
function looksLikeAValue(value) {
  return typeof value === "string" || isUint8Array2(value);
}
function isUint8Array2(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// node_modules/remark/index.js
var remark = unified().use(remarkParse).use(remarkStringify).freeze();

// node_modules/remark-gfm/lib/index.js
var emptyOptions = {};
function remarkGfm(options) {
  const self = (
    /** @type {Processor<Root>} */
    this
  );
  const settings = options || emptyOptions;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(gfm(settings));
  fromMarkdownExtensions.push(gfmFromMarkdown());
  toMarkdownExtensions.push(gfmToMarkdown(settings));
}

// src/reporters/markdown-mdast.ts
function oneLine(value) {
  return showControlCharacters(value.replace(/\r\n|[\r\n\u2028\u2029]/g, " "));
}
function text(value) {
  return { type: "text", value: oneLine(value) };
}
function code(value) {
  return { type: "inlineCode", value: oneLine(value) };
}
function messageNodes(message) {
  const nodes = [];
  const parts = message.split(/`([^`\r\n]+)`/);
  parts.forEach((part, index) => {
    if (part === "") return;
    nodes.push(index % 2 === 1 ? code(part) : text(part));
  });
  return nodes;
}
function strong(...children) {
  return { type: "strong", children };
}
function link(url, ...children) {
  return { type: "link", url, children };
}
function paragraph(...children) {
  return { type: "paragraph", children };
}
function heading(depth, ...children) {
  return { type: "heading", depth, children };
}
function table(header, rows) {
  const row = (cells) => ({
    type: "tableRow",
    children: cells.map((children) => ({ type: "tableCell", children }))
  });
  return {
    type: "table",
    align: header.map(() => null),
    children: [row(header.map((title) => [text(title)])), ...rows.map(row)]
  };
}
function root(children) {
  return { type: "root", children };
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function stringifyMarkdown(tree) {
  return remark().use(remarkGfm).data("settings", { bullet: "-", rule: "-", emphasis: "_", fences: true }).stringify(tree);
}

// src/reporters/markdown.ts
function totals(results) {
  let errors = 0;
  let warnings = 0;
  let entries = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    entries += result.entryCount;
  }
  return { errors, warnings, entries };
}
function findingRow(diagnostic, entryName) {
  return [
    [text(`${diagnostic.line}:${diagnostic.column}`)],
    entryName === void 0 ? [] : [text(entryName)],
    [text(diagnostic.severity)],
    [link(diagnostic.url, code(diagnostic.ruleId))],
    messageNodes(diagnostic.message)
  ];
}
function formatMarkdown(results, context = {}) {
  const sorted = [...results].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const { errors, warnings, entries } = totals(sorted);
  const nodes = [heading(2, text(context.title ?? "medlint"))];
  const checked = `${plural(sorted.length, "file")} checked, ${plural(entries, "entry", "entries")}.`;
  nodes.push(
    errors + warnings === 0 ? paragraph(text(`No problems found: ${checked}`)) : paragraph(strong(text(plural(errors, "error"))), text(", "), strong(text(plural(warnings, "warning"))), text(` in ${checked}`))
  );
  const omitted = context.omittedAnnotations;
  if (omitted !== void 0 && omitted.errors + omitted.warnings > 0) {
    nodes.push(paragraph(text(describeOmitted(omitted, context.annotationLimit ?? GITHUB_ANNOTATION_LIMIT))));
  }
  for (const note of context.notes ?? []) nodes.push(paragraph(text(note)));
  let budget = context.maxFindings ?? Number.POSITIVE_INFINITY;
  let left = 0;
  for (const result of sorted) {
    const diagnostics = sortDiagnostics(result.diagnostics);
    if (diagnostics.length === 0) continue;
    if (budget <= 0) {
      left += diagnostics.length;
      continue;
    }
    nodes.push(heading(3, code(result.file)));
    for (const group of groupBySection(diagnostics, result.entries)) {
      if (budget <= 0) {
        left += group.items.length;
        continue;
      }
      const shown = group.items.slice(0, budget);
      left += group.items.length - shown.length;
      budget -= shown.length;
      const label = group.items[0]?.entry === void 0 ? "Outside entries" : sectionLabel(group.section) || "(no section)";
      nodes.push(heading(4, text(label)));
      nodes.push(
        table(
          ["Line", "Entry", "Severity", "Rule", "Message"],
          shown.map(({ diagnostic, entry }) => findingRow(diagnostic, entry?.name))
        )
      );
    }
  }
  if (left > 0) nodes.push(paragraph(text(`${plural(left, "more finding")} not listed here.`)));
  return stringifyMarkdown(root(nodes));
}

// src/reporters/sarif.ts
var SARIF_LEVEL = { error: "error", warn: "warning", off: "none" };
function pathToUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function buildRules(metas, diagnostics) {
  const byId = /* @__PURE__ */ new Map();
  for (const meta of metas) {
    byId.set(meta.id, {
      id: meta.id,
      shortDescription: { text: meta.description },
      helpUri: ruleDocsUrl(meta.id),
      defaultConfiguration: { level: SARIF_LEVEL[meta.recommended] },
      properties: { category: meta.category }
    });
  }
  for (const diagnostic of diagnostics) {
    if (!byId.has(diagnostic.ruleId)) {
      byId.set(diagnostic.ruleId, { id: diagnostic.ruleId, shortDescription: { text: diagnostic.ruleId }, helpUri: diagnostic.url });
    }
  }
  return [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));
}
function fixesOf(diagnostic) {
  const change = (description, edits) => ({
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: { uri: pathToUri(diagnostic.file) },
        replacements: edits.map((edit) => ({
          deletedRegion: { startLine: edit.line, startColumn: edit.column, endLine: edit.endLine, endColumn: edit.endColumn },
          insertedContent: { text: edit.text }
        }))
      }
    ]
  });
  const fixes = [];
  if (diagnostic.fix) fixes.push(change(diagnostic.expected === void 0 ? "Fix" : `Fix: ${diagnostic.expected}`, diagnostic.fix.edits));
  for (const suggestion of diagnostic.suggestions ?? []) fixes.push(change(suggestion.description, suggestion.edits));
  return fixes;
}
function formatSarif(results, context) {
  const diagnostics = sortDiagnostics(results.flatMap((result) => result.diagnostics));
  const rules = buildRules(context.rules ?? [], diagnostics);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults = diagnostics.map((diagnostic) => {
    const properties = {};
    if (diagnostic.actual !== void 0) properties["actual"] = diagnostic.actual;
    if (diagnostic.expected !== void 0) properties["expected"] = diagnostic.expected;
    if (diagnostic.note !== void 0) properties["note"] = diagnostic.note;
    return {
      ruleId: diagnostic.ruleId,
      ruleIndex: ruleIndex.get(diagnostic.ruleId) ?? -1,
      level: diagnostic.severity,
      message: { text: diagnostic.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: pathToUri(diagnostic.file) },
            region: {
              startLine: diagnostic.line,
              startColumn: diagnostic.column,
              endLine: diagnostic.endLine,
              endColumn: diagnostic.endColumn
            }
          }
        }
      ],
      ...fixesOf(diagnostic).length > 0 ? { fixes: fixesOf(diagnostic) } : {},
      ...Object.keys(properties).length > 0 ? { properties } : {}
    };
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "medlint",
            version: context.toolVersion,
            informationUri: REPOSITORY_URL,
            rules
          }
        },
        // mdast columns count UTF-16 code units, as JavaScript strings do.
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return `${stringifySafe(log)}
`;
}

// src/reporters/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var MAX_MESSAGE_WIDTH = 100;
function columnWidths(rows) {
  const widths = [0, 0, 0, 0];
  for (const row of rows) {
    for (const column of [0, 1, 2, 3]) widths[column] = Math.max(widths[column], row[column].length);
  }
  return widths;
}
function stylish(results, options) {
  const c = (0, import_picocolors.createColors)(options.color);
  const lines = [];
  let errors = 0;
  let warnings = 0;
  for (const result of [...results].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) {
    errors += result.errorCount;
    warnings += result.warningCount;
    if (result.diagnostics.length === 0) continue;
    const diagnostics = sortDiagnostics(result.diagnostics);
    const rows = diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity === "error" ? "error" : "warning", terminalSafe(d.message), d.fix ? `${d.ruleId} (fixable)` : d.ruleId]);
    const [placeWidth, severityWidth, longestMessage, ruleWidth] = columnWidths(rows);
    const room = (options.width ?? MAX_MESSAGE_WIDTH) - (2 + placeWidth + 2 + severityWidth + 2 + 2 + ruleWidth);
    const messageWidth = Math.min(longestMessage, Math.max(room, 0));
    lines.push(c.underline(terminalSafe(result.file)));
    rows.forEach(([place, severity, message, rule], index) => {
      const paintedSeverity = severity === "error" ? c.red(severity.padEnd(severityWidth)) : c.yellow(severity.padEnd(severityWidth));
      lines.push(`  ${c.dim(place.padStart(placeWidth))}  ${paintedSeverity}  ${message.padEnd(messageWidth)}  ${c.dim(rule)}`);
      const note = diagnostics[index]?.note;
      if (note) lines.push(`${" ".repeat(2 + placeWidth + 2 + severityWidth + 2)}${c.dim(`note: ${terminalSafe(note)}`)}`);
    });
    lines.push("");
  }
  const entries = results.reduce((sum, result) => sum + result.entryCount, 0);
  const files = `${results.length} ${results.length === 1 ? "file" : "files"}, ${entries} ${entries === 1 ? "entry" : "entries"}`;
  const total = errors + warnings;
  if (total === 0) {
    lines.push(c.green(`\u2714 No problems (${files})`));
  } else {
    const summary = `\u2716 ${total} ${total === 1 ? "problem" : "problems"} (${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}) in ${files}`;
    lines.push(errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
    const fixable = results.flatMap((result) => result.diagnostics.filter((d) => d.fix));
    const fixableErrors = fixable.filter((d) => d.severity === "error").length;
    const fixableWarnings = fixable.length - fixableErrors;
    if (fixable.length > 0) {
      const line = `  ${fixableErrors} ${fixableErrors === 1 ? "error" : "errors"} and ${fixableWarnings} ${fixableWarnings === 1 ? "warning" : "warnings"} potentially fixable with the \`--fix\` option.`;
      lines.push(errors > 0 ? c.red(c.bold(line)) : c.yellow(c.bold(line)));
    }
  }
  return `${lines.join("\n")}
`;
}

// src/reporters/index.ts
var FORMATS = ["stylish", "json", "sarif", "junit", "github", "markdown"];
function isFormat(value) {
  return FORMATS.includes(value);
}
function formatResults(format, results, context) {
  switch (format) {
    case "stylish":
      return stylish(results, { color: context.color, ...context.width ? { width: context.width } : {} });
    case "json":
      return json(results);
    case "sarif":
      return formatSarif([...results], { toolVersion: context.version, rules: [...context.rules] });
    case "junit":
      return formatJunit([...results]);
    case "github":
      return formatGithub([...results]);
    case "markdown":
      return formatMarkdown([...results]);
    default:
      throw new TypeError(`Unknown format ${JSON.stringify(format)}`);
  }
}

// src/cli/stdin.ts
import path4 from "node:path";
var STDIN_NAME = "<stdin>";
async function readStdin(stream, name, cwd, maxFileSize) {
  const file = name ?? STDIN_NAME;
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > maxFileSize) throw new MedlintError("file-too-large", `${file}: standard input is over the ${maxFileSize} bytes limit; raise "maxFileSize" in the config to lint it`);
    chunks.push(bytes);
  }
  return { file, absolute: path4.resolve(cwd, name ?? "stdin.md"), source: decodeUtf8(Buffer.concat(chunks), file) };
}

// src/cli/run.ts
var version = createRequire(import.meta.url)("../../package.json").version;
async function run(argv, environment = {}) {
  const io = {
    cwd: environment.cwd ?? process.cwd(),
    env: environment.env ?? process.env,
    stdin: environment.stdin ?? process.stdin,
    stdout: environment.stdout ?? process.stdout,
    stderr: environment.stderr ?? process.stderr
  };
  let options;
  try {
    options = parseCliArgs(argv);
    if (options.help) return await done(io.stdout, HELP, EXIT_OK);
    if (options.version) return await done(io.stdout, `${version}
`, EXIT_OK);
    if (options.command === "init") return await (await import("./chunks/init-KYTGIT2I.js")).init(options, io);
    return options.command === "entries" ? await printEntries(options, io) : await lint(options, io);
  } catch (error) {
    if (isMedlintError(error)) {
      const usage = error.code === "usage" ? `
${USAGE}
Run "medlint --help" for all options.` : "";
      await writeOut(io.stderr, `medlint: ${terminalSafe(error.message)}${usage}
`);
      return EXIT_FATAL;
    }
    const message = terminalSafe(error instanceof Error ? error.message : String(error));
    await writeOut(io.stderr, `medlint: internal error: ${message}
Please report it at https://github.com/medlint/medlint/issues (run with MEDLINT_DEBUG=1 for details).
`);
    if (io.env.MEDLINT_DEBUG) await writeOut(io.stderr, `${error.stack ?? ""}
`);
    return EXIT_FATAL;
  }
}
async function lint(options, io) {
  const format = options.format ?? "stylish";
  if (options.dump && format !== "stylish" && format !== "json") throw new MedlintError("usage", `--dump prints plain lines or --format json, got ${JSON.stringify(format)}`);
  if (!isFormat(format)) throw new MedlintError("usage", `--format expects one of ${FORMATS.join(", ")}, got ${JSON.stringify(format)}`);
  const { config, sources } = await readLists(options, io);
  if (options.dump) return dump(options, io, config, sources, format === "json");
  const fix = options.fix === null ? null : { ruleIds: fixRuleIds(options.fixRules) };
  const fixedToStdout = options.fix === "write" && options.files[0] === "-";
  const reportTo = fixedToStdout ? io.stderr : io.stdout;
  const progress = options.offline ? null : (await import("./chunks/progress-N4G62GOB.js")).createProgress(io.stderr, options.quiet);
  const links = options.offline ? null : await linkOptions(config, options, io, progress?.update);
  let unreachable = 0;
  let results;
  let fixed = [];
  const failures = [];
  const pipeline = {
    config,
    cwd: io.cwd,
    links,
    ...options.parseTimeoutMs === void 0 ? {} : { parseTimeoutMs: options.parseTimeoutMs },
    onFileFailure: (error) => failures.push(error),
    onNetworkUnreachable: (count) => unreachable = count
  };
  try {
    if (fix) ({ results, fixed } = await fixSources(sources, { ...pipeline, fix }));
    else results = await lintSources(sources, pipeline);
  } finally {
    progress?.stop();
  }
  let unwritten = 0;
  if (options.fix === "dry-run") {
    const { unifiedDiff } = await import("./chunks/diff-2F5Q2GUA.js");
    const diffs = fixed.map((file) => unifiedDiff(file.file, file.before, file.after)).join("");
    if (diffs !== "") await writeOut(format === "stylish" ? io.stdout : io.stderr, diffs);
  } else if (fixedToStdout) {
    const input = sources[0];
    await writeOut(io.stdout, `${input.bom ? "\uFEFF" : ""}${fixed[0]?.after ?? input.source}`);
  } else {
    for (const file of fixed) {
      const refusal = await writeFixedFile(file, config.maxFileSize);
      if (refusal === null) continue;
      unwritten += 1;
      await writeOut(io.stderr, `medlint: ${terminalSafe(describeRefusal(file.file, refusal))}
`);
    }
  }
  if (fix && options.offline) {
    const wanted = (id) => !fix.ruleIds || fix.ruleIds.has(id);
    const left = wanted("no-http-link") ? results.reduce((sum, result) => sum + result.diagnostics.filter((d) => d.ruleId === "no-http-link").length, 0) : 0;
    if (left > 0) await writeOut(io.stderr, `medlint: --offline: ${left} link ${left === 1 ? "fix" : "fixes"} left out (the \`https\` form of an \`http\` link and permanent redirects need the link check)
`);
  }
  if (options.quiet) results = results.map(errorsOnly);
  const color = options.color ?? (reportTo.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== "dumb");
  const width = reportTo.isTTY === true && reportTo.columns > 0 ? reportTo.columns : void 0;
  if (results.length > 0 || failures.length === 0) {
    await writeOut(reportTo, formatResults(format, results, { color, version, rules: allRuleMetas, ...width ? { width } : {} }));
  }
  if (unreachable > 0) {
    await writeOut(io.stderr, `medlint: the network looks unreachable (none of ${unreachable} ${unreachable === 1 ? "link" : "links"} got past DNS): links not checked; run with --offline to lint without the link check
`);
  }
  if (failures.length > 0) {
    await writeOut(io.stderr, failures.map((error) => `medlint: ${terminalSafe(error.message)}
`).join(""));
    return EXIT_FATAL;
  }
  if (unwritten > 0) return EXIT_FATAL;
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return EXIT_ERRORS;
  if (options.maxWarnings !== void 0 && warnings > options.maxWarnings) {
    await writeOut(io.stderr, `medlint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}
`);
    return EXIT_ERRORS;
  }
  return EXIT_OK;
}
async function readLists(options, io) {
  if (options.files[0] === "-") {
    const folder = options.stdinFilename === void 0 ? io.cwd : path5.dirname(path5.resolve(io.cwd, options.stdinFilename));
    const config2 = await loadConfig({ cwd: folder, configPath: options.config === void 0 ? void 0 : path5.resolve(io.cwd, options.config) });
    return { config: config2, sources: [await readStdin(io.stdin, options.stdinFilename, io.cwd, config2.maxFileSize)] };
  }
  const config = await loadConfig({ cwd: io.cwd, configPath: options.config });
  try {
    const files = await resolveFiles(options.files.length > 0 ? options.files : ["README.md"], io.cwd);
    return { config, sources: await readSources(files, io.cwd, config.maxFileSize) };
  } catch (error) {
    if (options.files.length === 0 && isMedlintError(error) && error.code === "file-not-found") {
      throw new MedlintError("file-not-found", `no README.md in ${io.cwd}: name the list to lint (\`medlint docs/datasets.md\`, or \`medlint -\` to read it from standard input); \`medlint --help\` lists the options`);
    }
    throw error;
  }
}
async function dump(options, io, config, sources, json2) {
  const { exclude } = await linkOptions(config, options, io, void 0);
  const planned = await plannedLinks(sources, config, exclude);
  const text2 = json2 ? `${JSON.stringify(planned, null, 2)}
` : planned.map((link2) => `${terminalSafe(link2.url)} ${terminalSafe(link2.file)}:${link2.line}:${link2.column}
`).join("");
  await writeOut(io.stdout, text2);
  return EXIT_OK;
}
async function linkOptions(config, options, io, onProgress) {
  const [{ linkOptionsFromConfig }, { compileUserPattern }, { apiOverrides }] = await Promise.all([import("./chunks/link-options-SIHRHU45.js"), import("./chunks/patterns-2F76U3TM.js"), import("./chunks/options-V2A6X2VE.js")]);
  const overrides = {
    exclude: options.exclude.map((pattern) => compileUserPattern(pattern, "--exclude", "usage")),
    headersByHost: options.headers
  };
  if (options.concurrency !== void 0) overrides.concurrency = options.concurrency;
  if (options.perHost !== void 0) overrides.perHost = options.perHost;
  if (options.timeoutMs !== void 0) overrides.timeoutMs = options.timeoutMs;
  if (options.retries !== void 0) overrides.retries = options.retries;
  if (options.allowPrivate) overrides.allowPrivate = true;
  if (options.accept !== void 0) overrides.accept = options.accept;
  if (options.userAgent !== void 0) overrides.userAgent = options.userAgent;
  if (options.cache) overrides.cache = { path: path5.resolve(io.cwd, options.cacheLocation), maxAgeMs: options.maxCacheAgeMs, root: io.cwd };
  const token = io.env.GITHUB_TOKEN;
  if (token) overrides.githubToken = token;
  const huggingfaceToken = io.env.HF_TOKEN;
  if (huggingfaceToken) overrides.huggingfaceToken = huggingfaceToken;
  Object.assign(overrides, apiOverrides(options.apis, io.env));
  if (onProgress) overrides.onProgress = onProgress;
  return linkOptionsFromConfig(config, overrides);
}
async function printEntries(options, io) {
  const format = options.format ?? "json";
  if (!ENTRY_FORMATS.includes(format)) {
    throw new MedlintError("usage", `entries --format expects json, csv or jsonld, got ${JSON.stringify(format)}`);
  }
  if (options.files.length !== 1) throw new MedlintError("usage", "entries expects exactly one file");
  if (options.registries && options.offline) throw new MedlintError("usage", "entries --registries asks the registries: it cannot be --offline");
  const { config, sources } = await readLists(options, io);
  const links = options.registries ? await linkOptions(config, options, io, void 0) : null;
  const budget = options.parseTimeoutMs === void 0 ? {} : { parseTimeoutMs: options.parseTimeoutMs };
  const [result] = await lintSources(sources.slice(0, 1), { config, cwd: io.cwd, links, ...budget, ...links ? { registryFacts: true } : {} });
  const entries = result?.entries ?? [];
  const title = result?.title ?? path5.basename(sources[0]?.file ?? "list");
  const text2 = format === "csv" ? entriesCsv(entries) : format === "jsonld" ? entriesJsonLd(entries, title) : entriesJson(entries);
  await writeOut(io.stdout, text2);
  return EXIT_OK;
}
function fixRuleIds(ids) {
  if (ids.length === 0) return void 0;
  for (const id of ids) {
    const meta = ruleMeta(id);
    if (!meta) throw new MedlintError("usage", `--fix-rule: unknown rule ${JSON.stringify(id)}; see the rule table in the README`);
    if (!meta.fixable) throw new MedlintError("usage", `--fix-rule: rule ${id} has no fixes; the fixable rules are ${allRuleMetas.filter((rule) => rule.fixable).map((rule) => rule.id).join(", ")}`);
  }
  return new Set(ids);
}
function errorsOnly(result) {
  return { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === "error"), warningCount: 0 };
}
async function done(stream, text2, code2) {
  await writeOut(stream, text2);
  return code2;
}
export {
  run
};
