/**
 * Entries written in HTML, read with an HTML parser (parse5, the one under rehype), never with
 * patterns:
 *   htmlBlockEntries   `<ul><li><a href>Name</a> description</li></ul>` and `<table>` rows whose
 *                      name cell holds an `<a href>`; a linked `<li>` inside a linked `<li>` is a
 *                      sub-entry with its parent's name
 *   inlineHtmlStart    a list item that opens with `<a href="…"> **Name**</a><br>` and its
 *                      description on the next line
 * Positions are offsets into the Markdown source, so diagnostics point into the list file.
 */
import type { Nodes, Paragraph } from 'mdast';
import type * as Parse5 from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import type { Span } from '../diagnostics/diagnostic.js';
import { cleanName, type EntryStart, stripLead } from './entry-start.js';
import type { LineIndex } from './line-index.js';
import { DESCRIPTION_HEADER, NAME_HEADER } from './tables.js';
import { foldWhitespace, plainText } from './text.js';
import type { EntryLink, EntryShape } from './types.js';

/**
 * parse5, given by the pipeline only for a file that has an `<a` (no real list in the corpus has
 * one in its raw HTML): its 300 KB would otherwise load at every start. The command loads it
 * (`loadHtmlParserFor`, pipeline/lint-source.ts); the library's index gives it at once.
 */
let parse5: typeof Parse5 | undefined;

/** Whether extracting `source` needs the HTML parser: entries in HTML all open with an `<a`. */
export function needsHtmlParser(source: string): boolean {
  return /<a/i.test(source);
}

export function useHtmlParser(parser: typeof Parse5): void {
  parse5 ??= parser;
}

function parseFragment(html: string, options?: { sourceCodeLocationInfo: boolean }): DefaultTreeAdapterTypes.DocumentFragment {
  if (!parse5) throw new Error('The HTML parser is not given: call useHtmlParser() before extracting a file that needsHtmlParser()');
  return parse5.parseFragment(html, options);
}

/** One entry found in an HTML block, in the terms of the Markdown extractor. */
export interface HtmlEntry {
  start: EntryStart;
  shape: EntryShape;
  span: Span;
  links: EntryLink[];
  /** The outer entry's name, for a linked `<li>` inside a linked `<li>`. */
  parent?: string;
}

type Element = DefaultTreeAdapterTypes.Element;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** Where an HTML fragment sits in the Markdown file. */
interface Place {
  baseOffset: number;
  lines: LineIndex;
}

/** Entries in one run of raw HTML (`html` starts at `baseOffset` of the source). */
export function htmlBlockEntries(html: string, baseOffset: number, lines: LineIndex): HtmlEntry[] {
  if (!mayHoldEntries(html)) return [];
  const tree = parseFragment(html, { sourceCodeLocationInfo: true });
  const place: Place = { baseOffset, lines };
  const entries: HtmlEntry[] = [];
  visitBlocks(tree, place, entries);
  return entries.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
}

/**
 * Lists and tables anywhere in the fragment (also inside `<details>` or `<div>`). Iterative on
 * purpose: HTML nested 50,000 deep must not overflow the call stack.
 */
function visitBlocks(root: ParentNode, place: Place, entries: HtmlEntry[]): void {
  const stack: Array<{ node: ParentNode; parent: string | undefined }> = [{ node: root, parent: undefined }];
  while (stack.length > 0) {
    const { node, parent } = stack.pop() as { node: ParentNode; parent: string | undefined };
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === 'table') {
        const inner: ParentNode[] = [];
        tableEntries(child, place, entries, inner);
        for (const table of inner) stack.push({ node: table, parent });
      }
      else if (child.tagName === 'ul' || child.tagName === 'ol') {
        for (const nested of listEntries(child, place, entries, parent)) stack.push(nested);
      } else stack.push({ node: child, parent });
    }
  }
}

