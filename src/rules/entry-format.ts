import type { ListItem, Nodes, Paragraph, PhrasingContent } from 'mdast';
import type { DatasetEntry } from '../extract/types.js';
import type { Rule } from './types.js';

/** The separators a list may use between an entry's link and its description. */
export const SEPARATORS = [' - ', ': ', ' – '] as const;

type SeparatorOption = (typeof SEPARATORS)[number] | 'any';

/** What stands between the link and the description: spaces, a run of dashes or a colon, spaces. */
const WRITTEN_SEPARATOR = /^([ \t]*)([-–—:|]{0,3})([ \t]*)/u;

/** A description ends a sentence: `.`, `!`, `?` or `…`, then closing marks at most. */
const FINAL_PUNCTUATION = /[.!?…][)"'»”’*_]{0,3}$/u;

/** The description's first word, to tell `dataset of…` from `mRNA`, `eICU`, `iPhone`. */
const FIRST_WORD = /^[\p{L}\p{N}'’-]+/u;

const LOWER = /^\p{Ll}/u;
/** After a first word, a URL, host or identifier goes on: `://`, `.com`, `@x`, `_x`. */
const NAME_GLUE = /^[:./@_]\S/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;

/**
 * List entries are written `[Name](url) - Description.`: the link first, one separator, a
 * description that starts with a capital letter or a digit and ends with punctuation.
 */
export const entryFormat: Rule = {
  meta: {
    id: 'entry-format',
    description: 'List entries must start with their link, use one separator and a capitalised, punctuated description.',
    category: 'entries',
    recommended: 'off',
    fixable: true,
    messages: {
      linkFirst: 'Unexpected entry `{{name}}` that does not start with its link, expected `[{{name}}](…)` first',
      separator: 'Unexpected separator `{{actual}}` after `{{name}}`, expected {{expected}}',
      capital: 'Unexpected description of `{{name}}` starting with `{{actual}}`, expected a capital letter or a digit',
      punctuation: 'Unexpected description of `{{name}}` without final punctuation, expected it to end with `.`, `!`, `?` or `…`',
    },
    schema: {
      type: 'object',
      properties: {
        separator: {
          enum: [...SEPARATORS, 'any'],
          description: 'The separator between link and description: `" - "`, `": "`, `" – "`, or `"any"` of them (default).',
        },
        capital: { type: 'boolean', description: 'The description starts with a capital letter or a digit (default: `true`).' },
        punctuation: { type: 'boolean', description: 'The description ends with `.`, `!`, `?` or `…` (default: `true`).' },
      },
      additionalProperties: false,
    },
    defaultOptions: { separator: 'any', capital: true, punctuation: true },
  },
  check(document, context) {
    const option = context.options['separator'];
    const separator: SeparatorOption = typeof option === 'string' && ([...SEPARATORS, 'any'] as string[]).includes(option) ? (option as SeparatorOption) : 'any';
    const capital = context.options['capital'] !== false;
    const punctuation = context.options['punctuation'] !== false;
    const { source } = document;

    const byLine = new Map<number, DatasetEntry>();
    for (const entry of document.entries) if (entry.shape === 'list-item' && !byLine.has(entry.line)) byLine.set(entry.line, entry);
    const items: Array<{ entry: DatasetEntry; item: ListItem; paragraph: Paragraph }> = [];
    const visit = (node: Nodes): void => {
      if (node.type === 'listItem') {
        const entry = node.position ? byLine.get(node.position.start.line) : undefined;
        const first = node.children[0];
        if (entry && first?.type === 'paragraph') items.push({ entry, item: node, paragraph: first });
      }
      if ('children' in node) for (const child of node.children) visit(child as Nodes);
    };
    visit(document.tree);

    // With `any`, a separator out of line becomes the one the list uses most (` - ` on a tie).
    const written = items.map(({ paragraph }) => separatorOf(source, paragraph));
    const counts = new Map<string, number>();
    for (const found of written) if (found && (SEPARATORS as readonly string[]).includes(found.text)) counts.set(found.text, (counts.get(found.text) ?? 0) + 1);
    const usual = SEPARATORS.reduce<string>((best, candidate) => ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0) ? candidate : best), SEPARATORS[0]);

    items.forEach(({ entry, item, paragraph }, index) => {
      const place = { line: entry.line, column: entry.column, endLine: entry.endLine, endColumn: entry.endColumn };
      const name = entry.name !== '' ? entry.name : (entry.url ?? '');
      const found = written[index];
      if (found === undefined) return;
      if (found === null) {
        if (!startsWithLink(paragraph)) context.report({ messageId: 'linkFirst', data: { name }, ...place });
      } else {
        const expected = separator === 'any' ? usual : separator;
        const allowed = separator === 'any' ? (SEPARATORS as readonly string[]).includes(found.text) : found.text === separator;
        if (!allowed) {
          context.report({
            messageId: 'separator',
            data: { name, actual: found.text, expected: separator === 'any' ? `one of ${SEPARATORS.map((s) => `\`${s}\``).join(', ')}` : `\`${separator}\`` },
            ...place,
            actual: found.text,
            expected,
            fix: [{ range: [found.start, found.end], text: expected }],
          });
        }
        if (capital) {
          const start = source.slice(found.end, found.end + 100);
          const word = FIRST_WORD.exec(start)?.[0] ?? '';
          const first = word.charAt(0);
          // `mRNA`, `eICU`, `iPhone`: a word with a capital or a digit inside is written that way on
          // purpose; `http://…`, `github.com`, `x_y`: a URL, a host or an identifier is left as written.
          const glued = NAME_GLUE.test(start.slice(word.length));
          if (LOWER.test(first) && !glued && !UPPER_OR_DIGIT.test(word.slice(1)) && first.toUpperCase().length === 1) {
            context.report({
              messageId: 'capital',
              data: { name, actual: word },
              ...place,
              actual: word,
              expected: first.toUpperCase() + word.slice(1),
              fix: [{ range: [found.end, found.end + 1], text: first.toUpperCase() }],
            });
          }
        }
      }
      if (punctuation) {
        const end = paragraph.position?.end.offset;
        const last = paragraph.children.at(-1);
        if (end === undefined || !last || last.type === 'html' || last.type === 'break') return;
        const start = paragraph.position?.start.offset ?? end;
        const text = source.slice(start, end).trimEnd();
        if (FINAL_PUNCTUATION.test(text)) return;
        // A description that introduces the entry's sub-items may end with a colon.
        if (text.endsWith(':') && item.children.some((child) => child.type === 'list')) return;
        // An entry that is only its link has no description (entry-description's to report).
        if (found === null || found.end >= end) return;
        // The `.` goes right after the last character, before trailing spaces (`set  ` → `set.  `).
        const after = start + text.length;
        // An odd run of `\` ends in a literal backslash that a `.` would turn into an escape
        // (`why\` → `why\.` shows `why.`): reported, left for a person.
        const escapes = trailingBackslashes(text);
        context.report({
          messageId: 'punctuation',
          data: { name },
          ...place,
          ...(escapes % 2 === 0 ? { fix: [{ range: [after, after], text: '.' }] } : {}),
        });
      }
    });
  },
};

