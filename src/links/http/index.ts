/**
 * HTTP: one page, over the network. Its parts, in the order they run:
 *
 *   agent.ts     the run's undici Agent: keep-alive, connections per origin, policy/dns.ts as lookup
 *   page.ts      one page: HEAD, GET when HEAD is refused or odd, redirects by hand (each hop
 *                back through the policy), every attempt under the scheduler, with retries
 *   client.ts    one request: headers, timeout, the body read as far as needed and no further
 *   fragment.ts  which fragments to look for; a streaming scan of the HTML for ids and names
 *   failure.ts   a thrown network error → a `Failure` (timeout, reset, TLS, DNS, refused, …)
 */
export { createAgent } from './agent.js';
export { checkPage, requestWithRetries, type CheckContext, type PageResult } from './page.js';
export { headerValue, type Headers } from './client.js';
export { fragmentOf, isCheckableFragment } from './fragment.js';
export type { Failure } from './failure.js';
