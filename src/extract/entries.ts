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
import type { List, ListItem, Nodes, Paragraph, Root, RootContent, Table, TableRow } from 'mdast';
import type { Span } from '../diagnostics/diagnostic.js';
import { boldTitle, cleanName, type EntryStart, linksIn, readEntryStart } from './entry-start.js';
import { splitFieldLines } from './field-lines.js';
import type { AccessKnowledge } from '../knowledge/index.js';
import { entryAccess } from './access.js';
import { extractCounts } from './fields.js';
import { extractLicense } from './license.js';
import { headingIndexAt } from './sections.js';
import { foldWhitespace, plainText, spanOf } from './text.js';
import type { Count, DatasetEntry, EntryShape, HeadingInfo, LinkRef } from './types.js';

interface Draft {
  start: EntryStart;
  shape: EntryShape;
  span: Span;
  /** Extra text read for access terms (fields, table access column). */
  extraText: string[];
  counts?: Count[];
}

/** Sub-bullet that is a field of its parent: `Paper: …`, `Access: …`, `Code - …`. */
const FIELD_LABEL = /^[\p{Lu}][\p{L} /()&-]{0,30}:\s*\S/u;

export interface ExtractContext {
  source: string;
  headings: readonly HeadingInfo[];
  links: readonly LinkRef[];
  /** Access facts: the built-in ones and the config's. */
  knowledge: AccessKnowledge;
}

export function extractEntries(tree: Root, context: ExtractContext): DatasetEntry[] {
  const drafts: Draft[] = [];
  const blocks = tree.children;
  let open: Draft | null = null; // a heading or bold-block entry that absorbs following paragraphs
  let headingIndex = -1;
  let inEntrySection = true;

  for (const block of blocks) {
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
  }
  headingWithLinkedParagraph(blocks, context, drafts);

  return drafts
    .sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column)
    .map((draft) => finish(draft, context));
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

/** Labels of an entry's fields; a stray `Access: http://…` line is not an entry of its own. */
const FIELD_NAME =
  /^(?:access|paper|papers|link|links|data|website|web site|code|information|info|overview|download|downloads|source|homepage|home page|url|documentation|docs|landing page|article|publication|preprocessed version|description|summary|license|licence|citation)$/i;

function paragraphEntry(paragraph: Paragraph, source: string): Draft | null {
  const start = readEntryStart(paragraph, source);
  if (!start || FIELD_NAME.test(start.name)) return null;
  return { start, shape: 'paragraph', span: spanOf(paragraph), extraText: [] };
}

/** Absorb a following block into an open entry: its text joins the description. */
function extend(draft: Draft, block: RootContent): void {
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
  draft.start = { ...draft.start, description: foldWhitespace(`${draft.start.description} ${text}`) };
  if (draft.start.url === null) {
    const link = nodes.flatMap((node) => [...linksInBlock(node)])[0];
    if (link) draft.start = { ...draft.start, url: link };
  }
}

/** Description lines of a paragraph; `Label: http://…` lines become fields of the entry. */
function extendLines(draft: Draft, nodes: readonly Nodes[]): string {
  const { description, fields } = splitFieldLines(nodes);
  draft.extraText.push(...fields);
  return description;
}

function* linksInBlock(block: Nodes): Generator<string> {
  if (block.type === 'link' && !block.url.startsWith('#')) yield block.url;
  if ('children' in block) for (const child of block.children as Nodes[]) yield* linksInBlock(child);
}

/** A list whose links all point inside the document is a table of contents. */
export function isNavigation(list: List): boolean {
  const urls = [...linksInBlock(list)];
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
    return head?.type === 'paragraph' && readEntryStart(head, source, true) !== null && !FIELD_LABEL.test(plainText(head));
  });
}

function listEntries(list: List, source: string, drafts: Draft[]): void {
  for (const item of list.children) listItemEntries(item, source, drafts);
}

