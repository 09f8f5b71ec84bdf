/**
 * Collect: the URLs as written, before any request. Its parts, in the order they run:
 *
 *   candidates.ts  a quick guess of a list's URLs from its text, so requests start before the parse
 *   collector.ts   one page task per URL without its fragment (dedupe), in order of first appearance;
 *                  relative, mailto:, excluded and invalid URLs settled without a request
 */
export { candidateUrls } from './candidates.js';
export { Collector, type PageInput, type PageTask } from './collector.js';
