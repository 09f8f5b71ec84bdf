import type { Edit } from '../diagnostics/diagnostic.js';
import type { DatasetEntry, EntryLink, ListDocument } from '../extract/types.js';
import type { Rule } from './types.js';
import { linkTarget } from './urls.js';

/** How entries must link: as the list mostly does, always `[Name](url)`, or either way. */
type LinkStyle = 'consistent' | 'link' | 'any';

const STYLES: readonly LinkStyle[] = ['consistent', 'link', 'any'];

/** Labels of the URL that leads to the data: `Access: http://…` is the one to link the name with. */
const ACCESS_LABEL = /(?:access|information|info|website|web site|homepage|home page|download|data|dataset|overview|url|link|portal)\s*:\s*$/i;
/** Labels of URLs about the data, not the data: the last choice for the name's link. */
const SECONDARY_LABEL = /(?:paper|papers|article|publication|preprint|citation|cite|doi|code|github|user guide)\s*:\s*$/i;
/** Last path segments that name nothing: `index.html`, `home`, `login.jsp`. */
const GENERIC_SEGMENT = /^(?:index|home|default|main|login|search|about|data|datasets?|databases?|resources?|downloads?|software|articles?|post|view|show|showall|stamp|en|\d+)$/i;

/**
 * Every entry links its name. With `style: "consistent"` (the default) the list's dominant way
 * is right: a list that writes every link as a labelled bare URL (`Access: http://…`) is not
 * asked to change, and only a bare URL among Markdown links is reported. `"link"` asks for
 * `[Name](url)` everywhere; `"any"` accepts a bare URL. An entry without any link, and a bare URL
 * without a name, are reported in every style, except an entry that shares its block's `Access:`
 * line, one installed by a command (`pip install …`) and one whose text says it is not online.
 */