function listItemEntries(item: ListItem, source: string, drafts: Draft[]): void {
  const head = item.children[0]?.type === 'paragraph' ? (item.children[0] as Paragraph) : null;
  const nested = item.children.filter((child): child is List => child.type === 'list');
  const read = head ? readEntryStart(head, source, true) : null;
  // `- Paper: http://…` alone is a stray field, not a dataset.
  const start = read && !FIELD_NAME.test(read.name) ? read : null;
  if (!start) {
    // `* **Motor-Imagery**` over a nested list: a group label; its items are the entries.
    for (const list of nested) listEntries(list, source, drafts);
    return;
  }
  const draft: Draft = { start, shape: 'list-item', span: spanOf(item), extraText: [] };
  drafts.push(draft);
  // Sub-bullets: `Label: …` are fields of this entry; anything else that starts an entry is its own.
  for (const list of nested) {
    for (const child of list.children) {
      const childHead = child.children[0];
      const text = childHead ? plainText(childHead) : '';
      if (childHead?.type === 'paragraph' && !FIELD_LABEL.test(text) && readEntryStart(childHead, source, true)) {
        listItemEntries(child, source, drafts);
      } else {
        draft.extraText.push(plainText(child));
        // `  - Description: …` fills an entry that has no description of its own.
        const described = /^(?:description|summary)\s*:\s*(.+)$/i.exec(text);
        if (described && draft.start.description === '') draft.start = { ...draft.start, description: described[1] as string };
      }
    }
  }
  // The item's own span ends where its fields end, but not past nested entries.
  const ownEnd = lastOwnBlock(item, source);
  if (ownEnd) draft.span = { ...draft.span, endLine: spanOf(ownEnd).endLine, endColumn: spanOf(ownEnd).endColumn };
}

function lastOwnBlock(item: ListItem, source: string): Nodes | null {
  let last: Nodes | null = item.children[0] ?? null;
  for (const child of item.children) {
    if (child.type !== 'list') {
      last = child;
      continue;
    }
    for (const sub of child.children) {
      const head = sub.children[0];
      if (head?.type === 'paragraph' && !FIELD_LABEL.test(plainText(head)) && readEntryStart(head, source, true)) return last;
      last = sub;
    }
  }
  return last;
}

/** Headers of the column that names what each row is; a table without one lists no entries. */
const NAME_HEADER =
  /^(?:datasets?|dataset names?|names?|databases?|titles?|resources?|projects?|collections?|challenges?|competitions?|tools?|librar(?:y|ies)|frameworks?|software|packages?|papers?|corpora|corpus|benchmarks?|models?|platforms?|repositor(?:y|ies))$/i;
const DESCRIPTION_HEADER = /description|summary|details|content|notes?|overview|task|focus|modality/i;
const ACCESS_HEADER = /^(?:access|availability|access type)$/i;
const LICENSE_HEADER = /^(?:licen[cs]es?|licensing|terms|terms of use|usage|usage terms)$/i;
const LINK_HEADER = /link|url|website|homepage|download|source/i;

function tableEntries(table: Table, drafts: Draft[]): void {
  const [header, ...rows] = table.children;
  if (!header) return;
  const headers = header.children.map((cell) => plainText(cell));
  // Score and comparison tables (`| Method | AUC |`, `| Condition | … |`) name no resources.
  const nameColumn = headers.findIndex((text) => NAME_HEADER.test(text));
  if (nameColumn === -1) return;
  const named = new Set(drafts.map((draft) => draft.start.name.toLowerCase()));
  const descriptionColumn = headers.findIndex((text, index) => index !== nameColumn && DESCRIPTION_HEADER.test(text));
  const accessColumn = headers.findIndex((text) => ACCESS_HEADER.test(text));
  const licenseColumn = headers.findIndex((text) => LICENSE_HEADER.test(text));
  const linkColumn = headers.findIndex((text, index) => index !== nameColumn && LINK_HEADER.test(text));
  for (const row of rows) {
    const draft = tableRowEntry(row, headers, { nameColumn, descriptionColumn, accessColumn, linkColumn, licenseColumn });
    // A row without links that repeats a listed name compares entries; it adds none.
    if (!draft || (draft.start.url === null && named.has(draft.start.name.toLowerCase()))) continue;
    drafts.push(draft);
  }
}

