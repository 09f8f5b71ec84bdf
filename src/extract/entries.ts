/**
 * Entries from the Markdown tree. Walks the top-level blocks once, section by section:
 *
 *   heading ── `## [Name](url)` → heading entry (absorbs paragraphs up to a heading or `---`)
 *   list ───── item by item: `[Name](url) …`, `**Name** …`, `Name: http://…`; sub-bullets
 *              `Label: …` are fields of their parent; `**Group**` items group nested entries
 *   paragraph  `[Name](url): …`, `TCGA: http://…`, `**Name**` blocks with labelled lines
 *   table ──── one entry per row, columns chosen by their header names
 *
 * then a last pass turns `### Name` + a linked paragraph into an entry where nothing else did.
 */
import type { Html, List, ListItem, Nodes, Paragraph, Root, RootContent, Table, TableRow } from 'mdast';
import type { Span } from '../diagnostics/diagnostic.js';
import { boldTitle, cleanName, type EntryStart, linksIn, readEntryStart } from './entry-start.js';
import { splitFieldLines } from './field-lines.js';
import type { AccessKnowledge } from '../knowledge/index.js';
import { entryAccess } from './access.js';
import { extractCounts } from './fields.js';
import { extractLicense } from './license.js';
import { entryKind, isPaperItem } from './entry-kind.js';
import { dropIndexTables, isCreditLabel, isNotEntryText, isTodoLabel, reasonForNoLink } from './not-entries.js';
import { headingIndexAt } from './sections.js';
import { entryTableColumns, isGroupLabelRow, rowDescription, type TableColumns } from './tables.js';
import { linkKind } from './links.js';
import { htmlBlockEntries, inlineHtmlStart } from './html-entries.js';
import type { LineIndex } from './line-index.js';
import { itemAmongEntries, type ListShape, readListShape } from './linkless-items.js';
import { isNameOverBareUrl, opensWithMirror, opensWithNamedLink } from './sub-entries.js';
import { foldWhitespace, plainText, spanOf } from './text.js';
import type { Count, DatasetEntry, EntryLink, EntryShape, HeadingInfo, LinkRef } from './types.js';

interface Draft {
  start: EntryStart;
  shape: EntryShape;
  span: Span;
  /** Extra text read for access terms (fields, table access column). */
  extraText: string[];
  counts?: Count[];
  /** A bold block that absorbed a list: `**General Category**` over its items is a label. */
  absorbedList?: boolean;
  /** A link-less item of a catalogue list: an entry only when its section holds other entries. */
  needsSection?: boolean;
  /** The outer entry's name, for a sub-item that names its own dataset. */
  parent?: string;
  /** Links read from HTML, in place of the links found inside the span. */
  ownLinks?: EntryLink[];
  /** Opened by a bold title with no text of its own: a group label until its body says otherwise. */
  groupOf?: Draft;
  /** The link of the one `Access:` line of the entry's block, for an entry without a link of its own. */
  sharedLink?: string;
}

/** Sub-bullet that is a field of its parent: `Paper: …`, `Access: …`, `Code - …`. */
const FIELD_LABEL = /^\p{Lu}[\p{L} /()&-]{0,30}:\s*\S/u;

export interface ExtractContext {
  source: string;
  headings: readonly HeadingInfo[];
  links: readonly LinkRef[];
  /** Offsets → lines, for raw HTML (the one collectLinks used). */
  lines: LineIndex;
  /** Access facts: the built-in ones and the config's. */
  knowledge: AccessKnowledge;
}

