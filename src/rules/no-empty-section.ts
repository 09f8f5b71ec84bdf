import type { RootContent } from 'mdast';
import type { HeadingInfo } from '../extract/types.js';
import { htmlComments } from '../parse/linear-text.js';
import type { Rule } from './types.js';


/**
 * A heading opens a section with something in it: entries, sub-headings, or at least some
 * text. Blank lines, `---`, HTML comments and link definitions do not count, since none of
 * them renders as content. Non-entry sections (Contents, License, …) are left alone.
 */
export const noEmptySection: Rule = {
  meta: {
    id: 'no-empty-section',
    description: 'Sections must not be empty: a heading needs entries, sub-sections or text below it.',
    category: 'structure',
    recommended: 'warn',
    messages: {
      empty: 'Unexpected empty section `{{text}}`, expected entries, sub-sections or text below the heading (or no heading)',
    },
  },
  check(document, context) {
    // `## [Name](url)` is an entry itself; `entry-description` speaks for its missing text.
    const entryHeadings = new Set(
      document.entries.filter((entry) => entry.shape === 'heading').map((entry) => entry.line),
    );
    // Headings are the tree's top-level heading nodes, in the same order as `document.headings`.
    let index = -1;
    let current: HeadingInfo | undefined;
    let hasContent = false;
    const close = (): void => {
      if (!current || hasContent || !current.isEntrySection) return;
      if (current.entryCount > 0 || current.subsectionCount > 0 || entryHeadings.has(current.line)) return;
      context.report({
        messageId: 'empty',
        data: { text: current.text },
        line: current.line,
        column: current.column,
        endLine: current.endLine,
        endColumn: current.endColumn,
      });
    };
    for (const node of document.tree.children) {
      if (node.type === 'heading') {
        close();
        index += 1;
        current = document.headings[index];
        hasContent = false;
        continue;
      }
      if (isContent(node)) hasContent = true;
    }
    close();
  },
};

function isContent(node: RootContent): boolean {
  switch (node.type) {
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
      return false;
    case 'html':
      return !isOnlyComments(node.value);
    default:
      return true;
  }
}

/**
 * Raw HTML made only of closed comments (`<!-- TODO -->`, medlint directives) and whitespace
 * shows nothing. A loop, not a regex: `/^(?:\s*<!--[\s\S]*?-->)*\s*$/` took exponential time on
 * `<!---->` × 40 + `x`.
 */
function isOnlyComments(html: string): boolean {
  let from = 0;
  for (const comment of htmlComments(html)) {
    if (!comment.closed || html.slice(from, comment.start).trim() !== '') return false;
    from = comment.end;
  }
  return html.slice(from).trim() === '';
}
