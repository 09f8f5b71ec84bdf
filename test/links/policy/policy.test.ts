import { BlockList } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyAddress, isExcluded } from '../../../src/links/policy/policy.js';

describe('classifyAddress', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.1.1', 'link-local'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['2002:c0a8:0101::1', 'private'],
    ['ff02::1', 'multicast'],
  ])('puts %s in the %s range', (address, range) => {
    expect(classifyAddress(address)).toBe(range);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '169.253.1.1', '2606:4700::1111', '::ffff:8.8.8.8', '2002:0808:0808::1', 'example.org', ''])(
    'takes %j as public (or not an address)',
    (address) => {
      expect(classifyAddress(address)).toBeNull();
    },
  );

  it('agrees with node:net BlockList on every IPv4 address, also in IPv4-mapped IPv6 form', () => {
    const blocked = new BlockList();
    for (const [net, bits] of [
      ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
      ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
      ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
    ] as const) {
      blocked.addSubnet(net, bits, 'ipv4');
    }
    const octet = fc.integer({ min: 0, max: 255 });
    // Bias towards the interesting first octets.
    const first = fc.oneof(octet, fc.constantFrom(0, 10, 100, 127, 169, 172, 192, 198, 203, 224, 240, 255));
    fc.assert(
      fc.property(first, octet, octet, octet, (a, b, c, d) => {
        const v4 = `${a}.${b}.${c}.${d}`;
        const isPrivate = classifyAddress(v4) !== null;
        expect(isPrivate).toBe(blocked.check(v4, 'ipv4'));
        expect(classifyAddress(`::ffff:${v4}`)).toBe(classifyAddress(v4));
        const hex = `::ffff:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
        expect(classifyAddress(hex)).toBe(classifyAddress(v4));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('classifyAddress on IPv6 forms that carry an IPv4 address', () => {
  it.each([
    ['::ffff:0:7f00:1', 'loopback'], // IPv4-translated, ::ffff:0:0:0/96
    ['[::ffff:0:7f00:1]', 'loopback'],
    ['::ffff:0:127.0.0.1', 'loopback'],
    ['::ffff:0:a00:1', 'private'],
    ['::ffff:0:a9fe:a9fe', 'link-local'],
    ['64:ff9b::7f00:1', 'loopback'], // NAT64 well-known prefix
    ['64:ff9b::10.0.0.1', 'private'],
    ['64:ff9b:1::7f00:1', 'loopback'], // local-use NAT64, /96 place
    ['2002:7f00:1::', 'loopback'], // 6to4
    ['2002:a9fe:a9fe::1', 'link-local'],
    ['::2', 'unspecified'], // compatible ::0.0.0.2
    ['::a00:1', 'private'], // compatible ::10.0.0.1
    ['2001:db8::1', 'reserved'],
    ['100::1', 'reserved'],
  ])('judges %s by the IPv4 address it carries (%s)', (address, range) => {
    expect(classifyAddress(address)).toBe(range);
  });

  it('refuses a local-use NAT64 address when any RFC 6052 place holds a private IPv4 address', () => {
    // The /56 place holds 169.254.169.254; the /48 place reads 0.169.254.169 (unspecified).
    expect(classifyAddress('64:ff9b:1:a9:fe:a9fe::')).not.toBeNull();
    expect(classifyAddress('64:ff9b:1:7f00:1::')).not.toBeNull(); // 127.0.1.0 at the /48 place
    expect(classifyAddress('64:ff9b:1:808:8:808::')).toBeNull();
  });

  it.each(['::ffff:0:808:808', '64:ff9b::8.8.8.8', '2002:808:808::1', '::808:808', '0x7f.1', '127.1', '::ffff:0:7f00:1:1'])(
    'takes %j as public or not an address',
    (address) => {
      expect(classifyAddress(address)).toBeNull();
    },
  );

  it('judges every IPv4 address the same in each carrying form (property)', () => {
    const octet = fc.integer({ min: 0, max: 255 });
    const first = fc.oneof(octet, fc.constantFrom(0, 10, 100, 127, 169, 172, 192, 198, 203, 224, 240, 255));
    const hex = (a: number, b: number): string => ((a << 8) | b).toString(16);
    fc.assert(
      fc.property(first, octet, octet, octet, (a, b, c, d) => {
        const v4 = classifyAddress(`${a}.${b}.${c}.${d}`);
        expect(classifyAddress(`::ffff:0:${hex(a, b)}:${hex(c, d)}`)).toBe(v4);
        expect(classifyAddress(`64:ff9b::${a}.${b}.${c}.${d}`)).toBe(v4);
        expect(classifyAddress(`2002:${hex(a, b)}:${hex(c, d)}::1`)).toBe(v4);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('isExcluded', () => {
  it('matches any pattern and does not depend on a global regex’s last position', () => {
    const global = /example\.org/g;
    expect(isExcluded('https://example.org/a', [global])).toBe(true);
    expect(isExcluded('https://example.org/a', [global])).toBe(true);
    expect(isExcluded('https://example.com/', [global, /^mailto:/])).toBe(false);
  });
});
