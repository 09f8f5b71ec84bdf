/**
 * The `medlint` command: argv → options → config → files → pipeline → reporter → exit code.
 * The only place besides the Action that reads the environment or writes to stdout/stderr.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import type { FileResult } from '../results/file-result.js';
import { isMedlintError, MedlintError } from '../diagnostics/medlint-error.js';
import type { LinkCheckOptions, LinkOptionsInput } from '../links/types.js';
import { resolveFiles } from '../parse/resolve-files.js';
import { type FixedFile, fixSources, lintSources, plannedLinks, readSources, type SourceFile } from '../pipeline/index.js';
import { describeRefusal, writeFixedFile } from '../pipeline/write-fixed.js';
import { allRuleMetas, ruleMeta } from '../rules/index.js';
import { entriesJsonLd } from '../reporters/catalogue.js';
import { entriesCsv, entriesJson } from '../reporters/entries.js';
import { FORMATS, formatResults, isFormat } from '../reporters/index.js';
import { terminalSafe } from '../reporters/terminal-text.js';
import { type CliOptions, ENTRY_FORMATS, HELP, parseCliArgs, USAGE } from './args.js';
import { EXIT_ERRORS, EXIT_FATAL, EXIT_OK } from './exit-codes.js';
import { readStdin } from './stdin.js';
import { writeOut } from './write.js';

const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export interface RunEnvironment {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** Runs the command and returns its exit code; never calls `process.exit`. */
export async function run(argv: readonly string[], environment: Partial<RunEnvironment> = {}): Promise<number> {
  const io: RunEnvironment = {
    cwd: environment.cwd ?? process.cwd(),
    env: environment.env ?? process.env,
    // Read only for `-`: `process.stdin` opens a stream on fd 0 (about 5 ms of every start).
    get stdin() {
      return environment.stdin ?? process.stdin;
    },
    stdout: environment.stdout ?? process.stdout,
    stderr: environment.stderr ?? process.stderr,
  };
  let options: CliOptions | undefined;
  try {
    options = parseCliArgs(argv);
    if (options.help) return await done(io.stdout, HELP, EXIT_OK);
    if (options.version) return await done(io.stdout, `${version}\n`, EXIT_OK);
    if (options.command === 'init') return await (await import('./init.js')).init(options, io);
    return options.command === 'entries' ? await printEntries(options, io) : await lint(options, io);
  } catch (error) {
    // Messages name files and config keys from the repository: escaped like the report.
    if (isMedlintError(error)) {
      const usage = error.code === 'usage' ? `\n${USAGE}\nRun "medlint --help" for all options.` : '';
      await writeOut(io.stderr, `medlint: ${terminalSafe(error.message)}${usage}\n`);
      return EXIT_FATAL;
    }
    // A bug in medlint, not in the user's input: one line, and where to report it.
    const message = terminalSafe(error instanceof Error ? error.message : String(error));
    await writeOut(io.stderr, `medlint: internal error: ${message}\nPlease report it at https://github.com/medlint/medlint/issues (run with MEDLINT_DEBUG=1 for details).\n`);
    if (io.env.MEDLINT_DEBUG) await writeOut(io.stderr, `${(error as Error).stack ?? ''}\n`);
    return EXIT_FATAL;
  }
}

