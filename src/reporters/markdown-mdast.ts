/**
 * Small mdast builders for the Markdown reporter and the Action's issue body. Text from a list
 * (names, URLs, messages, file names) only ever enters the tree as `text` or `inlineCode`
 * nodes, never as raw Markdown or HTML, so `remark-stringify` escapes it: a `|` cannot split
 * a table cell, `<script>` stays text, `*` stays a star.
 */
import type {
  Heading,
  InlineCode,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { showControlCharacters } from './github-command.js';

/** C0 and C1 control characters other than tab, DEL (CR and LF are handled apart), and bidirectional overrides. */
/**
 * Makes stranger text safe for a one-line Markdown context: line breaks become spaces (a
 * newline would end a table row or list item) and control characters (ANSI escapes, NUL)
 * become visible `\x1B`-style text, bidirectional overrides (U+202E) `\u202E`-style text.
 */
export function oneLine(value: string): string {
  return showControlCharacters(value.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '));
}

export function text(value: string): Text {
  return { type: 'text', value: oneLine(value) };
}

export function code(value: string): InlineCode {
  return { type: 'inlineCode', value: oneLine(value) };
}

/**
 * A message as phrasing: the parts messages put in backticks (values, URLs) become inline
 * code, the rest text. Code spans keep URLs from being auto-linked by GitHub.
 */
export function messageNodes(message: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  const parts = message.split(/`([^`\r\n]+)`/);
  parts.forEach((part, index) => {
    if (part === '') return;
    nodes.push(index % 2 === 1 ? code(part) : text(part));
  });
  return nodes;
}

export function strong(...children: PhrasingContent[]): Strong {
  return { type: 'strong', children };
}

/** A link to a URL this program built (docs pages, run URLs), never to a URL from a list. */
export function link(url: string, ...children: PhrasingContent[]): Link {
  return { type: 'link', url, children };
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

export function heading(depth: Heading['depth'], ...children: PhrasingContent[]): Heading {
  return { type: 'heading', depth, children };
}

/** A table whose first row is the header. */
export function table(header: readonly string[], rows: readonly (readonly PhrasingContent[][])[]): Table {
  const row = (cells: readonly PhrasingContent[][]): TableRow => ({
    type: 'tableRow',
    children: cells.map((children): TableCell => ({ type: 'tableCell', children })),
  });
  return {
    type: 'table',
    align: header.map(() => null),
    children: [row(header.map((title) => [text(title)])), ...rows.map(row)],
  };
}

/** A tight bullet list; `checked` makes it a GFM task list (`- [ ] …`). */
export function list(items: readonly PhrasingContent[][], checked?: readonly boolean[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children, index): ListItem => {
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph(...children)] };
      const check = checked?.[index];
      if (check !== undefined) item.checked = check;
      return item;
    }),
  };
}

export function root(children: RootContent[]): Root {
  return { type: 'root', children };
}

/** `1 error`, `2 errors`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Serialises a tree with remark + remark-gfm (tables, task lists), `-` bullets. */
export function stringifyMarkdown(tree: Root): string {
  return remark().use(remarkGfm).data('settings', { bullet: '-', rule: '-', emphasis: '_', fences: true }).stringify(tree);
}
