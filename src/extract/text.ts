import type { Nodes } from 'mdast';
import type { Span } from '../diagnostics/diagnostic.js';

/** Plain text of a node with whitespace folded (soft breaks become spaces). */
export function plainText(node: Nodes | Nodes[]): string {
  if (Array.isArray(node)) return foldWhitespace(rawText(node));
  // The extractor asks for the same paragraph's text many times: each node's is read once.
  let text = plainTexts.get(node);
  if (text === undefined) plainTexts.set(node, (text = foldWhitespace(rawText(node))));
  return text;
}
const plainTexts = new WeakMap<Nodes, string>();

/**
 * The text a reader sees, as GitHub renders it: text and code, without raw HTML (comments,
 * tags) and without image alt text (badges).
 */
export function rawText(node: Nodes | Nodes[]): string {
  if (Array.isArray(node)) {
    let text = '';
    for (const child of node) text += rawText(child);
    return text;
  }
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'html':
    case 'image':
    case 'imageReference':
    case 'definition':
      return '';
    case 'break':
      return '\n';
    default:
      return 'children' in node ? rawText(node.children as Nodes[]) : '';
  }
}

export function foldWhitespace(text: string): string {
  // Most texts have single spaces only: replacing each space with itself is the slow part.
  return FOLDABLE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}
/** Whitespace that folding changes: a run of two, or any whitespace but a space. */
const FOLDABLE = /\s\s|[^\S ]/;

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
