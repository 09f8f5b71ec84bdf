/**
 * Markdown reporter, for the Action's job summary and report file: every finding, in tables
 * grouped by file and section, rule ids linking to their docs.
 *
 * The report is built as an mdast tree and serialised with remark + remark-gfm, so text from
 * the list (entry names, messages, file names) is escaped by the serialiser, not by hand.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FileResult } from '../results/file-result.js';
import { describeOmitted, GITHUB_ANNOTATION_LIMIT, type OmittedCounts } from './github.js';
import { groupBySection, sectionLabel } from './markdown-group.js';
import { code, heading, link, messageNodes, paragraph, plural, root, strong, stringifyMarkdown, table, text } from './markdown-mdast.js';

export interface MarkdownReporterContext {
  /** Top heading (default: `medlint`). */
  title?: string;
  /** Annotations the GitHub reporter left out; the report says so when any were. */
  omittedAnnotations?: OmittedCounts;
  /** Per-kind annotation limit used (default: `10`). */
  annotationLimit?: number;
  /** Extra paragraphs after the totals (plain text; escaped like everything else). */
  notes?: readonly string[];
  /**
   * Most findings to list (default: all); the rest are counted in a closing line. The Action
   * lowers it only when the summary would exceed GitHub's size limit.
   */
  maxFindings?: number;
}

function totals(results: readonly FileResult[]): { errors: number; warnings: number; entries: number } {
  let errors = 0;
  let warnings = 0;
  let entries = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    entries += result.entryCount;
  }
  return { errors, warnings, entries };
}

function findingRow(diagnostic: Diagnostic, entryName: string | undefined): PhrasingContent[][] {
  // Messages already say what is expected (house style), so `expected` is not repeated here.
  return [
    [text(`${diagnostic.line}:${diagnostic.column}`)],
    entryName === undefined ? [] : [text(entryName)],
    [text(diagnostic.severity)],
    [link(diagnostic.url, code(diagnostic.ruleId))],
    // The note says where a claim comes from (the fact's source, the registry): as in stylish.
    diagnostic.note === undefined ? messageNodes(diagnostic.message) : [...messageNodes(diagnostic.message), text(` Note: ${diagnostic.note}`)],
  ];
}

/** Formats results as a Markdown report. Pure: same results, same text. */
export function formatMarkdown(results: readonly FileResult[], context: MarkdownReporterContext = {}): string {
  const sorted = [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const { errors, warnings, entries } = totals(sorted);
  const nodes: RootContent[] = [heading(2, text(context.title ?? 'medlint'))];

  const checked = `${plural(sorted.length, 'file')} checked, ${plural(entries, 'entry', 'entries')}.`;
  nodes.push(
    errors + warnings === 0
      ? paragraph(text(`No problems found: ${checked}`))
      : paragraph(strong(text(plural(errors, 'error'))), text(', '), strong(text(plural(warnings, 'warning'))), text(` in ${checked}`)),
  );

  const omitted = context.omittedAnnotations;
  if (omitted !== undefined && omitted.errors + omitted.warnings > 0) {
    nodes.push(paragraph(text(describeOmitted(omitted, context.annotationLimit ?? GITHUB_ANNOTATION_LIMIT))));
  }
  for (const note of context.notes ?? []) nodes.push(paragraph(text(note)));

  let budget = context.maxFindings ?? Number.POSITIVE_INFINITY;
  let left = 0;
  for (const result of sorted) {
    const diagnostics = sortDiagnostics(result.diagnostics);
    if (diagnostics.length === 0) continue;
    if (budget <= 0) {
      left += diagnostics.length;
      continue;
    }
    nodes.push(heading(3, code(result.file)));
    for (const group of groupBySection(diagnostics, result.entries)) {
      if (budget <= 0) {
        left += group.items.length;
        continue;
      }
      const shown = group.items.slice(0, budget);
      left += group.items.length - shown.length;
      budget -= shown.length;
      const label = group.items[0]?.entry === undefined ? 'Outside entries' : sectionLabel(group.section) || '(no section)';
      nodes.push(heading(4, text(label)));
      nodes.push(
        table(
          ['Line', 'Entry', 'Severity', 'Rule', 'Message'],
          shown.map(({ diagnostic, entry }) => findingRow(diagnostic, entry?.name)),
        ),
      );
    }
  }
  if (left > 0) nodes.push(paragraph(text(`${plural(left, 'more finding')} not listed here.`)));
  return stringifyMarkdown(root(nodes));
}
