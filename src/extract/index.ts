/**
 * extract: the Markdown tree → a `ListDocument` (headings, links, entries), in this order:
 *   sections.ts  headings with GitHub slugs and paths; which sections hold entries
 *   links.ts     every URL in the file (links, references, images, raw HTML)
 *   entries.ts   dataset entries, shape by shape (entry-start.ts reads an entry's opening)
 *   fields.ts    counts and access terms inside an entry's text
 *   access.ts    access as stated, else as known (src/knowledge); license.ts the licence
 * Pure and synchronous: no file system, no network.
 */
import type { Root } from 'mdast';
import { type AccessKnowledge, builtInKnowledge } from '../knowledge/index.js';
import { extractEntries, isNavigation } from './entries.js';
import { LineIndex } from './line-index.js';
import { collectLinks } from './links.js';
import { BUILT_IN_NON_ENTRY_SECTIONS, collectHeadings, headingIndexAt, normaliseHeading } from './sections.js';
import { spanOf } from './text.js';
import type { DatasetEntry, HeadingInfo, LinkRef, ListDocument } from './types.js';

export interface ExtractOptions {
  /** Heading texts whose bodies hold no entries, besides the built-in ones. */
  ignoreSections?: readonly string[];
  /** Access facts (default: the built-in ones). */
  knowledge?: AccessKnowledge;
}

export function extractDocument(file: string, source: string, tree: Root, options: ExtractOptions = {}): ListDocument {
  const nonEntry = new Set([...BUILT_IN_NON_ENTRY_SECTIONS, ...(options.ignoreSections ?? []).map(normaliseHeading)]);
  const headings = collectHeadings(tree, nonEntry);
  const lines = new LineIndex(source);
  const links = collectLinks(tree, source, lines);
  const toc = findToc(tree, links);
  const entries = extractEntries(tree, { source, lines, headings, links, knowledge: options.knowledge ?? builtInKnowledge });
  countEntries(headings, entries);
  return { file, source, tree, headings, entries, links, toc, lines };
}

/** The first list made only of in-page links is the table of contents. */
function findToc(tree: Root, links: LinkRef[]): ListDocument['toc'] {
  const list = tree.children.find((node) => node.type === 'list' && isNavigation(node));
  if (!list) return null;
  const span = spanOf(list);
  const inside = links.filter((ref) => ref.line >= span.line && ref.endLine <= span.endLine);
  for (const ref of inside) ref.inToc = true;
  return { line: span.line, endLine: span.endLine, links: inside };
}

function countEntries(headings: HeadingInfo[], entries: readonly DatasetEntry[]): void {
  const parents = parentIndexes(headings);
  for (const entry of entries) {
    const index = headingIndexAt(headings, entry.line);
    const heading = headings[index];
    // A heading entry (`## [Name](url)`) sits in the section above it.
    const owner = entry.shape === 'heading' && heading?.line === entry.line ? headings[parents[index] ?? -1] : heading;
    if (owner) owner.entryCount += 1;
  }
}

/**
 * For each heading, the index of the nearest heading above it with a smaller depth, or -1: one
 * pass with a stack, where looking back from each heading of thousands in a row was quadratic.
 */
function parentIndexes(headings: readonly HeadingInfo[]): number[] {
  const parents: number[] = [];
  const stack: number[] = [];
  headings.forEach((heading, index) => {
    while (stack.length > 0 && (headings[stack.at(-1) as number] as HeadingInfo).depth >= heading.depth) stack.pop();
    parents.push(stack.at(-1) ?? -1);
    stack.push(index);
  });
  return parents;
}

export type { DatasetEntry, ListDocument } from './types.js';
