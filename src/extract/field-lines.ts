import type { Nodes } from 'mdast';
import { foldWhitespace, rawText } from './text.js';

/** `Access: …`, `Paper: …`, `Description: …` at the start of a line. */
const FIELD_LINE = /^(\p{Lu}[\p{L} ()/&-]{0,30}):\s*(\S.*)?$/u;
const DESCRIPTION_LABEL = /^(?:description|summary|about)$/i;

interface Segment {
  text: string;
  isLink: boolean;
}

/**
 * Splits the lines of a `**Name**` block into its description and its fields. `Description:`
 * lines give the description; a field whose value is only links (`Access: http://…`) is a field,
 * kept for access terms but not repeated in the description; other lines are description.
 */
export function splitFieldLines(nodes: readonly Nodes[]): { description: string; fields: string[] } {
  const lines: Segment[][] = [[]];
  const push = (segment: Segment): void => {
    (lines.at(-1) as Segment[]).push(segment);
  };
  for (const node of nodes) {
    if (node.type === 'break') {
      lines.push([]);
    } else if (node.type === 'text') {
      node.value.split('\n').forEach((part, index) => {
        if (index > 0) lines.push([]);
        push({ text: part, isLink: false });
      });
    } else if (node.type === 'link') {
      push({ text: rawText(node), isLink: true });
    } else {
      push({ text: rawText(node), isLink: false });
    }
  }
  const description: string[] = [];
  const fields: string[] = [];
  for (const segments of lines) {
    const text = foldWhitespace(segments.map((segment) => segment.text).join(''));
    if (text === '') continue;
    const field = FIELD_LINE.exec(text);
    if (!field) {
      description.push(text);
      continue;
    }
    const [, label = '', value = ''] = field;
    if (DESCRIPTION_LABEL.test(label)) {
      description.push(value);
      continue;
    }
    // The value is links only when every non-link segment after the label is blank or punctuation.
    const afterLabel = segments.filter((segment) => segment.isLink || !/^[\s\p{L}()/&-]*:\s*$/u.test(segment.text));
    const linkOnly = afterLabel.some((segment) => segment.isLink || /^\s*https?:\/\//.test(segment.text)) &&
      afterLabel.every((segment) => segment.isLink || /^[\s,;.|]*$/.test(segment.text.replace(/^[^:]*:/, '')));
    if (linkOnly) fields.push(text);
    else description.push(text);
  }
  return { description: description.join(' '), fields };
}
