/**
 * The command's reference in one table: `--help`, the argument parser (args.ts) and the README's
 * "Command-line reference" are all made from it (test/meta/generated.test.ts keeps the README
 * in step). A new option, command or environment variable is one row here.
 */

/** One option: its long name (parseArgs key), type, and what `--help` says. */
export interface OptionRow {
  name: string;
  short?: string;
  type: 'boolean' | 'string';
  multiple?: boolean;
  /** Placeholder of the value, e.g. `<n>`. */
  value?: string;
  text: string;
  group: 'general' | 'input' | 'links';
}

export const OPTION_ROWS: readonly OptionRow[] = [
  { name: 'format', short: 'f', type: 'string', value: '<name>', group: 'general', text: 'stylish, json, sarif, junit, github, markdown (entries: csv, jsonld)' },
  { name: 'config', short: 'c', type: 'string', value: '<file>', group: 'general', text: 'use this config (.json, .yaml) instead of searching for one' },
  { name: 'offline', type: 'boolean', group: 'general', text: 'lint only; make no network request' },
  { name: 'fix', type: 'boolean', group: 'general', text: 'apply the fixes of the enabled rules and write the files' },
  { name: 'fix-dry-run', type: 'boolean', group: 'general', text: 'print the fixes as a unified diff per file; write nothing' },
  { name: 'fix-rule', type: 'string', multiple: true, value: '<id>', group: 'general', text: 'only this rule\'s fixes (repeatable; with --fix or --fix-dry-run)' },
  { name: 'dump', type: 'boolean', group: 'general', text: 'print the URLs a link check would request, once each; request none' },
  { name: 'quiet', short: 'q', type: 'boolean', group: 'general', text: 'report errors only' },
  { name: 'max-warnings', type: 'string', value: '<n>', group: 'general', text: 'exit with 1 when there are more than n warnings' },
  { name: 'parse-timeout', type: 'string', value: '<d>', group: 'general', text: 'time to parse a file, per MiB: 10s, 500ms, or seconds (default: 10s)' },
  { name: 'color', type: 'boolean', group: 'general', text: 'force colours (default: colours on a TTY unless NO_COLOR)' },
  { name: 'no-color', type: 'boolean', group: 'general', text: 'disable colours' },
  { name: 'help', short: 'h', type: 'boolean', group: 'general', text: 'show this help' },
  { name: 'version', short: 'v', type: 'boolean', group: 'general', text: 'show the version' },
  { name: 'stdin-filename', type: 'string', value: '<path>', group: 'input', text: 'the name of the list on stdin: for relative links, config, output' },
  { name: 'file', type: 'string', value: '<path>', group: 'input', text: 'init: the list to set up (default: README.md)' },
  { name: 'yes', short: 'y', type: 'boolean', group: 'input', text: 'init: ask nothing, also on a terminal' },
  { name: 'concurrency', type: 'string', value: '<n>', group: 'links', text: 'requests in flight at once (default: 128)' },
  { name: 'per-host', type: 'string', value: '<n>', group: 'links', text: 'requests in flight at once per host (default: 8)' },
  { name: 'timeout', type: 'string', value: '<duration>', group: 'links', text: 'time for one request: 15s, 500ms, or seconds (default: 15s)' },
  { name: 'retries', type: 'string', value: '<n>', group: 'links', text: 'retries after resets and 5xx (default: 2; timeouts: 1)' },
  { name: 'allow-private', type: 'boolean', group: 'links', text: 'request private, loopback and link-local addresses' },
  { name: 'exclude', type: 'string', multiple: true, value: '<regex>', group: 'links', text: 'do not check URLs matching this (repeatable)' },
  { name: 'accept', type: 'string', value: '<codes>', group: 'links', text: 'status codes taken as alive, e.g. 200,204,429' },
  { name: 'header', type: 'string', multiple: true, value: '<h>', group: 'links', text: 'extra header for one host: "example.org Name: value" (repeatable)' },
  { name: 'user-agent', type: 'string', value: '<ua>', group: 'links', text: 'User-Agent header (default: a current browser)' },
  { name: 'cache', type: 'boolean', group: 'links', text: 'reuse successful results from .medlintcache' },
  { name: 'cache-location', type: 'string', value: '<file>', group: 'links', text: 'cache file (default: .medlintcache)' },
  { name: 'max-cache-age', type: 'string', value: '<d>', group: 'links', text: 'how long a cached success counts: 1d, 12h, 30m (default: 1d)' },
  {
    name: 'api',
    type: 'string',
    multiple: true,
    value: '<name=url>',
    group: 'links',
    text: 'a registry\'s API: physionet, zenodo, huggingface, github (repeatable)',
  },
  { name: 'registries', type: 'boolean', group: 'input', text: 'entries: fill missing licence and access from the registries\' APIs' },
];

