/**
 * The report issue's body: a Markdown report rendered from a `LinkReport` as an mdast tree
 * (so list text is escaped by remark), a marker that identifies the issue as medlint's, a
 * checklist whose ticks survive the next run, and the hidden history comment.
 *
 * Issue bodies notify people and link issues, so text from the list is also defused:
 * `@name` and `#123` get a zero-width space after the sign, and URLs stay in code spans
 * (a plain github.com issue URL would add a "mentioned this" event to that issue).
 */
import { createHash } from 'node:crypto';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { sectionLabel } from '../reporters/markdown-group.js';
import {
  code,
  heading,
  link,
  list,
  messageNodes,
  paragraph,
  plural,
  root,
  stringifyMarkdown,
  strong,
  text,
} from '../reporters/markdown-mdast.js';
import type { LinkProblem, LinkReport } from './link-report.js';

/** First line of every report issue: how medlint tells its issue from a human's with the same label. */
export const REPORT_MARKER = '<!-- medlint-report -->';

/** Files named in the first paragraph; the rest are counted. */
const MAX_FILES_NAMED = 10;

/** GitHub refuses issue bodies longer than this many characters. */
export const MAX_BODY_LENGTH = 65_536;

export interface IssueBodyContext {
  /** `YYYY-MM-DD` of this run. */
  today: string;
  /** Link to the workflow run, when known. */
  runUrl: string | undefined;
  minFailures: number;
  /** Keys of checklist items ticked in the previous body. */
  ticked: ReadonlySet<string>;
  /** Most items listed per category (default: all). */
  maxItems?: number;
}

const ITEM = /^[ \t]*[-*+][ \t]+\[[xX]\][^\n]*?<!-- medlint-item:([0-9a-f]{16}) -->/gm;

/** A checklist item's stable key: same kind, file, entry and URL → same key, whatever the line. */
export function itemKey(problem: LinkProblem): string {
  return createHash('sha256')
    .update([problem.kind, problem.file, problem.entry ?? '', problem.url].join('\u0000'))
    .digest('hex')
    .slice(0, 16);
}

/** Keys of the checklist items a maintainer ticked in `body`. */
export function tickedKeys(body: string): Set<string> {
  return new Set([...body.matchAll(ITEM)].map((match) => match[1] ?? ''));
}

