/**
 * Name resolution for the link checker's connections. Each host name is resolved once per run;
 * the private-address policy judges those addresses, and the socket connects to exactly the
 * addresses that passed: there is no second lookup a hostile DNS server could rebind.
 */
import { promises as dnsPromises, type LookupAddress, type LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import type { AddressRange } from '../../results/link-outcome.js';
import type { LookupAll } from '../types.js';

/** Raised at connect time when a name resolves only to private addresses and they are not allowed. */
export class PrivateAddressError extends Error {
  readonly code = 'EMEDLINT_PRIVATE_ADDRESS';
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly range: AddressRange,
  ) {
    super(`${hostname} resolves to the ${range} address ${address}`);
    this.name = 'PrivateAddressError';
  }
}

/** The system resolver (getaddrinfo, honours /etc/hosts), all addresses in resolver order. */
export const systemLookup: LookupAll = (hostname) =>
  dnsPromises.lookup(hostname, { all: true, verbatim: true });

/** `x.invalid` never resolves (RFC 6761 §6.4): answer at once instead of asking a resolver. */
function isReservedInvalid(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'invalid' || name.endsWith('.invalid');
}

function notFound(hostname: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
    code: 'ENOTFOUND',
    syscall: 'getaddrinfo',
    hostname,
  });
}

export interface ResolverOptions {
  allowPrivate: boolean;
  lookup: LookupAll;
  privateRange: (address: string) => AddressRange | null;
}

/**
 * Resolves a name to the addresses a connection may use: all of them when private addresses are
 * allowed, else the public ones; throws `PrivateAddressError` when none is public.
 */
export function createResolver(options: ResolverOptions): (hostname: string) => Promise<LookupAddress[]> {
  const cache = new Map<string, Promise<LookupAddress[]>>();
  const resolve = async (hostname: string): Promise<LookupAddress[]> => {
    if (isReservedInvalid(hostname)) throw notFound(hostname);
    const found = await options.lookup(hostname);
    if (found.length === 0) throw notFound(hostname);
    if (options.allowPrivate) return found;
    const usable = found.filter((entry) => options.privateRange(entry.address) === null);
    if (usable.length > 0) return usable;
    const first = found[0];
    const range = first ? options.privateRange(first.address) : null;
    throw new PrivateAddressError(hostname, first?.address ?? '', range ?? 'reserved');
  };
  return (hostname) => {
    const key = hostname.toLowerCase();
    let pending = cache.get(key);
    if (!pending) {
      pending = resolve(hostname);
      cache.set(key, pending);
    }
    return pending;
  };
}

/** Adapts a resolver to the `lookup` hook of `net.connect` / `tls.connect` (undici's `connect.lookup`). */
export function toConnectLookup(resolve: (hostname: string) => Promise<LookupAddress[]>): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
        const matching = family === 4 || family === 6 ? addresses.filter((a) => a.family === family) : addresses;
        const first = matching[0];
        if (!first) {
          callback(notFound(hostname), '', 0);
          return;
        }
        if (options.all) callback(null, matching);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}
