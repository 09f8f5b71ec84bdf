/**
 * Sub-items of an entry: `- [BrainSet-1](…): …` under `- [BrainSet Archive](…)` names a dataset
 * of its own (an entry with a `parent`), while `- Paper: [title](…)`, `- Access: http://…` or
 * `- [Code](…)` is a field of the entry above. What decides is how the sub-item opens: with a
 * link whose text is a name, or with a label.
 */
import type { Paragraph } from 'mdast';
import type { EntryStart } from './entry-start.js';
import { GENERIC_LINK_TEXT } from './entry-start.js';
import { inlineHtmlStart } from './html-entries.js';
import { linkKind } from './links.js';
import { plainText } from './text.js';

/** True when the paragraph opens with a Markdown or HTML link whose text names something. */
export function opensWithNamedLink(head: Paragraph, source: string): boolean {
  const first = head.children.find((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (!first) return false;
  if (first.type === 'html') {
    const start = inlineHtmlStart(head);
    return start !== null && !GENERIC_LINK_TEXT.test(start.name);
  }
  const link = first.type === 'link' ? first : (first.type === 'strong' || first.type === 'emphasis') && first.children[0]?.type === 'link' ? first.children[0] : null;
  if (!link || link.url.startsWith('#') || linkKind(link, source) !== 'link') return false;
  const text = plainText(link);
  return text !== '' && !GENERIC_LINK_TEXT.test(text);
}

/**
 * `[Renal Set Task 2 | Kaggle](…)`, `[Renal Set (Hugging Face)](…)`, `[… mirror](…)`: a link
 * text that names a copy of the data on a platform. Under an entry it is one more link of it.
 */
const MIRROR_TEXT =
  /(?:[|(–—-]|\bon)\s*(?:kaggle|papers with code|hugging ?face|zenodo|figshare|github|gitlab|google drive|dropbox|academic torrents|aws|mirror)\)?\s*$|\bmirror\b/i;

/** Whether a sub-item's opening link names a copy of its parent's data, not a dataset of its own. */
export function opensWithMirror(head: Paragraph): boolean {
  const first = head.children.find((child) => !(child.type === 'text' && child.value.trim() === ''));
  return first?.type === 'link' && MIRROR_TEXT.test(plainText(first));
}

/** Labels of values, not names: `Releases: …`, `Keywords: …`, `v1: …`. */
const VALUE_LABEL = /^(?:releases?|versions?|v\d[\w.]*|keywords?|tags?|notes?|files?|mirrors?|demo|slides|video|poster|leaderboard|license|licence|doi|bibtex|citation)$/i;

/**
 * `- Curated Thorax CT: https://… - 120 CTs` under a collection: a name, a colon and a bare URL.
 * A dataset of its own, as `- [Curated Thorax CT](…)` would be; `- Paper: https://…` is a field.
 */
export function isNameOverBareUrl(head: Paragraph, start: EntryStart, isField: (name: string) => boolean): boolean {
  if (start.url === null || isField(start.name) || VALUE_LABEL.test(start.name) || GENERIC_LINK_TEXT.test(start.name)) return false;
  const children = head.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [label, link] = children;
  if (label?.type !== 'text' || link?.type !== 'link' || !/:\s*$/.test(label.value)) return false;
  // The link is the bare URL itself (`Paper: [An atlas](…)` names a field's link, not a dataset).
  return link.url === start.url && plainText(link).replace(/^<|>$/g, '') === link.url.replace(/^mailto:/, '');
}