/** How many `\\` the text ends with (counted from the end: a pattern would rescan each run). */
function trailingBackslashes(text: string): number {
  let count = 0;
  while (text.charAt(text.length - 1 - count) === '\\') count += 1;
  return count;
}

/** True when the paragraph starts with a link, bare or in emphasis (`**[Name](url)**`). */
function startsWithLink(paragraph: Paragraph): boolean {
  const first = paragraph.children[0];
  return first !== undefined && isLinkNode(first);
}

function isLinkNode(node: PhrasingContent): boolean {
  if (node.type === 'link' || node.type === 'linkReference') return true;
  if ((node.type === 'strong' || node.type === 'emphasis') && node.children.length === 1) {
    const inner = node.children[0];
    return inner !== undefined && (inner.type === 'link' || inner.type === 'linkReference');
  }
  return false;
}

/**
 * The separator after the entry's leading link, as offsets and text; null when the entry does
 * not start with a link; undefined when what follows the link is not a separator and a
 * description (nothing, `'s`, a comma: not the name-description shape this rule checks).
 */
function separatorOf(source: string, paragraph: Paragraph): { start: number; end: number; text: string } | null | undefined {
  const first = paragraph.children[0];
  if (!first || !isLinkNode(first)) return null;
  const start = first.position?.end.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const rest = source.slice(start, Math.min(end, start + 20));
  const match = WRITTEN_SEPARATOR.exec(rest);
  if (!match) return undefined;
  const [whole, before = '', marks = '', after = ''] = match;
  // No description after it, or no separator at all (`[A](x), [B](y)`): not this shape.
  if (start + whole.length >= end || (marks === '' && before === '')) return undefined;
  // `[A](x) (2019) - …`, `[A](x) [paper](y)`: a description that starts with a bracket is left alone.
  if (marks === '' && /^[([]/u.test(rest.slice(whole.length))) return undefined;
  if (marks !== '' && before === '' && after === '' && marks !== ':') return undefined;
  return { start, end: start + whole.length, text: whole };
}
