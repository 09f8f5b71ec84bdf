/**
 * The whole flow in one place (the role of unified's `process` and ESLint's `Linter#verify`):
 *
 *   read → parse → extract → rules ─┐
 *                          └→ links ─┴→ record rules → FileResult[]
 *
 * With `fix`, each file goes through the fix loop first (linter/fixes.ts: lint, apply, lint again),
 * and what is left is reported on the fixed text; `fixFiles` hands the fixed texts back for the
 * CLI to write (write-fixed.ts) or show as a diff. Nothing here writes a file.
 *
 * Links are checked once per unique URL, then reported at every place that cites them, in
 * source order. The rules that compare entries with their registries' records (recordRules) run
 * after the links, with the records the link outcomes carry (none when offline).
 * The requests start before the parse, on a quick guess of the URLs (links/collect/candidates.ts),
 * and run while the files are parsed and linted (lint-off-thread.ts).
 * Every file is parsed on a thread under a time budget: a file that runs out of it is given up
 * (`onFileFailure`), and the others are still linted and their links checked.
 * No console, no exit, no process.env: the CLI and the Action are thin shells around `lintFiles`.
 */
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { type Diagnostic, type Edit, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { FileResult } from '../results/file-result.js';
import type { DatasetEntry, LinkRef } from '../extract/types.js';
import { describeOutcome } from '../rules/link-rules.js';
import type { LinkChecker } from '../links/index.js';
import type { LinkCheckOptions } from '../links/types.js';
import { stampEdits, stampReport } from '../linter/report.js';
import { runRules } from '../linter/run-rules.js';
import { DEFAULT_MAX_FILE_SIZE } from '../config/limits.js';
import { isMedlintError, MedlintError } from '../diagnostics/medlint-error.js';
import { isCutIntoPieces } from '../parse/parse-in-chunks.js';
import { parseMarkdown } from '../parse/parse-markdown.js';
import { readSourceText } from '../parse/read-file.js';
import { applyFixes, type FixPass, fixPasses, fixPassesSync } from '../linter/fixes.js';
import { documentRules, ruleMeta } from '../rules/index.js';
import type { LinkOutcome } from '../results/link-outcome.js';
import type { RegistryRecord } from '../results/registry-record.js';
import { localTargetsByPath } from '../rules/urls.js';
import { LineIndex } from '../extract/line-index.js';
import { httpsChange, httpsForm, type LinkChange, redirectChange } from './link-fixes.js';
import { LintThreads } from './lint-off-thread.js';
import { withRegistryFacts } from './registry-facts.js';
import { analyse, loadHtmlParserFor, type LintedSource, runRecordRules, type SourceFile } from './lint-source.js';

export type { SourceFile } from './lint-source.js';

export interface PipelineOptions {
  config: ResolvedConfig;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Link-checker options, or null to stay offline. */
  links: LinkCheckOptions | null;
  /**
   * Which links to check over the network (the Action's changed-entries mode); all when omitted.
   * `entry` is the entry that cites the link, if any.
   */
  selectLink?: (file: string, ref: LinkRef, entry: DatasetEntry | undefined) => boolean;
  /**
   * `medlint entries --registries`: check only the entries' own links that a registry claims,
   * and fill each entry's missing licence and access from its record (registry-facts.ts).
   */
  registryFacts?: boolean;
  /**
   * Called instead of reporting every link as unreachable when no checked link got past DNS or
   * the network (the machine is offline): `count` URLs were tried. The shell says it once.
   */
  onNetworkUnreachable?: (count: number) => void;
  /**
   * Time a file may take to parse, in ms per MiB of it and at least (default: 10 s,
   * `DEFAULT_PARSE_TIMEOUT_MS`). Only the command line sets it, never a config file: a pull
   * request must not be able to raise it.
   */
  parseTimeoutMs?: number;
  /**
   * Called for each file given up because it did not parse within `parseTimeoutMs` (a
   * `file-parse-timeout` error); the run goes on with the other files, and the file has no
   * result. Without it, the error is thrown and ends the run.
   */
  onFileFailure?: (error: MedlintError) => void;
  /** Apply fixes before reporting (`--fix`); `fixFiles` returns the fixed texts. */
  fix?: FixOptions;
}

export interface FixOptions {
  /** Only these rules' fixes (`--fix-rule`); every enabled rule's when absent. */
  ruleIds?: ReadonlySet<string> | undefined;
  /** Sees each pass (tests, a preview). */
  onPass?: ((file: string, pass: FixPass) => void) | undefined;
}

/** A file the fixes changed: its text as read and as fixed (without the BOM), for the writer. */
export interface FixedFile {
  file: string;
  absolute: string;
  before: string;
  after: string;
  /** Whether the file starts with a UTF-8 BOM, to be written back. */
  bom: boolean;
  /** Passes that changed the text. */
  passes: number;
}

/** Lints `files` (paths relative to `cwd`) and checks their links; results in the order given. */
export async function lintFiles(files: readonly string[], options: PipelineOptions): Promise<FileResult[]> {
  // Every file is read first: a file that cannot be read stops the run before any request.
  return lintSources(await readSources(files, options.cwd, options.config.maxFileSize), options);
}

/**
 * `lintFiles` with the fix loop (`options.fix`, or every rule's fixes when absent): the results
 * are of the fixed texts, and `fixed` holds the files that changed, in the order given.
 */
export async function fixFiles(files: readonly string[], options: PipelineOptions): Promise<{ results: FileResult[]; fixed: FixedFile[] }> {
  return fixSources(await readSources(files, options.cwd, options.config.maxFileSize), options);
}

/** Reads `files` (paths relative to `cwd`), each bounded by `maxFileSize`; the first that cannot be read throws. */
export async function readSources(files: readonly string[], cwd: string, maxFileSize: number): Promise<SourceFile[]> {
  const sources: SourceFile[] = [];
  for (const file of files) {
    const absolute = path.resolve(cwd, file);
    const { text, bom } = await readSourceText(file, absolute, maxFileSize);
    sources.push({ file, absolute, source: text, bom });
  }
  return sources;
}

/**
 * Lints lists already in memory (standard input: `file` is the name it is reported under and
 * `absolute` where its relative links are resolved from) and checks their links.
 */
export async function lintSources(sources: readonly SourceFile[], options: PipelineOptions): Promise<FileResult[]> {
  return (await lintAndFix(sources, options)).results;
}

/** `lintSources` with the fix loop (`options.fix`, or every rule's fixes when absent). */
export async function fixSources(sources: readonly SourceFile[], options: PipelineOptions): Promise<{ results: FileResult[]; fixed: FixedFile[] }> {
  return lintAndFix(sources, { ...options, fix: options.fix ?? {} });
}

async function lintAndFix(sources: readonly SourceFile[], options: PipelineOptions): Promise<{ results: FileResult[]; fixed: FixedFile[] }> {
  // Before any request: a list too large to parse whole stops the run, as an unreadable one does.
  for (const { file, source } of sources) refuseLargeWholeParse(file, source);
  let checker: LinkChecker | null = null;
  if (options.links) {
    // Loaded here, not at start-up: an offline run never pays for the HTTP client.
    const links = await import('../links/index.js');
    checker = links.createLinkChecker(options.links);
    if (options.registryFacts) {
      const linkOptions = options.links;
      options = { ...options, selectLink: (_file, ref, entry) => entry?.url === ref.url && links.isRegistryLink(ref.url, linkOptions) };
    }
    // The requests start now, on a quick guess of the URLs, and run while the files are parsed;
    // not when only some links are to be checked (selectLink).
    if (!options.selectLink) for (const { source } of sources) checker.add(links.candidateUrls(source));
  }
  const threads = new LintThreads({
    config: options.config,
    cwd: options.cwd,
    ...(options.parseTimeoutMs === undefined ? {} : { budgetMs: options.parseTimeoutMs }),
    // While requests run, the parse and the rules must not hold up the responses.
    background: checker !== null,
  });
  try {
    const linted: LintedSource[] = [];
    // What each linted file was linted from (its fixed text with --fix), index for index.
    const inputs: SourceFile[] = [];
    const fixed: FixedFile[] = [];
    for (const input of sources) {
      try {
        // Every lint, each fix pass's too, runs under the file's parse budget.
        const lint = (source: string): Promise<LintedSource> => threads.lint({ ...input, source });
        if (!options.fix) {
          linted.push(await lint(input.source));
          inputs.push(input);
          continue;
        }
        const { onPass, ruleIds } = options.fix;
        // The loop's last lint is of the fixed text: it is the report.
        const loop = await fixPasses(input.source, lint, { ruleIds, onPass: onPass && ((pass) => onPass(input.file, pass)) });
        if (loop.output !== input.source) fixed.push({ file: input.file, absolute: input.absolute, before: input.source, after: loop.output, bom: input.bom ?? false, passes: loop.passes });
        linted.push(loop.result);
        inputs.push({ ...input, source: loop.output });
      } catch (error) {
        if (!(options.onFileFailure && isMedlintError(error) && error.code === 'file-parse-timeout')) throw error;
        options.onFileFailure(error);
      }
    }
    let outcomes: ReadonlyMap<string, LinkOutcome> = new Map();
    if (checker) {
      const answers = await addLinkDiagnostics(linted, inputs, options, checker);
      outcomes = answers.outcomes;
      // Link fixes come from this run's answers: one more pass over each file, then its report
      // from the same answers (a fixed URL is the page already checked, so it is not asked again).
      if (options.fix) {
        const linkFixes = new Set([...LINK_FIX_RULES].filter((id) => !options.fix?.ruleIds || options.fix.ruleIds.has(id)));
        const fixedByFile = new Map(fixed.map((file) => [file.file, file]));
        for (const [index, item] of linted.entries()) {
          const input = inputs[index] as SourceFile;
          const pass = applyFixes(input.source, item.diagnostics, { ruleIds: linkFixes });
          if (!pass.fixed) continue;
          let again: LintedSource;
          try {
            again = await threads.lint({ ...input, source: pass.output });
          } catch (error) {
            // Out of its budget on a busy machine: the link fixes are not applied, and the report
            // (already made) still lists them as fixable.
            if (isMedlintError(error) && error.code === 'file-parse-timeout') continue;
            throw error;
          }
          const known = fixedByFile.get(input.file);
          const passRecord: FixPass = { pass: (known?.passes ?? 0) + 1, input: input.source, output: pass.output, applied: pass.applied, edits: pass.edits };
          options.fix.onPass?.(input.file, passRecord);
          if (known) {
            known.after = pass.output;
            known.passes += 1;
          } else {
            fixed.push({ file: input.file, absolute: input.absolute, before: input.source, after: pass.output, bom: input.bom ?? false, passes: 1 });
          }
          reportLinks(again, pass.output, outcomes, options, answers.asked[index] as ReadonlySet<string>, answers.offline);
          linted[index] = again;
        }
      }
    }
    for (const item of linted) item.diagnostics.push(...runRecordRules(item, options.config, (url) => recordOf(outcomes, url)));
    if (options.registryFacts) {
      for (const item of linted) {
        const entries = item.document.entries.map((entry) => withRegistryFacts(entry, entry.url === null ? undefined : recordOf(outcomes, entry.url)));
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

/**
 * A file the parser must read whole (one with a link reference or footnote definition, `]:`; see
 * parse/parse-in-chunks.ts) holds about 500 bytes of heap per byte while it is parsed, so above
 * `DEFAULT_MAX_FILE_SIZE` it is refused, naming that reason, whatever `maxFileSize` allows: a
 * config that raised the limit used to run the runner out of memory with one definition.
 */
function refuseLargeWholeParse(file: string, source: string): void {
  if (source.length <= DEFAULT_MAX_FILE_SIZE || isCutIntoPieces(source)) return;
  const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  throw new MedlintError(
    'file-too-large',
    `${file}: has a link reference or footnote definition (\`]:\`), so it is parsed whole, and at ${mib(source.length)} it is above the ${mib(DEFAULT_MAX_FILE_SIZE)} a whole parse may take whatever "maxFileSize" says; write those links inline or split the file`,
  );
}

/**
 * Lints Markdown already in memory (no link check): the API for editors and tests. Through the
 * library (src/index.ts), which gives the extractor its HTML parser; a caller of this module
 * itself loads it first (`loadHtmlParserFor`, lint-source.ts).
 * `existingTargets` says which relative link targets exist, by the path a link names (decoded,
 * without `?query` or `#fragment`); a path it does not hold is not reported.
 */
export function lintText(file: string, source: string, config: ResolvedConfig, existingTargets?: ReadonlyMap<string, boolean>): FileResult {
  const { document, directives } = analyse(file, source, parseMarkdown(source, file), config);
  const localTarget = localTargetsByPath((targetPath) => existingTargets?.get(targetPath));
  const diagnostics = runRules(document, documentRules, config, directives, localTarget);
  return toFileResult(document, diagnostics);
}

/**
 * Fixes Markdown already in memory: the fix loop over `lintText` (for editors, scripts and
 * standard input). `output` is the fixed text; `result` reports what is left in it.
 */
export function fixText(
  file: string,
  source: string,
  config: ResolvedConfig,
  options: { ruleIds?: ReadonlySet<string>; existingTargets?: ReadonlyMap<string, boolean> } = {},
): { output: string; passes: number; result: FileResult } {
  const loop = fixPassesSync(source, (text) => lintText(file, text, config, options.existingTargets), { ruleIds: options.ruleIds });
  return { output: loop.output, passes: loop.passes, result: loop.result };
}

const CHECKABLE = /^https?:\/\//i;

/** The registry record a link's outcome carries (a live link checked through a registry's API). */
function recordOf(outcomes: ReadonlyMap<string, LinkOutcome>, url: string): RegistryRecord | undefined {
  const outcome = outcomes.get(url);
  return outcome && (outcome.kind === 'ok' || outcome.kind === 'redirect') ? outcome.record : undefined;
}

/** A URL the link check would request, at the first place that cites it. */
export interface PlannedLink {
  url: string;
  file: string;
  line: number;
  column: number;
}

/**
 * The URLs a link check of `sources` would request (`medlint --dump`), once each, at their first
 * citation in source order, after the `exclude` patterns: parse and extract only, no request.
 */
export async function plannedLinks(sources: readonly SourceFile[], config: ResolvedConfig, exclude: LinkCheckOptions['exclude']): Promise<PlannedLink[]> {
  const { wouldRequest } = await import('../links/index.js');
  const seen = new Set<string>();
  const planned: PlannedLink[] = [];
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

/** The rules whose fixes come from the link check. */
const LINK_FIX_RULES: ReadonlySet<string> = new Set(['link-redirect', 'no-http-link']);

/**
 * Asks for every cited URL (and, with `--fix`, the `https` form of each `http` link
 * `no-http-link` reports), then reports the outcomes; returns them for a later pass, with the
 * URLs each file selected and whether the machine looks offline.
 */
async function addLinkDiagnostics(
  linted: LintedSource[],
  inputs: readonly SourceFile[],
  options: PipelineOptions,
  checker: LinkChecker,
): Promise<{ outcomes: ReadonlyMap<string, LinkOutcome>; asked: Array<ReadonlySet<string>>; offline: boolean }> {
  // Collect first: every cited URL once, however many entries cite it.
  const selected: Array<{ item: LintedSource; ref: LinkRef }> = [];
  for (const item of linted) {
    const { document } = item;
    const entryOf = options.selectLink ? entriesByLink(document) : null;
    for (const ref of document.links) {
      if (!CHECKABLE.test(ref.url)) continue;
      if (options.selectLink && !options.selectLink(document.file, ref, entryOf?.get(ref))) continue;
      selected.push({ item, ref });
    }
  }
  // With --fix, the https form of each http link no-http-link reports is asked once, under the
  // same limits, cache and address rules as every request.
  const probes = options.fix
    ? linted.flatMap((item) => item.diagnostics.filter((d) => d.ruleId === 'no-http-link' && d.actual !== undefined).map((d) => httpsForm(d.actual as string)))
    : [];
  const outcomes = await checker.finish([...selected.map(({ ref }) => ref.url), ...probes]);
  const offline = options.onNetworkUnreachable !== undefined && looksOffline(outcomes);
  if (offline) options.onNetworkUnreachable?.([...outcomes.values()].filter(isOfflineFailure).length);
  const asked = linted.map(() => new Set<string>());
  const indexOf = new Map(linted.map((item, index) => [item, index]));
  for (const { item, ref } of selected) asked[indexOf.get(item) as number]?.add(ref.url);
  linted.forEach((item, index) => reportLinks(item, (inputs[index] as SourceFile).source, outcomes, options, asked[index] as ReadonlySet<string>, offline));
  return { outcomes, asked, offline };
}

/**
 * Link diagnostics of one file from the stored outcomes, in source order whatever order the
 * requests finished in; with `--fix`, with the edits those outcomes allow. A URL without an
 * outcome (one a fix wrote) is not reported, nor, on a machine that looks offline, a failure
 * the missing network explains. `only`: the URLs that were selected.
 */
function reportLinks(item: LintedSource, text: string, outcomes: ReadonlyMap<string, LinkOutcome>, options: PipelineOptions, only: ReadonlySet<string>, offline: boolean): void {
  const lines = new LineIndex(text);
  const refs = item.document.links.filter((ref) => CHECKABLE.test(ref.url) && only.has(ref.url));
  const edit = (ref: LinkRef, change: LinkChange): Pick<RawReportEdits, 'fix' | 'suggestions'> => {
    if (!change || !ref.written) return {};
    const edits: Edit[] = [{ range: [ref.written.start, ref.written.end], text: change.to }];
    return change.kind === 'fix' ? { fix: edits } : { suggestions: [{ description: `Use \`${change.to}\``, edits }] };
  };
  if (options.fix) {
    // no-http-link: a fix or a suggestion from the https form's answer.
    const byPlace = new Map(item.document.links.map((ref) => [`${ref.line}:${ref.column}`, ref]));
    item.diagnostics = item.diagnostics.map((diagnostic) => {
      if (diagnostic.ruleId !== 'no-http-link' || diagnostic.actual === undefined) return diagnostic;
      const ref = byPlace.get(`${diagnostic.line}:${diagnostic.column}`);
      const probe = httpsForm(diagnostic.actual);
      if (!ref || !outcomes.has(probe)) return diagnostic;
      const { fix, suggestions } = edit(ref, httpsChange(diagnostic.actual, outcomes.get(probe)));
      const withEdits: Diagnostic = { ...diagnostic };
      if (fix) withEdits.fix = { edits: stampEdits(fix, lines) };
      if (suggestions) withEdits.suggestions = suggestions.map(({ description, edits }) => ({ description, edits: stampEdits(edits, lines) }));
      return withEdits;
    });
  }
  for (const ref of refs) {
    const outcome = outcomes.get(ref.url);
    if (!outcome || (offline && isOfflineFailure(outcome))) continue;
    const report = describeOutcome(outcome, ref.url);
    if (!report) continue;
    const meta = ruleMeta(report.ruleId);
    if (!meta) throw new Error(`Link outcome names unknown rule ${report.ruleId}`);
    const edits = options.fix && outcome.kind === 'redirect' ? edit(ref, redirectChange(ref.url, outcome)) : {};
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
        ...edits,
      },
      item.document.file,
      options.config,
      item.directives,
      lines,
    );
    if (diagnostic) item.diagnostics.push(diagnostic);
  }
}

/**
 * No checked URL reached a server, and every one failed below HTTP in a way a missing network
 * gives (a resolver that cannot answer, no route): the machine is offline, not the links dead.
 * An NXDOMAIN needs a working resolver, so a single one rules this out.
 */
function looksOffline(outcomes: ReadonlyMap<string, LinkOutcome>): boolean {
  let failed = 0;
  for (const outcome of outcomes.values()) {
    if (outcome.kind === 'skipped') continue;
    if (!isOfflineFailure(outcome)) return false;
    failed += 1;
  }
  return failed > 0;
}

function isOfflineFailure(outcome: LinkOutcome): boolean {
  return outcome.kind === 'unreachable' && (outcome.reason === 'dns-temporary' || outcome.reason === 'network');
}

interface RawReportEdits {
  fix?: Edit[];
  suggestions?: Array<{ description: string; edits: Edit[] }>;
}

/** Which entry cites each link, keyed by the document's own LinkRef objects. */
function entriesByLink(document: LintedSource['document']): Map<LinkRef, DatasetEntry> {
  const byPlace = new Map<string, DatasetEntry>();
  for (const entry of document.entries) {
    for (const link of entry.links) byPlace.set(`${link.line}:${link.column}`, entry);
  }
  const byRef = new Map<LinkRef, DatasetEntry>();
  for (const ref of document.links) {
    const entry = byPlace.get(`${ref.line}:${ref.column}`);
    if (entry) byRef.set(ref, entry);
  }
  return byRef;
}

function toFileResult(document: LintedSource['document'], diagnostics: Diagnostic[]): FileResult {
  const sorted = sortDiagnostics(diagnostics);
  return {
    file: document.file,
    entries: document.entries,
    ...(document.title ? { title: document.title } : {}),
    diagnostics: sorted,
    entryCount: document.entries.length,
    errorCount: sorted.filter((d) => d.severity === 'error').length,
    warningCount: sorted.filter((d) => d.severity === 'warning').length,
  };
}
