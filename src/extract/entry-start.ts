import type { Link, Paragraph, PhrasingContent } from 'mdast';
import { linkKind } from './links.js';
import { foldWhitespace, plainText } from './text.js';

/** What the opening of a list item or paragraph says about an entry. */
export interface EntryStart {
  name: string;
  /** The name's link, or the first URL when the name has none. */
  url: string | null;
  /** Text after the name, separators stripped. */
  description: string;
}

/** Link texts that say what a link is, not what the dataset is called: `[[pdf](…)] **Title**`. */
export const GENERIC_LINK_TEXT = /^(?:pdf|ref|paper|link|code|web ?site|home ?page|here|download|data|dataset|github|arxiv|doi|project|page|url)$/i;

/** Words that end a sentence leading into a URL, not a name: `… can be found at: http://…`. */
const PROSE_BEFORE_URL = /\b(?:at|from|here|see|in|on|to|via|source|found|available)\s*[:,-]?$/i;

/** Bold words that label a note, not a dataset: `**Note:** …`, `**Keywords**: …`. */
const LABEL_WORDS = /^(?:note|notes|nb|n\.b\.|disclaimer|warning|tip|important|update|updates|news|keywords|tags|edit|info|caution|hint|todo)\b/i;

const LEADING_SEPARATOR = /^[\s\])]*(?:[-–—:|,]\s*)?/;
const TRAILING_SEPARATOR = /[\s:,;–—-]+$/;

/**
 * Reads the opening of a list item or paragraph as an entry, or returns null when it is prose:
 * - `[Name](url) - description` (also `**[Name](url)**`, `[[pdf](url)] **Name**`),
 * - `**Name** - description … [link](url)` (a name in bold with a link later on),
 * - `Name: http://… http://…` (bare URLs, still an entry so a rule can flag it).
 * A Markdown link in the middle of a sentence does not start an entry.
 */
export function readEntryStart(paragraph: Paragraph, source: string, inList = false): EntryStart | null {
  const children = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  let index = 0;
  // `[[pdf](url)]`: the outer brackets are plain text around the link.
  const first = children[0];
  if (first?.type === 'text' && /^\s*[[(]\s*$/.test(first.value)) index = 1;
  const opener = children[index];
  if (!opener) return null;

  const leadLink = leadingLink(opener);
  // A link around an image only is a badge (`[![Stars](…)](…)`), not a dataset.
  if (leadLink && plainText(leadLink) === '' && leadLink.children.some((child) => child.type === 'image')) return null;
  if (leadLink && !leadLink.url.startsWith('#') && linkKind(leadLink, source) === 'link') {
    const rest = children.slice(index + 1);
    const linkText = plainText(leadLink);
    const strong = rest.find((child) => child.type === 'strong');
    if (GENERIC_LINK_TEXT.test(linkText) && strong) {
      const afterStrong = rest.slice(rest.indexOf(strong) + 1);
      return { name: cleanName(plainText(strong)), url: leadLink.url, description: stripLead(plainText(afterStrong)) };
    }
    return { name: cleanName(linkText), url: leadLink.url, description: stripLead(plainText(rest)) };
  }

  // `1. https://… - description` in a list: an entry with no name (a rule asks for one).
  if (inList && leadLink && linkKind(leadLink, source) === 'bare') {
    return { name: '', url: leadLink.url, description: stripLead(plainText(children.slice(index + 1))) };
  }

  const urls = paragraph.children.flatMap((child) => linksIn(child)).filter((link) => !link.url.startsWith('#'));

  if (opener.type === 'strong' || opener.type === 'emphasis') {
    const name = cleanName(plainText(opener));
    if (name === '' || LABEL_WORDS.test(name)) return null;
    const description = stripLead(plainText(children.slice(index + 1)));
    // A bold item with no link is a label or a note (`**Privacy**: …`), not an entry.
    if (urls.length === 0) return null;
    return { name, url: urls[0]?.url ?? null, description };
  }
  if (urls.length === 0) return null;

  // `- Jane Doe: [openMorph](…) (…)` or `- Jane Doe: datasets on [github](…)`: a short lead-in
  // before the first link. A generic link text (`github`) leaves the lead-in as the name.
  const firstLink = paragraph.children.findIndex((child) => child.type === 'link' && !child.url.startsWith('#'));
  if (inList && firstLink > 0) {
    const link = paragraph.children[firstLink] as Link;
    const leadNodes = paragraph.children.slice(0, firstLink);
    const lead = foldWhitespace(plainText(leadNodes));
    if (linkKind(link, source) === 'link' && lead.length <= 80 && !/[.!?]\s/.test(lead)) {
      const linkText = plainText(link);
      const name = GENERIC_LINK_TEXT.test(linkText) ? cleanName(lead.replace(/\s+(?:on|at|in|via|from|see)\s*$/i, '')) : cleanName(linkText);
      if (name !== '') return { name, url: link.url, description: stripLead(plainText(paragraph.children.slice(firstLink + 1))) };
    }
  }

  // `Name http://…` or `Name: http://…`: the text up to the first bare URL names the entry.
  const firstBare = paragraph.children.findIndex((child) => child.type === 'link' && linkKind(child, source) === 'bare');
  if (firstBare <= 0) return null;
  const before = paragraph.children.slice(0, firstBare);
  if (before.some((child) => child.type === 'link' && !child.url.startsWith('#'))) return null;
  const lead = foldWhitespace(plainText(before));
  const name = cleanName(lead);
  if (name === '' || name.length > 200 || /[.!?]\s/.test(name) || PROSE_BEFORE_URL.test(lead)) return null;
  const link = paragraph.children[firstBare] as Link;
  return { name, url: link.url, description: stripLead(plainText(paragraph.children.slice(firstBare + 1).filter((child) => child.type !== 'link'))) };
}

/** The link that opens a node: the node itself, or a link wrapped in bold/emphasis. */
function leadingLink(node: PhrasingContent): Link | null {
  if (node.type === 'link') return node;
  if ((node.type === 'strong' || node.type === 'emphasis') && node.children.length === 1) {
    const only = node.children[0];
    if (only?.type === 'link') return only;
  }
  return null;
}

export function linksIn(node: PhrasingContent): Link[] {
  if (node.type === 'link') return [node];
  if ('children' in node) return (node.children as PhrasingContent[]).flatMap((child) => linksIn(child));
  return [];
}

/** A name without the quotes or separators around it: `"EchoNext":` → `EchoNext`. */
export function cleanName(text: string): string {
  return foldWhitespace(text)
    .replace(TRAILING_SEPARATOR, '')
    .replace(/^["“'‘](.*)["”'’]$/u, '$1')
    .trim();
}

/** `__Name__` alone on the first line of a paragraph: the title of a bold block. */
export function boldTitle(paragraph: Paragraph): string | null {
  const [first, second] = paragraph.children;
  if (!first || (first.type !== 'strong' && first.type !== 'emphasis')) return null;
  if (first.type === 'emphasis' && first.children.every((child) => child.type !== 'strong')) return null;
  const ownLine = second === undefined || second.type === 'break' || (second.type === 'text' && /^[ \t]*(?:\n|$)/.test(second.value));
  if (!ownLine || linksIn(first).length > 0) return null;
  // `**PTB-XL:**` ends in a colon: a label for what follows, not a dataset's title.
  const raw = plainText(first);
  const name = cleanName(raw);
  return name === '' || LABEL_WORDS.test(name) || /:\s*$/.test(raw) ? null : name;
}

function stripLead(text: string): string {
  return foldWhitespace(text).replace(LEADING_SEPARATOR, '').trim();
}
