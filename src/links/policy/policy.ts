/**
 * What may be requested at all: only http(s), nothing excluded, and no private, loopback or
 * link-local address unless allowed. The same checks run on the first URL and on every redirect
 * hop; the connect-time check on resolved names lives in `dns.ts` and uses `classifyAddress`.
 */
import { isIP } from 'node:net';
import type { AddressRange } from '../../results/link-outcome.js';

/** Schemes that are requested; everything else (mailto:, tel:, ftp:, …) is skipped. */
export const REQUESTED_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

export function isExcluded(url: string, exclude: readonly RegExp[]): boolean {
  return exclude.some((pattern) => {
    // A global or sticky regex keeps `lastIndex` between calls; reset it so results never depend on order.
    pattern.lastIndex = 0;
    return pattern.test(url);
  });
}

/** `[::1]` → `::1`; URL host names keep IPv6 brackets. */
export function stripBrackets(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/**
 * The private range an IP address belongs to, or null for a public address (or not an IP).
 * IPv4-mapped (`::ffff:127.0.0.1`), IPv4-compatible, NAT64 (`64:ff9b::/96`) and 6to4 (`2002::/16`)
 * IPv6 addresses are judged by the IPv4 address they carry.
 */
export function classifyAddress(address: string): AddressRange | null {
  const bare = stripBrackets(address);
  switch (isIP(bare)) {
    case 4: {
      const value = parseIPv4(bare);
      return value === null ? null : classifyIPv4(value);
    }
    case 6: {
      const groups = parseIPv6(bare);
      return groups === null ? null : classifyIPv6(groups);
    }
    default:
      return null;
  }
}

const IPV4_RANGES: ReadonlyArray<readonly [string, number, AddressRange]> = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // includes 255.255.255.255
];

const IPV4_TABLE = IPV4_RANGES.map(([base, bits, range]) => {
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { network: (parseIPv4(base) ?? 0) & mask, mask, range };
});

function classifyIPv4(value: number): AddressRange | null {
  for (const { network, mask, range } of IPV4_TABLE) {
    if (((value & mask) >>> 0) === network >>> 0) return range;
  }
  return null;
}

function classifyIPv6(g: readonly number[]): AddressRange | null {
  const at = (i: number): number => g[i] ?? 0;
  const zeroUpTo = (n: number): boolean => g.slice(0, n).every((x) => x === 0);
  const v4 = (hi: number, lo: number): number => ((hi << 16) | lo) >>> 0;

  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && at(7) === 1) return 'loopback';
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated) carry an IPv4 address.
  if (zeroUpTo(5) && (at(5) === 0xffff || at(5) === 0)) return classifyIPv4(v4(at(6), at(7)));
  // 64:ff9b::/96, NAT64.
  if (at(0) === 0x64 && at(1) === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    return classifyIPv4(v4(at(6), at(7)));
  }
  // 2002::/16, 6to4: the IPv4 address sits in bits 16–47.
  if (at(0) === 0x2002) return classifyIPv4(v4(at(1), at(2)));
  if ((at(0) & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  if ((at(0) & 0xffc0) === 0xfec0) return 'private'; // fec0::/10, deprecated site-local
  if ((at(0) & 0xfe00) === 0xfc00) return 'unique-local'; // fc00::/7
  if ((at(0) & 0xff00) === 0xff00) return 'multicast'; // ff00::/8
  if (at(0) === 0x2001 && at(1) === 0x0db8) return 'reserved'; // documentation
  if (at(0) === 0x0100 && at(1) === 0 && at(2) === 0 && at(3) === 0) return 'reserved'; // discard-only
  return null;
}

/** Dotted-quad IPv4 to an unsigned 32-bit number, or null. */
export function parseIPv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

/** An IPv6 address (optionally with a `%zone` and a dotted IPv4 tail) to its eight 16-bit groups. */
export function parseIPv6(text: string): number[] | null {
  let rest = text.split('%')[0] ?? '';
  const lastColon = rest.lastIndexOf(':');
  const last = rest.slice(lastColon + 1);
  if (last.includes('.')) {
    // A dotted IPv4 tail stands for the last two groups: rewrite it as hex and parse as usual.
    const v4 = parseIPv4(last);
    if (v4 === null) return null;
    rest = `${rest.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = rest.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    for (const group of part.split(':')) {
      if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
      out.push(Number.parseInt(group, 16));
    }
    return out;
  };
  const head = parse(halves[0] ?? '');
  if (head === null) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const tail = parse(halves[1] ?? '');
  if (tail === null) return null;
  const fill = 8 - head.length - tail.length;
  if (fill < 1) return null;
  return [...head, ...new Array<number>(fill).fill(0), ...tail];
}