/** The commands, as `--help` lists them. */
export const COMMAND_ROWS: ReadonlyArray<{ usage: string; text: string }> = [
  { usage: 'medlint [options] [files or globs…]', text: 'lint the lists (default: README.md), check their links' },
  { usage: 'medlint [options] -', text: 'lint the list on standard input' },
  { usage: 'medlint entries <file | -> [-f csv|jsonld]', text: 'print the dataset entries of a list' },
  { usage: 'medlint init [--file <path>] [--yes]', text: 'write .medlintrc.json and two GitHub workflows' },
];

/** The environment variables the command reads. */
export const ENVIRONMENT_ROWS: ReadonlyArray<{ name: string; text: string }> = [
  { name: 'GITHUB_TOKEN', text: 'check github.com links through the REST API (sent there only)' },
  { name: 'GITHUB_API_URL', text: 'where the GitHub REST API is (default: https://api.github.com)' },
  { name: 'HF_TOKEN', text: 'ask the Hugging Face API with this token (sent there only)' },
  { name: 'MEDLINT_API_PHYSIONET', text: 'where the PhysioNet API is (as --api physionet=…)' },
  { name: 'MEDLINT_API_ZENODO', text: 'where the Zenodo API is (as --api zenodo=…)' },
  { name: 'MEDLINT_API_HUGGINGFACE', text: 'where the Hugging Face API is (as --api huggingface=…)' },
  { name: 'NO_COLOR', text: 'no colours (as --no-color)' },
  { name: 'MEDLINT_DEBUG', text: 'print the stack of an internal error' },
];

const GROUP_TITLES: Record<OptionRow['group'], string> = { general: 'Options', input: 'Input and init', links: 'Link checking' };

/** `-f, --format <name>`, or `    --offline`: the option as `--help` and the README show it. */
export function optionLabel(row: OptionRow): string {
  return `${row.short ? `-${row.short}, ` : ''}--${row.name}${row.value ? ` ${row.value}` : ''}`;
}

export const USAGE = 'Usage: medlint [options] [files or globs…]  |  medlint entries <file>  |  medlint init';

/** The text of `medlint --help`. */
export function helpText(): string {
  const commandWidth = Math.max(...COMMAND_ROWS.map((row) => row.usage.length)) + 2;
  // Options without a short name are indented past the `-x, ` of those with one.
  const label = (row: OptionRow): string => (row.short ? '' : '    ') + optionLabel(row);
  const optionWidth = Math.max(...OPTION_ROWS.map((row) => label(row).length), ...ENVIRONMENT_ROWS.map((row) => row.name.length)) + 2;
  const lines = [USAGE, '', 'Lint curated lists of medical datasets and check their links.', '', 'Commands:'];
  for (const row of COMMAND_ROWS) lines.push(`  ${row.usage.padEnd(commandWidth)}${row.text}`);
  for (const group of ['general', 'input', 'links'] as const) {
    lines.push('', `${GROUP_TITLES[group]}:`);
    for (const row of OPTION_ROWS.filter((option) => option.group === group)) lines.push(`  ${label(row).padEnd(optionWidth)}${row.text}`);
  }
  lines.push('', 'Environment:');
  for (const row of ENVIRONMENT_ROWS) lines.push(`  ${row.name.padEnd(optionWidth)}${row.text}`);
  lines.push('', 'Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or fatal error.', '');
  return lines.join('\n');
}

/** The README's command-line reference: the same rows as Markdown tables. */
export function helpMarkdown(): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  const lines = ['| Command | What it does |', '| --- | --- |', ...COMMAND_ROWS.map((row) => `| \`${cell(row.usage)}\` | ${cell(row.text)} |`)];
  for (const group of ['general', 'input', 'links'] as const) {
    lines.push('', `| ${GROUP_TITLES[group]} | Meaning |`, '| --- | --- |');
    for (const row of OPTION_ROWS.filter((option) => option.group === group)) lines.push(`| \`${cell(optionLabel(row))}\` | ${cell(row.text)} |`);
  }
  lines.push('', '| Environment | Meaning |', '| --- | --- |', ...ENVIRONMENT_ROWS.map((row) => `| \`${row.name}\` | ${cell(row.text)} |`));
  return lines.join('\n');
}
