import type { Nodes, Parents, RootContent } from 'mdast';
import type { Edit } from '../diagnostics/diagnostic.js';
import type { DatasetEntry, ListDocument } from '../extract/types.js';
import type { Rule } from './types.js';

/**
 * Pinned so every machine sorts alike: case- and accent-insensitive, natural numbers
 * (`Dataset 2` before `Dataset 10`).
 */
/** Made on first use: an `Intl.Collator` loads ICU data, ~10 ms of every start-up otherwise. */
let collator: Intl.Collator | undefined;
const compareKeys = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true })).compare(a, b);

/** Leading articles `ignoreArticles` skips. */
const ARTICLE = /^(?:the|an?)\s+(?=\S)/iu;

/** A list item's marker at the start of its text. */
const MARKER = /^(?:[*+-]|\d{1,9}[.)])/u;

/** An HTML comment on its own (`<!-- … -->`): lines that belong to the entry below them. */
const COMMENT = /^<!--/u;

/** One entry to move: its text from its first attached comment line to its last sub-item. */
interface Unit {
  entry: DatasetEntry;
  /** Offsets of the whole unit (comment lines included). */
  start: number;
  end: number;
  /** Offset of the item itself (its marker, or a table row's first character). */
  itemStart: number;
  /** Text of the unit's marker (empty for a table row). */
  marker: string;
  /** True when the unit spans one line. */
  oneLine: boolean;
}