async function lint(options: CliOptions, io: RunEnvironment): Promise<number> {
  const format = options.format ?? 'stylish';
  if (options.dump && format !== 'stylish' && format !== 'json') throw new MedlintError('usage', `--dump prints plain lines or --format json, got ${JSON.stringify(format)}`);
  if (!isFormat(format)) throw new MedlintError('usage', `--format expects one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
  const { config, sources } = await readLists(options, io);
  if (options.dump) return dump(options, io, config, sources, format === 'json');
  const fix = options.fix === null ? null : { ruleIds: fixRuleIds(options.fixRules) };
  // `medlint --fix -`: the fixed text goes to standard output, so the report goes to standard error.
  const fixedToStdout = options.fix === 'write' && options.files[0] === '-';
  const reportTo = fixedToStdout ? io.stderr : io.stdout;
  // What only a link check needs (re2js for the patterns, the progress bar) is loaded only then.
  const progress = options.offline ? null : (await import('./progress.js')).createProgress(io.stderr, options.quiet);
  const links = options.offline ? null : await linkOptions(config, options, io, progress?.update);
  // A bad `--api` is a usage error with --offline too, as any other bad flag.
  if (options.offline && options.apis.length > 0) (await import('../links/options.js')).apiOverrides(options.apis, {});
  let unreachable = 0;
  let results: FileResult[];
  let fixed: FixedFile[] = [];
  // A file that does not parse within its budget is one line on stderr; the others are reported.
  const failures: MedlintError[] = [];
  const pipeline = {
    config,
    cwd: io.cwd,
    links,
    ...(options.parseTimeoutMs === undefined ? {} : { parseTimeoutMs: options.parseTimeoutMs }),
    onFileFailure: (error: MedlintError) => failures.push(error),
    onNetworkUnreachable: (count: number) => (unreachable = count),
  };
  try {
    if (fix) ({ results, fixed } = await fixSources(sources, { ...pipeline, fix }));
    else results = await lintSources(sources, pipeline);
  } finally {
    progress?.stop();
  }
  // The fixed files are written before the report, which is of their fixed text.
  let unwritten = 0;
  if (options.fix === 'dry-run') {
    // A diff inside JSON or SARIF would break it: beside a machine format, the diffs go to stderr.
    // jsdiff is loaded only here: no other run needs it.
    const { unifiedDiff } = await import('./diff.js');
    const diffs = fixed.map((file) => unifiedDiff(file.file, file.before, file.after)).join('');
    if (diffs !== '') await writeOut(format === 'stylish' ? io.stdout : io.stderr, diffs);
  } else if (fixedToStdout) {
    const input = sources[0] as SourceFile;
    await writeOut(io.stdout, `${input.bom ? '\uFEFF' : ''}${fixed[0]?.after ?? input.source}`);
  } else {
    for (const file of fixed) {
      const refusal = await writeFixedFile(file, config.maxFileSize);
      if (refusal === null) continue;
      unwritten += 1;
      await writeOut(io.stderr, `medlint: ${terminalSafe(describeRefusal(file.file, refusal))}\n`);
    }
  }
  // Link fixes come only from this run's answers: offline, say how many were left out.
  if (fix && options.offline) {
    const wanted = (id: string): boolean => !fix.ruleIds || fix.ruleIds.has(id);
    const left = wanted('no-http-link') ? results.reduce((sum, result) => sum + result.diagnostics.filter((d) => d.ruleId === 'no-http-link').length, 0) : 0;
    if (left > 0) await writeOut(io.stderr, `medlint: --offline: ${left} link ${left === 1 ? 'fix' : 'fixes'} left out (the \`https\` form of an \`http\` link and permanent redirects need the link check)\n`);
  }
  if (options.quiet) results = results.map(errorsOnly);
  const color = options.color ?? (reportTo.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  const width = reportTo.isTTY === true && reportTo.columns > 0 ? reportTo.columns : undefined;
  // Nothing on stdout when no file could be linted, as for any other fatal error.
  if (results.length > 0 || failures.length === 0) {
    await writeOut(reportTo, await formatResults(format, results, { color, version, rules: allRuleMetas, ...(width ? { width } : {}) }));
  }
  if (unreachable > 0) {
    await writeOut(io.stderr, `medlint: the network looks unreachable (none of ${unreachable} ${unreachable === 1 ? 'link' : 'links'} got past DNS): links not checked; run with --offline to lint without the link check\n`);
  }
  if (failures.length > 0) {
    await writeOut(io.stderr, failures.map((error) => `medlint: ${terminalSafe(error.message)}\n`).join(''));
    return EXIT_FATAL;
  }
  // A file --fix could not write is a fatal situation for that file: the others are fixed.
  if (unwritten > 0) return EXIT_FATAL;
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return EXIT_ERRORS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    await writeOut(io.stderr, `medlint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT_ERRORS;
  }
  return EXIT_OK;
}

/**
 * The config and the lists: standard input for `-` (under its --stdin-filename, config searched
 * from that name's folder), else the files and globs given, else README.md.
 */
async function readLists(options: CliOptions, io: RunEnvironment): Promise<{ config: ResolvedConfig; sources: SourceFile[] }> {
  if (options.files[0] === '-') {
    const folder = options.stdinFilename === undefined ? io.cwd : path.dirname(path.resolve(io.cwd, options.stdinFilename));
    const config = await loadConfig({ cwd: folder, configPath: options.config === undefined ? undefined : path.resolve(io.cwd, options.config) });
    return { config, sources: [await readStdin(io.stdin, options.stdinFilename, io.cwd, config.maxFileSize)] };
  }
  const config = await loadConfig({ cwd: io.cwd, configPath: options.config });
  try {
    const files = await resolveFiles(options.files.length > 0 ? options.files : ['README.md'], io.cwd);
    return { config, sources: await readSources(files, io.cwd, config.maxFileSize) };
  } catch (error) {
    if (options.files.length === 0 && isMedlintError(error) && error.code === 'file-not-found') {
      throw new MedlintError('file-not-found', `no README.md in ${io.cwd}: name the list to lint (\`medlint docs/datasets.md\`, or \`medlint -\` to read it from standard input); \`medlint --help\` lists the options`);
    }
    throw error;
  }
}