export function extractEntries(tree: Root, context: ExtractContext): DatasetEntry[] {
  const drafts: Draft[] = [];
  const blocks = tree.children;
  let open: Draft | null = null; // a heading or bold-block entry that absorbs following paragraphs
  let headingIndex = -1;
  let inEntrySection = true;
  let afterTodo = false; // the list after a `Todo:` or `Credits:` paragraph lists plans or people, not entries
  let htmlReadUntil = -1; // a run of raw HTML blocks is read at once: a `<table>` may span several
  // The block between two headings or `***` lines: its entries without a link share its `Access:` line.
  const run: BlockRun = { startLine: 1, accessLinks: new Set() };

  for (const [blockIndex, block] of blocks.entries()) {
    const todoList = afterTodo;
    if (block.type === 'paragraph') {
      const text = plainText(block);
      afterTodo = isTodoLabel(text) || isCreditLabel(text);
      const accessLink = standaloneAccessLink(block, text);
      if (accessLink !== null) run.accessLinks.add(accessLink);
    } else {
      afterTodo = false;
    }
    if (afterTodo) continue;
    if (block.type === 'heading' || block.type === 'thematicBreak') closeRun(run, drafts, spanOf(block).line);
    if (block.type === 'heading') {
      open = null;
      headingIndex += 1;
      inEntrySection = context.headings[headingIndex]?.isEntrySection ?? true;
      if (inEntrySection && block.depth >= 2) {
        const draft = headingEntry(block, context.source);
        if (draft) {
          drafts.push(draft);
          open = draft;
        }
      }
      continue;
    }
    if (!inEntrySection) continue;
    if (block.type === 'thematicBreak') {
      open = null;
      continue;
    }
    if (block.type === 'paragraph') {
      const title = boldTitle(block);
      if (title !== null) {
        // `__Name__` on its own line opens a block: fields and lists up to `***` belong to it.
        open = { start: { name: title, url: null, description: '' }, shape: 'bold-block', span: spanOf(block), extraText: [] };
        drafts.push(open);
        extendText(open, block.children.slice(1));
        continue;
      }
      if (open) {
        extend(open, block);
        continue;
      }
      const draft = paragraphEntry(block, context.source);
      if (draft) drafts.push(draft);
      continue;
    }
    if (block.type === 'list') {
      if (todoList) continue;
      const grouped = open ? groupedItems(open, block, context.source, drafts) : null;
      if (grouped) {
        open = grouped;
        continue;
      }
      if (open && (open.shape === 'bold-block' || !listHasEntries(block, context.source))) {
        extend(open, block);
        continue;
      }
      open = null;
      if (!isNavigation(block)) listEntries(block, context.source, drafts);
      continue;
    }
    if (block.type === 'table') {
      open = null;
      tableEntries(block, drafts);
      continue;
    }
    if (block.type === 'html' && (block.position?.start.offset ?? 0) > htmlReadUntil) {
      htmlReadUntil = htmlRunEntries(blocks, blockIndex, block, context, drafts);
    }
  }
  closeRun(run, drafts, Number.POSITIVE_INFINITY);
  headingWithLinkedParagraph(blocks, context, drafts);

  const entries = withoutLonelyCatalogues(drafts, context)
    // `**General Category**` over a list of items, with no link of its own: a label, not an entry.
    .filter((draft) => !(draft.shape === 'bold-block' && draft.absorbedList && draft.start.url === null))
    .sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column)
    .map((draft) => finish(draft, context));
  return dropIndexTables(entries);
}