/** The entries of a list's items; returns the lists nested in them, with the name they sit under. */
function listEntries(list: Element, place: Place, entries: HtmlEntry[], parent: string | undefined): Array<{ node: ParentNode; parent: string | undefined }> {
  const nestedLists: Array<{ node: ParentNode; parent: string | undefined }> = [];
  for (const item of list.childNodes) {
    if (!isElement(item) || item.tagName !== 'li') continue;
    const nested = item.childNodes.filter((child): child is Element => isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol'));
    const nestedSet = new Set<ChildNode>(nested);
    const own = item.childNodes.filter((child) => !nestedSet.has(child));
    const link = openingLink(own);
    let name = parent;
    if (link) {
      name = cleanName(textOf(link));
      const description = stripLead(textOf(own.slice(own.indexOf(topLevelOf(own, link)) + 1)));
      entries.push({
        start: { name, url: hrefOf(link), description },
        shape: 'list-item',
        // Up to its last node that holds no list or table: those hold sub-entries, with spans of their own.
        span: ownSpan(item, own.filter((node) => !isElement(node) || !holdsStructure(node)), place),
        links: linksOf(own, place),
        ...(parent === undefined ? {} : { parent }),
      });
    }
    // Nested lists are read from a fragment holding only them, so they are visited as lists.
    for (const sub of nested) nestedLists.push({ node: { nodeName: '#document-fragment', childNodes: [sub] } as ParentNode, parent: name });
    // Other elements of the item (a `<div>` around a table) may hold lists and tables too.
    for (const other of own) if (isElement(other) && other !== link) nestedLists.push({ node: other, parent: name });
  }
  return nestedLists;
}

/**
 * Rows whose name cell holds a link; columns are found by the Markdown table reader's header
 * names. Only the table's own rows: a table nested in a cell is read as a table of its own
 * (`nested`), and the text and links of a cell stop where a nested table or list starts, so
 * each part of tables nested in tables is read once, not once per table around it.
 */
function tableEntries(table: Element, place: Place, entries: HtmlEntry[], nested: ParentNode[]): void {
  const rows = elements(table, 'tr', STRUCTURES);
  const [first] = rows;
  if (!first) return;
  const firstCells = cellsOf(first);
  const headerRow = firstCells.length > 0 && firstCells.every((cell) => cell.tagName === 'th');
  const titles = headerRow ? firstCells.map((cell) => foldWhitespace(textOf(cell))) : [];
  const named = titles.findIndex((title) => NAME_HEADER.test(title));
  const nameColumn = named === -1 ? 0 : named;
  const descriptionColumn = titles.findIndex((title, index) => index !== nameColumn && DESCRIPTION_HEADER.test(title));
  for (const row of headerRow ? rows.slice(1) : rows) {
    const cells = cellsOf(row);
    for (const cell of cells) for (const inner of elements(cell, 'table')) nested.push({ nodeName: '#document-fragment', childNodes: [inner] } as ParentNode);
    const nameCell = cells[nameColumn];
    const link = nameCell ? elements(nameCell, 'a').find((anchor) => hrefOf(anchor) !== null && textOf(anchor) !== '') : undefined;
    // A row without a linked name is a group label, a note or a layout cell: no entry.
    if (!nameCell || !link) continue;
    const description =
      descriptionColumn >= 0
        ? foldWhitespace(textOf(cells[descriptionColumn] ?? []))
        : cells
            .map((cell, index) => {
              if (cell === nameCell) return '';
              const value = foldWhitespace(textOf(cell));
              const title = titles[index];
              return value === '' || !title ? value : `${title}: ${value}`;
            })
            .filter((value) => value !== '')
            .join('; ');
    entries.push({
      start: { name: cleanName(textOf(nameCell)), url: hrefOf(link), description },
      shape: 'table-row',
      span: ownSpan(row, row.childNodes.filter((node) => !isElement(node) || !holdsStructure(node)), place),
      links: linksOf([row], place),
    });
  }
}

/**
 * The name and link of a list item that opens with inline HTML: `<a href="…"> **Name**</a>`
 * (the Markdown between the tags is the name), the text after `</a>` and `<br>` its description.
 * Null when the item opens with anything else, or the link holds only an image (an icon).
 */
export function inlineHtmlStart(head: Paragraph): EntryStart | null {
  const children = head.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const opening = children[0];
  if (opening?.type !== 'html' || !opening.value.trimStart().slice(0, 2).toLowerCase().startsWith('<a')) return null;
  const anchor = parseFragment(opening.value).childNodes[0];
  if (!anchor || !isElement(anchor) || anchor.tagName !== 'a') return null;
  const url = hrefOf(anchor);
  if (url === null) return null;
  const closing = children.findIndex((child, index) => index > 0 && child.type === 'html' && child.value.replace(/\s/g, '').toLowerCase() === '</a>');
  if (closing === -1) return null;
  const name = cleanName(plainText(children.slice(1, closing) as Nodes[]));
  if (name === '') return null;
  return { name, url, description: stripLead(plainText(children.slice(closing + 1) as Nodes[])) };
}

/**
 * Whether a run of HTML may hold entries, before it is parsed: an `<a` and a list item or a table
 * cell, the only places entries are read from. Most HTML in a list (`<details>`, `<img>`, `<br>`)
 * has none, and is not parsed at all.
 */
function mayHoldEntries(html: string): boolean {
  const lower = html.toLowerCase();
  return lower.includes('<a') && (lower.includes('<li') || lower.includes('<td') || lower.includes('<th'));
}

/** The `<a href>` that opens the item (also inside `<b>`/`<strong>`), with text of its own. */
function openingLink(nodes: readonly ChildNode[]): Element | null {
  const first = nodes.find((node) => !(node.nodeName === '#text' && 'value' in node && node.value.trim() === '') && node.nodeName !== '#comment');
  if (!first || !isElement(first)) return null;
  const anchor = first.tagName === 'a' ? first : ['b', 'strong', 'em'].includes(first.tagName) ? elements(first, 'a')[0] : undefined;
  if (!anchor || hrefOf(anchor) === null || textOf(anchor) === '') return null;
  return anchor;
}

/** The item's own child that holds `link` (the link itself, or the `<b>` around it). */
function topLevelOf(nodes: readonly ChildNode[], link: Element): ChildNode {
  return nodes.find((node) => node === link || (isElement(node) && elements(node, 'a').includes(link))) ?? link;
}

/** The `href` of an `<a>`, or null for none and for in-page `#…` links. */
function hrefOf(anchor: Element): string | null {
  const href = anchor.attrs.find((attribute) => attribute.name === 'href')?.value.trim();
  return href !== undefined && href !== '' && !href.startsWith('#') ? href : null;
}

function linksOf(nodes: readonly ChildNode[], place: Place): EntryLink[] {
  return nodes
    .flatMap((node) => (isElement(node) ? elements(node, 'a') : []))
    .flatMap((anchor) => {
      const url = hrefOf(anchor);
      return url === null ? [] : [{ url, kind: 'link' as const, ...spanIn(anchor, place) }];
    });
}

/**
 * Whether `node` is or holds a list or a table (read as blocks of their own). Looks no deeper
 * than the first one on each path, so the parts around nested structures are read once.
 */
function holdsStructure(node: Element): boolean {
  const stack: Element[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Element;
    if (STRUCTURES.has(current.tagName)) return true;
    for (const child of current.childNodes) if (isElement(child)) stack.push(child);
  }
  return false;
}

/** Elements read as blocks of their own: an item's or a cell's text and links stop at them. */
const STRUCTURES: ReadonlySet<string> = new Set(['table', 'ul', 'ol']);

/**
 * Every element named `tagName` at or below `node`, in document order, without looking inside
 * elements named in `stop` below `node` (nested tables and lists, read on their own).
 */
function elements(node: Element, tagName: string, stop: ReadonlySet<string> = STRUCTURES): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Element;
    if (current.tagName === tagName) found.push(current);
    if (current !== node && stop.has(current.tagName)) continue;
    for (let index = current.childNodes.length - 1; index >= 0; index -= 1) {
      const child = current.childNodes[index];
      if (child && isElement(child)) stack.push(child);
    }
  }
  return found;
}

