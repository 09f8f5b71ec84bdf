import type { Root } from 'mdast';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { MedlintError } from '../diagnostics/medlint-error.js';
import { gfmWithoutLiteralTransform, linkLiterals } from './autolink-literals.js';
import { capMarkers } from './cap-markers.js';
import { capNesting } from './cap-nesting.js';
import { defuseQuadraticScans } from './defuse-scans.js';
import { joinPieces, type Piece, parsePieces } from './parse-in-chunks.js';

/**
 * CommonMark + GFM (tables, autolinks, footnotes), as GitHub renders: what remark-parse with
 * remark-gfm does, called directly, so a run loads no unified processor and none of the
 * Markdown serialiser that remark-gfm brings along for stringifying. GFM's autolink-literal
 * transform runs only where a literal can be (autolink-literals.ts).
 */
const GFM: Options = { extensions: [gfm()], mdastExtensions: gfmWithoutLiteralTransform };

function parseGfm(text: string): Root {
  const tree = fromMarkdown(text, GFM);
  linkLiterals(tree);
  return tree;
}

/**
 * Parse Markdown into an mdast tree with 1-based positions on every node. Absurd nesting is
 * capped (cap-nesting.ts), so are the markers of a paragraph (cap-markers.ts), the runs
 * micromark scans in quadratic time are broken up (defuse-scans.ts), and large files are parsed in pieces (parse-in-chunks.ts), so time and
 * memory stay bounded.
 * @throws MedlintError (`file-too-complex`) when the nesting is deeper than the parser's
 *   recursion can follow (thousands of nested blockquotes): a clear error, not a crash.
 */
export function parseMarkdown(source: string, file = 'input'): Root {
  return joinPieces(parseMarkdownInPieces(source, file));
}

/** `parseMarkdown` one piece at a time (see `parsePieces`), to be joined by a `JoinedTree`. */
export function* parseMarkdownInPieces(source: string, file = 'input'): Generator<Piece, void, void> {
  try {
    yield* parsePieces(defuseQuadraticScans(capMarkers(capNesting(source))), parseGfm);
  } catch (error) {
    throw error instanceof RangeError ? tooComplex(file) : error;
  }
}

/** The error for a tree nested deeper than the parser's recursion (or a structured clone's) can follow. */
export function tooComplex(file: string): MedlintError {
  return new MedlintError('file-too-complex', `${file}: nesting is too deep to parse (thousands of nested lists or quotes); flatten it`);
}
