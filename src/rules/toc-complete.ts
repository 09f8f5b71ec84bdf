import type { List, Nodes } from 'mdast';
import type { Edit } from '../diagnostics/diagnostic.js';
import type { HeadingInfo, LinkRef, ListDocument } from '../extract/types.js';
import { descendants } from '../extract/walk.js';
import { htmlFileAnchors, mayHoldAnchor } from '../extract/anchors.js';
import { closestAnchor, displayFragment, inPageFragment, normaliseFragment } from './anchors.js';
import type { Rule } from './types.js';

/**
 * When a list has a table of contents, every top-level section is in it. "Top-level" is the
 * heading rank most of the ToC's own top-level links point to; sections before the ToC (the
 * title, the introduction) and non-entry sections (Contents, License, …) are not expected.
 */
export const tocComplete: Rule = {
  meta: {
    id: 'toc-complete',
    description: 'Every top-level section should be linked from the table of contents, when there is one.',
    category: 'structure',
    recommended: 'warn',
    fixable: true,
    messages: {
      notListed:
        'Unexpected section `{{text}}` missing from the table of contents, expected a link `[{{text}}](#{{slug}})` in it',
    },
  },
  check(document, context) {
    const toc = document.toc;
    if (!toc) return;
    const bySlug = new Map(document.headings.map((heading) => [heading.slug, heading]));
    // `<a name="x"></a>` just above a heading (or inside it) is that heading's anchor too.
    for (const [anchor, heading] of customAnchors(document)) if (!bySlug.has(anchor)) bySlug.set(anchor, heading);
    const resolve = (ref: LinkRef): HeadingInfo | undefined => {
      const fragment = inPageFragment(ref.url);
      return fragment === null ? undefined : bySlug.get(normaliseFragment(fragment));
    };
    const topLevel = topLevelLinks(document, toc.line).map(resolve).filter((heading) => heading !== undefined);
    const depth = commonestDepth(topLevel.length > 0 ? topLevel : toc.links.map(resolve).filter((h) => h !== undefined));
    // No ToC link reaches a heading: its level is unknown, so nothing is expected of it.
    if (depth === null) return;
    const listed = new Set(toc.links.map(resolve).filter((heading) => heading !== undefined));
    // A ToC link through a broken anchor still lists its section: `toc-link` reports the link.
    const unreached = document.headings.filter((heading) => !listed.has(heading)).map((heading) => heading.slug);
    for (const ref of toc.links) {
      const fragment = inPageFragment(ref.url);
      if (fragment === null || resolve(ref)) continue;
      const meant = closestAnchor(fragment, unreached);
      const heading = meant === null ? undefined : bySlug.get(meant);
      if (heading) listed.add(heading);
    }
    const title = document.headings[0]?.depth === 1 ? document.headings[0] : undefined;
    const insert = insertionPoints(document, toc.line, resolve);
    for (const heading of document.headings) {
      if (heading.depth !== depth || heading === title || heading.line < toc.line || !heading.isEntrySection) continue;
      if (listed.has(heading)) continue;
      const slug = displayFragment(heading.slug);
      const edit = insert?.(heading, `[${heading.text}](#${slug})`);
      context.report({
        messageId: 'notListed',
        data: { text: heading.text, slug },
        line: heading.line,
        column: heading.column,
        endLine: heading.endLine,
        endColumn: heading.endColumn,
        expected: `[${heading.text}](#${slug})`,
        ...(edit ? { fix: [edit] } : {}),
      });
    }
  },
};

/** A bullet list item's opening: indentation, marker and the spaces after it. */
const BULLET = /^([ \t]*)([-*+])([ \t]+)/;

/**
 * Where a missing section's ToC item goes, in the ToC's own style: after the top-level item of
 * the closest section above it that the ToC lists (after its nested items too), or before the
 * first item when none above is listed. Same indentation, bullet and spacing as that item, the
 * line ending of the ToC's first line. Null (no fix) for a numbered ToC (the numbers would need
 * renumbering), a ToC inside a block quote, or link text that would need escaping.
 */