function headingEntry(heading: Nodes & { type: 'heading' }, source: string): Draft | null {
  const paragraph: Paragraph = { type: 'paragraph', children: heading.children };
  if (heading.position) paragraph.position = heading.position;
  const start = readEntryStart(paragraph, source);
  // Only a heading that *is* a link names a dataset; `## Datasets (see [index](…))` does not.
  const first = heading.children.find((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (!start || !first || (first.type !== 'link' && first.type !== 'strong' && first.type !== 'emphasis')) return null;
  if (first.type !== 'link' && linksIn(first).length === 0) return null;
  return { start, shape: 'heading', span: spanOf(heading), extraText: [] };
}

interface BlockRun {
  startLine: number;
  /** Links of its standalone `Access: http://…` paragraphs. */
  accessLinks: Set<string>;
}

/** `Access: http://…`, `**Website: http://…**`: a paragraph that is only a labelled link. */
const ACCESS_LINE = /^(?:access|website|web site|homepage|home page|data|download|link|url)\s*:\s*\S+$/i;

function standaloneAccessLink(paragraph: Paragraph, text: string): string | null {
  if (!ACCESS_LINE.test(text.trim())) return null;
  const links = linksInBlock(paragraph);
  return links.length === 1 ? (links[0] as string) : null;
}

/**
 * Ends a run of blocks: when it has one `Access:` line, the entries in it without a link of
 * their own (`__SCMR Data__` beside `__Sunnybrook Data__` … `Access: http://…`, or the items of a
 * list under `Access: http://…`) share that link. Drafts are in source order: walk back from the
 * last one to the run's start.
 */
function closeRun(run: BlockRun, drafts: readonly Draft[], nextLine: number): void {
  if (run.accessLinks.size === 1) {
    const [link] = run.accessLinks;
    for (let index = drafts.length - 1; index >= 0; index -= 1) {
      const draft = drafts[index] as Draft;
      if (draft.span.line < run.startLine) break;
      if (draft.start.url === null && !draft.ownLinks) draft.sharedLink = link as string;
    }
  }
  run.startLine = nextLine;
  run.accessLinks.clear();
}

/** Labels of an entry's fields; a stray `Access: http://…` line is not an entry of its own. */
const FIELD_NAME =
  /^(?:access|paper|papers|link|links|data|website|web site|code|information|info|overview|download|downloads|source|homepage|home page|url|documentation|docs|landing page|article|publication|preprocessed version|description|summary|license|licence|citation)$/i;

function paragraphEntry(paragraph: Paragraph, source: string): Draft | null {
  if (isNotEntryText(plainText(paragraph))) return null;
  const start = readEntryStart(paragraph, source);
  if (!start || FIELD_NAME.test(start.name)) return null;
  return { start, shape: 'paragraph', span: spanOf(paragraph), extraText: [] };
}

/** Entries in `first` and the raw HTML blocks right after it; returns the offset the run ends at. */
function htmlRunEntries(blocks: readonly RootContent[], firstIndex: number, first: Html, context: ExtractContext, drafts: Draft[]): number {
  let last: RootContent = first;
  for (let index = firstIndex + 1; blocks[index]?.type === 'html'; index += 1) last = blocks[index] as RootContent;
  const start = first.position?.start.offset ?? 0;
  const end = last.position?.end.offset ?? start;
  for (const entry of htmlBlockEntries(context.source.slice(start, end), start, context.lines)) {
    drafts.push({ start: entry.start, shape: entry.shape, span: entry.span, extraText: [], ownLinks: entry.links, ...(entry.parent === undefined ? {} : { parent: entry.parent }) });
  }
  return end;
}

/** Absorb a following block into an open entry: its text joins the description. */
function extend(draft: Draft, block: RootContent): void {
  if (block.type === 'list') draft.absorbedList = true;
  const end = spanOf(block);
  draft.span = { ...draft.span, endLine: end.endLine, endColumn: end.endColumn };
  extendText(draft, [block]);
}

function extendText(draft: Draft, nodes: Nodes[]): void {
  let text: string;
  if (nodes.length === 1 && nodes[0]?.type === 'paragraph') {
    text = extendLines(draft, nodes[0].children);
  } else if (nodes.every((node) => node.type !== 'paragraph' && node.type !== 'list' && node.type !== 'table')) {
    text = extendLines(draft, nodes);
  } else {
    text = plainText(nodes as RootContent[]);
  }
  draft.start = { ...draft.start, description: appendFolded(draft.start.description, text) };
  if (draft.start.url === null) {
    const link = nodes.flatMap((node) => linksInBlock(node))[0];
    if (link) draft.start = { ...draft.start, url: link };
  }
}

/**
 * `foldWhitespace(\`${folded} ${text}\`)` without folding `folded` again: a heading followed by
 * thousands of paragraphs re-folded its whole description once per paragraph.
 */
function appendFolded(folded: string, text: string): string {
  const more = foldWhitespace(text);
  return folded === '' ? more : more === '' ? folded : `${folded} ${more}`;
}

/** Description lines of a paragraph; `Label: http://…` lines become fields of the entry. */
function extendLines(draft: Draft, nodes: readonly Nodes[]): string {
  const { description, fields } = splitFieldLines(nodes);
  for (const field of fields) draft.extraText.push(field);
  return description;
}

/** The URLs a block links to, in-page links aside. */
function linksInBlock(block: Nodes, urls: string[] = []): string[] {
  if (block.type === 'link' && !block.url.startsWith('#')) urls.push(block.url);
  if ('children' in block) for (const child of block.children as Nodes[]) linksInBlock(child, urls);
  return urls;
}

/** A list whose links all point inside the document is a table of contents. */
export function isNavigation(list: List): boolean {
  const urls = linksInBlock(list);
  const all = countLinks(list);
  return all > 0 && urls.length === 0;
}

function countLinks(node: Nodes): number {
  if (node.type === 'link') return 1;
  if (!('children' in node)) return 0;
  let total = 0;
  for (const child of node.children as Nodes[]) total += countLinks(child);
  return total;
}

function listHasEntries(list: List, source: string): boolean {
  return list.children.some((item) => {
    const head = item.children[0];
    return head?.type === 'paragraph' && readItemStart(head, source) !== null && !FIELD_LABEL.test(plainText(head));
  });
}

/**
 * The entry a list item's first paragraph opens, inline HTML (`<a href>…</a>`) included. Read
 * once per paragraph (up to four callers ask about the same one; parse5 runs for inline HTML):
 * the answer is shared, so callers copy it before they change it.
 */
function readItemStart(head: Paragraph, source: string): EntryStart | null {
  const known = itemStarts.get(head);
  if (known && known.source === source) return known.start;
  const start = inlineHtmlStart(head) ?? readEntryStart(head, source, true);
  itemStarts.set(head, { source, start });
  return start;
}
const itemStarts = new WeakMap<Paragraph, { source: string; start: EntryStart | null }>();

/** A sub-item that names its own dataset, not a field (`Paper: …`, `[Code](…)`) of its parent. */
function isSubEntry(head: Nodes | undefined, source: string): boolean {
  if (head?.type !== 'paragraph') return false;
  const start = readItemStart(head, source);
  // A nameless URL under an entry is one more link of it (a mirror), not a dataset of its own.
  if (!start || start.name === '' || FIELD_NAME.test(start.name)) return false;
  // `- [Renal Set Task 2 | Kaggle](…)`: a copy of the parent's data, one more of its links.
  if (opensWithMirror(head)) return false;
  return opensWithNamedLink(head, source) || !FIELD_LABEL.test(plainText(head)) || isNameOverBareUrl(head, start, (name) => FIELD_NAME.test(name));
}

/** What an item's list says about it: its siblings and whether the list reads as a catalogue. */
interface ItemContext {
  shape: ListShape;
  siblingsAreEntries: boolean;
  index: number;
  /** The name of the entry the list sits under, for sub-entries. */
  parent?: string;
}

/** `inGroup`: the list follows a group title, so its name-shaped items are entries however few. */
function listEntries(list: List, source: string, drafts: Draft[], inGroup = false): void {
  const read = readListShape(list);
  const shape = inGroup ? { ...read, catalogue: true } : read;
  const siblingsAreEntries = listHasEntries(list, source);
  list.children.forEach((item, index) => listItemEntries(item, source, drafts, { shape, siblingsAreEntries, index }));
}

function listItemEntries(item: ListItem, source: string, drafts: Draft[], list: ItemContext): Draft | null {
  const head = item.children[0]?.type === 'paragraph' ? (item.children[0] as Paragraph) : null;
  const nested = item.children.filter((child): child is List => child.type === 'list');
  if (head && isNotEntryText(plainText(head))) return null;
  const read = head ? readItemStart(head, source) : null;
  // `- Paper: http://…` alone is a stray field, not a dataset.
  let start = read && !FIELD_NAME.test(read.name) ? read : head ? nameOverUrl(head, nested, source) : null;
  let needsSection = false;
  if (!start && !nested.some((child) => holdsEntries(child, source))) {
    // A link-less item: an entry among entries, or in a catalogue list (see linkless-items.ts).
    start = list.siblingsAreEntries ? itemAmongEntries(item, list.shape, list.index) : list.shape.catalogue ? (list.shape.named.get(list.index) ?? null) : null;
    needsSection = start !== null && !list.siblingsAreEntries;
    if (start && FIELD_NAME.test(start.name)) start = null;
  }
  if (!start) {
    // `* **Motor-Imagery**` over a nested list: a group label; its items are the entries.
    for (const child of nested) listEntries(child, source, drafts);
    return null;
  }
  // `- [Name](url)` with its description in the item's next paragraph.
  const following = item.children.slice(1).filter((child) => child.type === 'paragraph');
  if (start.description === '' && following.length > 0) start = { ...start, description: foldWhitespace(plainText(following)) };
  const draft: Draft = {
    start,
    shape: 'list-item',
    span: spanOf(item),
    extraText: [],
    ...(needsSection ? { needsSection } : {}),
    ...(list.parent === undefined ? {} : { parent: list.parent }),
  };
  drafts.push(draft);
  // Sub-bullets: `Label: …` are fields of this entry; anything else that starts an entry is its own.
  for (const list of nested) {
    let shape: ListShape | undefined; // read once per list, and only when it holds a sub-entry
    for (const [index, child] of list.children.entries()) {
      const childHead = child.children[0];
      const text = childHead ? plainText(childHead) : '';
      const childStart = childHead?.type === 'paragraph' && !FIELD_LABEL.test(text) ? readItemStart(childHead, source) : null;
      if (isSubEntry(childHead, source)) {
        shape ??= readListShape(list);
        listItemEntries(child, source, drafts, { shape, siblingsAreEntries: true, index, parent: start.name });
      } else {
        draft.extraText.push(plainText(child));
        // `- __Name__` over `  - Access: http://…`: the field's link is the entry's link.
        const fieldLink = childHead?.type === 'paragraph' && FIELD_LABEL.test(text) ? linksInBlock(childHead)[0] : undefined;
        if (draft.start.url === null && fieldLink) draft.start = { ...draft.start, url: fieldLink };
        // `  - Description: …` fills an entry that has no description of its own.
        const described = /^(?:description|summary)\s*:\s*(\S.*)$/i.exec(text);
        if (described && draft.start.description === '') draft.start = { ...draft.start, description: described[1] as string };
        // `  - A dataset of 300 CTs.`: a plain sub-item under a bare name is its description.
        else if (!childStart && childHead?.type === 'paragraph' && !FIELD_LABEL.test(text) && draft.start.description === '') {
          draft.start = { ...draft.start, description: text };
        }
      }
    }
  }
  // The item's own span ends where its fields end, but not past nested entries.
  const ownEnd = lastOwnBlock(item, source);
  if (ownEnd) draft.span = { ...draft.span, endLine: spanOf(ownEnd).endLine, endColumn: spanOf(ownEnd).endColumn };
  return draft;
}

/** A nested list with an item that opens an entry (`1. [Name](url): …`), fields aside. */
function holdsEntries(list: List, source: string): boolean {
  return list.children.some((item) => {
    const head = item.children[0];
    const start = head?.type === 'paragraph' ? readItemStart(head, source) : null;
    return start !== null && !FIELD_NAME.test(start.name);
  });
}

/**
 * `__EEG Challenges__` with no text of its own, then a list whose every item names a dataset:
 * the title labels a group, the items are the entries. Returns the last item, which takes the
 * `Access: …` paragraph that follows it; null when the list belongs to the open entry.
 */
function groupedItems(open: Draft, list: List, source: string, drafts: Draft[]): Draft | null {
  const title = open.groupOf ?? open;
  const titleOnly = title.shape === 'bold-block' && title.start.url === null && title.start.description === '' && title.extraText.length === 0;
  if (!titleOnly || list.ordered === true) return null;
  const shape = readListShape(list);
  const linked = listHasEntries(list, source);
  if (!linked && shape.named.size < list.children.length) return null;
  const titleIndex = drafts.indexOf(title);
  if (titleIndex !== -1) drafts.splice(titleIndex, 1);
  const before = drafts.length;
  listEntries(list, source, drafts, true);
  const added = drafts.slice(before);
  for (const draft of added) delete draft.needsSection;
  const last = added.at(-1);
  if (!last) return null;
  last.groupOf = title;
  return last;
}

/** Link-less catalogue items stay entries only where their section holds other entries. */
function withoutLonelyCatalogues(drafts: Draft[], context: ExtractContext): Draft[] {
  const sectionsWithEntries = new Set(
    drafts.filter((draft) => !draft.needsSection).map((draft) => headingIndexAt(context.headings, draft.span.line)),
  );
  return drafts.filter((draft) => !draft.needsSection || sectionsWithEntries.has(headingIndexAt(context.headings, draft.span.line)));
}

/**
 * `- TumorNet` then `  - https://github.com/…`: a short name without a link whose first
 * sub-item is only a URL takes that URL as its link.
 */
function nameOverUrl(head: Paragraph, nested: readonly List[], source: string): EntryStart | null {
  const firstHead = nested[0]?.children[0]?.children[0];
  if (firstHead?.type !== 'paragraph' || head.children.some((child) => linksIn(child).length > 0)) return null;
  const only = firstHead.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const link = only[0];
  if (only.length !== 1 || link?.type !== 'link' || linkKind(link, source) !== 'bare') return null;
  const name = cleanName(plainText(head));
  if (name === '' || name.length > 80 || /[.!?]\s/.test(name) || FIELD_NAME.test(name)) return null;
  return { name, url: link.url, description: '' };
}

function lastOwnBlock(item: ListItem, source: string): Nodes | null {
  let last: Nodes | null = item.children[0] ?? null;
  for (const child of item.children) {
    if (child.type !== 'list') {
      last = child;
      continue;
    }
    for (const sub of child.children) {
      if (isSubEntry(sub.children[0], source)) return last;
      last = sub;
    }
  }
  return last;
}

function tableEntries(table: Table, drafts: Draft[]): void {
  const [header, ...rows] = table.children;
  if (!header) return;
  const headers = header.children.map((cell) => plainText(cell));
  const columns = entryTableColumns(headers, rows);
  if (!columns) return;
  // The names listed before the table, read only for a row without links (a list of thousands
  // of entries has hundreds of tables).
  let named: Set<string> | undefined;
  const listedBefore = drafts.length;
  for (const row of rows) {
    if (isGroupLabelRow(row)) continue;
    const draft = tableRowEntry(row, headers, columns);
    if (!draft) continue;
    // A row without links that repeats a listed name compares entries; it adds none.
    if (draft.start.url === null) {
      named ??= new Set(drafts.slice(0, listedBefore).map((listed) => listed.start.name.toLowerCase()));
      if (named.has(draft.start.name.toLowerCase())) continue;
    }
    drafts.push(draft);
  }
}

function tableRowEntry(row: TableRow, headers: string[], columns: TableColumns): Draft | null {
  const cells = row.children;
  const nameCell = cells[columns.name];
  if (!nameCell) return null;
  const name = cleanName(plainText(nameCell));
  if (name === '') return null;
  const nameLink = nameCell.children.flatMap((child) => linksIn(child))[0];
  const rowLinks = cells.flatMap((cell) => cell.children.flatMap((child) => linksIn(child))).filter((link) => !link.url.startsWith('#'));
  const url = nameLink && !nameLink.url.startsWith('#') ? nameLink.url : (rowLinks[0]?.url ?? null);
  const description = rowDescription(cells, headers, columns);
  const counts: Count[] = [];
  if (columns.description < 0) {
    cells.forEach((cell, index) => {
      if (index === columns.name || index === columns.link) return;
      const value = plainText(cell);
      const number = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/.exec(value);
      const noun = (headers[index] ?? '').toLowerCase();
      if (number && noun !== '' && !/year|date/.test(noun)) {
        counts.push({ value: Number(value.replace(/,/g, '')), noun, text: `${value} ${noun}` });
      }
    });
  }
  const accessText = columns.access >= 0 ? plainText(cells[columns.access] ?? []) : '';
  // `| Contact AHA |` or `| Request Access |` where the link would be: why there is none (read with the access terms).
  const linkCell = columns.link >= 0 ? cells[columns.link] : undefined;
  const linkCellText = linkCell && linkCell.children.every((child) => linksIn(child).length === 0) ? plainText(linkCell) : '';

  return {
    start: { name, url, description },
    shape: 'table-row',
    span: spanOf(row),
    extraText: [accessText === '' ? '' : `Access: ${accessText}`, licenseField(cells[columns.license]), linkCellText].filter((text) => text !== ''),
    counts,
  };
}

/** A licence cell as a `License:` field, so the licence and access readers tell it from access terms. */
function licenseField(cell: TableRow['children'][number] | undefined): string {
  const text = cell ? plainText(cell) : '';
  return text === '' ? '' : `License: ${text}`;
}

/**
 * `### Name` then a paragraph with a link: the heading names the entry when its body holds no
 * other entry, no sub-heading, no list and no table.
 */
function headingWithLinkedParagraph(blocks: Root['children'], context: ExtractContext, drafts: Draft[]): void {
  const taken = new Set(drafts.map((draft) => headingIndexAt(context.headings, draft.span.line)));
  let headingIndex = -1;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index] as RootContent;
    if (block.type !== 'heading') continue;
    headingIndex += 1;
    const heading = context.headings[headingIndex];
    if (!heading || heading.depth < 2 || !heading.isEntrySection || heading.subsectionCount > 0) continue;
    if (taken.has(headingIndex)) continue;
    const body: RootContent[] = [];
    for (let next = index + 1; next < blocks.length; next += 1) {
      const candidate = blocks[next] as RootContent;
      if (candidate.type === 'heading' || candidate.type === 'thematicBreak') break;
      body.push(candidate);
    }
    if (body.length === 0 || body.some((node) => node.type === 'list' || node.type === 'table')) continue;
    const url = body.flatMap((node) => linksInBlock(node))[0];
    if (!url || body[0]?.type !== 'paragraph') continue;
    const last = body.at(-1) as RootContent;
    drafts.push({
      start: { name: heading.text, url, description: foldWhitespace(body.map((node) => plainText(node)).join(' ')) },
      shape: 'heading',
      span: { line: heading.line, column: heading.column, endLine: spanOf(last).endLine, endColumn: spanOf(last).endColumn },
      extraText: [],
    });
  }
}

