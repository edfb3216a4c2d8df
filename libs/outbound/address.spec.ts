import fc from 'fast-check';
import { isLocalName, parseAllowList, allowance } from './address.js';
import { isPublicAddress } from './index.js';

describe('isPublicAddress', () => {
  it.each([
    ['8.8.8.8', true],
    ['1.1.1.1', true],
    ['93.184.216.34', true],
    ['2606:4700::1111', true],
    ['2a00:1450:4001:82a::200e', true],
    ['::ffff:8.8.8.8', true],
    ['0.0.0.0', false],
    ['0.1.2.3', false],
    ['10.0.0.1', false],
    ['100.64.0.1', false],
    ['127.0.0.1', false],
    ['127.255.255.254', false],
    ['169.254.169.254', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['192.0.2.1', false],
    ['192.168.1.1', false],
    ['198.18.0.1', false],
    ['224.0.0.1', false],
    ['240.0.0.1', false],
    ['255.255.255.255', false],
    ['::', false],
    ['::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:169.254.169.254', false],
    ['::ffff:10.1.2.3', false],
    ['::127.0.0.1', false],
    ['::7f00:1', false],
    ['fc00::1', false],
    ['fd12:3456::1', false],
    ['fe80::1', false],
    ['fe80::1%eth0', false],
    ['fec0::1', false],
    ['ff02::1', false],
    ['2001:db8::1', false],
    // 6to4 and Teredo can carry any IPv4, a private one included; NAT64 likewise.
    ['2002:a00:1::1', false],
    ['2002:808:808::1', false],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', false],
    ['64:ff9b::a00:1', false],
    ['100::1', false],
    // Spellings other software reads differently (010 is 8 here, 10 elsewhere).
    ['010.0.0.1', false],
    ['0x7f.1', false],
    ['2130706433', false],
    ['[::1]', false],
    ['example.com', false],
    ['', false],
  ])('%s → %s', (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected);
  });

  const octet = fc.integer({ min: 0, max: 255 });

  it('refuses every address in 10/8, 127/8, 192.168/16 and 172.16/12, mapped or not', () => {
    const privateV4 = fc.oneof(
      fc.tuple(fc.constant(10), octet, octet, octet),
      fc.tuple(fc.constant(127), octet, octet, octet),
      fc.tuple(fc.constant(192), fc.constant(168), octet, octet),
      fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), octet, octet),
    );
    fc.assert(
      fc.property(privateV4, (parts) => {
        const v4 = parts.join('.');
        expect(isPublicAddress(v4)).toBe(false);
        expect(isPublicAddress(`::ffff:${v4}`)).toBe(false);
        expect(isPublicAddress(mappedHex(parts))).toBe(false);
      }),
    );
  });

  it('judges a ::ffff:-mapped address as the IPv4 it carries', () => {
    fc.assert(
      fc.property(fc.tuple(octet, octet, octet, octet), (parts) => {
        const v4 = parts.join('.');
        const expected = isPublicAddress(v4);
        expect(isPublicAddress(`::ffff:${v4}`)).toBe(expected);
        expect(isPublicAddress(mappedHex(parts))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses all of fc00::/7 and fe80::/10', () => {
    const hextet = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
    const local = fc.tuple(
      fc.oneof(fc.integer({ min: 0xfc00, max: 0xfdff }), fc.integer({ min: 0xfe80, max: 0xfebf })),
      fc.array(hextet, { minLength: 7, maxLength: 7 }),
    );
    fc.assert(
      fc.property(local, ([head, rest]) => {
        expect(isPublicAddress([head.toString(16), ...rest].join(':'))).toBe(false);
      }),
    );
  });
});

/** `::ffff:7f00:1` for 127.0.0.1: the same address without the dotted tail. */
function mappedHex([a, b, c, d]: number[]): string {
  return `::ffff:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
}

describe('allow lists', () => {
  it('reads addresses with and without ports, IPv6 in brackets, and compares spellings', () => {
    const list = parseAllowList(['127.0.0.1', '10.0.0.2:8081', '[::1]:9000', ' 0:0::2 ']);
    expect(allowance(list, '127.0.0.1', 1234)).toBe('address');
    expect(allowance(list, '::ffff:127.0.0.1', 1234)).toBe('address');
    expect(allowance(list, '10.0.0.2', 8081)).toBe('exact');
    expect(allowance(list, '10.0.0.2', 8082)).toBe('none');
    expect(allowance(list, '::1', 9000)).toBe('exact');
    expect(allowance(list, '0::1', 9001)).toBe('none');
    expect(allowance(list, '::2', 80)).toBe('address');
    expect(allowance(list, '10.0.0.3', 8081)).toBe('none');
    expect([...list.ports].sort()).toEqual([8081, 9000]);
  });

  it('rejects entries that are not addresses instead of ignoring them', () => {
    expect(() => parseAllowList(['localhost'])).toThrow(TypeError);
    expect(() => parseAllowList(['127.0.0.1:0'])).toThrow(TypeError);
    expect(() => parseAllowList(['127.0.0.1:70000'])).toThrow(TypeError);
    expect(() => parseAllowList(['10.0.0.0/8'])).toThrow(TypeError);
  });
});

describe('isLocalName', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST.', true],
    ['app.localhost', true],
    ['printer.local', true],
    ['metadata.google.internal', true],
    ['db.corp', true],
    ['metadata', true],
    ['router.home.arpa', true],
    ['blog.example', false],
    ['t.co', false],
    ['localhost.example.com', false],
    ['internal.example.com', false],
  ])('%s → %s', (name, expected) => {
    expect(isLocalName(name)).toBe(expected);
  });
});
