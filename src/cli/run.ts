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
import type { LinkCheckOptions } from '../links/types.js';
import { resolveFiles } from '../parse/resolve-files.js';
import { type FixedFile, fixFiles, lintFiles } from '../pipeline/index.js';
import { describeRefusal, writeFixedFile } from '../pipeline/write-fixed.js';
import { allRuleMetas, ruleMeta } from '../rules/index.js';
import { unifiedDiff } from './diff.js';
import { entriesJsonLd } from '../reporters/catalogue.js';
import { entriesCsv, entriesJson } from '../reporters/entries.js';
import { FORMATS, formatResults, isFormat } from '../reporters/index.js';
import { terminalSafe } from '../reporters/terminal-text.js';
import { type CliOptions, ENTRY_FORMATS, HELP, parseCliArgs, USAGE } from './args.js';
import { EXIT_ERRORS, EXIT_FATAL, EXIT_OK } from './exit-codes.js';
import { writeOut } from './write.js';

const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export interface RunEnvironment {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** Runs the command and returns its exit code; never calls `process.exit`. */
export async function run(argv: readonly string[], environment: Partial<RunEnvironment> = {}): Promise<number> {
  const io: RunEnvironment = {
    cwd: environment.cwd ?? process.cwd(),
    env: environment.env ?? process.env,
    stdout: environment.stdout ?? process.stdout,
    stderr: environment.stderr ?? process.stderr,
  };
  let options: CliOptions | undefined;
  try {
    options = parseCliArgs(argv);
    if (options.help) return await done(io.stdout, HELP, EXIT_OK);
    if (options.version) return await done(io.stdout, `${version}\n`, EXIT_OK);
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
  if (!isFormat(format)) throw new MedlintError('usage', `--format expects one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
  const config = await loadConfig({ cwd: io.cwd, configPath: options.config });
  const files = await resolveFiles(options.files.length > 0 ? options.files : ['README.md'], io.cwd);
  const fix = options.fix === null ? null : { ruleIds: fixRuleIds(options.fixRules) };
  // What only a link check needs (re2js for the patterns, the progress bar) is loaded only then.
  const progress = options.offline ? null : (await import('./progress.js')).createProgress(io.stderr, options.quiet);
  const links = options.offline ? null : await linkOptions(config, options, io, progress?.update);
  let results: FileResult[];
  let fixed: FixedFile[] = [];
  try {
    if (fix) ({ results, fixed } = await fixFiles(files, { config, cwd: io.cwd, links, fix }));
    else results = await lintFiles(files, { config, cwd: io.cwd, links });
  } finally {
    progress?.stop();
  }
  // The fixed files are written before the report, which is of their fixed text.
  let unwritten = 0;
  if (options.fix === 'dry-run') {
    // A diff inside JSON or SARIF would break it: beside a machine format, the diffs go to stderr.
    const diffs = fixed.map((file) => unifiedDiff(file.file, file.before, file.after)).join('');
    if (diffs !== '') await writeOut(format === 'stylish' ? io.stdout : io.stderr, diffs);
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
  const color = options.color ?? (io.stdout.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  await writeOut(io.stdout, formatResults(format, results, { color, version, rules: allRuleMetas }));
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

async function linkOptions(config: ResolvedConfig, options: CliOptions, io: RunEnvironment, onProgress: ((done: number, total: number) => void) | undefined): Promise<LinkCheckOptions> {
  const [{ linkOptionsFromConfig }, { compileUserPattern }] = await Promise.all([import('../config/link-options.js'), import('../config/patterns.js')]);
  const overrides: Partial<LinkCheckOptions> = {
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
  if (options.cache) overrides.cache = { path: path.resolve(io.cwd, options.cacheLocation), maxAgeMs: options.maxCacheAgeMs };
  const token = io.env.GITHUB_TOKEN;
  if (token) overrides.githubToken = token;
  if (onProgress) overrides.onProgress = onProgress;
  return linkOptionsFromConfig(config, overrides);
}

async function printEntries(options: CliOptions, io: RunEnvironment): Promise<number> {
  const format = options.format ?? 'json';
  if (!(ENTRY_FORMATS as readonly string[]).includes(format)) {
    throw new MedlintError('usage', `entries --format expects json, csv or jsonld, got ${JSON.stringify(format)}`);
  }
  if (options.files.length !== 1) throw new MedlintError('usage', 'entries expects exactly one file');
  const config = await loadConfig({ cwd: io.cwd, configPath: options.config });
  const files = await resolveFiles(options.files, io.cwd);
  const [result] = await lintFiles(files.slice(0, 1), { config, cwd: io.cwd, links: null });
  const entries = result?.entries ?? [];
  const title = result?.title ?? path.basename(options.files[0] as string);
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
