/**
 * micromark keeps every token of a document in memory until it has built the tree: about
 * 500 bytes of heap per byte of a dataset list, so a 5 MB list needs 2.5 GB and a 10 MiB one
 * overflows Node's default heap, while the finished tree takes about 16 bytes per byte. Large
 * files are therefore parsed in pieces of about `CHUNK_SIZE`, each starting on a line where the
 * parser holds no open block, and the pieces' trees are joined with their positions shifted.
 * The result is the tree of the whole file parsed at once (test/robustness checks it).
 *
 * A piece may end before line L when either:
 *   - the line before L is blank and L starts in column 1 with a letter or `#`. Every open block
 *     is closed by then, except a fenced code block or a raw HTML block of CommonMark kinds 1–5
 *     (`<pre>`, `<script>`, `<style>`, `<textarea>`, a comment, `<?…`, `<!…`) at the top level,
 *     which run on past blank lines; so the piece's last block must be neither. HTML blocks of
 *     kinds 6 and 7 (`<details>`, `</details>`, any other tag) end at the blank line, and lists
 *     wrapped in `<details>` are common, so those may end a piece;
 *   - L starts a bullet item (`- [x](…)`) in column 1 right after a non-blank line, and the
 *     piece ends with a bullet list in column 1 with the same marker: L's item belongs to that
 *     list, so the next piece's first list is merged into it.
 * Files with a link reference or footnote definition (`]:`) are parsed whole, because a
 * definition applies to the whole file; so are files with a lone CR line ending.
 */
import type { List, Root, RootContent } from 'mdast';
import type { Point } from 'unist';

/**
 * Size of a piece (default: 8 KiB). micromark's cost per byte grows with the size of what it
 * parses, and smaller pieces leave less garbage behind: parsing a 10,000-link list (1 MB) takes
 * 2.2 s and peaks at 155 MB with 8 KiB pieces, 2.9 s and 191 MB with 16 KiB ones, and 311 MB
 * with 256 KiB ones; below 8 KiB nothing more is gained. Files up to this size are parsed whole.
 */
export const CHUNK_SIZE = 8 * 1024;

type SplitKind = 'block' | 'item';

