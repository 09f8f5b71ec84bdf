/**
 * What may be requested at all: only http(s), nothing excluded, and no private, loopback or
 * link-local address unless allowed. The same checks run on the first URL and on every redirect
 * hop; the connect-time check on resolved names lives in `dns.ts` and uses `classifyAddress`.
 */
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { AddressRange } from '../../results/link-outcome.js';
import type { UrlPattern } from '../types.js';

/** Schemes that are requested; everything else (mailto:, tel:, ftp:, …) is skipped. */
export const REQUESTED_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

/** Whether a URL matches any `exclude` pattern. */
export function isExcluded(url: string, exclude: readonly UrlPattern[]): boolean {
  return exclude.some((pattern) => {
    // A global or sticky regex keeps `lastIndex` between calls; reset it so results never depend on order.
    if (pattern instanceof RegExp) pattern.lastIndex = 0;
    return pattern.test(url);
  });
}

/** `[::1]` → `::1`; URL host names keep IPv6 brackets. */
export function stripBrackets(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/**
 * The private range an IP address belongs to, or null for a public address (or not an IP).
 * IPv6 forms that carry an IPv4 address (mapped `::ffff:a.b.c.d`, compatible `::a.b.c.d`,
 * translated `::ffff:0:a.b.c.d`, NAT64 `64:ff9b::/96` and `64:ff9b:1::/48`, 6to4 `2002::/16`)
 * are judged by that IPv4 address: the library parses, the tables below say what is refused.
 */
export function classifyAddress(address: string): AddressRange | null {
  const bare = stripBrackets(address);
  // node:net is strict where ipaddr.js is lenient (`0x7f.1` is not an address in a URL host here).
  const family = isIP(bare);
  if (family === 0) return null;
  const parsed = ipaddr.parse(bare);
  if (family === 4) return rangeOf(parsed, IPV4_RANGES);
  const bytes = parsed.toByteArray();
  for (const v4 of embeddedIPv4(bytes)) {
    const range = rangeOf(ipaddr.fromByteArray(v4), IPV4_RANGES);
    if (range !== null) return range;
  }
  return rangeOf(parsed, IPV6_RANGES);
}

type RangeTable = ReadonlyArray<readonly [AddressRange, ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]>]>;

const table = (ranges: ReadonlyArray<readonly [AddressRange, readonly string[]]>): RangeTable =>
  ranges.map(([range, cidrs]) => [range, cidrs.map((cidr) => ipaddr.parseCIDR(cidr))]);

const IPV4_RANGES = table([
  ['unspecified', ['0.0.0.0/8']],
  ['private', ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']],
  ['shared', ['100.64.0.0/10']],
  ['loopback', ['127.0.0.0/8']],
  ['link-local', ['169.254.0.0/16']],
  // 192.0.0/24 IETF, three documentation ranges, 198.18/15 benchmarking, 240/4 (with broadcast).
  ['reserved', ['192.0.0.0/24', '192.0.2.0/24', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4']],
  ['multicast', ['224.0.0.0/4']],
]);

const IPV6_RANGES = table([
  ['unspecified', ['::/128']],
  ['loopback', ['::1/128']],
  ['link-local', ['fe80::/10']],
  ['private', ['fec0::/10']], // deprecated site-local
  ['unique-local', ['fc00::/7']],
  ['multicast', ['ff00::/8']],
  ['reserved', ['2001:db8::/32', '100::/64']], // documentation, discard-only
]);

function rangeOf(address: ipaddr.IPv4 | ipaddr.IPv6, ranges: RangeTable): AddressRange | null {
  for (const [range, cidrs] of ranges) {
    for (const [network, bits] of cidrs) {
      if (network.kind() === address.kind() && address.match(network, bits)) return range;
    }
  }
  return null;
}

/**
 * The IPv4 addresses an IPv6 address may carry, as byte arrays. The local-use NAT64 prefix
 * `64:ff9b:1::/48` may embed it at any of RFC 6052's places (after a /48, /56, /64 or /96 prefix,
 * bits 64–71 zero, zero suffix), so every place that fits is tried.
 */
function embeddedIPv4(b: readonly number[]): number[][] {
  const zero = (from: number, to: number): boolean => b.slice(from, to).every((x) => x === 0);
  const at = (...indexes: number[]): number[] => indexes.map((i) => b[i] ?? 0);
  const low = at(12, 13, 14, 15);
  if (zero(0, 10) && b[10] === 0xff && b[11] === 0xff) return [low]; // ::ffff:0:0/96, mapped
  if (zero(0, 8) && b[8] === 0xff && b[9] === 0xff && zero(10, 12)) return [low]; // ::ffff:0:0:0/96, translated
  if (zero(0, 12) && !(zero(12, 15) && (b[15] ?? 0) <= 1)) return [low]; // ::/96, compatible (deprecated), not :: or ::1
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b) {
    if (zero(4, 12)) return [low]; // 64:ff9b::/96, NAT64
    if (b[4] === 0x00 && b[5] === 0x01) {
      // 64:ff9b:1::/48, local-use NAT64
      const places: number[][] = [];
      if (zero(8, 12)) places.push(low);
      if (b[8] === 0 && zero(13, 16)) places.push(at(9, 10, 11, 12));
      if (b[8] === 0 && zero(12, 16)) places.push(at(7, 9, 10, 11));
      if (b[8] === 0 && zero(11, 16)) places.push(at(6, 7, 9, 10));
      return places;
    }
  }
  if (b[0] === 0x20 && b[1] === 0x02) return [at(2, 3, 4, 5)]; // 2002::/16, 6to4
  return [];
}