function tableRowEntry(
  row: TableRow,
  headers: string[],
  columns: { nameColumn: number; descriptionColumn: number; accessColumn: number; linkColumn: number; licenseColumn: number },
): Draft | null {
  const cells = row.children;
  const nameCell = cells[columns.nameColumn];
  if (!nameCell) return null;
  const name = cleanName(plainText(nameCell));
  if (name === '') return null;
  const nameLink = nameCell.children.flatMap((child) => linksIn(child))[0];
  const rowLinks = cells.flatMap((cell) => cell.children.flatMap((child) => linksIn(child))).filter((link) => !link.url.startsWith('#'));
  const url = nameLink && !nameLink.url.startsWith('#') ? nameLink.url : (rowLinks[0]?.url ?? null);
  let description: string;
  const counts: Count[] = [];
  if (columns.descriptionColumn >= 0) {
    description = plainText(cells[columns.descriptionColumn] ?? []);
  } else {
    // No description column: the other cells, labelled by their headers, describe the row.
    const parts: string[] = [];
    cells.forEach((cell, index) => {
      if (index === columns.nameColumn || index === columns.linkColumn) return;
      const value = plainText(cell);
      if (value === '') return;
      parts.push(`${headers[index] ?? ''}: ${value}`);
      const number = /^(\d{1,3}(?:,\d{3})+|\d+)$/.exec(value);
      const noun = (headers[index] ?? '').toLowerCase();
      if (number && noun !== '' && !/year|date/.test(noun)) {
        counts.push({ value: Number(value.replace(/,/g, '')), noun, text: `${value} ${noun}` });
      }
    });
    description = parts.join('; ');
  }
  const accessText = columns.accessColumn >= 0 ? plainText(cells[columns.accessColumn] ?? []) : '';

  return {
    start: { name, url, description },
    shape: 'table-row',
    span: spanOf(row),
    extraText: [accessText === '' ? '' : `Access: ${accessText}`, licenseField(cells[columns.licenseColumn])].filter((text) => text !== ''),
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
    const url = body.flatMap((node) => [...linksInBlock(node)])[0];
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

function finish(draft: Draft, context: ExtractContext): DatasetEntry {
  const { span } = draft;
  const within = linksWithin(context.links, span);
  const inside = within.filter((ref) => ref.kind !== 'image' && !ref.url.startsWith('#'));
  const links = inside.map((ref) => ({
    url: ref.url,
    kind: ref.kind === 'bare' ? ('bare' as const) : ('link' as const),
    line: ref.line,
    column: ref.column,
    endLine: ref.endLine,
    endColumn: ref.endColumn,
  }));
  const heading = context.headings[headingIndexAt(context.headings, span.line)];
  // A heading entry (`## [Name](url)`) belongs to the section around it, not to itself.
  const section = (draft.shape === 'heading' && heading?.line === span.line ? heading.path.slice(0, -1) : heading?.path) ?? [];
  const description = draft.start.description;
  const fieldTexts = [...draft.extraText, description];
  const images = within.filter((ref) => ref.kind === 'image' || ref.kind === 'html').map((ref) => ref.url);
  return {
    name: draft.start.name,
    url: draft.start.url,
    links,
    description,
    section,
    ...span,
    counts: draft.counts && draft.counts.length > 0 ? draft.counts : extractCounts(description),
    ...entryAccess(fieldTexts, draft.start.url, draft.start.name, context.knowledge),
    license: extractLicense(fieldTexts.join('\n'), images),
    shape: draft.shape,
    hasMarkdownLink: links.some((link) => link.kind === 'link'),
  };
}

