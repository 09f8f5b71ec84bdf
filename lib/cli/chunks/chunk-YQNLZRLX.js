import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  LIMITS
} from "./chunk-5SXKVRFZ.js";
import {
  MedlintError
} from "./chunk-UZ54DRO5.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var ENTRY_FORMATS = ["json", "csv", "jsonld"];
var USAGE = "Usage: medlint [options] [files or globs\u2026]   |   medlint entries <file> [--format json|csv|jsonld]";
var HELP = `${USAGE}

Lint curated lists of medical datasets and check their links.
Files default to README.md.

Options:
  -f, --format <name>       stylish (default), json, sarif, junit, github, markdown
  -c, --config <file>       use this config (.json, .yaml) instead of searching for one
      --offline             lint only; make no network request
  -q, --quiet               report errors only
      --max-warnings <n>    exit with 1 when there are more than n warnings
      --color, --no-color   force or disable colours (default: colours on a TTY unless NO_COLOR)
  -h, --help                show this help
  -v, --version             show the version

Link checking:
      --concurrency <n>     requests in flight at once (default: 128)
      --per-host <n>        requests in flight at once per host (default: 8)
      --timeout <duration>  time for one request: 15s, 500ms, or seconds (default: 15s)
      --retries <n>         retries after resets and 5xx (default: 2; timeouts: 1)
      --allow-private       request private, loopback and link-local addresses
      --exclude <regex>     do not check URLs matching this (repeatable)
      --accept <codes>      status codes taken as alive, e.g. 200,204,429
      --header <h>          extra request header for one host: "example.org Name: value" (repeatable)
      --user-agent <ua>     User-Agent header (default: a current browser)
      --cache               reuse successful results from .medlintcache
      --cache-location <f>  cache file (default: .medlintcache)
      --max-cache-age <d>   how long a cached success counts: 1d, 12h, 30m (default: 1d)

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or fatal error.
`;
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        config: { type: "string", short: "c" },
        offline: { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        "max-warnings": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        concurrency: { type: "string" },
        "per-host": { type: "string" },
        timeout: { type: "string" },
        retries: { type: "string" },
        "allow-private": { type: "boolean" },
        exclude: { type: "string", multiple: true },
        accept: { type: "string" },
        header: { type: "string", multiple: true },
        "user-agent": { type: "string" },
        cache: { type: "boolean" },
        "cache-location": { type: "string" },
        "max-cache-age": { type: "string" }
      }
    });
  } catch (error) {
    throw new MedlintError("usage", error.message.replace(/\. To specify a positional.*$/s, "").split("\n")[0] ?? "invalid arguments");
  }
  const { values, positionals } = parsed;
  const command = positionals[0] === "entries" ? "entries" : "lint";
  const files = command === "entries" ? positionals.slice(1) : positionals;
  return {
    command,
    files,
    format: values.format,
    config: values.config,
    offline: values.offline ?? false,
    quiet: values.quiet ?? false,
    maxWarnings: optionalInteger(values["max-warnings"], "--max-warnings", 0),
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
    maxCacheAgeMs: values["max-cache-age"] === void 0 ? 864e5 : parseDuration(values["max-cache-age"], "--max-cache-age", 1e3)
  };
}
function optionalInteger(value, flag, minimum, maximum = Number.MAX_SAFE_INTEGER) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value) || Number(value) < minimum) {
    throw new MedlintError("usage", `${flag} expects a whole number \u2265 ${minimum}, got ${JSON.stringify(value)}`);
  }
  return atMost(Number(value), flag, maximum, String(maximum));
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

// src/cli/exit-codes.ts
var EXIT_OK = 0;
var EXIT_ERRORS = 1;
var EXIT_FATAL = 2;

// src/cli/write.ts
var guarded = /* @__PURE__ */ new WeakSet();
function writeOut(stream, text) {
  if (!guarded.has(stream)) {
    guarded.add(stream);
    stream.on("error", () => void 0);
  }
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => {
      if (error && error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") reject(error);
      else resolve();
    });
  });
}

export {
  ENTRY_FORMATS,
  USAGE,
  HELP,
  parseCliArgs,
  EXIT_OK,
  EXIT_ERRORS,
  EXIT_FATAL,
  writeOut
};