function insertionPoints(
  document: ListDocument,
  tocLine: number,
  resolve: (ref: LinkRef) => HeadingInfo | undefined,
): ((heading: HeadingInfo, link: string) => Edit | null) | null {
  const list = document.tree.children.find((node): node is List => node.type === 'list' && node.position?.start.line === tocLine);
  const first = list?.children[0];
  if (!list || list.ordered || !first?.position) return null;
  const { source, lines } = document;
  const firstStart = first.position.start.offset ?? lines.offset(first.position.start.line, first.position.start.column);
  const lineStart = lines.offset(first.position.start.line, 1);
  const opening = BULLET.exec(source.slice(lineStart, firstStart + 12));
  if (!opening || lineStart + (opening[1] ?? '').length !== firstStart) return null;
  const bullet = `${opening[1] ?? ''}${opening[2] ?? '-'}${opening[3] ?? ' '}`;
  const newline = source.indexOf('\n', firstStart);
  const eol = newline > 0 && source[newline - 1] === '\r' ? '\r\n' : '\n';
  // The end of each top-level item, by the heading its own link reaches.
  const itemEnd = new Map<HeadingInfo, number>();
  const byStart = new Map((document.toc?.links ?? []).map((ref) => [`${ref.line}:${ref.column}`, ref]));
  for (const item of list.children) {
    const end = item.position?.end.offset;
    if (end === undefined) continue;
    for (const child of item.children) {
      if (child.type === 'list') continue;
      for (const node of descendants(child)) {
        const ref = node.type === 'link' && node.position ? byStart.get(`${node.position.start.line}:${node.position.start.column}`) : undefined;
        const heading = ref && resolve(ref);
        if (heading && !itemEnd.has(heading)) itemEnd.set(heading, end);
      }
    }
  }
  return (heading, link) => {
    if (/[[\]\\`*_<>\r\n]/.test(heading.text)) return null;
    const index = document.headings.indexOf(heading);
    for (let above = index - 1; above >= 0; above -= 1) {
      const end = itemEnd.get(document.headings[above] as HeadingInfo);
      if (end !== undefined) return { range: [end, end], text: `${eol}${bullet}${link}` };
    }
    return { range: [lineStart, lineStart], text: `${bullet}${link}${eol}` };
  };
}

/** Links in the ToC's first-level items, not in their nested lists. */
function topLevelLinks(document: ListDocument, tocLine: number): LinkRef[] {
  const list = document.tree.children.find(
    (node): node is List => node.type === 'list' && node.position?.start.line === tocLine,
  );
  if (!list) return [];
  const starts = new Set<string>();
  for (const item of list.children) {
    for (const child of item.children) {
      if (child.type === 'list') continue;
      for (const node of descendants(child)) {
        if (node.type === 'link' && node.position) starts.add(`${node.position.start.line}:${node.position.start.column}`);
      }
    }
  }
  return (document.toc?.links ?? []).filter((ref) => starts.has(`${ref.line}:${ref.column}`));
}

/** The rank most headings have; a tie goes to the higher rank (fewer `#`). */
function commonestDepth(headings: readonly HeadingInfo[]): number | null {
  const counts = new Map<number, number>();
  for (const heading of headings) counts.set(heading.depth, (counts.get(heading.depth) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [depth, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && depth < best)) {
      best = depth;
      bestCount = count;
    }
  }
  return best;
}

/** HTML anchors in the block right above a heading (nothing but a blank line between) or in the heading. */
function customAnchors(document: ListDocument): Map<string, HeadingInfo> {
  const anchors = new Map<string, HeadingInfo>();
  const headingsByLine = new Map(document.headings.map((heading) => [heading.line, heading]));
  const blocks = document.tree.children;
  blocks.forEach((block, index) => {
    if (block.type !== 'heading') return;
    const heading = block.position ? headingsByLine.get(block.position.start.line) : undefined;
    if (!heading) return;
    const sources: Nodes[] = [block];
    const above = blocks[index - 1];
    if (above?.position && above.position.end.line >= heading.line - 2 && isOnlyHtml(above)) sources.push(above);
    for (const source of sources) {
      for (const node of descendants(source)) {
        if (node.type === 'html' && mayHoldAnchor(node.value)) for (const anchor of htmlFileAnchors(node.value)) anchors.set(anchor, heading);
      }
    }
  });
  return anchors;
}

/** `<a name="x"></a>` alone, as an HTML block or a paragraph of inline HTML. */
function isOnlyHtml(block: Nodes): boolean {
  if (block.type === 'html') return true;
  return block.type === 'paragraph' && block.children.every((child) => child.type === 'html' || (child.type === 'text' && child.value.trim() === ''));
}
