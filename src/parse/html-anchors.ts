/**
 * The one HTML anchor scanner, for HTML in Markdown, local HTML files and fetched pages: a
 * streaming tokenizer (htmlparser2's `Tokenizer`) reports the anchors a browser would scroll to.
 * An anchor is an `id` on any element or a `name` on `<a>`; the first of a repeated attribute
 * wins, as in a browser. Text inside comments, `<script>`, `<style>`, `<textarea>`, `<title>` or
 * attribute values is never an anchor, and entities in values decode as a browser decodes them
 * (`caf&eacute;` is `café`).
 *
 * The tokenizer, not htmlparser2's `Parser`: the parser keeps a stack of open elements that it
 * searches and shifts on every tag, quadratic in the nesting of unclosed tags (`<h1>` × 200,000
 * took 46 s); the tokenizer holds no stack and runs in linear time.
 */
import { Tokenizer } from 'htmlparser2';

const HEADING_TAG = /^h[1-6]$/;

/**
 * Streams HTML, chunk by chunk, and calls `onAnchor` with each anchor value, in source order.
 * `onHeading`, when given, gets the text of each `<h1>`…`<h6>` element, for GitHub, which gives
 * headings written in HTML an id from their text as it does Markdown headings.
 */
export class HtmlAnchorTokenizer {
  readonly #onAnchor: (value: string) => void;
  readonly #onHeading: ((text: string) => void) | undefined;
  #tokenizer: Tokenizer;
  /** The input from absolute offset `#bufferStart` on: what sections still being read may need. */
  #buffer = '';
  #bufferStart = 0;
  /** Everything before this offset has been reported: the next section starts at or after it. */
  #keepFrom = 0;
  #tag = '';
  #attribute = '';
  #value = '';
  #seenId = false;
  #seenName = false;
  #headingText: string | null = null;

  constructor(onAnchor: (value: string) => void, onHeading?: (text: string) => void) {
    this.#onAnchor = onAnchor;
    this.#onHeading = onHeading;
    this.#tokenizer = this.#newTokenizer();
  }

  /** Feeds the next piece of the document; a tag cut between two pieces is completed by the next. */
  write(chunk: string): void {
    this.#buffer += chunk;
    this.#tokenizer.write(chunk);
    // Drop what no section in progress can need any more.
    if (this.#keepFrom > this.#bufferStart) {
      this.#buffer = this.#buffer.slice(this.#keepFrom - this.#bufferStart);
      this.#bufferStart = this.#keepFrom;
    }
  }

  /** Ends the document. */
  end(): void {
    this.#tokenizer.end();
  }

  /** Starts a new, independent document (one HTML node of a Markdown tree after another). */
  reset(): void {
    this.#tokenizer = this.#newTokenizer();
    this.#buffer = '';
    this.#bufferStart = 0;
    this.#keepFrom = 0;
    this.#tag = '';
    this.#headingText = null;
  }

  #slice(start: number, end: number): string {
    this.#keepFrom = end;
    return this.#buffer.slice(start - this.#bufferStart, end - this.#bufferStart);
  }

  #newTokenizer(): Tokenizer {
    const done = (end: number): void => {
      this.#keepFrom = end;
    };
    return new Tokenizer(
      { xmlMode: false, decodeEntities: true },
      {
        onopentagname: (start, end) => {
          this.#tag = this.#slice(start, end).toLowerCase();
          this.#seenId = false;
          this.#seenName = false;
          if (this.#onHeading && this.#headingText === null && HEADING_TAG.test(this.#tag)) this.#headingText = '';
        },
        onattribname: (start, end) => {
          this.#attribute = this.#slice(start, end).toLowerCase();
          this.#value = '';
        },
        onattribdata: (start, end) => {
          this.#value += this.#slice(start, end);
        },
        onattribentity: (codePoint) => {
          this.#value += String.fromCodePoint(codePoint);
        },
        onattribend: (_quote, end) => {
          done(end);
          if (this.#attribute === 'id') this.#takeId();
          else if (this.#attribute === 'name') this.#takeName();
        },
        ontext: (start, end) => {
          const text = this.#slice(start, end);
          if (this.#headingText !== null) this.#headingText += text;
        },
        ontextentity: (codePoint, end) => {
          done(end);
          if (this.#headingText !== null) this.#headingText += String.fromCodePoint(codePoint);
        },
        onclosetag: (start, end) => {
          const name = this.#slice(start, end).toLowerCase();
          if (this.#headingText === null || !HEADING_TAG.test(name)) return;
          this.#onHeading?.(this.#headingText);
          this.#headingText = null;
        },
        onopentagend: done,
        onselfclosingtag: done,
        oncomment: (_start, end) => done(end),
        oncdata: (_start, end) => done(end),
        ondeclaration: (_start, end) => done(end),
        onprocessinginstruction: (_start, end) => done(end),
        onend: () => undefined,
      },
    );
  }

  #takeId(): void {
    if (this.#seenId) return;
    this.#seenId = true;
    if (this.#value !== '') this.#onAnchor(this.#value);
  }

  #takeName(): void {
    if (this.#tag !== 'a' || this.#seenName) return;
    this.#seenName = true;
    if (this.#value !== '') this.#onAnchor(this.#value);
  }
}

/** Every anchor in one piece of HTML, in source order. */
export function htmlAnchors(html: string): string[] {
  const anchors: string[] = [];
  const tokenizer = new HtmlAnchorTokenizer((value) => anchors.push(value));
  tokenizer.write(html);
  tokenizer.end();
  return anchors;
}
