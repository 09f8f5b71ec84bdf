import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);

// src/reporters/markdown-group.ts
function entryAt(entries, line) {
  let index = ENTRY_INDEXES.get(entries);
  if (index === void 0) {
    index = indexEntries(entries);
    ENTRY_INDEXES.set(entries, index);
  }
  const at = line - index.first;
  const position = at >= 0 && at < index.byLine.length ? index.byLine[at] : -1;
  return position === -1 ? void 0 : entries[position];
}
var ENTRY_INDEXES = /* @__PURE__ */ new WeakMap();
function indexEntries(entries) {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    if (entry.line > entry.endLine) continue;
    first = Math.min(first, entry.line);
    last = Math.max(last, entry.endLine);
  }
  if (first > last) return { first: 0, byLine: new Int32Array(0) };
  const byLine = new Int32Array(last - first + 1).fill(-1);
  const order = entries.map((_, position) => position);
  const span = (position) => entries[position].endLine - entries[position].line;
  order.sort((a, b) => span(b) - span(a) || b - a);
  for (const position of order) {
    const entry = entries[position];
    byLine.fill(position, entry.line - first, entry.endLine - first + 1);
  }
  return { first, byLine };
}
function sectionLabel(section) {
  return section.join(" \u203A ");
}
function groupBySection(diagnostics, entries) {
  const groups = /* @__PURE__ */ new Map();
  for (const diagnostic of diagnostics) {
    const entry = entryAt(entries, diagnostic.line);
    const section = entry?.section ?? [];
    const key = entry === void 0 ? "" : JSON.stringify(section);
    let group = groups.get(key);
    if (group === void 0) {
      group = { section: [...section], items: [] };
      groups.set(key, group);
    }
    group.items.push({ diagnostic, entry });
  }
  return [...groups.values()];
}

export {
  entryAt,
  sectionLabel,
  groupBySection
};