/**
 * The links inside a span. `links` is sorted by start, so a binary search finds the first one:
 * a list of 100,000 entries must not cost 100,000² comparisons.
 */
export function linksWithin(links: readonly LinkRef[], span: Span): LinkRef[] {
  let low = 0;
  let high = links.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const ref = links[middle] as LinkRef;
    if (ref.line < span.line || (ref.line === span.line && ref.column < span.column)) low = middle + 1;
    else high = middle;
  }
  const inside: LinkRef[] = [];
  for (let index = low; index < links.length; index += 1) {
    const ref = links[index] as LinkRef;
    if (ref.line > span.endLine || (ref.line === span.endLine && ref.column >= span.endColumn)) break;
    if (ref.endLine < span.endLine || (ref.endLine === span.endLine && ref.endColumn <= span.endColumn)) inside.push(ref);
  }
  return inside;
}

/**
 * The section around a heading: its path without itself, one array per heading, so that
 * `entryKind`, which judges each path array once, judges it once for all its heading entries.
 */
function pathAbove(heading: HeadingInfo): string[] {
  let path = pathsAbove.get(heading);
  if (!path) pathsAbove.set(heading, (path = heading.path.slice(0, -1)));
  return path;
}
const pathsAbove = new WeakMap<HeadingInfo, string[]>();