/** The sort key: the entry's name without link brackets, without a leading article on demand. */
export function sortKey(name: string, ignoreArticles: boolean): string {
  const plain = name.replace(/[[\]*_`]/gu, '').trim();
  return ignoreArticles ? plain.replace(ARTICLE, '') : plain;
}

/**
 * Entries of one list under one heading (and rows of one table) are sorted by name with a pinned
 * collator. The fix moves whole entries (sub-items and the comment lines just above them
 * included); every slot keeps its marker and the text between entries (blank lines) stays.
 */
export const entryOrder: Rule = {
  meta: {
    id: 'entry-order',
    description: 'Entries of one list or table must be sorted by name.',
    category: 'entries',
    recommended: 'off',
    fixable: true,
    messages: {
      unsorted: 'Unexpected entry `{{name}}` after `{{previous}}`, expected the entries of this {{what}} sorted by name',
    },
    schema: {
      type: 'object',
      properties: {
        sections: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Headings whose entries must be sorted (case-insensitive; a heading covers its sub-sections). Default: every section.',
        },
        ignoreArticles: {
          type: 'boolean',
          description: 'Sort `The Cancer Imaging Archive` under `C` (a leading `The`, `A` or `An` is skipped). Default: `false`.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { ignoreArticles: false },
  },
  check(document, context) {
    const ignoreArticles = context.options['ignoreArticles'] === true;
    const sectionsOption = context.options['sections'];
    const sections = Array.isArray(sectionsOption)
      ? new Set(sectionsOption.filter((value): value is string => typeof value === 'string').map((value) => value.toLowerCase()))
      : null;
    const byLine = new Map<number, DatasetEntry>();
    for (const entry of document.entries) {
      if (entry.parent !== undefined || byLine.has(entry.line)) continue;
      byLine.set(entry.line, entry);
    }
    const inScope = (entry: DatasetEntry): boolean =>
      sections === null || entry.section.some((heading) => sections.has(heading.toLowerCase()));

    for (const group of groups(document, byLine)) {
      if (group.units.length < 2 || !group.units.every((unit) => inScope(unit.entry))) continue;
      const keys = group.units.map((unit) => sortKey(unit.entry.name, ignoreArticles));
      const at = keys.findIndex((key, index) => index > 0 && compareKeys(keys[index - 1] as string, key) > 0);
      if (at < 0) continue;
      const unit = group.units[at] as Unit;
      const previous = group.units[at - 1] as Unit;
      const fix = sortEdit(document.source, group);
      context.report({
        messageId: 'unsorted',
        data: { name: unit.entry.name, previous: previous.entry.name, what: group.what },
        line: unit.entry.line,
        column: unit.entry.column,
        endLine: unit.entry.endLine,
        endColumn: unit.entry.endColumn,
        ...(fix ? { fix: [fix] } : {}),
      });
    }

    /** The edit that puts the units in order, or null when moving them could break the layout. */
    function sortEdit(source: string, group: { units: Unit[]; ordered: boolean }): Edit | null {
      const { units } = group;
      const order = units
        .map((unit, index) => ({ unit, index, key: sortKey(unit.entry.name, ignoreArticles) }))
        .sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index)
        .map(({ unit }) => unit);
      // Continuation lines are indented for their marker's width: moving a multi-line entry to a
      // slot whose marker is wider or narrower would break it.
      const widths = new Set(units.map((unit) => unit.marker.length));
      if (widths.size > 1 && order.some((unit, slot) => !unit.oneLine && unit.marker.length !== (units[slot] as Unit).marker.length)) return null;
      const first = units[0] as Unit;
      const last = units.at(-1) as Unit;
      let text = '';
      order.forEach((unit, slot) => {
        const place = units[slot] as Unit;
        const body = source.slice(unit.start, unit.end);
        const markerAt = unit.itemStart - unit.start;
        // Each slot keeps its own marker (`1.`, `2.` stay in place).
        text += body.slice(0, markerAt) + place.marker + body.slice(markerAt + unit.marker.length);
        if (slot < units.length - 1) text += source.slice(place.end, (units[slot + 1] as Unit).start);
      });
      return { range: [first.start, last.end], text };
    }
  },
};

interface Group {
  units: Unit[];
  ordered: boolean;
  what: 'list' | 'table';
}

/**
 * The lists and tables whose every item is a top-level entry. Lists that only comment lines
 * separate (`<!-- … -->` on its own line splits a Markdown list in two) are one list, and the
 * comment lines go with the entry below them.
 */
function groups(document: ListDocument, byLine: ReadonlyMap<number, DatasetEntry>): Group[] {
  const found: Group[] = [];
  const visit = (node: Nodes): void => {
    if (!('children' in node)) return;
    const parent = node as Parents;
    let current: { units: Unit[]; ordered: boolean; lead: number | null; ok: boolean } | null = null;
    const close = (): void => {
      if (current?.ok) found.push({ units: current.units, ordered: current.ordered, what: 'list' });
      current = null;
    };
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'list') {
        const ordered = child.ordered === true;
        if (current && (current.ordered !== ordered || current.lead === null)) close();
        current ??= { units: [], ordered, lead: null, ok: true };
        for (const item of child.children) {
          const unit = listUnit(document, item, byLine, current.lead);
          current.lead = null;
          if (unit) current.units.push(unit);
          else current.ok = false;
        }
      } else if (child.type === 'html' && COMMENT.test(child.value) && current !== null) {
        const start = child.position?.start.offset;
        current.lead ??= start ?? null;
        if (start === undefined) current.ok = false;
      } else {
        close();
        if (child.type === 'table') {
          const table = tableGroup(document, child, byLine);
          if (table) found.push(table);
        }
      }
      if (child.type !== 'table') visit(child);
    }
    close();
  };
  visit(document.tree);
  return found;
}

function listUnit(document: ListDocument, item: Nodes, byLine: ReadonlyMap<number, DatasetEntry>, lead: number | null): Unit | null {
  const start = item.position?.start;
  const end = item.position?.end.offset;
  if (start?.offset === undefined || end === undefined) return null;
  const entry = byLine.get(start.line);
  if (!entry || entry.shape !== 'list-item') return null;
  const marker = MARKER.exec(document.source.slice(start.offset, start.offset + 10))?.[0];
  if (marker === undefined) return null;
  return {
    entry,
    start: lead ?? start.offset,
    end,
    itemStart: start.offset,
    marker,
    oneLine: item.position?.end.line === start.line,
  };
}

function tableGroup(document: ListDocument, table: Nodes, byLine: ReadonlyMap<number, DatasetEntry>): Group | null {
  if (table.type !== 'table') return null;
  const units: Unit[] = [];
  for (const row of table.children.slice(1)) {
    const start = row.position?.start;
    const end = row.position?.end.offset;
    if (start?.offset === undefined || end === undefined) return null;
    const entry = byLine.get(start.line);
    if (!entry || entry.shape !== 'table-row') return null;
    units.push({ entry, start: start.offset, end, itemStart: start.offset, marker: '', oneLine: true });
  }
  return { units, ordered: false, what: 'table' };
}
