/**
 * Sub-items of an entry: `- [BrainSet-1](…): …` under `- [BrainSet Archive](…)` names a dataset
 * of its own (an entry with a `parent`), while `- Paper: [title](…)`, `- Access: http://…` or
 * `- [Code](…)` is a field of the entry above. What decides is how the sub-item opens: with a
 * link whose text is a name, or with a label.
 */
import type { Paragraph } from 'mdast';
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
