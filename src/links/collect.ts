/**
 * Collect first, check later: the URLs as written are sorted into those settled without a
 * request (relative, unsupported scheme, excluded, invalid) and pages to fetch, keyed by the
 * normalised URL without its fragment, so each page is requested once however many links cite
 * it and whatever fragments they name.
 */
import { fragmentOf } from './fragment.js';
import type { LinkOutcome } from './outcome.js';
import { isExcluded, REQUESTED_SCHEMES } from './policy.js';

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
}

export interface Plan {
  /** Distinct inputs, in order of first appearance. */
  order: string[];
  /** Inputs decided without a request. */
  settled: Map<string, LinkOutcome>;
  /** Pages to request, in order of first appearance. */
  pages: Map<string, PageTask>;
}

const SCHEME = /^([a-z][a-z\d+.-]*):/i;

export function collect(urls: readonly string[], exclude: readonly RegExp[]): Plan {
  const plan: Plan = { order: [], settled: new Map(), pages: new Map() };
  const seen = new Set<string>();
  for (const input of urls) {
    if (seen.has(input)) continue;
    seen.add(input);
    plan.order.push(input);
    const text = input.trim();
    const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
    if (scheme === undefined) {
      plan.settled.set(input, { kind: 'skipped', reason: 'relative' });
      continue;
    }
    if (isExcluded(input, exclude)) {
      plan.settled.set(input, { kind: 'skipped', reason: 'excluded' });
      continue;
    }
    if (!REQUESTED_SCHEMES.has(`${scheme}:`)) {
      plan.settled.set(input, { kind: 'skipped', reason: 'unsupported-scheme', scheme });
      continue;
    }
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      plan.settled.set(input, { kind: 'skipped', reason: 'invalid-url' });
      continue;
    }
    if (url.hostname === '') {
      plan.settled.set(input, { kind: 'skipped', reason: 'invalid-url' });
      continue;
    }
    if (isExcluded(url.href, exclude)) {
      plan.settled.set(input, { kind: 'skipped', reason: 'excluded' });
      continue;
    }
    const page = new URL(url.href);
    page.hash = '';
    let task = plan.pages.get(page.href);
    if (!task) {
      task = { key: page.href, url: page, inputs: [] };
      plan.pages.set(page.href, task);
    }
    task.inputs.push({ input, url, fragment: url.hash.length > 1 ? fragmentOf(url) : null });
  }
  return plan;
}
