import { parseArgs } from 'node:util';
import { MedlintError } from '../diagnostics/medlint-error.js';
import { LIMITS } from '../config/limits.js';
import { helpText, OPTION_ROWS } from './help.js';

export const ENTRY_FORMATS = ['json', 'csv', 'jsonld'] as const;
export type EntryFormat = (typeof ENTRY_FORMATS)[number];

export { USAGE } from './help.js';

/** The text of `medlint --help`, made from the option table (help.ts). */
export const HELP = helpText();

export interface CliOptions {
  command: 'lint' | 'entries' | 'init';
  /** Files and globs; `['-']` alone means the list comes from standard input. */
  files: string[];
  /** The name of the list read from standard input (`--stdin-filename`). */
  stdinFilename: string | undefined;
  /** Print the URLs that would be checked instead of checking them. */
  dump: boolean;
  /** init: the list to set up. */
  initFile: string | undefined;
  /** init: ask nothing. */
  yes: boolean;
  format: string | undefined;
  config: string | undefined;
  offline: boolean;
  /** `--fix` writes, `dry-run` prints a diff, null lints only. */
  fix: 'write' | 'dry-run' | null;
  fixRules: string[];
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
  /** `--api name=url`, as given. */
  apis: string[];
  registries: boolean;
}

/** parseArgs' options, from the one table. */
const parseOptions = Object.fromEntries(
  OPTION_ROWS.map((row) => [row.name, { type: row.type, ...(row.short ? { short: row.short } : {}), ...(row.multiple ? { multiple: true } : {}) }]),
) as {
  [name: string]: { type: 'string' | 'boolean'; short?: string; multiple?: boolean };
};

/** argv → options, or a `usage` MedlintError that says what is wrong. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: parseOptions,
    });
  } catch (error) {
    throw new MedlintError('usage', (error as Error).message.replace(/\. To specify a positional.*$/s, '').split('\n')[0] ?? 'invalid arguments');
  }
  const { positionals } = parsed;
  // The table (help.ts) says each option's type; parseArgs has checked the values against it.
  const values = parsed.values as Record<string, string | boolean | string[] | undefined> & {
    [name in 'format' | 'config' | 'max-warnings' | 'parse-timeout' | 'concurrency' | 'per-host' | 'timeout' | 'retries' | 'accept' | 'user-agent' | 'cache-location' | 'max-cache-age' | 'stdin-filename' | 'file']?: string;
  } & { [name in 'offline' | 'dump' | 'quiet' | 'color' | 'no-color' | 'help' | 'version' | 'allow-private' | 'cache' | 'yes' | 'registries' | 'fix' | 'fix-dry-run']?: boolean } & { [name in 'exclude' | 'header' | 'api' | 'fix-rule']?: string[] };
  const command = positionals[0] === 'entries' ? 'entries' : positionals[0] === 'init' ? 'init' : 'lint';
  const files = command === 'lint' ? positionals : positionals.slice(1);
  if (files.includes('-') && files.length > 1) throw new MedlintError('usage', '`-` (standard input) cannot be combined with other files');
  if (values['stdin-filename'] !== undefined && !files.includes('-')) throw new MedlintError('usage', '--stdin-filename names the list read from standard input: give `-` as the file');
  if (values.fix && values['fix-dry-run']) throw new MedlintError('usage', '--fix and --fix-dry-run cannot be used together: --fix-dry-run alone shows what --fix would write');
  const fix = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : null;
  if (values['fix-rule'] && fix === null) throw new MedlintError('usage', '--fix-rule needs --fix or --fix-dry-run');
  return {
    command,
    files,
    stdinFilename: values['stdin-filename'],
    dump: values.dump ?? false,
    initFile: values.file,
    yes: values.yes ?? false,
    format: values.format,
    config: values.config,
    offline: values.offline ?? false,
    fix,
    fixRules: values['fix-rule'] ?? [],
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
    apis: values.api ?? [],
    registries: values.registries ?? false,
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
