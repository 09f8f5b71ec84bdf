import type { Definition, Link, Nodes, Root } from 'mdast';
import type { LineIndex } from './line-index.js';
import { plainText, spanOf } from './text.js';
import type { LinkRef } from './types.js';
import { descendants } from './walk.js';

/** `href="…"` / `src="…"` in raw HTML (`<a>`, `<img>`); single or double quotes. */
const HTML_URL = /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/**
 * How a `link` node was written: `[text](url)` is a Markdown link; `<url>` and a plain
 * `https://…` (GFM autolink literal) are bare URLs.
 */
export function linkKind(node: Link, source: string): 'link' | 'bare' {
  const offset = node.position?.start.offset;
  if (offset !== undefined && source[offset] === '[') return 'link';
  return 'bare';
}

/** Every URL in the document, in source order: links, resolved references, images, raw HTML. */
export function collectLinks(tree: Root, source: string, lines: LineIndex): LinkRef[] {
  const definitions = new Map<string, Definition>();
  for (const node of descendants(tree)) {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  }
  const usedDefinitions = new Set<string>();
  const refs: LinkRef[] = [];
  const add = (node: Nodes, url: string, kind: LinkRef['kind'], text: string): void => {
    refs.push({ ...spanOf(node), url, kind, text, inToc: false });
  };

  for (const node of descendants(tree)) {
    switch (node.type) {
      case 'link':
        add(node, node.url, linkKind(node, source), plainText(node));
        break;
      case 'linkReference':
      case 'imageReference': {
        const definition = definitions.get(node.identifier);
        if (definition) {
          usedDefinitions.add(node.identifier);
          add(node, definition.url, node.type === 'linkReference' ? 'link' : 'image', plainText(node));
        }
        break;
      }
      case 'image':
        add(node, node.url, 'image', node.alt ?? '');
        break;
      case 'html':
        collectHtmlLinks(node.value, node.position?.start.offset ?? 0, lines, refs);
        break;
      default:
        break;
    }
  }
  // A definition nobody cites still names a URL the list depends on.
  for (const [identifier, definition] of definitions) {
    if (!usedDefinitions.has(identifier)) add(definition, definition.url, 'definition', definition.label ?? identifier);
  }
  return refs.sort((a, b) => a.line - b.line || a.column - b.column);
}

function collectHtmlLinks(html: string, baseOffset: number, lines: LineIndex, refs: LinkRef[]): void {
  for (const match of html.matchAll(HTML_URL)) {
    const url = match[1] ?? match[2] ?? '';
    const valueOffset = match[0].indexOf(url, match[0].indexOf('=') + 1);
    const start = lines.point(baseOffset + match.index + valueOffset);
    const end = lines.point(baseOffset + match.index + valueOffset + url.length);
    refs.push({
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      url: decodeHtmlAttribute(url),
      kind: 'html',
      text: '',
      inToc: false,
    });
  }
}

function decodeHtmlAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}
