/**
 * The whole flow in one place (the role of unified's `process` and ESLint's `Linter#verify`):
 *
 *   read → parse → extract → rules ─┐
 *                          └→ links ─┴→ FileResult[]
 *
 * Links are checked once per unique URL, then reported at every place that cites them, in
 * source order. The requests start before the parse, on a quick guess of the URLs
 * (links/collect/candidates.ts), and run while the files are parsed and linted (lint-off-thread.ts).
 * Every file is parsed on a thread under a time budget: a file that runs out of it is given up
 * (`onFileFailure`), and the others are still linted and their links checked.
 * No console, no exit, no process.env: the CLI and the Action are thin shells around `lintFiles`.
 */
import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { type Diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js';
import type { FileResult } from '../results/file-result.js';
import type { DatasetEntry, LinkRef } from '../extract/types.js';
import { describeOutcome } from '../rules/link-rules.js';
import type { LinkChecker } from '../links/index.js';
import type { LinkCheckOptions } from '../links/types.js';
import { stampReport } from '../linter/report.js';
import { runRules } from '../linter/run-rules.js';
import { parseMarkdown } from '../parse/parse-markdown.js';
import { readSourceFile } from '../parse/read-file.js';
import { documentRules, ruleMeta } from '../rules/index.js';
import { localTargetsByPath } from '../rules/urls.js';
import { isMedlintError, type MedlintError } from '../diagnostics/medlint-error.js';
import { LintThreads } from './lint-off-thread.js';
import { analyse, type LintedSource, type SourceFile } from './lint-source.js';

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
}

/** Lints `files` (paths relative to `cwd`) and checks their links; results in the order given. */
export async function lintFiles(files: readonly string[], options: PipelineOptions): Promise<FileResult[]> {
  // Every file is read first: a file that cannot be read stops the run before any request.
  const sources: SourceFile[] = [];
  for (const file of files) {
    const absolute = path.resolve(options.cwd, file);
    sources.push({ file, absolute, source: await readSourceFile(file, absolute, options.config.maxFileSize) });
  }
  let checker: LinkChecker | null = null;
  if (options.links) {
    // Loaded here, not at start-up: an offline run never pays for the HTTP client.
    const links = await import('../links/index.js');
    checker = links.createLinkChecker(options.links);
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
    for (const input of sources) {
      try {
        linted.push(await threads.lint(input));
      } catch (error) {
        if (!(options.onFileFailure && isMedlintError(error) && error.code === 'file-parse-timeout')) throw error;
        options.onFileFailure(error);
      }
    }
    if (checker) await addLinkDiagnostics(linted, options, checker);
    return linted.map(({ document, diagnostics }) => toFileResult(document, diagnostics));
  } catch (error) {
    await checker?.abort();
    throw error;
  } finally {
    await threads.close();
  }
}

/**
 * Lints Markdown already in memory (no link check): the API for editors and tests.
 * `existingTargets` says which relative link targets exist, by the path a link names (decoded,
 * without `?query` or `#fragment`); a path it does not hold is not reported.
 */
export function lintText(file: string, source: string, config: ResolvedConfig, existingTargets?: ReadonlyMap<string, boolean>): FileResult {
  const { document, directives } = analyse(file, source, parseMarkdown(source, file), config);
  const localTarget = localTargetsByPath((targetPath) => existingTargets?.get(targetPath));
  const diagnostics = runRules(document, documentRules, config, directives, localTarget);
  return toFileResult(document, diagnostics);
}

const CHECKABLE = /^https?:\/\//i;

async function addLinkDiagnostics(linted: LintedSource[], options: PipelineOptions, checker: LinkChecker): Promise<void> {
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
  const outcomes = await checker.finish(selected.map(({ ref }) => ref.url));
  // Report in source order from the stored outcomes, whatever order the requests finished in.
  for (const { item, ref } of selected) {
    const outcome = outcomes.get(ref.url);
    if (!outcome) continue;
    const report = describeOutcome(outcome, ref.url);
    if (!report) continue;
    const meta = ruleMeta(report.ruleId);
    if (!meta) throw new Error(`Link outcome names unknown rule ${report.ruleId}`);
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
      },
      item.document.file,
      options.config,
      item.directives,
    );
    if (diagnostic) item.diagnostics.push(diagnostic);
  }
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
