/**
 * The whole flow in one place (the role of unified's `process` and ESLint's `Linter#verify`):
 *
 *   read → parse → extract → rules ─┐
 *                          └→ links ─┴→ FileResult[]
 *
 * With `fix`, each file goes through the fix loop first (linter/fixes.ts: lint, apply, lint again),
 * and what is left is reported on the fixed text; `fixFiles` hands the fixed texts back for the
 * CLI to write (write-fixed.ts) or show as a diff. Nothing here writes a file.
 *
 * Links are checked once per unique URL, then reported at every place that cites them, in
 * source order. The requests start before the parse, on a quick guess of the URLs
 * (links/collect/candidates.ts), and run while the files are parsed and linted (lint-off-thread.ts).
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
import { stampEdits, stampReport } from '../linter/report.js';
import { runRules } from '../linter/run-rules.js';
import { parseMarkdown } from '../parse/parse-markdown.js';
import { readSourceText } from '../parse/read-file.js';
import { type FixPass, fixPasses, fixPassesSync } from '../linter/fixes.js';
import { documentRules, ruleMeta } from '../rules/index.js';
import { localTargetsByPath } from '../rules/urls.js';
import { LineIndex } from '../extract/line-index.js';
import type { Edit } from '../diagnostics/diagnostic.js';
import type { LinkOutcome } from '../results/link-outcome.js';
import { applyFixes } from '../linter/fixes.js';
import { httpsChange, httpsForm, type LinkChange, redirectChange } from './link-fixes.js';
import { lintOffThread } from './lint-off-thread.js';
import { analyse, lintTree, type LintedSource, type SourceFile } from './lint-source.js';

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
  return (await lintAndFix(files, options)).results;
}

/**
 * `lintFiles` with the fix loop (`options.fix`, or every rule's fixes when absent): the results
 * are of the fixed texts, and `fixed` holds the files that changed, in the order given.
 */
export async function fixFiles(files: readonly string[], options: PipelineOptions): Promise<{ results: FileResult[]; fixed: FixedFile[] }> {
  return lintAndFix(files, { ...options, fix: options.fix ?? {} });
}

async function lintAndFix(files: readonly string[], options: PipelineOptions): Promise<{ results: FileResult[]; fixed: FixedFile[] }> {
  // Every file is read first: a file that cannot be read stops the run before any request.
  const sources: Array<SourceFile & { bom: boolean }> = [];
  for (const file of files) {
    const absolute = path.resolve(options.cwd, file);
    const { text, bom } = await readSourceText(file, absolute, options.config.maxFileSize);
    sources.push({ file, absolute, source: text, bom });
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
  try {
    const linted: LintedSource[] = [];
    const texts: string[] = [];
    const fixed: FixedFile[] = [];
    for (const input of sources) {
      const lintHere = (source: string): Promise<LintedSource> => lintTree({ ...input, source }, parseMarkdown(source, input.file), options.config, options.cwd);
      if (options.fix) {
        const { onPass, ruleIds } = options.fix;
        // Offline, the loop's last lint is the report; with links, the fixed text is linted
        // again off the main thread below, while requests run.
        const loop = await fixPasses(input.source, lintHere, { ruleIds, onPass: onPass && ((pass) => onPass(input.file, pass)) });
        if (loop.output !== input.source) fixed.push({ file: input.file, absolute: input.absolute, before: input.source, after: loop.output, bom: input.bom, passes: loop.passes });
        if (!checker) {
          linted.push(loop.result);
          continue;
        }
        input.source = loop.output;
      }
      // While requests run, the parse and the rules must not hold up the event loop.
      linted.push(checker ? await lintOffThread(input, options.config, options.cwd) : await lintHere(input.source));
      texts.push(input.source);
    }
    if (checker) {
      const { outcomes, asked } = await addLinkDiagnostics(linted, texts, options, checker);
      // Link fixes come from this run's answers: one more pass over each file, then its report
      // from the same answers (a fixed URL is the page already checked, so it is not asked again).
      if (options.fix) {
        for (const [index, item] of linted.entries()) {
          const text = texts[index] as string;
          const linkFixes = new Set([...LINK_FIX_RULES].filter((id) => !options.fix?.ruleIds || options.fix.ruleIds.has(id)));
          const pass = applyFixes(text, item.diagnostics, { ruleIds: linkFixes });
          if (!pass.fixed) continue;
          const input = sources[index] as SourceFile & { bom: boolean };
          const known = fixed.find((file) => file.file === input.file);
          const passRecord: FixPass = { pass: (known?.passes ?? 0) + 1, input: text, output: pass.output, applied: pass.applied, edits: pass.edits };
          options.fix.onPass?.(input.file, passRecord);
          if (known) {
            known.after = pass.output;
            known.passes += 1;
          } else {
            fixed.push({ file: input.file, absolute: input.absolute, before: text, after: pass.output, bom: input.bom, passes: 1 });
          }
          const again = await lintTree({ ...input, source: pass.output }, parseMarkdown(pass.output, input.file), options.config, options.cwd);
          reportLinks(again, pass.output, outcomes, options, asked[index] as ReadonlySet<string>);
          linted[index] = again;
        }
      }
    }
    return { results: linted.map(({ document, diagnostics }) => toFileResult(document, diagnostics)), fixed };
  } catch (error) {
    await checker?.abort();
    throw error;
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

/** The rules whose fixes come from the link check. */
const LINK_FIX_RULES: ReadonlySet<string> = new Set(['link-redirect', 'no-http-link']);

/**
 * Asks for every cited URL (and, with `--fix`, the `https` form of each `http` link
 * `no-http-link` reports), then reports the outcomes; returns them for a later pass.
 */
async function addLinkDiagnostics(linted: LintedSource[], texts: readonly string[], options: PipelineOptions, checker: LinkChecker): Promise<{ outcomes: ReadonlyMap<string, LinkOutcome>; asked: Array<ReadonlySet<string>> }> {
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
  const asked = linted.map((item) => new Set(selected.filter((s) => s.item === item).map((s) => s.ref.url)));
  linted.forEach((item, index) => reportLinks(item, texts[index] as string, outcomes, options, asked[index] as ReadonlySet<string>));
  return { outcomes, asked };
}

/**
 * Link diagnostics of one file from the stored outcomes, in source order whatever order the
 * requests finished in; with `--fix`, with the edits those outcomes allow. A URL without an
 * outcome (one a fix wrote) is not reported. `only`: the URLs that were selected.
 */
function reportLinks(item: LintedSource, text: string, outcomes: ReadonlyMap<string, LinkOutcome>, options: PipelineOptions, only: ReadonlySet<string>): void {
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
    if (!outcome) continue;
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
