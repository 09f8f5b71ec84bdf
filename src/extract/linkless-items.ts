/**
 * List items without a link that a reader still takes for entries: `- __Name__` (its link on an
 * `Access:` line elsewhere, or none) and `- Name - description`. Whether a link-less item is an
 * entry depends on its company, never on the item alone:
 *   - among linked entries (its siblings), a name-shaped item is an entry;
 *   - in a list where most items are name-shaped, the items are entries when their section holds
 *     other entries (the caller checks the section once every entry is known);
 *   - steps, notes and bullet points of a description are neither (ordered lists, sentences,
 *     items that start in lower case, lists too few or too mixed to be a catalogue).
 */
import type { List, ListItem, Paragraph } from 'mdast';
import type { EntryStart } from './entry-start.js';
import { cleanName, linksIn } from './entry-start.js';
import { splitParenthesis } from './name-split.js';
import { foldWhitespace, plainText } from './text.js';

/** How much of a list reads as a catalogue of names. */
export interface ListShape {
  /** Items that read as name-shaped link-less entries, by index. */
  named: ReadonlyMap<number, EntryStart>;
  /** True when most items are name-shaped: the list is a catalogue even without links. */
  catalogue: boolean;
}

/** Where a name ends and its description starts: ` - `, `: `, `. `, `, `, `) Word`, ` is `. */
const NAME_END = /\s[-–—]\s|[:.,;]\s|\)\s(?=\p{Lu})|\s(?:is|was|are|Is|Was|Are)\s/u;

/** A name opens with a capital or a digit, or a lower-case prefix of a capitalised word (`e-Anatomy`, `iPath`). */
const NAME_OPENING = /^(?:[\p{Lu}\p{N}]|\p{Ll}[\p{Ll}.-]*\p{Lu})/u;
const MAX_NAME_WORDS = 8;

/** Words that open a step or a note, not a dataset's name. */
const PROSE_OPENING = /^(?:note|notes|step|todo|see|use|download|install|run|click|go|open|read|check|make|add|please|if|when|for|the data|this|these|it|we|you|they)\b/i;

/** The share of name-shaped items that makes a link-less list a catalogue. */
const CATALOGUE_SHARE = 0.6;

/** Reads every item of a list and decides whether the list is a catalogue of names. */
export function readListShape(list: List): ListShape {
  const named = new Map<number, EntryStart>();
  list.children.forEach((item, index) => {
    const start = namedItemStart(item);
    if (start) named.set(index, start);
  });
  const catalogue = list.ordered !== true && list.children.length >= 2 && named.size / list.children.length >= CATALOGUE_SHARE;
  return { named, catalogue };
}

/**
 * The entry a link-less item names: `__Name__` alone (with text on later lines), or
 * `Name - description` with a name-shaped lead; null for a sentence, a step or a note.
 */
function namedItemStart(item: ListItem): EntryStart | null {
  const head = item.children[0];
  if (head?.type !== 'paragraph') return null;
  const bold = boldOnlyStart(head);
  if (bold) return bold;
  const text = plainText(head);
  const end = nameEnd(text);
  if (!end) {
    // `Hip Set (200 hip X-rays of adults)`: the parenthesis describes the name.
    const split = splitParenthesis(text);
    return split && isNameShaped(cleanName(split.name)) ? { name: cleanName(split.name), url: firstUrl(head), description: split.description } : null;
  }
  const name = cleanName(text.slice(0, end.nameEnd));
  const description = foldWhitespace(text.slice(end.descriptionStart));
  if (!isNameShaped(name) || description === '') return null;
  return { name, url: firstUrl(head), description };
}

/** Where the name ends and the description starts; separators inside parentheses do not count. */
function nameEnd(text: string): { nameEnd: number; descriptionStart: number } | null {
  // `Microscopy (Cell, Cytology, etc.)` is one name: mask the parentheses' contents, same length.
  const masked = text.replace(/\([^()]*\)/g, (group) => `(${'_'.repeat(group.length - 2)})`);
  const end = NAME_END.exec(masked);
  if (!end) return null;
  const closesParenthesis = end[0].startsWith(')');
  return { nameEnd: end.index + (closesParenthesis ? 1 : 0), descriptionStart: end.index + end[0].length };
}

function isNameShaped(name: string): boolean {
  return NAME_OPENING.test(name) && !PROSE_OPENING.test(name) && name.split(' ').length <= MAX_NAME_WORDS;
}

/**
 * A link-less item that sits among linked entries: a name-shaped item, or any item whose text
 * opens with a capitalised name (`Mammography Image Databases 100 or more images …`).
 */
export function itemAmongEntries(item: ListItem, shape: ListShape, index: number): EntryStart | null {
  const named = shape.named.get(index);
  if (named) return named;
  const head = item.children[0];
  if (head?.type !== 'paragraph') return null;
  const text = plainText(head);
  if (!/^[\p{Lu}\p{N}]/u.test(text) || PROSE_OPENING.test(text)) return null;
  const url = firstUrl(head);
  // Without a link or a separator it is a sentence; with a link, the text before it names it.
  if (url === null) return null;
  const beforeUrl = text.split(/\s(?:https?:\/\/|www\.)/, 1)[0] ?? text;
  const end = nameEnd(beforeUrl);
  const name = cleanName(end ? beforeUrl.slice(0, end.nameEnd) : beforeUrl);
  if (name === '') return null;
  return { name, url, description: foldWhitespace(end ? beforeUrl.slice(end.descriptionStart) : '') };
}

/** `__Name__` or `**Name**` filling the item's first line: the item names a dataset. */
function boldOnlyStart(head: Paragraph): EntryStart | null {
  const children = head.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [first, second] = children;
  if (!first || (first.type !== 'strong' && first.type !== 'emphasis')) return null;
  if (linksIn(first).length > 0) return null;
  const ownLine = second === undefined || second.type === 'break' || (second.type === 'text' && /^[ \t]*\n/.test(second.value));
  if (!ownLine) return null;
  const raw = plainText(first);
  const name = cleanName(raw);
  // `**Note:**` and `**Keywords**: …` label what follows.
  if (name === '' || /:\s*$/.test(raw) || !isNameShaped(name)) return null;
  return { name, url: firstUrl(head), description: foldWhitespace(plainText(children.slice(1))) };
}

function firstUrl(head: Paragraph): string | null {
  const link = head.children.flatMap((child) => linksIn(child)).find((candidate) => !candidate.url.startsWith('#'));
  return link?.url ?? null;
}
