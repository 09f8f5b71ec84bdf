import { createRequire as __medlintCreateRequire } from 'node:module';
const require = __medlintCreateRequire(import.meta.url);
import {
  fromMarkdown,
  gfm,
  gfmFromMarkdown
} from "./chunk-73T5MKFK.js";
import {
  MedlintError
} from "./chunk-H6HVNZ66.js";

// src/parse/parse-in-chunks.ts
var CHUNK_SIZE = 8 * 1024;
var BLOCK_START = /^[#A-Z]/i;
var ITEM_START = /^[-*+][ \t]+[[\w*`]/;
var THEMATIC_BREAK = /^([-*_])[ \t]*(?:\1[ \t]*){2,}\r?$/;
var BLANK = /^[ \t]*\r?$/;
function joinPieces(pieces) {
  const joined = new JoinedTree();
  for (const piece of pieces) joined.add(piece);
  return joined.root();
}
function isCutIntoPieces(source, chunkSize = CHUNK_SIZE) {
  return source.length > chunkSize && !source.includes("]:") && !/\r(?!\n)/.test(source);
}
function* parsePieces(source, parse, chunkSize = CHUNK_SIZE) {
  if (!isCutIntoPieces(source, chunkSize)) {
    yield { tree: parse(source), continuesList: false };
    return;
  }
  const bom = source.charCodeAt(0) === 65279 ? 1 : 0;
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
          continuesList = kind === "item";
          pieceStart = lineStart;
          pieceLine = line;
          nextTry = chunkSize;
        } else {
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
var JoinedTree = class {
  #root = { type: "root", children: [] };
  #first;
  #last;
  add({ tree, continuesList }) {
    this.#first ??= tree;
    this.#last = tree;
    const children = this.#root.children;
    const head = tree.children[0];
    const previous = children.at(-1);
    if (continuesList && head?.type === "list" && previous?.type === "list") {
      mergeInto(previous, head);
      pushAll(children, tree.children.slice(1));
    } else {
      pushAll(children, tree.children);
    }
  }
  root() {
    if (this.#first === this.#last && this.#first) return this.#first;
    const start = this.#first?.position?.start;
    const end = this.#last?.position?.end;
    if (start && end) this.#root.position = { start: { ...start }, end: { ...end } };
    return this.#root;
  }
};
function lineEndOf(source, start) {
  const end = source.indexOf("\n", start);
  return end === -1 ? source.length : end;
}
function splitKind(line, previousBlank) {
  if (previousBlank) return BLOCK_START.test(line) ? "block" : null;
  return ITEM_START.test(line) && !THEMATIC_BREAK.test(line) ? "item" : null;
}
function endsCleanly(tree, kind, source, line, base) {
  const last = tree.children.at(-1);
  if (kind === "block") return last === void 0 || last.type !== "code" && (last.type !== "html" || endsAtBlankLine(last.value));
  const start = last?.type === "list" && last.ordered !== true ? last.position?.start : void 0;
  if (start?.column !== 1 || start.offset === void 0) return false;
  return source[base + start.offset] === line[0];
}
function endsAtBlankLine(html) {
  const start = html.trimStart();
  return /^<\/?[A-Z]/i.test(start) && !/^<(?:pre|script|style|textarea)(?:[\s>]|$)/i.test(start);
}
function shiftPiece(tree, lines, offset) {
  for (const child of tree.children) shiftTree(child, lines, offset);
  if (tree.position) tree.position = { start: shifted(tree.position.start, lines, offset), end: shifted(tree.position.end, lines, offset) };
  return tree;
}
function mergeInto(list, next) {
  pushAll(list.children, next.children);
  list.spread = (list.spread ?? false) || (next.spread ?? false);
  if (list.position && next.position) list.position.end = next.position.end;
}
function shiftTree(node, lines, offset) {
  if (lines === 0 && offset === 0) return;
  const stack = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.position) {
      current.position.start = shifted(current.position.start, lines, offset);
      current.position.end = shifted(current.position.end, lines, offset);
    }
    if ("children" in current) pushAll(stack, current.children);
  }
}
function pushAll(target, items) {
  for (const item of items) target.push(item);
}
function shifted(point, lines, offset) {
  const result = { line: point.line + lines, column: point.column };
  if (point.offset !== void 0) result.offset = point.offset + offset;
  return result;
}

// src/parse/autolink-literals.ts
var [autolinkLiteral, ...otherGfm] = gfmFromMarkdown();
var transforms = autolinkLiteral?.transforms ?? [];
var gfmWithoutLiteralTransform = [{ ...autolinkLiteral, transforms: [] }, ...otherGfm];
function linkLiterals(tree) {
  for (const block of tree.children) {
    if (!mayHoldLiteral(block)) continue;
    for (const transform of transforms) transform(block);
  }
}
function mayHoldLiteral(node) {
  const stack = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.type === "text") {
      const value = current.value.toLowerCase();
      if (value.includes("http") || value.includes("www") || value.includes("@")) return true;
    } else if (current.type !== "link" && current.type !== "linkReference" && "children" in current) {
      pushAll(stack, current.children);
    }
  }
  return false;
}

// src/parse/cap-markers.ts
var MAX_MARKERS = 256;
var INERT = { "[": "\uFF3B", "]": "\uFF3D", "*": "\u2217", _: "\uFF3F", "~": "\u223C" };
function capMarkers(source) {
  if (!hasManyMarkers(source)) return source;
  let characters = null;
  const counts = /* @__PURE__ */ new Map();
  let lineStart = 0;
  let nextPipe = -1;
  while (lineStart <= source.length) {
    let lineEnd2 = source.indexOf("\n", lineStart);
    if (lineEnd2 === -1) lineEnd2 = source.length;
    if (nextPipe !== -1 && nextPipe < lineStart) nextPipe = source.indexOf("|", lineStart);
    if (lineStart === 0) nextPipe = source.indexOf("|");
    const first = firstNonBlank(source, lineStart, lineEnd2);
    const tableRow = nextPipe !== -1 && nextPipe < lineEnd2;
    if (first === -1 || tableRow || startsRun(source, first)) counts.clear();
    let linkClose = -1;
    for (let index = lineStart; index < lineEnd2; index += 1) {
      const char = source[index];
      const inert = INERT[char];
      if (inert === void 0) continue;
      if (char === "[") {
        const close = wellFormedLinkClose(source, index, lineEnd2);
        if (close !== -1) {
          linkClose = close;
          continue;
        }
      }
      if (index === linkClose) {
        index = destinationEnd(source, index + 2, lineEnd2);
        continue;
      }
      const count = (counts.get(char) ?? 0) + 1;
      counts.set(char, count);
      if (count > MAX_MARKERS) (characters ??= source.split(""))[index] = inert;
    }
    lineStart = lineEnd2 + 1;
  }
  return characters ? characters.join("") : source;
}
var NOT_IN_TEXT = /* @__PURE__ */ new Set(["[", "]", "\\", "`", "<"]);
var NOT_IN_DESTINATION = /* @__PURE__ */ new Set([" ", "	", "\r", "(", ")", "[", "]", "<", ">", "\\", "`"]);
function wellFormedLinkClose(source, open, lineEnd2) {
  if (escaped(source, open)) return -1;
  let close = open + 1;
  while (close < lineEnd2 && !NOT_IN_TEXT.has(source[close])) close += 1;
  if (close + 1 >= lineEnd2 || source[close] !== "]" || source[close + 1] !== "(") return -1;
  const end = destinationEnd(source, close + 2, lineEnd2);
  return end > close + 2 && end < lineEnd2 && source[end] === ")" ? close : -1;
}
function destinationEnd(source, start, lineEnd2) {
  let end = start;
  while (end < lineEnd2 && !NOT_IN_DESTINATION.has(source[end])) end += 1;
  return end;
}
function escaped(source, at) {
  let slashes = 0;
  while (at - slashes > 0 && source[at - slashes - 1] === "\\") slashes += 1;
  return slashes % 2 === 1;
}
function hasManyMarkers(source) {
  let count = 0;
  for (let index = 0; index < source.length; index += 1) {
    if (INERT[source[index]] !== void 0 && ++count > MAX_MARKERS) return true;
  }
  return false;
}
function firstNonBlank(source, start, end) {
  for (let index = start; index < end; index += 1) {
    const code = source.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 13) return index;
  }
  return -1;
}
function startsRun(source, at) {
  const char = source[at];
  if (INERT[char] !== void 0) return char === "*" && /[ \t]/.test(source[at + 1] ?? " ");
  return !new RegExp("\\p{L}", "u").test(char);
}

// src/parse/cap-nesting.ts
var MAX_NESTING = 100;
var PREFIX_PIECE = /[ \t]+|>|[-*+](?=[ \t\r]|$)|\d{1,9}[.)](?=[ \t\r]|$)/y;
var INERT2 = { ">": "\u203A", "-": "\u2010", "*": "\u2217", "+": "\uFF0B", ".": "\u2024", ")": "\u2769" };
function capNesting(source) {
  let start = 0;
  let deep = -1;
  while (start <= source.length) {
    const end = lineEnd(source, start);
    if (capFrom(source, start, end) !== -1) {
      deep = start;
      break;
    }
    start = end + 1;
  }
  if (deep === -1) return source;
  let result = source.slice(0, deep);
  for (start = deep; start <= source.length; ) {
    const end = lineEnd(source, start);
    const from = capFrom(source, start, end);
    result += from === -1 ? source.slice(start, end) : source.slice(start, from) + neutralise(source.slice(from, end));
    if (end < source.length) result += "\n";
    start = end + 1;
  }
  return result;
}
function lineEnd(source, start) {
  const end = source.indexOf("\n", start);
  return end === -1 ? source.length : end;
}
function capFrom(source, start, end) {
  const line = source.slice(start, end);
  let depth = 0;
  let column = 0;
  PREFIX_PIECE.lastIndex = 0;
  for (let match = PREFIX_PIECE.exec(line); match; match = PREFIX_PIECE.exec(line)) {
    const piece = match[0];
    if (piece[0] === " " || piece[0] === "	") {
      const before = column;
      for (const char of piece) column = char === "	" ? column + 4 - column % 4 : column + 1;
      depth += Math.floor((column - before) / 2);
    } else {
      depth += 1;
      column += piece.length;
    }
    if (depth > MAX_NESTING) return start + match.index;
  }
  return -1;
}
function neutralise(text) {
  let result = "";
  PREFIX_PIECE.lastIndex = 0;
  let last = 0;
  for (let match = PREFIX_PIECE.exec(text); match; match = PREFIX_PIECE.exec(text)) {
    result += match[0].replace(/[>\-*+.)]/g, (char) => INERT2[char] ?? char);
    last = PREFIX_PIECE.lastIndex;
  }
  return result + text.slice(last);
}

