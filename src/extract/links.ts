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
  const nodes = descendants(tree);
  const definitions = new Map<string, Definition>();
  for (const node of nodes) {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  }
  const usedDefinitions = new Set<string>();
  const refs: LinkRef[] = [];
  const add = (node: Nodes, url: string, kind: LinkRef['kind'], text: string, written: LinkRef['written'] | null): void => {
    // Written out, not spread: a list has thousands of links, and spreads are the slow way to copy.
    const { line, column, endLine, endColumn } = spanOf(node);
    const ref: LinkRef = { line, column, endLine, endColumn, url, kind, text, inToc: false };
    if (written) ref.written = written;
    refs.push(ref);
  };

  for (const node of nodes) {
    switch (node.type) {
      case 'link': {
        const kind = linkKind(node, source);
        add(node, node.url, kind, plainText(node), kind === 'link' ? writtenDestination(source, node, node.url) : writtenAutolink(source, node, node.url));
        break;
      }
      case 'linkReference':
      case 'imageReference': {
        const definition = definitions.get(node.identifier);
        if (definition) {
          usedDefinitions.add(node.identifier);
          add(node, definition.url, node.type === 'linkReference' ? 'link' : 'image', plainText(node), writtenDefinition(source, definition));
        }
        break;
      }
      case 'image':
        add(node, node.url, 'image', node.alt ?? '', writtenDestination(source, node, node.url));
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
    if (!usedDefinitions.has(identifier)) add(definition, definition.url, 'definition', definition.label ?? identifier, writtenDefinition(source, definition));
  }
  return refs.sort((a, b) => a.line - b.line || a.column - b.column);
}

function collectHtmlLinks(html: string, baseOffset: number, lines: LineIndex, refs: LinkRef[]): void {
  for (const match of html.matchAll(HTML_URL)) {
    const url = match[1] ?? match[2] ?? '';
    const valueOffset = match[0].indexOf(url, match[0].indexOf('=') + 1);
    const start = lines.point(baseOffset + match.index + valueOffset);
    const end = lines.point(baseOffset + match.index + valueOffset + url.length);
    const decoded = decodeHtmlAttribute(url);
    const at = baseOffset + match.index + valueOffset;
    refs.push({
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      url: decoded,
      kind: 'html',
      text: '',
      inToc: false,
      ...(decoded === url && url !== '' ? { written: { start: at, end: at + url.length } } : {}),
    });
  }
}

/** Where a node starts and ends in the source, or null without offsets. */
function offsetsOf(node: Nodes): { start: number; end: number } | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

/**
 * `url` in `[text](url "title")` or `![alt](<url>)`: the destination comes after the text, so it
 * is read from the end, and only where `(` (with spaces or `<`) stands right before it.
 */
function writtenDestination(source: string, node: Nodes, url: string): LinkRef['written'] | null {
  const at = offsetsOf(node);
  if (!at || url === '') return null;
  // As parsed, or with its backslashes escaped (`https:\\\\x` in the source is `https:\\x`).
  for (const spelling of url.includes('\\') ? [url, url.replace(/\\/g, '\\\\')] : [url]) {
    let index = source.lastIndexOf(spelling, at.end - spelling.length);
    // Two tries: the title may spell the URL again (`[x](url "url")`).
    for (let tries = 0; tries < 2 && index > at.start; tries += 1) {
      let before = index - 1;
      if (source[before] === '<') before -= 1;
      while (before > at.start && (source[before] === ' ' || source[before] === '\t' || source[before] === '\n' || source[before] === '\r')) before -= 1;
      if (source[before] === '(' && source[before - 1] === ']') return { start: index, end: index + spelling.length };
      index = source.lastIndexOf(spelling, index - 1);
    }
  }
  return null;
}

/** `<url>` or a GFM literal written exactly as its URL (not `www.x`, which gains `http://`). */
function writtenAutolink(source: string, node: Nodes, url: string): LinkRef['written'] | null {
  const at = offsetsOf(node);
  if (!at || url === '') return null;
  const written = source.slice(at.start, at.end);
  if (written === url) return at;
  if (written === `<${url}>`) return { start: at.start + 1, end: at.end - 1 };
  return null;
}

/** `url` in `[label]: url "title"`: right after the `]:` and its spaces (or `<`). */
function writtenDefinition(source: string, definition: Definition): LinkRef['written'] | null {
  const at = offsetsOf(definition);
  if (!at || definition.url === '') return null;
  const colon = source.indexOf(']:', at.start);
  if (colon === -1 || colon >= at.end) return null;
  let index = colon + 2;
  while (index < at.end && /[ \t\r\n<]/.test(source.charAt(index))) index += 1;
  return source.startsWith(definition.url, index) ? { start: index, end: index + definition.url.length } : null;
}

function decodeHtmlAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}
