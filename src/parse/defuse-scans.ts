/**
 * Two inline constructs make micromark scan ahead from every character of a run, so the run
 * costs the square of its length (found by test/robustness/fuzz-linear.test.ts):
 *   - raw HTML that does not close in its paragraph (`<!--` with no `-->`, `<?` with no `?>`,
 *     `<!X` with no `>`, `<![CDATA[` with no `]]>`) is scanned from each opener to the end of
 *     the paragraph: `x <!--` × n took 6 s for 33 KB, so a 4 MiB list would take hours;
 *   - in a GFM autolink literal (`http://a.....a`), each character of a run of trailing
 *     punctuation (`.`, `?`, `_`, `*`, …) looks ahead over the rest of the run: 8 KB in a second.
 * Real lists have neither, and as in cap-nesting.ts the source is changed only where they
 * appear, one UTF-16 unit for one, so every position stays right:
 *   - an opener whose closer is not within `MAX_HTML_SCAN` characters (so, in all likelihood,
 *     not in its paragraph) loses its `<` to `＜`, once a file holds `MAX_FAR_OPENERS` such
 *     openers: what is left to scan is a few paragraphs, not one per opener;
 *   - in a run of `MIN_TRAIL_RUN` or more trailing-punctuation characters inside a literal, every
 *     `TRAIL_STEP`-th becomes `․`, so no run the parser looks over is longer than that.
 * An opener at the start of a line (after indentation, `>` or a list marker) opens an HTML block,
 * which the parser scans once: it is never changed.
 */

/** Characters apart beyond which an opener's closer is taken to be in another paragraph. */
const MAX_HTML_SCAN = 256;
/** Far openers a file may hold unchanged: each costs one scan to the end of its paragraph. */
export const MAX_FAR_OPENERS = 16;
/** Runs of trailing punctuation shorter than this are left alone (no real URL has one). */
export const MIN_TRAIL_RUN = 32;
const TRAIL_STEP = 16;

const INERT_LESS_THAN = '＜';
const INERT_TRAIL = '․';

/** micromark-extension-gfm-autolink-literal's trailing punctuation: `!"')*,.:;?_~`. */
const TRAIL = new Set([33, 34, 39, 41, 42, 44, 46, 58, 59, 63, 95, 126]);
const LONG_TRAIL_RUN = /[!"'),.:;?_~*]{32}/;

interface OpenerKind {
  opener: string;
  closer: string;
  /** Openers that are complete on their own (`<!-->`, `<!--->`). */
  closedAlready?: readonly string[];
}

const COMMENT: OpenerKind = { opener: '<!--', closer: '-->', closedAlready: ['<!-->', '<!--->'] };
const CDATA: OpenerKind = { opener: '<![CDATA[', closer: ']]>' };
const DECLARATION: OpenerKind = { opener: '<!', closer: '>' };
const INSTRUCTION: OpenerKind = { opener: '<?', closer: '?>' };

export function defuseQuadraticScans(source: string): string {
  return defuseTrailRuns(defuseUnclosedHtml(source));
}

/** `source` with the `<` of far inline HTML openers made inert, when there are many (see the file comment). */
export function defuseUnclosedHtml(source: string): string {
  const far: number[] = [];
  // The next closer of each kind at or after the current opener: they only move forward.
  const nextCloser = new Map<OpenerKind, number>();
  for (let at = source.indexOf('<'); at !== -1; at = source.indexOf('<', at + 1)) {
    const kind = openerAt(source, at);
    if (!kind || kind.closedAlready?.some((whole) => source.startsWith(whole, at)) || opensLine(source, at)) continue;
    const from = at + kind.opener.length;
    let closer = nextCloser.get(kind);
    if (closer === undefined || (closer !== -1 && closer < from)) {
      closer = source.indexOf(kind.closer, from);
      nextCloser.set(kind, closer);
    }
    if (closer === -1 || closer - at > MAX_HTML_SCAN) far.push(at);
  }
  if (far.length < MAX_FAR_OPENERS) return source;
  const parts: string[] = [];
  let last = 0;
  for (const at of far) {
    parts.push(source.slice(last, at), INERT_LESS_THAN);
    last = at + 1;
  }
  parts.push(source.slice(last));
  return parts.join('');
}

function openerAt(source: string, at: number): OpenerKind | null {
  const next = source.charCodeAt(at + 1);
  if (next === 63) return INSTRUCTION; // `<?`
  if (next !== 33) return null; // `<!`
  if (source.startsWith(COMMENT.opener, at)) return COMMENT;
  if (source.startsWith(CDATA.opener, at)) return CDATA;
  const letter = source.charCodeAt(at + 2) | 0x20;
  return letter >= 97 && letter <= 122 ? DECLARATION : null;
}

/** Whether only indentation, `>` and list markers stand before `at` on its line: a block starts there. */
function opensLine(source: string, at: number): boolean {
  for (let index = at - 1; index >= 0; index -= 1) {
    const code = source.charCodeAt(index);
    if (code === 10 || code === 13) return true;
    // space, tab, `>`, `-`, `*`, `+`, `.`, `)`, digits
    const prefix = code === 32 || code === 9 || code === 62 || code === 45 || code === 42 || code === 43 || code === 46 || code === 41 || (code >= 48 && code <= 57);
    if (!prefix) return false;
  }
  return true;
}

/** `source` with long runs of trailing punctuation inside autolink literals broken up (see the file comment). */
export function defuseTrailRuns(source: string): string {
  if (!LONG_TRAIL_RUN.test(source)) return source;
  const characters = source.split('');
  let inLiteral = false;
  let runStart = -1;
  const endRun = (end: number): void => {
    if (inLiteral && runStart !== -1 && end - runStart >= MIN_TRAIL_RUN) {
      for (let index = runStart + TRAIL_STEP - 1; index < end; index += TRAIL_STEP) characters[index] = INERT_TRAIL;
    }
    runStart = -1;
  };
  for (let index = 0; index < source.length; index += 1) {
    const code = source.charCodeAt(index);
    if (TRAIL.has(code)) {
      if (runStart === -1) runStart = index;
      if (code === 58 && source.startsWith('//', index + 1)) inLiteral = true; // `://`
      continue;
    }
    endRun(index);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000) inLiteral = false;
    else if ((code | 0x20) === 119 && source.slice(index, index + 4).toLowerCase() === 'www.') inLiteral = true;
  }
  endRun(source.length);
  return characters.join('');
}
