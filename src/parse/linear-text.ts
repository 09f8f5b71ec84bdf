/**
 * Small text scans written as loops rather than regular expressions, because the obvious
 * regex is not linear on hostile input: `/[-\s]+$/` tries every start of a long run of dashes
 * (quadratic), and `/<!--[\s\S]*?-->/g` scans to the end of the text from every unclosed `<!--`
 * (quadratic). Each function here reads every character a bounded number of times.
 */

/** `text` without the trailing characters that are in `characters` (`trimEnd` for any set). */
export function trimEndOf(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text.charAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without trailing whitespace and characters in `characters`. */
export function trimEndWithSpace(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && (characters.includes(text.charAt(end - 1)) || /\s/.test(text.charAt(end - 1)))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** One HTML comment: `start` at `<!--`, `end` after `-->` (or the end of the text when unclosed). */
export interface HtmlComment {
  start: number;
  end: number;
  /** The text between `<!--` and `-->`. */
  body: string;
  closed: boolean;
}

/**
 * The HTML comments of a text in order, as HTML reads them: a comment ends at the first `-->`
 * after its `<!--`, and an unclosed one runs to the end of the text (so nothing after it starts
 * another). Linear: every search starts where the last one ended.
 */
export function* htmlComments(text: string): Generator<HtmlComment> {
  let from = 0;
  for (;;) {
    const start = text.indexOf('<!--', from);
    if (start === -1) return;
    const close = text.indexOf('-->', start + 4);
    if (close === -1) {
      yield { start, end: text.length, body: text.slice(start + 4), closed: false };
      return;
    }
    yield { start, end: close + 3, body: text.slice(start + 4, close), closed: true };
    from = close + 3;
  }
}

/**
 * `text` with its closed HTML comments removed (an unclosed `<!--` and what follows it are kept,
 * as `text.replace(/<!--[\s\S]*?-->/g, '')` keeps them, without its quadratic time).
 */
export function stripHtmlComments(text: string): string {
  let result = '';
  let from = 0;
  for (const comment of htmlComments(text)) {
    if (!comment.closed) break;
    result += text.slice(from, comment.start);
    from = comment.end;
  }
  return from === 0 ? text : result + text.slice(from);
}

/** How many `\n` there are in `text` from `start` up to `end`. */
export function countNewlines(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}
