import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  LIMITS
} from "./chunk-Y2R6CKVZ.js";
import {
  MedlintError
} from "./chunk-H6HVNZ66.js";

// src/cli/help.ts
var OPTION_ROWS = [
  { name: "format", short: "f", type: "string", value: "<name>", group: "general", text: "stylish, json, sarif, junit, github, markdown (entries: csv, jsonld)" },
  { name: "config", short: "c", type: "string", value: "<file>", group: "general", text: "use this config (.json, .yaml) instead of searching for one" },
  { name: "offline", type: "boolean", group: "general", text: "lint only; make no network request" },
  { name: "fix", type: "boolean", group: "general", text: "apply the fixes of the enabled rules and write the files" },
  { name: "fix-dry-run", type: "boolean", group: "general", text: "print the fixes as a unified diff per file; write nothing" },
  { name: "fix-rule", type: "string", multiple: true, value: "<id>", group: "general", text: "only this rule's fixes (repeatable; with --fix or --fix-dry-run)" },
  { name: "dump", type: "boolean", group: "general", text: "print the URLs a link check would request, once each; request none" },
  { name: "quiet", short: "q", type: "boolean", group: "general", text: "report errors only" },
  { name: "max-warnings", type: "string", value: "<n>", group: "general", text: "exit with 1 when there are more than n warnings" },
  { name: "parse-timeout", type: "string", value: "<d>", group: "general", text: "time to parse a file, per MiB: 10s, 500ms, or seconds (default: 10s)" },
  { name: "color", type: "boolean", group: "general", text: "force colours (default: colours on a TTY unless NO_COLOR)" },
  { name: "no-color", type: "boolean", group: "general", text: "disable colours" },
  { name: "help", short: "h", type: "boolean", group: "general", text: "show this help" },
  { name: "version", short: "v", type: "boolean", group: "general", text: "show the version" },
  { name: "stdin-filename", type: "string", value: "<path>", group: "input", text: "the name of the list on stdin: for relative links, config, output" },
  { name: "file", type: "string", value: "<path>", group: "input", text: "init: the list to set up (default: README.md)" },
  { name: "yes", short: "y", type: "boolean", group: "input", text: "init: ask nothing, also on a terminal" },
  { name: "concurrency", type: "string", value: "<n>", group: "links", text: "requests in flight at once (default: 128)" },
  { name: "per-host", type: "string", value: "<n>", group: "links", text: "requests in flight at once per host (default: 8)" },
  { name: "timeout", type: "string", value: "<duration>", group: "links", text: "time for one request: 15s, 500ms, or seconds (default: 15s)" },
  { name: "retries", type: "string", value: "<n>", group: "links", text: "retries after resets and 5xx (default: 2; timeouts: 1)" },
  { name: "allow-private", type: "boolean", group: "links", text: "request private, loopback and link-local addresses" },
  { name: "exclude", type: "string", multiple: true, value: "<regex>", group: "links", text: "do not check URLs matching this (repeatable)" },
  { name: "accept", type: "string", value: "<codes>", group: "links", text: "status codes taken as alive, e.g. 200,204,429" },
  { name: "header", type: "string", multiple: true, value: "<h>", group: "links", text: 'extra header for one host: "example.org Name: value" (repeatable)' },
  { name: "user-agent", type: "string", value: "<ua>", group: "links", text: "User-Agent header (default: a current browser)" },
  { name: "cache", type: "boolean", group: "links", text: "reuse successful results from .medlintcache" },
  { name: "cache-location", type: "string", value: "<file>", group: "links", text: "cache file (default: .medlintcache)" },
  { name: "max-cache-age", type: "string", value: "<d>", group: "links", text: "how long a cached success counts: 1d, 12h, 30m (default: 1d)" },
  {
    name: "api",
    type: "string",
    multiple: true,
    value: "<name=url>",
    group: "links",
    text: "a registry's API: physionet, zenodo, huggingface, github (repeatable)"
  },
  { name: "registries", type: "boolean", group: "input", text: "entries: fill missing licence and access from the registries' APIs" }
];
var COMMAND_ROWS = [
  { usage: "medlint [options] [files or globs\u2026]", text: "lint the lists (default: README.md), check their links" },
  { usage: "medlint [options] -", text: "lint the list on standard input" },
  { usage: "medlint entries <file | -> [-f csv|jsonld]", text: "print the dataset entries of a list" },
  { usage: "medlint init [--file <path>] [--yes]", text: "write .medlintrc.json and two GitHub workflows" }
];
var ENVIRONMENT_ROWS = [
  { name: "GITHUB_TOKEN", text: "check github.com links through the REST API (sent there only)" },
  { name: "GITHUB_API_URL", text: "where the GitHub REST API is (default: https://api.github.com)" },
  { name: "HF_TOKEN", text: "ask the Hugging Face API with this token (sent there only)" },
  { name: "MEDLINT_API_PHYSIONET", text: "where the PhysioNet API is (as --api physionet=\u2026)" },
  { name: "MEDLINT_API_ZENODO", text: "where the Zenodo API is (as --api zenodo=\u2026)" },
  { name: "MEDLINT_API_HUGGINGFACE", text: "where the Hugging Face API is (as --api huggingface=\u2026)" },
  { name: "NO_COLOR", text: "no colours (as --no-color)" },
  { name: "MEDLINT_DEBUG", text: "print the stack of an internal error" }
];
var GROUP_TITLES = { general: "Options", input: "Input and init", links: "Link checking" };
function optionLabel(row) {
  return `${row.short ? `-${row.short}, ` : ""}--${row.name}${row.value ? ` ${row.value}` : ""}`;
}
var USAGE = "Usage: medlint [options] [files or globs\u2026]  |  medlint entries <file>  |  medlint init";
function helpText() {
  const commandWidth = Math.max(...COMMAND_ROWS.map((row) => row.usage.length)) + 2;
  const label = (row) => (row.short ? "" : "    ") + optionLabel(row);
  const optionWidth = Math.max(...OPTION_ROWS.map((row) => label(row).length), ...ENVIRONMENT_ROWS.map((row) => row.name.length)) + 2;
  const lines = [USAGE, "", "Lint curated lists of medical datasets and check their links.", "", "Commands:"];
  for (const row of COMMAND_ROWS) lines.push(`  ${row.usage.padEnd(commandWidth)}${row.text}`);
  for (const group of ["general", "input", "links"]) {
    lines.push("", `${GROUP_TITLES[group]}:`);
    for (const row of OPTION_ROWS.filter((option) => option.group === group)) lines.push(`  ${label(row).padEnd(optionWidth)}${row.text}`);
  }
  lines.push("", "Environment:");
  for (const row of ENVIRONMENT_ROWS) lines.push(`  ${row.name.padEnd(optionWidth)}${row.text}`);
  lines.push("", "Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or fatal error.", "");
  return lines.join("\n");
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var ENTRY_FORMATS = ["json", "csv", "jsonld"];
var HELP = helpText();
var parseOptions = Object.fromEntries(
  OPTION_ROWS.map((row) => [row.name, { type: row.type, ...row.short ? { short: row.short } : {}, ...row.multiple ? { multiple: true } : {} }])
);
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: parseOptions
    });
  } catch (error) {
    throw new MedlintError("usage", error.message.replace(/\. To specify a positional.*$/s, "").split("\n")[0] ?? "invalid arguments");
  }
  const { positionals } = parsed;
  const values = parsed.values;
  const command = positionals[0] === "entries" ? "entries" : positionals[0] === "init" ? "init" : "lint";
  const files = command === "lint" ? positionals : positionals.slice(1);
  if (files.includes("-") && files.length > 1) throw new MedlintError("usage", "`-` (standard input) cannot be combined with other files");
  if (values["stdin-filename"] !== void 0 && !files.includes("-")) throw new MedlintError("usage", "--stdin-filename names the list read from standard input: give `-` as the file");
  if (values.fix && values["fix-dry-run"]) throw new MedlintError("usage", "--fix and --fix-dry-run cannot be used together: --fix-dry-run alone shows what --fix would write");
  const fix = values.fix ? "write" : values["fix-dry-run"] ? "dry-run" : null;
  if (values["fix-rule"] && fix === null) throw new MedlintError("usage", "--fix-rule needs --fix or --fix-dry-run");
  return {
    command,
    files,
    stdinFilename: values["stdin-filename"],
    dump: values.dump ?? false,
    initFile: values.file,
    yes: values.yes ?? false,
    format: values.format,
    config: values.config,
    offline: values.offline ?? false,
    fix,
    fixRules: values["fix-rule"] ?? [],
    quiet: values.quiet ?? false,
    maxWarnings: optionalInteger(values["max-warnings"], "--max-warnings", 0),
    parseTimeoutMs: optionalDuration(values["parse-timeout"], "--parse-timeout", LIMITS.parseTimeout),
    color: values["no-color"] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
    concurrency: optionalInteger(values.concurrency, "--concurrency", 1, LIMITS.concurrency),
    perHost: optionalInteger(values["per-host"], "--per-host", 1, LIMITS.perHost),
    timeoutMs: values.timeout === void 0 ? void 0 : atMost(parseDuration(values.timeout, "--timeout", 1e3), "--timeout", LIMITS.timeout, "10m"),
    retries: optionalInteger(values.retries, "--retries", 0, LIMITS.retries),
    allowPrivate: values["allow-private"] ?? false,
    exclude: values.exclude ?? [],
    accept: values.accept === void 0 ? void 0 : parseCodes(values.accept),
    headers: parseHeaders(values.header ?? []),
    userAgent: values["user-agent"],
    cache: values.cache ?? false,
    cacheLocation: values["cache-location"] ?? ".medlintcache",
    maxCacheAgeMs: values["max-cache-age"] === void 0 ? 864e5 : parseDuration(values["max-cache-age"], "--max-cache-age", 1e3),
    apis: values.api ?? [],
    registries: values.registries ?? false
  };
}
function optionalInteger(value, flag, minimum, maximum = Number.MAX_SAFE_INTEGER) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value) || Number(value) < minimum) {
    throw new MedlintError("usage", `${flag} expects a whole number \u2265 ${minimum}, got ${JSON.stringify(value)}`);
  }
  return atMost(Number(value), flag, maximum, String(maximum));
}
function optionalDuration(value, flag, maximum) {
  if (value === void 0) return void 0;
  const ms = parseDuration(value, flag, 1e3);
  if (ms <= 0) throw new MedlintError("usage", `${flag} expects a duration above 0, got ${JSON.stringify(value)}`);
  return atMost(ms, flag, maximum, "10m");
}
function atMost(value, flag, maximum, shown) {
  if (value > maximum) throw new MedlintError("usage", `${flag} expects at most ${shown}, got ${value}${shown === String(maximum) ? "" : ` ms`}`);
  return value;
}
var UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
function parseDuration(value, flag, plainUnit) {
  const match = /^(\d+(?:\.\d+)?)(ms|[smhd])?$/.exec(value.trim());
  if (!match) throw new MedlintError("usage", `${flag} expects a duration such as 15s, 500ms, 12h or 1d, got ${JSON.stringify(value)}`);
  const unit = match[2] ? UNITS[match[2]] : plainUnit;
  return Math.round(Number(match[1]) * unit);
}
function parseCodes(value) {
  const codes = value.split(",").map((code) => code.trim());
  for (const code of codes) {
    if (!/^[1-9]\d\d$/.test(code)) throw new MedlintError("usage", `--accept expects status codes such as 200,204,429, got ${JSON.stringify(code)}`);
  }
  return codes.map(Number);
}
function parseHeaders(values) {
  const headers = {};
  for (const value of values) {
    const match = /^\s*(\S+)\s+([!#$%&'*+.^`|~\w-]+)\s*:(.*)$/.exec(value);
    if (!match) throw new MedlintError("usage", `--header expects "host Name: value" (host: example.org for https on port 443, or an origin such as http://example.org:8080), got ${JSON.stringify(value)}`);
    const host = match[1].toLowerCase();
    headers[host] = { ...headers[host], [match[2]]: match[3].trimStart() };
  }
  return headers;
}

export {
  USAGE,
  ENTRY_FORMATS,
  HELP,
  parseCliArgs
};