// src/parse/defuse-scans.ts
var MAX_HTML_SCAN = 256;
var MAX_FAR_OPENERS = 16;
var MIN_TRAIL_RUN = 32;
var TRAIL_STEP = 16;
var INERT_LESS_THAN = "\uFF1C";
var INERT_TRAIL = "\u2024";
var TRAIL = /* @__PURE__ */ new Set([33, 34, 39, 41, 42, 44, 46, 58, 59, 63, 95, 126]);
var LONG_TRAIL_RUN = /[!"'),.:;?_~*]{32}/;
var COMMENT = { opener: "<!--", closer: "-->", closedAlready: ["<!-->", "<!--->"] };
var CDATA = { opener: "<![CDATA[", closer: "]]>" };
var DECLARATION = { opener: "<!", closer: ">" };
var INSTRUCTION = { opener: "<?", closer: "?>" };
function defuseQuadraticScans(source) {
  return defuseTrailRuns(defuseUnclosedHtml(source));
}
function defuseUnclosedHtml(source) {
  const far = [];
  const nextCloser = /* @__PURE__ */ new Map();
  for (let at = source.indexOf("<"); at !== -1; at = source.indexOf("<", at + 1)) {
    const kind = openerAt(source, at);
    if (!kind || kind.closedAlready?.some((whole) => source.startsWith(whole, at)) || opensLine(source, at)) continue;
    const from = at + kind.opener.length;
    let closer = nextCloser.get(kind);
    if (closer === void 0 || closer !== -1 && closer < from) {
      closer = source.indexOf(kind.closer, from);
      nextCloser.set(kind, closer);
    }
    if (closer === -1 || closer - at > MAX_HTML_SCAN) far.push(at);
  }
  if (far.length < MAX_FAR_OPENERS) return source;
  const parts = [];
  let last = 0;
  for (const at of far) {
    parts.push(source.slice(last, at), INERT_LESS_THAN);
    last = at + 1;
  }
  parts.push(source.slice(last));
  return parts.join("");
}
function openerAt(source, at) {
  const next = source.charCodeAt(at + 1);
  if (next === 63) return INSTRUCTION;
  if (next !== 33) return null;
  if (source.startsWith(COMMENT.opener, at)) return COMMENT;
  if (source.startsWith(CDATA.opener, at)) return CDATA;
  const letter = source.charCodeAt(at + 2) | 32;
  return letter >= 97 && letter <= 122 ? DECLARATION : null;
}
function opensLine(source, at) {
  for (let index = at - 1; index >= 0; index -= 1) {
    const code = source.charCodeAt(index);
    if (code === 10 || code === 13) return true;
    const prefix = code === 32 || code === 9 || code === 62 || code === 45 || code === 42 || code === 43 || code === 46 || code === 41 || code >= 48 && code <= 57;
    if (!prefix) return false;
  }
  return true;
}
function defuseTrailRuns(source) {
  if (!LONG_TRAIL_RUN.test(source)) return source;
  const characters = source.split("");
  let inLiteral = false;
  let runStart = -1;
  const endRun = (end) => {
    if (inLiteral && runStart !== -1 && end - runStart >= MIN_TRAIL_RUN) {
      for (let index = runStart + TRAIL_STEP - 1; index < end; index += TRAIL_STEP) characters[index] = INERT_TRAIL;
    }
    runStart = -1;
  };
  for (let index = 0; index < source.length; index += 1) {
    const code = source.charCodeAt(index);
    if (TRAIL.has(code)) {
      if (runStart === -1) runStart = index;
      if (code === 58 && source.startsWith("//", index + 1)) inLiteral = true;
      continue;
    }
    endRun(index);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 12288) inLiteral = false;
    else if ((code | 32) === 119 && source.slice(index, index + 4).toLowerCase() === "www.") inLiteral = true;
  }
  endRun(source.length);
  return characters.join("");
}

// src/parse/parse-markdown.ts
var GFM = { extensions: [gfm()], mdastExtensions: gfmWithoutLiteralTransform };
function parseGfm(text) {
  const tree = fromMarkdown(text, GFM);
  linkLiterals(tree);
  return tree;
}
function parseMarkdown(source, file = "input") {
  return joinPieces(parseMarkdownInPieces(source, file));
}
function* parseMarkdownInPieces(source, file = "input") {
  try {
    yield* parsePieces(defuseQuadraticScans(capMarkers(capNesting(source))), parseGfm);
  } catch (error) {
    throw error instanceof RangeError ? tooComplex(file) : error;
  }
}
function tooComplex(file) {
  return new MedlintError("file-too-complex", `${file}: nesting is too deep to parse (thousands of nested lists or quotes); flatten it`);
}

export {
  CHUNK_SIZE,
  isCutIntoPieces,
  JoinedTree,
  parseMarkdown,
  parseMarkdownInPieces,
  tooComplex
};
