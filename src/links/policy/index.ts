/**
 * Policy: what may be requested, and where a connection may go. Its parts, in the order they run:
 *
 *   policy.ts  schemes requested (http, https), `exclude` patterns, private address ranges
 *   dns.ts     each host name resolved once per run; the answers judged by the private ranges
 *              before connecting, and the socket pinned to the addresses that passed
 */
export { classifyAddress, isExcluded, REQUESTED_SCHEMES, stripBrackets } from './policy.js';
export { createResolver, PrivateAddressError, systemLookup, toConnectLookup } from './dns.js';
