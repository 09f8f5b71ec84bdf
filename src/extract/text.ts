import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Span } from '../diagnostics/diagnostic.js';

/** Plain text of a node with whitespace folded (soft breaks become spaces). */
export function plainText(node: Nodes | Nodes[]): string {
  // Image alt text is not text a reader sees in a heading or name (badges!), as on GitHub.
  const options = { includeImageAlt: false };
  const text = Array.isArray(node) ? node.map((child) => toString(child, options)).join('') : toString(node, options);
  return foldWhitespace(text);
}

export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The node's span; nodes from remark-parse always have a position. */
export function spanOf(node: Nodes): Span {
  const position = node.position;
  if (!position) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    line: position.start.line,
    column: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column,
  };
}

/** A span covering `first` to `last`. */
export function spanBetween(first: Nodes, last: Nodes): Span {
  const start = spanOf(first);
  const end = spanOf(last);
  return { line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn };
}