export const entryLink: Rule = {
  meta: {
    id: 'entry-link',
    description: 'Entries must link their name, in the list\'s own style (`style`: `consistent`, `link` or `any`).',
    category: 'entries',
    recommended: 'error',
    fixable: true,
    hasSuggestions: true,
    messages: {
      bareUrl: 'Unexpected bare URL `{{url}}` for `{{name}}`, expected a Markdown link `[{{name}}]({{url}})`',
      unnamedUrl: 'Unexpected bare URL `{{url}}` without a name, expected a Markdown link with the name of what it links to, e.g. `[{{suggestion}}]({{url}})`',
      unnamedUrlNoSuggestion: 'Unexpected bare URL `{{url}}` without a name, expected a Markdown link: give it a name, `[Name]({{url}})`',
      missingLink: 'Unexpected entry `{{name}}` without a link, expected a Markdown link `[{{name}}](https://…)`',
    },
    schema: {
      type: 'object',
      properties: {
        style: {
          enum: [...STYLES],
          description:
            'How names must be linked: `consistent` as most entries of the list are, `link` always `[Name](url)`, `any` a bare URL too (default: `consistent`).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { style: 'consistent' },
  },
  check(document, context) {
    const option = context.options['style'];
    const style: LinkStyle = STYLES.includes(option as LinkStyle) ? (option as LinkStyle) : 'consistent';
    const textBefore = textBeforeIn(document.source);
    const bareAllowed = style === 'any' || (style === 'consistent' && mostlyBare(document.entries));
    for (const entry of document.entries) {
      if (entry.hasMarkdownLink) continue;
      // It shares the `Access:` line of its block, is installed by a command, or is not online: no missing link.
      if (entry.links.length === 0 && (entry.sharedLink !== undefined || entry.noLink !== undefined)) continue;
      if (entry.links.length === 0) {
        context.report({
          messageId: 'missingLink',
          data: { name: entry.name },
          line: entry.line,
          column: entry.column,
          endLine: entry.endLine,
          endColumn: entry.endColumn,
        });
        continue;
      }
      const bare = nameLink(entry.links, textBefore);
      // `Name](http://…)`: a link missing its `[`; `no-malformed-url` reports it, a suggestion here would be broken.
      if (!bare || /\]\s*\(<?\s*$/.test(textBefore(bare))) continue;
      const place = { line: bare.line, column: bare.column, endLine: bare.endLine, endColumn: bare.endColumn, actual: bare.url };
      if (entry.name === '') {
        const suggestion = nameFromUrl(bare.url);
        if (suggestion === null) {
          context.report({ messageId: 'unnamedUrlNoSuggestion', data: { url: bare.url }, ...place });
        } else {
          // The name is made up from the URL: a person should choose it.
          const edit = linkEdit(document, bare, suggestion);
          context.report({
            messageId: 'unnamedUrl',
            data: { url: bare.url, suggestion },
            ...place,
            expected: `[${suggestion}](${bare.url})`,
            ...(edit ? { suggestions: [{ description: `Link the URL as \`[${suggestion}](${bare.url})\``, edits: [edit] }] } : {}),
          });
        }
        continue;
      }
      if (bareAllowed) continue;
      const fix = nameLinkEdit(document, entry, bare);
      const edit = fix ? null : linkEdit(document, bare, entry.name);
      context.report({
        messageId: 'bareUrl',
        data: { url: bare.url, name: entry.name },
        ...place,
        expected: `[${entry.name}](${bare.url})`,
        ...(fix ? { fix: [fix] } : {}),
        ...(edit ? { suggestions: [{ description: `Link the URL as \`[${entry.name}](${bare.url})\``, edits: [edit] }] } : {}),
      });
    }
  },
};

/** `TCGA: http://x`, `TCGA - <http://x>`, `TCGA http://x`: the name, then at most a separator, then the URL. */
const NAME_THEN_URL = /^(?:[ \t]*[:\-–—])?[ \t]*$/;

/**
 * The fix of a bare URL that follows the entry's own name: `TCGA: http://x` → `[TCGA](http://x)`.
 * Only when the name is written as the entry reads it (no emphasis, no escapes) and nothing but
 * a separator stands between it and the URL, so no word of the entry is lost or moved.
 */
function nameLinkEdit(document: ListDocument, entry: DatasetEntry, bare: EntryLink): Edit | null {
  const target = linkTarget(bare.url);
  if (target === null || !linkableText(entry.name)) return null;
  const { source, lines } = document;
  const urlStart = lines.offset(bare.line, bare.column);
  const urlEnd = lines.offset(bare.endLine, bare.endColumn);
  if (!spellsUrl(source.slice(urlStart, urlEnd), bare.url)) return null;
  const entryStart = lines.offset(entry.line, entry.column);
  const nameStart = source.lastIndexOf(entry.name, urlStart - entry.name.length);
  if (nameStart < entryStart || !NAME_THEN_URL.test(source.slice(nameStart + entry.name.length, urlStart))) return null;
  // A `**TCGA**` or `[x]`-like opening before the name would be cut in half.
  if (/[*_[`\\]$/.test(source.slice(entryStart, nameStart))) return null;
  return { range: [nameStart, urlEnd], text: `[${entry.name}](${target})` };
}

/** The bare URL itself becomes `[text](url)`: a suggestion, as the text is a guess or repeats the name. */
function linkEdit(document: ListDocument, bare: EntryLink, text: string): Edit | null {
  const target = linkTarget(bare.url);
  if (target === null || !linkableText(text)) return null;
  const { source, lines } = document;
  const range: [number, number] = [lines.offset(bare.line, bare.column), lines.offset(bare.endLine, bare.endColumn)];
  return spellsUrl(source.slice(...range), bare.url) ? { range, text: `[${text}](${target})` } : null;
}

/** Whether the text at a bare URL's place is that URL: as is, in `<…>`, or a `www.` literal GFM completed. */
function spellsUrl(written: string, url: string): boolean {
  return written !== '' && (written === url || written === `<${url}>` || url === `http://${written}`);
}

/** Link text that needs no escaping: no brackets, backslashes, backticks or line breaks. */
function linkableText(text: string): boolean {
  return text !== '' && !/[[\]\\`\r\n]/.test(text);
}

/** Fewest bare-URL entries that make a style: one `TCGA: http://…` in a short list is a slip. */
const MIN_BARE_STYLE = 3;

/** True when most entries that have a URL give it as a bare URL (three at least): the list's own style. */
function mostlyBare(entries: readonly DatasetEntry[]): boolean {
  let bare = 0;
  let linked = 0;
  for (const entry of entries) {
    if (entry.name === '' || entry.links.length === 0) continue;
    if (entry.hasMarkdownLink) linked += 1;
    else bare += 1;
  }
  return bare >= MIN_BARE_STYLE && bare > linked;
}

/** The URL the name should link: an `Access:`/`Website:` one, else the first not labelled `Paper:`. */
function nameLink(links: readonly EntryLink[], textBefore: TextBefore): EntryLink | undefined {
  const labelled = links.map((link) => ({ link, before: textBefore(link) }));
  return (
    labelled.find(({ before }) => ACCESS_LABEL.test(before))?.link ??
    labelled.find(({ before }) => !SECONDARY_LABEL.test(before))?.link ??
    links[0]
  );
}

/** The text of a link's line before it: its last `LABEL_REACH` characters, where a label is. */
type TextBefore = (link: EntryLink) => string;

/**
 * How far before a link its label may start. The whole line would make a line of n links cost
 * n² (`[x]( https://… ` × 20,000 on one line took seconds in this rule alone); the longest label
 * with its colon and spaces is far shorter.
 */
const LABEL_REACH = 64;

function textBeforeIn(source: string): TextBefore {
  let starts: number[] | null = null; // built on first use: most lists have no bare URL to look at
  return (link) => {
    if (starts === null) {
      starts = [0];
      for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
    }
    const start = starts[link.line - 1] ?? 0;
    const end = start + link.column - 1;
    return source.slice(Math.max(start, end - LABEL_REACH), end);
  };
}

/** A name to suggest for a nameless URL: its last meaningful path segment, else its host. */
function nameFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  const last = segments.at(-1);
  if (last !== undefined) {
    let decoded = last;
    try {
      decoded = decodeURIComponent(last);
    } catch {
      // A stray `%` stays as written.
    }
    const stem = decoded.replace(/\.[a-z0-9]{1,5}$/i, '');
    const words = stem.replace(/[_+]+/g, ' ').trim();
    if (/\p{L}{3}/u.test(words) && !GENERIC_SEGMENT.test(stem) && words.length <= 60 && !/\.pdf$/i.test(decoded)) {
      return words;
    }
  }
  const host = parsed.hostname.replace(/^www\d?\./, '');
  return host === '' ? null : host;
}