function cellsOf(row: Element): Element[] {
  return row.childNodes.filter((cell): cell is Element => isElement(cell) && (cell.tagName === 'td' || cell.tagName === 'th'));
}

function isElement(node: ChildNode): node is Element {
  return 'tagName' in node;
}

/**
 * What a reader sees: text without images (icons) and comments, whitespace folded, and without
 * the nested tables and lists below the nodes given (they are blocks of their own).
 */
function textOf(node: ChildNode | readonly ChildNode[]): string {
  const parts: string[] = [];
  const roots = new Set<ChildNode>(Array.isArray(node) ? (node as readonly ChildNode[]) : [node as ChildNode]);
  const stack: ChildNode[] = [...roots].reverse();
  while (stack.length > 0) {
    const current = stack.pop() as ChildNode;
    if (current.nodeName === '#text' && 'value' in current) parts.push(current.value);
    else if (isElement(current) && current.tagName === 'br') parts.push(' ');
    else if (isElement(current) && current.tagName !== 'img' && (roots.has(current) || !STRUCTURES.has(current.tagName))) {
      for (let index = current.childNodes.length - 1; index >= 0; index -= 1) stack.push(current.childNodes[index] as ChildNode);
    }
  }
  return foldWhitespace(parts.join(''));
}

/** An item's span up to its last own node: a nested list is its sub-entries', not its own. */
function ownSpan(item: Element, own: readonly ChildNode[], place: Place): Span {
  const span = spanIn(item, place);
  if (own.length === item.childNodes.length) return span;
  const last = [...own].reverse().find((node) => node.sourceCodeLocation);
  const end = last?.sourceCodeLocation?.endOffset;
  if (end === undefined) return span;
  const point = place.lines.point(place.baseOffset + end);
  return { ...span, endLine: point.line, endColumn: point.column };
}

function spanIn(node: Element, place: Place): Span {
  const startOffset = node.sourceCodeLocation?.startOffset ?? 0;
  // An element closed by the end of the fragment may carry no end: it ends where it starts.
  const endOffset = Math.max(startOffset, node.sourceCodeLocation?.endOffset ?? startOffset);
  const start = place.lines.point(place.baseOffset + startOffset);
  const end = place.lines.point(place.baseOffset + endOffset);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