function finish(draft: Draft, context: ExtractContext): DatasetEntry {
  const { span } = draft;
  const within = linksWithin(context.links, span);
  const inside = draft.ownLinks ? [] : within.filter((ref) => ref.kind !== 'image' && !ref.url.startsWith('#'));
  const links = draft.ownLinks ?? inside.map((ref) => ({
    url: ref.url,
    kind: ref.kind === 'bare' ? ('bare' as const) : ('link' as const),
    line: ref.line,
    column: ref.column,
    endLine: ref.endLine,
    endColumn: ref.endColumn,
  }));
  const heading = context.headings[headingIndexAt(context.headings, span.line)];
  // A heading entry (`## [Name](url)`) belongs to the section around it, not to itself.
  const section = (draft.shape === 'heading' && heading?.line === span.line ? pathAbove(heading) : heading?.path) ?? [];
  const description = draft.start.description;
  const fieldTexts = [...draft.extraText, description];
  const images = within.filter((ref) => ref.kind === 'image' || ref.kind === 'html').map((ref) => ref.url);
  const named = within.filter((ref) => ref.kind === 'link' && !ref.url.startsWith('#'));
  const paper = draft.shape === 'list-item' && named.length > 0 && isPaperItem(named.map((ref) => ref.text));
  const allText = fieldTexts.join('\n');
  const noLink = links.length === 0 && draft.sharedLink === undefined ? reasonForNoLink(allText) : null;
  return {
    name: draft.start.name,
    url: draft.start.url,
    links,
    description,
    section,
    ...span,
    counts: draft.counts && draft.counts.length > 0 ? draft.counts : extractCounts(description),
    ...entryAccess(fieldTexts, draft.start.url, draft.start.name, context.knowledge),
    license: extractLicense(allText, images),
    shape: draft.shape,
    kind: paper ? 'resource' : entryKind(section),
    hasMarkdownLink: links.some((link) => link.kind === 'link'),
    ...(draft.parent === undefined ? {} : { parent: draft.parent }),
    ...(draft.sharedLink === undefined || links.length > 0 ? {} : { sharedLink: draft.sharedLink }),
    ...(noLink === null ? {} : { noLink }),
  };
}

