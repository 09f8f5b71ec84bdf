import type { Link, Paragraph, PhrasingContent } from 'mdast';
import { linkKind } from './links.js';
import { splitName } from './name-split.js';
import { foldWhitespace, plainText } from './text.js';
import { trimEndWithSpace } from '../parse/linear-text.js';

/** What the opening of a list item or paragraph says about an entry. */
export interface EntryStart {
  name: string;
  /** The name's link, or the first URL when the name has none. */
  url: string | null;
  /** Text after the name, separators stripped. */
  description: string;
}

/** Link texts that say what a link is, not what the dataset is called: `[[pdf](…)] **Title**`. */
export const GENERIC_LINK_TEXT =
  /^(?:pdf|ref|paper|papers|link|links|code|web ?site|home ?page|here|download|downloads|data|dataset|github|gitlab|arxiv|doi|project|project page|page|url|site|source|papers with code|kaggle|zenodo|figshare|hugging ?face|google drive|mirror)$/i;

/**
 * `[owner/repo: A network that generates CT images … (github.com)](…)`: a one-word name, a
 * colon, then a sentence inside the link text (or any text after an `owner/repo` name). The host
 * in parentheses at the end is dropped.
 */
const NAME_COLON = /^(\S{2,60}):\s/u;
/** `(github.com)` at the end of a link text: where it links, not what it is. */
const HOST_IN_PARENTHESES = /^\((?:[\w-]+\.)+[a-z]{2,}\)$/i;

function splitLinkText(text: string): { name: string; description: string } | null {
  const match = NAME_COLON.exec(text);
  if (!match || /^https?$/i.test(match[1] as string)) return null;
  const words = text.slice(match[0].length).trim().split(/\s+/);
  if (words.length > 0 && HOST_IN_PARENTHESES.test(words.at(-1) as string)) words.pop();
  // A sentence, not a subtitle: three words or more, and not a title in capitals
  // (`DRIVE: Digital Retinal Images for Vessel Extraction` is one name; `KiTS19: Kidney Tumours` too).
  if (words.length < 3) return null;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  const sentence = /^(?:a|an|the|this)$/i.test(words[0] as string) || capitalised * 2 < words.length;
  if (!sentence && !(match[1] as string).includes('/')) return null;
  return { name: match[1] as string, description: words.join(' ') };
}

/** Words that end a sentence leading into a URL, not a name: `… can be found at: http://…`. */
const PROSE_BEFORE_URL = /\b(?:at|from|here|see|in|on|to|via|source|found|available)\s*[:,-]?$/i;

/** Bold words that label a note, not a dataset: `**Note:** …`, `**Keywords**: …`. */
const LABEL_WORDS = /^(?:note|notes|nb|n\.b\.|disclaimer|warning|tip|important|update|updates|news|keywords|tags|edit|info|caution|hint|todo)\b/i;

/** `user guide:` or `(Data portal)` right before a link: the link's label. */
const FIELD_LABEL_BEFORE_LINK = /(?:^|\s)\p{L}[\p{L} ]{0,29}:\s*$/u;

const LEADING_SEPARATOR = /^[\s\])]*(?:[-–—:|,]\s*)?/;
/** Trimmed off the end of a name, with whitespace (by a loop: `/[\s:,;–—-]+$/` is quadratic on a run of `-`). `Name (http://…)` leaves `Name (` before the URL: the parenthesis belongs to the URL. */
const TRAILING_SEPARATORS = ':,;(–—-';

/** `Paper` or `[Paper]` (from `[[Paper]](…)`): a link label, never a dataset's name. */
function isGenericLinkText(text: string): boolean {
  const inner = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1).trim() : text;
  return GENERIC_LINK_TEXT.test(inner);
}

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
    if (isGenericLinkText(linkText) && strong) {
      const afterStrong = rest.slice(rest.indexOf(strong) + 1);
      return { name: cleanName(plainText(strong)), url: leadLink.url, description: stripLead(plainText(afterStrong)) };
    }
    const description = stripLead(plainText(rest));
    const inText = description === '' ? splitLinkText(linkText) : null;
    if (inText) return { name: cleanName(inText.name), url: leadLink.url, description: inText.description };
    return { name: cleanName(linkText), url: leadLink.url, description };
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
    const after = stripLead(plainText(paragraph.children.slice(firstLink + 1)));
    if (linkKind(link, source) === 'link') {
      const linkText = plainText(link);
      if (isGenericLinkText(linkText)) {
        // `BioModelX: Improving … [[Paper]](…)`: the lead names the entry and starts its description.
        const split = splitName(cleanName(withoutTrailingPreposition(lead)));
        const name = cleanName(split.name);
        // A lead over 80 characters is prose unless it opens with a short name and a separator.
        const shortName = lead.length <= 80 || (split.description !== '' && name.length <= 40 && name.split(' ').length <= 5);
        if (name !== '' && shortName && !/[.!?]\s/.test(name)) {
          return { name, url: link.url, description: joinText(split.description, after) };
        }
      } else if (lead.length <= 80 && !/[.!?]\s/.test(lead)) {
        const name = cleanName(linkText);
        if (name !== '') return { name, url: link.url, description: after };
      }
    }
  }

  // `Name http://…` or `Name: http://…`: the text up to the first bare URL names the entry.
  const firstBare = paragraph.children.findIndex((child) => child.type === 'link' && linkKind(child, source) === 'bare');
  if (firstBare <= 0) return null;
  const before = paragraph.children.slice(0, firstBare);
  if (before.some((child) => child.type === 'link' && !child.url.startsWith('#'))) return null;
  const lead = foldWhitespace(plainText(before));
  if (lead.length > 200 || PROSE_BEFORE_URL.test(lead)) return null;
  // `DermNet - Skin disease atlas: http://…`: the name ends where the description starts.
  const split = splitName(cleanName(lead));
  const name = cleanName(split.name);
  if (name === '' || /[.!?]\s/.test(name)) return null;
  const link = paragraph.children[firstBare] as Link;
  const rest = paragraph.children.slice(firstBare + 1);
  // `user guide: http://…` after the URL labels another link; the label describes nothing.
  const words = rest.map((child, index) =>
    child.type === 'link' ? '' : rest[index + 1]?.type === 'link' ? plainText(child).replace(FIELD_LABEL_BEFORE_LINK, '') : plainText(child),
  );
  const after = stripLead(words.join(' '));
  return { name, url: link.url, description: joinText(split.description, after) };
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
  return trimEndWithSpace(foldWhitespace(text), TRAILING_SEPARATORS)
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

/** `Seen on` → `Seen`: the word before a generic link such as `[website]`. */
function withoutTrailingPreposition(lead: string): string {
  const trimmed = lead.trimEnd();
  const match = /\s(?:on|at|in|via|from|see)$/i.exec(trimmed);
  return match ? trimmed.slice(0, match.index) : lead;
}

function joinText(first: string, second: string): string {
  return first === '' ? second : second === '' ? first : `${first} ${second}`;
}

/** A description without the separator that leads it (`- `, `: `, `| `, a stray `]` or `)`). */
export function stripLead(text: string): string {
  return foldWhitespace(text).replace(LEADING_SEPARATOR, '').trim();
}
