import { parseArgs } from 'node:util';
import { MedlintError } from '../diagnostics/medlint-error.js';
import { LIMITS } from '../config/limits.js';

export const ENTRY_FORMATS = ['json', 'csv', 'jsonld'] as const;
export type EntryFormat = (typeof ENTRY_FORMATS)[number];

export const USAGE = 'Usage: medlint [options] [files or globs…]   |   medlint entries <file> [--format json|csv|jsonld]';

export const HELP = `${USAGE}

Lint curated lists of medical datasets and check their links.
Files default to README.md.

Options:
  -f, --format <name>       stylish (default), json, sarif, junit, github, markdown
  -c, --config <file>       use this config (.json, .yaml) instead of searching for one
      --offline             lint only; make no network request
  -q, --quiet               report errors only
      --max-warnings <n>    exit with 1 when there are more than n warnings
      --parse-timeout <d>   time to parse a file, per MiB of it: 10s, 500ms, or seconds
                            (default: 10s); a file that takes longer is reported, exit 2
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

export interface CliOptions {
  command: 'lint' | 'entries';
  files: string[];
  format: string | undefined;
  config: string | undefined;
  offline: boolean;
  quiet: boolean;
  maxWarnings: number | undefined;
  parseTimeoutMs: number | undefined;
  color: boolean | undefined;
  help: boolean;
  version: boolean;
  concurrency: number | undefined;
  perHost: number | undefined;
  timeoutMs: number | undefined;
  retries: number | undefined;
  allowPrivate: boolean;
  exclude: string[];
  accept: number[] | undefined;
  headers: Record<string, Record<string, string>>;
  userAgent: string | undefined;
  cache: boolean;
  cacheLocation: string;
  maxCacheAgeMs: number;
}

/** argv → options, or a `usage` MedlintError that says what is wrong. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        offline: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        'max-warnings': { type: 'string' },
        'parse-timeout': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        concurrency: { type: 'string' },
        'per-host': { type: 'string' },
        timeout: { type: 'string' },
        retries: { type: 'string' },
        'allow-private': { type: 'boolean' },
        exclude: { type: 'string', multiple: true },
        accept: { type: 'string' },
        header: { type: 'string', multiple: true },
        'user-agent': { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        'max-cache-age': { type: 'string' },
      },
    });
  } catch (error) {
    throw new MedlintError('usage', (error as Error).message.replace(/\. To specify a positional.*$/s, '').split('\n')[0] ?? 'invalid arguments');
  }
  const { values, positionals } = parsed;
  const command = positionals[0] === 'entries' ? 'entries' : 'lint';
  const files = command === 'entries' ? positionals.slice(1) : positionals;
  return {
    command,
    files,
    format: values.format,
    config: values.config,
    offline: values.offline ?? false,
    quiet: values.quiet ?? false,
    maxWarnings: optionalInteger(values['max-warnings'], '--max-warnings', 0),
    parseTimeoutMs: optionalDuration(values['parse-timeout'], '--parse-timeout', LIMITS.parseTimeout),
    color: values['no-color'] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
    concurrency: optionalInteger(values.concurrency, '--concurrency', 1, LIMITS.concurrency),
    perHost: optionalInteger(values['per-host'], '--per-host', 1, LIMITS.perHost),
    timeoutMs: values.timeout === undefined ? undefined : atMost(parseDuration(values.timeout, '--timeout', 1000), '--timeout', LIMITS.timeout, '10m'),
    retries: optionalInteger(values.retries, '--retries', 0, LIMITS.retries),
    allowPrivate: values['allow-private'] ?? false,
    exclude: values.exclude ?? [],
    accept: values.accept === undefined ? undefined : parseCodes(values.accept),
    headers: parseHeaders(values.header ?? []),
    userAgent: values['user-agent'],
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'] ?? '.medlintcache',
    maxCacheAgeMs: values['max-cache-age'] === undefined ? 86_400_000 : parseDuration(values['max-cache-age'], '--max-cache-age', 1000),
  };
}

function optionalInteger(value: string | undefined, flag: string, minimum: number, maximum = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < minimum) {
    throw new MedlintError('usage', `${flag} expects a whole number ≥ ${minimum}, got ${JSON.stringify(value)}`);
  }
  return atMost(Number(value), flag, maximum, String(maximum));
}

/** A duration in ms (a plain number is in seconds), above 0 and at most `maximum` (10 minutes). */
function optionalDuration(value: string | undefined, flag: string, maximum: number): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseDuration(value, flag, 1000);
  if (ms <= 0) throw new MedlintError('usage', `${flag} expects a duration above 0, got ${JSON.stringify(value)}`);
  return atMost(ms, flag, maximum, '10m');
}

/** The same caps as the config schema (`LIMITS`): a timer cannot even hold more than 2^31 − 1 ms. */
function atMost(value: number, flag: string, maximum: number, shown: string): number {
  if (value > maximum) throw new MedlintError('usage', `${flag} expects at most ${shown}, got ${value}${shown === String(maximum) ? '' : ` ms`}`);
  return value;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `15s`, `500ms`, `12h`, `1d`; a plain number is in `plainUnit` milliseconds. */
export function parseDuration(value: string, flag: string, plainUnit: number): number {
  const match = /^(\d+(?:\.\d+)?)(ms|[smhd])?$/.exec(value.trim());
  if (!match) throw new MedlintError('usage', `${flag} expects a duration such as 15s, 500ms, 12h or 1d, got ${JSON.stringify(value)}`);
  const unit = match[2] ? (UNITS[match[2]] as number) : plainUnit;
  return Math.round(Number(match[1]) * unit);
}

function parseCodes(value: string): number[] {
  const codes = value.split(',').map((code) => code.trim());
  for (const code of codes) {
    if (!/^[1-9]\d\d$/.test(code)) throw new MedlintError('usage', `--accept expects status codes such as 200,204,429, got ${JSON.stringify(code)}`);
  }
  return codes.map(Number);
}

/** `"example.org Authorization: Bearer x"` → `{ "example.org": { Authorization: "Bearer x" } }`. */
function parseHeaders(values: readonly string[]): Record<string, Record<string, string>> {
  const headers: Record<string, Record<string, string>> = {};
  for (const value of values) {
    const match = /^\s*(\S+)\s+([!#$%&'*+.^`|~\w-]+)\s*:(.*)$/.exec(value);
    if (!match) throw new MedlintError('usage', `--header expects "host Name: value" (host: example.org for https on port 443, or an origin such as http://example.org:8080), got ${JSON.stringify(value)}`);
    const host = (match[1] as string).toLowerCase();
    headers[host] = { ...headers[host], [match[2] as string]: (match[3] as string).trimStart() };
  }
  return headers;
}
