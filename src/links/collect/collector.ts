/**
 * Collect first, check later: the URLs as written are sorted into those settled without a
 * request (relative, unsupported scheme, excluded, invalid) and pages to fetch, keyed by the
 * normalised URL without its fragment, so each page is requested once however many links cite
 * it and whatever fragments they name. URLs come in batches (a list's pieces, as they are
 * parsed): a URL joins the task of its page while that is queued, or under way when the URL has
 * no fragment, and takes the page's outcome once it is settled; a new fragment of a page already
 * under way or settled gets a task of its own, since that request may not have read the body.
 */
import { fragmentOf } from '../http/index.js';
import type { LinkOutcome } from '../../results/link-outcome.js';
import { isExcluded, REQUESTED_SCHEMES } from '../policy/index.js';
import type { UrlPattern } from '../types.js';

/** One URL as written that needs its page. */
export interface PageInput {
  input: string;
  url: URL;
  /** Decoded fragment, or null when the URL has none. */
  fragment: string | null;
}

export interface PageTask {
  /** Normalised URL without fragment. */
  key: string;
  url: URL;
  inputs: PageInput[];
  /** Set by the checker: `started` when its request begins, `settled` once `page` is known. */
  state: 'queued' | 'started' | 'settled';
  /** The page's outcome (what a URL without fragment gets), once settled by a request. */
  page?: LinkOutcome;
}

export interface Batch {
  /** Inputs decided without a request. */
  settled: Array<[string, LinkOutcome]>;
  /** Pages to request, not seen before or needed again, in order of first appearance. */
  pages: PageTask[];
}

const SCHEME = /^([a-z][a-z\d+.-]*):/i;

export class Collector {
  /** Distinct inputs, in order of first appearance. */
  readonly order: string[] = [];
  readonly #seen = new Set<string>();
  readonly #pages = new Map<string, PageTask>();
  readonly #exclude: readonly UrlPattern[];

  constructor(exclude: readonly UrlPattern[]) {
    this.#exclude = exclude;
  }

  /** Sorts the inputs not seen before. */
  add(urls: readonly string[]): Batch {
    const batch: Batch = { settled: [], pages: [] };
    for (const input of urls) {
      if (this.#seen.has(input)) continue;
      this.#seen.add(input);
      this.order.push(input);
      const settled = this.#settle(input);
      if (!(settled instanceof URL)) {
        batch.settled.push([input, settled]);
        continue;
      }
      const page = new URL(settled.href);
      page.hash = '';
      const fragment = settled.hash.length > 1 ? fragmentOf(settled) : null;
      let task = this.#pages.get(page.href);
      if (task?.page && fragment === null) {
        batch.settled.push([input, task.page]);
        continue;
      }
      if (!task || !(task.state === 'queued' || (task.state === 'started' && fragment === null))) {
        task = { key: page.href, url: page, inputs: [], state: 'queued' };
        this.#pages.set(page.href, task);
        batch.pages.push(task);
      }
      task.inputs.push({ input, url: settled, fragment });
    }
    return batch;
  }

  /** The URL to request, or the outcome of an input that needs no request. */
  #settle(input: string): URL | LinkOutcome {
    const text = input.trim();
    const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
    if (scheme === undefined) return { kind: 'skipped', reason: 'relative' };
    if (isExcluded(input, this.#exclude)) return { kind: 'skipped', reason: 'excluded' };
    if (!REQUESTED_SCHEMES.has(`${scheme}:`)) return { kind: 'skipped', reason: 'unsupported-scheme', scheme };
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return { kind: 'skipped', reason: 'invalid-url' };
    }
    if (url.hostname === '') return { kind: 'skipped', reason: 'invalid-url' };
    if (isExcluded(url.href, this.#exclude)) return { kind: 'skipped', reason: 'excluded' };
    return url;
  }
}