/** `--dump`: the URLs a link check would request, once each, in source order; no request. */
async function dump(options: CliOptions, io: RunEnvironment, config: ResolvedConfig, sources: SourceFile[], json: boolean): Promise<number> {
  const { exclude } = await linkOptions(config, options, io, undefined);
  const planned = await plannedLinks(sources, config, exclude);
  const text = json ? `${JSON.stringify(planned, null, 2)}\n` : planned.map((link) => `${terminalSafe(link.url)} ${terminalSafe(link.file)}:${link.line}:${link.column}\n`).join('');
  await writeOut(io.stdout, text);
  return EXIT_OK;
}

async function linkOptions(config: ResolvedConfig, options: CliOptions, io: RunEnvironment, onProgress: ((done: number, total: number) => void) | undefined): Promise<LinkCheckOptions> {
  const [{ linkOptionsFromConfig }, { compileUserPattern }, { apiOverrides }] = await Promise.all([import('../config/link-options.js'), import('../config/patterns.js'), import('../links/options.js')]);
  const overrides: LinkOptionsInput = {
    exclude: options.exclude.map((pattern) => compileUserPattern(pattern, '--exclude', 'usage')),
    headersByHost: options.headers,
  };
  if (options.concurrency !== undefined) overrides.concurrency = options.concurrency;
  if (options.perHost !== undefined) overrides.perHost = options.perHost;
  if (options.timeoutMs !== undefined) overrides.timeoutMs = options.timeoutMs;
  if (options.retries !== undefined) overrides.retries = options.retries;
  if (options.allowPrivate) overrides.allowPrivate = true;
  if (options.accept !== undefined) overrides.accept = options.accept;
  if (options.userAgent !== undefined) overrides.userAgent = options.userAgent;
  if (options.cache) overrides.cache = { path: path.resolve(io.cwd, options.cacheLocation), maxAgeMs: options.maxCacheAgeMs, root: io.cwd };
  const token = io.env.GITHUB_TOKEN;
  if (token) overrides.githubToken = token;
  const huggingfaceToken = io.env.HF_TOKEN;
  if (huggingfaceToken) overrides.huggingfaceToken = huggingfaceToken;
  Object.assign(overrides, apiOverrides(options.apis, io.env));
  if (onProgress) overrides.onProgress = onProgress;
  return linkOptionsFromConfig(config, overrides);
}

async function printEntries(options: CliOptions, io: RunEnvironment): Promise<number> {
  const format = options.format ?? 'json';
  if (!(ENTRY_FORMATS as readonly string[]).includes(format)) {
    throw new MedlintError('usage', `entries --format expects json, csv or jsonld, got ${JSON.stringify(format)}`);
  }
  if (options.files.length !== 1) throw new MedlintError('usage', 'entries expects exactly one file');
  if (options.registries && options.offline) throw new MedlintError('usage', 'entries --registries asks the registries: it cannot be --offline');
  const { config, sources } = await readLists(options, io);
  // Offline unless asked: only then are the registries' APIs asked, for the entries' own links.
  const links = options.registries ? await linkOptions(config, options, io, undefined) : null;
  const budget = options.parseTimeoutMs === undefined ? {} : { parseTimeoutMs: options.parseTimeoutMs };
  const [result] = await lintSources(sources.slice(0, 1), { config, cwd: io.cwd, links, ...budget, ...(links ? { registryFacts: true } : {}) });
  const entries = result?.entries ?? [];
  const title = result?.title ?? path.basename(sources[0]?.file ?? 'list');
  const text = format === 'csv' ? entriesCsv(entries) : format === 'jsonld' ? entriesJsonLd(entries, title) : entriesJson(entries);
  await writeOut(io.stdout, text);
  return EXIT_OK;
}

/** `--fix-rule` ids, checked against the registry: a typo must not quietly fix nothing. */
function fixRuleIds(ids: readonly string[]): ReadonlySet<string> | undefined {
  if (ids.length === 0) return undefined;
  for (const id of ids) {
    const meta = ruleMeta(id);
    if (!meta) throw new MedlintError('usage', `--fix-rule: unknown rule ${JSON.stringify(id)}; see the rule table in the README`);
    if (!meta.fixable) throw new MedlintError('usage', `--fix-rule: rule ${id} has no fixes; the fixable rules are ${allRuleMetas.filter((rule) => rule.fixable).map((rule) => rule.id).join(', ')}`);
  }
  return new Set(ids);
}

function errorsOnly(result: FileResult): FileResult {
  return { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error'), warningCount: 0 };
}

async function done(stream: NodeJS.WriteStream, text: string, code: number): Promise<number> {
  await writeOut(stream, text);
  return code;
}
