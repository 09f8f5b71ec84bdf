/**
 * The one HTML anchor scanner, for HTML in Markdown, local HTML files and fetched pages: a
 * streaming tokenizer (htmlparser2) reports the anchors a browser would scroll to. An anchor is
 * an `id` on any element or a `name` on `<a>`; the first of a repeated attribute wins, as in a
 * browser. Text inside comments, `<script>`, `<style>` or attribute values is never an anchor,
 * and entities in values decode as a browser decodes them (`caf&eacute;` is `café`).
 */
import { Parser } from 'htmlparser2';

const HEADING_TAG = /^h[1-6]$/;

/**
 * Streams HTML, chunk by chunk, and calls `onAnchor` with each anchor value, in source order.
 * `onHeading`, when given, gets the text of each `<h1>`…`<h6>` element, for GitHub, which gives
 * headings written in HTML an id from their text as it does Markdown headings.
 */
export class HtmlAnchorTokenizer {
  readonly #parser: Parser;
  #tag = '';
  #seenId = false;
  #seenName = false;
  #headingText: string | null = null;

  constructor(onAnchor: (value: string) => void, onHeading?: (text: string) => void) {
    this.#parser = new Parser(
      {
        onopentagname: (name) => {
          this.#tag = name;
          this.#seenId = false;
          this.#seenName = false;
          if (onHeading && this.#headingText === null && HEADING_TAG.test(name)) this.#headingText = '';
        },
        ontext: (text) => {
          if (this.#headingText !== null) this.#headingText += text;
        },
        onclosetag: (name) => {
          if (this.#headingText === null || !HEADING_TAG.test(name)) return;
          onHeading?.(this.#headingText);
          this.#headingText = null;
        },
        onattribute: (name, value) => {
          if (name === 'id' && !this.#seenId) {
            this.#seenId = true;
            if (value !== '') onAnchor(value);
          } else if (name === 'name' && this.#tag === 'a' && !this.#seenName) {
            this.#seenName = true;
            if (value !== '') onAnchor(value);
          }
        },
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    );
  }

  /** Feeds the next piece of the document; a tag cut between two pieces is completed by the next. */
  write(chunk: string): void {
    this.#parser.write(chunk);
  }

  /** Ends the document. */
  end(): void {
    this.#parser.end();
  }

  /** Starts a new, independent document (one HTML node of a Markdown tree after another). */
  reset(): void {
    this.#parser.reset();
    this.#tag = '';
    this.#headingText = null;
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