/** Zero-width space after `@` and `#` where GitHub would see a mention or an issue reference. */
function defuse(value: string): string {
  return value.replace(/([@#])(?=[\p{L}\p{N}_-])/gu, '$1\u200B');
}

function defuseTree(node: Nodes): void {
  if (node.type === 'text') node.value = defuse(node.value);
  if ('children' in node) for (const child of node.children) defuseTree(child);
}

function itemNodes(problem: LinkProblem): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  nodes.push(problem.entry === undefined ? text('(outside entries)') : strong(text(problem.entry)));
  nodes.push(text(`, line ${problem.line}: `));
  if (problem.kind === 'redirect') {
    nodes.push(code(problem.url), text(' → '), problem.target === undefined ? text('(no target)') : code(problem.target));
  } else {
    // The message names the URL in most cases; show it once either way.
    if (!problem.message.includes(problem.url)) nodes.push(code(problem.url), text(' '));
    nodes.push(...messageNodes(problem.message));
  }
  if (problem.since !== undefined && problem.runs !== undefined) {
    nodes.push(text(` · failing since ${problem.since}, ${plural(problem.runs, 'run')} in a row`));
  }
  return nodes;
}

function groups(problems: readonly LinkProblem[]): Array<{ file: string; section: string[]; items: LinkProblem[] }> {
  const byKey = new Map<string, { file: string; section: string[]; items: LinkProblem[] }>();
  for (const problem of problems) {
    const key = JSON.stringify([problem.file, problem.section]);
    let group = byKey.get(key);
    if (group === undefined) {
      group = { file: problem.file, section: problem.section, items: [] };
      byKey.set(key, group);
    }
    group.items.push(problem);
  }
  return [...byKey.values()];
}

function category(
  title: string,
  explanation: string,
  problems: readonly LinkProblem[],
  context: IssueBodyContext,
  checklist: boolean,
): RootContent[] {
  if (problems.length === 0) return [];
  const nodes: RootContent[] = [heading(3, text(`${title} (${problems.length})`)), paragraph(...messageNodes(explanation))];
  const shown = problems.slice(0, context.maxItems ?? problems.length);
  for (const group of groups(shown)) {
    const label: PhrasingContent[] = [code(group.file)];
    if (group.section.length > 0) label.push(text(` › ${sectionLabel(group.section)}`));
    nodes.push(heading(4, ...label));
    nodes.push(
      list(
        group.items.map((problem) =>
          checklist ? [...itemNodes(problem), { type: 'html', value: `<!-- medlint-item:${itemKey(problem)} -->` }] : itemNodes(problem),
        ),
        checklist ? group.items.map((problem) => context.ticked.has(itemKey(problem))) : undefined,
      ),
    );
  }
  if (shown.length < problems.length) {
    nodes.push(paragraph(text(`… and ${problems.length - shown.length} more; the job summary of the run lists them all.`)));
  }
  return nodes;
}

function intro(report: LinkReport, context: IssueBodyContext): RootContent[] {
  const checked: PhrasingContent[] = [text('medlint checked the links in ')];
  const named = report.files.slice(0, MAX_FILES_NAMED);
  named.forEach((file, index) => {
    if (index > 0) checked.push(text(', '));
    checked.push(code(file));
  });
  if (report.files.length > named.length) checked.push(text(` and ${report.files.length - named.length} more files`));
  checked.push(text(` on ${context.today}`));
  if (context.runUrl !== undefined) checked.push(text(' ('), link(context.runUrl, text('workflow run')), text(')'));
  checked.push(text('.'));
  return [paragraph(...checked)];
}

/** The body of an open report issue. `historyComment` comes from `writeHistory`. */
export function renderIssueBody(report: LinkReport, context: IssueBodyContext, historyComment: string): string {
  const failingTitle = context.minFailures === 2 ? 'Failing once' : 'Failing, not yet dead';
  const failingText =
    context.minFailures === 2
      ? 'These failed in this run only; medlint reports them as dead if they fail in the next run too.'
      : `These failed in fewer than ${context.minFailures} runs in a row; medlint reports them as dead after ${context.minFailures}.`;
  const tree = root([
    ...intro(report, context),
    paragraph(
      strong(text(`${report.dead.length} dead`)),
      text(
        `, ${report.failing.length} failing, ${report.redirects.length} redirected, ${report.anchors.length} missing anchors, ${report.unverified.length} unverified.`,
      ),
    ),
    ...category('Dead links', `Failed in ${context.minFailures} or more runs in a row. Fix or remove them.`, report.dead, context, true),
    ...category(failingTitle, failingText, report.failing, context, false),
    ...category('Redirects', 'These links redirect; update them to the new URL.', report.redirects, context, true),
    ...category('Missing anchors', 'The page is alive but has no element with the `#fragment` the link names.', report.anchors, context, true),
    ...category(
      'Unverified',
      'The server did not let medlint check these (blocked or rate-limited); check them in a browser.',
      report.unverified,
      context,
      true,
    ),
    paragraph(
      text(
        'Tick the boxes as you go: they are kept when medlint updates this issue on its next run. medlint closes the issue when every link is healthy.',
      ),
    ),
  ]);
  defuseTree(tree);
  return `${REPORT_MARKER}\n\n${stringifyMarkdown(tree)}\n${historyComment}\n`;
}

/** The body an issue is left with when it is closed because every link is healthy. */
export function renderHealthyBody(report: LinkReport, context: IssueBodyContext, historyComment: string): string {
  const tree = root([...intro(report, context), paragraph(text('Every link is healthy.'))]);
  defuseTree(tree);
  return `${REPORT_MARKER}\n\n${stringifyMarkdown(tree)}\n${historyComment}\n`;
}