const BLOCK_START = /^[#A-Z]/i;
const ITEM_START = /^[-*+][ \t]+[[\w*`]/;
const THEMATIC_BREAK = /^([-*_])[ \t]*(?:\1[ \t]*){2,}\r?$/;
const BLANK = /^[ \t]*\r?$/;

/** A parsed piece of a file, positions already those of the whole file. */
export interface Piece {
  tree: Root;
  /** Its first list continues the previous piece's last list (a cut between two items). */
  continuesList: boolean;
}

export function parseInChunks(source: string, parse: (text: string) => Root, chunkSize: number = CHUNK_SIZE): Root {
  return joinPieces(parsePieces(source, parse, chunkSize));
}

export function joinPieces(pieces: Iterable<Piece>): Root {
  const joined = new JoinedTree();
  for (const piece of pieces) joined.add(piece);
  return joined.root();
}

/**
 * `parseInChunks` one piece at a time, each yielded as soon as it is parsed, to be put together
 * by `JoinedTree`: only one piece's garbage is alive at a time, and a caller on the main thread
 * can let the event loop run between pieces (pipeline/lint-off-thread.ts).
 */
/** Whether `parsePieces` cuts `source` into pieces (otherwise it parses it whole). */
export function isCutIntoPieces(source: string, chunkSize: number = CHUNK_SIZE): boolean {
  return source.length > chunkSize && !source.includes(']:') && !/\r(?!\n)/.test(source);
}

export function* parsePieces(source: string, parse: (text: string) => Root, chunkSize: number = CHUNK_SIZE): Generator<Piece, void, void> {
  if (!isCutIntoPieces(source, chunkSize)) {
    yield { tree: parse(source), continuesList: false };
    return;
  }
  // micromark skips a byte order mark: its offsets count from the character after it.
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  let pieceStart = 0;
  let pieceLine = 1;
  let nextTry = chunkSize;
  let continuesList = false;
  let previousBlank = false;
  let line = 1;
  for (let lineStart = 0; lineStart < source.length; line += 1) {
    const end = lineEndOf(source, lineStart);
    const text = source.slice(lineStart, end);
    if (lineStart - pieceStart >= nextTry) {
      const kind = splitKind(text, previousBlank);
      if (kind) {
        const tree = parse(source.slice(pieceStart, lineStart));
        if (endsCleanly(tree, kind, source, text, pieceStart === 0 ? bom : pieceStart)) {
          yield { tree: shiftPiece(tree, pieceLine - 1, pieceStart === 0 ? 0 : pieceStart - bom), continuesList };
          continuesList = kind === 'item';
          pieceStart = lineStart;
          pieceLine = line;
          nextTry = chunkSize;
        } else {
          // Try again after twice as much text, so failed tries cost at most one extra parse.
          nextTry = 2 * (lineStart - pieceStart);
        }
      }
    }
    previousBlank = BLANK.test(text);
    lineStart = end + 1;
  }
  const last = parse(source.slice(pieceStart));
  yield { tree: shiftPiece(last, pieceLine - 1, pieceStart === 0 ? 0 : pieceStart - bom), continuesList };
}

/** Puts the pieces of `parsePieces` together, in order, into the tree of the whole file. */
export class JoinedTree {
  readonly #root: Root = { type: 'root', children: [] };
  #first: Root | undefined;
  #last: Root | undefined;

  add({ tree, continuesList }: Piece): void {
    this.#first ??= tree;
    this.#last = tree;
    const children = this.#root.children;
    const head = tree.children[0];
    const previous = children.at(-1);
    if (continuesList && head?.type === 'list' && previous?.type === 'list') {
      mergeInto(previous, head);
      pushAll(children, tree.children.slice(1));
    } else {
      pushAll(children, tree.children);
    }
  }

  root(): Root {
    // One piece: the file was parsed whole, and its tree is the answer.
    if (this.#first === this.#last && this.#first) return this.#first;
    const start = this.#first?.position?.start;
    const end = this.#last?.position?.end;
    if (start && end) this.#root.position = { start: { ...start }, end: { ...end } };
    return this.#root;
  }
}

function lineEndOf(source: string, start: number): number {
  const end = source.indexOf('\n', start);
  return end === -1 ? source.length : end;
}

function splitKind(line: string, previousBlank: boolean): SplitKind | null {
  if (previousBlank) return BLOCK_START.test(line) ? 'block' : null;
  return ITEM_START.test(line) && !THEMATIC_BREAK.test(line) ? 'item' : null;
}

/**
 * Whether the piece `tree` may end before `line` (see the file comment). The piece's offset 0
 * is `source[base]`.
 */
function endsCleanly(tree: Root, kind: SplitKind, source: string, line: string, base: number): boolean {
  const last = tree.children.at(-1);
  if (kind === 'block') return last === undefined || (last.type !== 'code' && (last.type !== 'html' || endsAtBlankLine(last.value)));
  const start = last?.type === 'list' && last.ordered !== true ? last.position?.start : undefined;
  if (start?.column !== 1 || start.offset === undefined) return false;
  return source[base + start.offset] === line[0];
}

/** Whether a raw HTML block is of CommonMark kind 6 or 7: a tag that a blank line closes. */
function endsAtBlankLine(html: string): boolean {
  const start = html.trimStart();
  return /^<\/?[A-Z]/i.test(start) && !/^<(?:pre|script|style|textarea)(?:[\s>]|$)/i.test(start);
}

/** Moves a piece's tree down `lines` lines and on `offset` characters, in place. */
function shiftPiece(tree: Root, lines: number, offset: number): Root {
  for (const child of tree.children) shiftTree(child, lines, offset);
  if (tree.position) tree.position = { start: shifted(tree.position.start, lines, offset), end: shifted(tree.position.end, lines, offset) };
  return tree;
}

/** The next piece's first list continues the previous piece's last list (a tight split). */
function mergeInto(list: List, next: List): void {
  pushAll(list.children, next.children);
  list.spread = (list.spread ?? false) || (next.spread ?? false);
  if (list.position && next.position) list.position.end = next.position.end;
}

function shiftTree(node: RootContent, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return;
  // A stack, not recursion: inline nesting can be deep.
  const stack: RootContent[] = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.position) {
      current.position.start = shifted(current.position.start, lines, offset);
      current.position.end = shifted(current.position.end, lines, offset);
    }
    if ('children' in current) pushAll(stack, current.children as RootContent[]);
  }
}

/**
 * `target.push(...items)` without the spread: spread arguments live on the stack, and a table
 * row of 262,000 cells (or a file parsed whole into as many blocks) overflowed it, which read as
 * "nesting is too deep".
 */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function shifted(point: Point, lines: number, offset: number): Point {
  const result: Point = { line: point.line + lines, column: point.column };
  if (point.offset !== undefined) result.offset = point.offset + offset;
  return result;
}
