import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  terminalSafe
} from "./chunks/chunk-RGOUWCB5.js";
import {
  stringifySafe
} from "./chunks/chunk-LPX5OQTR.js";
import {
  sortDiagnostics
} from "./chunks/chunk-PVOXQZMJ.js";
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
  analyse,
  lintTree,
  loadHtmlParserFor,
  runRecordRules,
  stampEdits,
  stampReport
} from "./chunks/chunk-4A5O2LW2.js";
import {
  decodeSourceText,
  decodeUtf8,
  placeInRepository,
  readRegularFile,
  readSourceBytes,
  readSourceText,
  resolveFiles
} from "./chunks/chunk-QLF43MBD.js";
import "./chunks/chunk-LU7N22PT.js";
import {
  DEFAULT_MAX_FILE_SIZE
} from "./chunks/chunk-Y2R6CKVZ.js";
import {
  CHUNK_SIZE,
  JoinedTree,
  isCutIntoPieces,
  parseMarkdown,
  tooComplex
} from "./chunks/chunk-7ZOLLGF7.js";
import "./chunks/chunk-73T5MKFK.js";
import {
  allRuleMetas,
  describeOutcome,
  linkTarget,
  ruleMeta,
  spdxId
} from "./chunks/chunk-YUGAVQSN.js";
import {
  countNewlines
} from "./chunks/chunk-4SCKIJI2.js";
import "./chunks/chunk-IB42TDM7.js";
import {
  MedlintError,
  excerpt,
  isMedlintError
} from "./chunks/chunk-H6HVNZ66.js";
import "./chunks/chunk-6MCAB35I.js";

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
async function readConfigFile(shown, file, root) {
  await placeInRepository(shown, file, root);
  const bytes = await readRegularFile(shown, file, {
    maxBytes: MAX_CONFIG_SIZE,
    whatToDo: "a config is a few kilobytes of JSON or YAML",
    expected: "a JSON or YAML config file"
  });
  const text = decodeUtf8(bytes, shown, "JSON or YAML text");
  return text;
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
  const { validateConfig } = await import("./chunks/validate-7FS6OIB7.js");
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
function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

// src/pipeline/index.ts
import path2 from "node:path";

// src/linter/fixes.ts
var MAX_FIX_PASSES = 10;
function applyFixes(text, diagnostics, filter = {}) {
  const candidates = diagnostics.map((diagnostic, order) => ({ diagnostic, order, edits: diagnostic.fix?.edits ?? [] })).filter(({ diagnostic, edits: edits2 }) => edits2.length > 0 && (!filter.ruleIds || filter.ruleIds.has(diagnostic.ruleId))).filter(({ edits: edits2 }) => edits2.every(({ range: [start, end2] }) => Number.isInteger(start) && Number.isInteger(end2) && start >= 0 && start <= end2 && end2 <= text.length)).map((candidate) => ({ ...candidate, start: Math.min(...candidate.edits.map((edit) => edit.range[0])), end: Math.max(...candidate.edits.map((edit) => edit.range[1])) })).sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  const applied = [];
  const edits = [];
  let reached = Number.NEGATIVE_INFINITY;
  let last;
  for (const candidate of candidates) {
    const sorted = [...candidate.edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    if (last && sorted.length === 1 && sameEdit(sorted[0], last)) {
      applied.push(candidate.diagnostic);
      continue;
    }
    if (candidate.start <= reached || sorted.some((edit, index) => index > 0 && edit.range[0] < sorted[index - 1].range[1])) continue;
    applied.push(candidate.diagnostic);
    edits.push(...sorted);
    last = sorted.at(-1);
    reached = candidate.end;
  }
  if (edits.length === 0) return { output: text, fixed: false, applied: [], edits: [] };
  const pieces = [];
  let end = text.length;
  for (let index = edits.length - 1; index >= 0; index -= 1) {
    const edit = edits[index];
    pieces.push(text.slice(edit.range[1], end), edit.text);
    end = edit.range[0];
  }
  pieces.push(text.slice(0, end));
  const output = pieces.reverse().join("");
  return output === text ? { output, fixed: false, applied: [], edits: [] } : { output, fixed: true, applied, edits };
}
function sameEdit(a, b) {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}
async function fixPasses(text, lint2, options = {}) {
  const loop = passes(text, options);
  let step = loop.next();
  while (!step.done) step = loop.next(await lint2(step.value));
  return step.value;
}
function* passes(text, options) {
  const maxPasses = options.maxPasses ?? MAX_FIX_PASSES;
  let current = text;
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
var INERT_URL = /^[\w\-.~:/?#@$&+,;=%()]+$/u;
var CHARACTER_REFERENCE = /&#?[a-z\d]+;/iu;
var BARE_TRAILING = /[.,:?_~]$/u;
function writableUrl(url) {
  return INERT_URL.test(url) && linkTarget(url) === url && !CHARACTER_REFERENCE.test(url) && !BARE_TRAILING.test(url);
}
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
  if (outcome.status < 200 || outcome.status > 299 || !writableUrl(outcome.to)) return null;
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
  if (!writableUrl(to)) return null;
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
import { fileURLToPath } from "node:url";

// src/pipeline/deadline.ts
import vm from "node:vm";
var TASK = /* @__PURE__ */ Symbol.for("medlint.deadline.task");
var script;
var MAX_TIMEOUT_MS = 2 ** 32 - 1;
var TIMED_OUT = /* @__PURE__ */ Symbol("the deadline passed");
function withinDeadline(ms, task) {
  const global = globalThis;
  let value = TIMED_OUT;
  global[TASK] = () => {
    value = task();
  };
  try {
    script ??= new vm.Script(`globalThis[Symbol.for(${JSON.stringify(TASK.description)})]()`);
    script.runInThisContext({ timeout: Math.min(MAX_TIMEOUT_MS, Math.max(1, Math.round(ms))), displayErrors: false });
  } catch (error) {
    if (error?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return TIMED_OUT;
    throw error;
  } finally {
    delete global[TASK];
  }
  return value;
}

// src/pipeline/lint-off-thread.ts
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
    const budgetMs = Math.max(budgetFor(input.source.length, this.#options.budgetMs), this.#minimumMs);
    if (!workerAvailable || !this.#options.background || isSmall(input.source)) return this.#lintHere(input, budgetMs);
    if (input.source.length < WORKER_MIN_SIZE) return this.#lintShared(input, budgetMs);
    return lintOffThread(input, { ...this.#options, budgetMs });
  }
  /** Stops the shared thread, if one was started. */
  async close() {
    const shared = this.#shared;
    this.#shared = void 0;
    await shared?.terminate();
  }
  /**
   * Parses `input` here under a deadline of `budgetMs`, then lints it. The budget is CPU time,
   * the deadline wall time: when it passes before the process has spent the budget (a busy
   * machine), the file is parsed again where CPU time is measured, on a thread of its own; where
   * the compiled worker is not at hand, here again, with the wall time left of `WALL_FACTOR`
   * times the budget.
   */
  async #lintHere(input, budgetMs) {
    const { config, cwd } = this.#options;
    const cpuBefore = process.cpuUsage();
    const startedAt = elapsedMs();
    let tree = withinDeadline(budgetMs, () => parseMarkdown(input.source, input.file));
    if (tree === TIMED_OUT) {
      const cpu = process.cpuUsage(cpuBefore);
      if ((cpu.user + cpu.system) / 1e3 >= budgetMs) throw parseTimedOut(input.file, budgetMs);
      if (workerAvailable) return lintOffThread(input, { ...this.#options, budgetMs });
      tree = withinDeadline(WALL_FACTOR * budgetMs - (elapsedMs() - startedAt), () => parseMarkdown(input.source, input.file));
      if (tree === TIMED_OUT) throw parseTimedOut(input.file, budgetMs);
    }
    return lintTree(input, tree, config, cwd);
  }
  async #lintShared(input, budgetMs) {
    const { config, cwd, background } = this.#options;
    const workerData = { config, cwd, mode: "serve", background };
    const { Worker } = await workerThreads();
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
    const startedAt = elapsedMs();
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
    const onExit = (code) => settle(() => reject(new Error(`the lint thread for ${input.file} stopped (exit code ${code})`)));
    const check = () => {
      const cpu = threadCpuMs(worker);
      const left = cpu === void 0 ? 0 : waitMs - (cpu - cpuBefore);
      const wallLeft = WALL_FACTOR * waitMs - (elapsedMs() - startedAt);
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
  const start = async (limits, threadMode) => {
    const workerData = { input, config, cwd, mode: threadMode, background };
    const { Worker } = await workerThreads();
    return onThread(new Worker(WORKER_URL, { workerData, resourceLimits: limits }), input, options.budgetMs, options.budgetMs);
  };
  let linted = await start(resourceLimits, mode);
  if (linted === OUT_OF_MEMORY && capped) linted = await start({ maxYoungGenerationSizeMb: 4 }, "pieces");
  if (linted === OUT_OF_MEMORY) throw new MedlintError("file-too-complex", `${input.file}: the Markdown parser ran out of memory on it; split the file`);
  return linted instanceof JoinedTree ? lintTree(input, linted.root(), config, cwd) : linted;
}
function elapsedMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}
function workerThreads() {
  return workerThreadsModule ??= import("node:worker_threads");
}
var workerThreadsModule;

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
    const { text, bom } = await readSourceText(file, absolute, maxFileSize);
    sources.push({ file, absolute, source: text, bom });
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
    const links = await import("./chunks/links-PESN7E2B.js");
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
        const fixedByFile = new Map(fixed.map((file) => [file.file, file]));
        for (const [index, item] of linted.entries()) {
          const input = inputs[index];
          const pass = applyFixes(input.source, item.diagnostics, { ruleIds: linkFixes });
          if (!pass.fixed) continue;
          let again;
          try {
            again = await threads.lint({ ...input, source: pass.output });
          } catch (error) {
            if (isMedlintError(error) && error.code === "file-parse-timeout") continue;
            throw error;
          }
          const known = fixedByFile.get(input.file);
          const passRecord = { pass: (known?.passes ?? 0) + 1, input: input.source, output: pass.output, applied: pass.applied, edits: pass.edits };
          options.fix.onPass?.(input.file, passRecord);
          if (known) {
            known.after = pass.output;
            known.passes += 1;
          } else {
            fixed.push({ file: input.file, absolute: input.absolute, before: input.source, after: pass.output, bom: input.bom ?? false, passes: 1 });
          }
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
  const { wouldRequest } = await import("./chunks/links-PESN7E2B.js");
  const seen = /* @__PURE__ */ new Set();
  const planned = [];
  for (const input of sources) {
    await loadHtmlParserFor(input.source);
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
  const asked = linted.map(() => /* @__PURE__ */ new Set());
  const indexOf = new Map(linted.map((item, index) => [item, index]));
  for (const { item, ref } of selected) asked[indexOf.get(item)]?.add(ref.url);
  linted.forEach((item, index) => reportLinks(item, inputs[index].source, outcomes, options, asked[index], offline));
  return { outcomes, asked, offline };
}
function reportLinks(item, text, outcomes, options, only, offline) {
  const lines = new LineIndex(text);
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
    for (const link of entry.links) byPlace.set(`${link.line}:${link.column}`, entry);
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
import { constants } from "node:fs";
import { access, chmod, open, realpath, rename, stat as stat2, unlink } from "node:fs/promises";
import path3 from "node:path";
function encodeSource(text, bom) {
  return Buffer.from(bom ? `\uFEFF${text}` : text, "utf8");
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
    const code = error.code ?? "unknown";
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") return { kind: "read-only" };
    return { kind: "failed", code };
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
  const { randomBytes } = await import("node:crypto");
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
  const doi = entry.links.map((link) => DOI_LINK.exec(link.url)?.[1]).find((id) => id !== void 0);
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
    entry.links.map((link) => link.url).join(" | "),
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

// src/reporters/index.ts
var FORMATS = ["stylish", "json", "sarif", "junit", "github", "markdown"];
function isFormat(value) {
  return FORMATS.includes(value);
}
async function loadReporter(format) {
  switch (format) {
    case "stylish": {
      const { stylish } = await import("./chunks/stylish-GA2OZCK7.js");
      return (results, context) => stylish(results, { color: context.color, ...context.width ? { width: context.width } : {} });
    }
    case "json": {
      const { json } = await import("./chunks/json-L5VXTPQN.js");
      return (results) => json(results);
    }
    case "sarif": {
      const { formatSarif } = await import("./chunks/sarif-7D5GNQ56.js");
      return (results, context) => formatSarif([...results], { toolVersion: context.version, rules: [...context.rules] });
    }
    case "junit": {
      const { formatJunit } = await import("./chunks/junit-RCETR2TZ.js");
      return (results) => formatJunit([...results]);
    }
    case "github": {
      const { formatGithub } = await import("./chunks/github-V5XNWSO3.js");
      return (results) => formatGithub([...results]);
    }
    case "markdown": {
      const { formatMarkdown } = await import("./chunks/markdown-G7RJN64X.js");
      return (results) => formatMarkdown([...results]);
    }
    default:
      throw new TypeError(`Unknown format ${JSON.stringify(format)}`);
  }
}
async function formatResults(format, results, context) {
  return (await loadReporter(format))(results, context);
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
  const { text, bom } = decodeSourceText(Buffer.concat(chunks), file);
  return { file, absolute: path4.resolve(cwd, name ?? "stdin.md"), source: text, bom };
}

// src/cli/run.ts
var version = createRequire(import.meta.url)("../../package.json").version;
async function run(argv, environment = {}) {
  const io = {
    cwd: environment.cwd ?? process.cwd(),
    env: environment.env ?? process.env,
    // Read only for `-`: `process.stdin` opens a stream on fd 0 (about 5 ms of every start).
    get stdin() {
      return environment.stdin ?? process.stdin;
    },
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
  if (options.offline && options.apis.length > 0) (await import("./chunks/options-TKPZMVE4.js")).apiOverrides(options.apis, {});
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
    await writeOut(reportTo, await formatResults(format, results, { color, version, rules: allRuleMetas, ...width ? { width } : {} }));
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
async function dump(options, io, config, sources, json) {
  const { exclude } = await linkOptions(config, options, io, void 0);
  const planned = await plannedLinks(sources, config, exclude);
  const text = json ? `${JSON.stringify(planned, null, 2)}
` : planned.map((link) => `${terminalSafe(link.url)} ${terminalSafe(link.file)}:${link.line}:${link.column}
`).join("");
  await writeOut(io.stdout, text);
  return EXIT_OK;
}
async function linkOptions(config, options, io, onProgress) {
  const [{ linkOptionsFromConfig }, { compileUserPattern }, { apiOverrides }] = await Promise.all([import("./chunks/link-options-PGDHLH35.js"), import("./chunks/patterns-2F76U3TM.js"), import("./chunks/options-TKPZMVE4.js")]);
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
  const text = format === "csv" ? entriesCsv(entries) : format === "jsonld" ? entriesJsonLd(entries, title) : entriesJson(entries);
  await writeOut(io.stdout, text);
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
async function done(stream, text, code) {
  await writeOut(stream, text);
  return code;
}
export {
  run
};
