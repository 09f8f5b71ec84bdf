/**
 * Outcome: what happened → what it means. The closed union itself is `LinkOutcome` in
 * src/results/link-outcome.ts, below both this checker and the link rules that describe it.
 * Its parts, in the order they run:
 *
 *   status.ts  a final answer, a network failure or the end of a redirect chain → the page's
 *              outcome; then, per URL as written, its fragment's verdict
 */
export { failureOutcome, fragmentOutcome, pageOutcome, responseOutcome } from './status.js';
