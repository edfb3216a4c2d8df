/**
 * Which addresses an outbound request may reach. Anything ipaddr.js does not call plain `unicast`
 * is refused: private, loopback, link-local (the cloud metadata service at 169.254.169.254),
 * carrier-grade NAT, unique-local, multicast, broadcast, documentation and benchmarking ranges,
 * and the IPv6 transition prefixes (6to4, Teredo, NAT64) that could carry a private IPv4 inside.
 */
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

type Parsed = ipaddr.IPv4 | ipaddr.IPv6;

/**
 * Parses only the forms `net.isIP` accepts. ipaddr.js also reads `0x7f.1`, `2130706433` and
 * octal `010.0.0.1`, which other software reads differently; an address that two parsers could
 * disagree on is not one to vouch for.
 */
function parseStrict(ip: string): Parsed | null {
  if (isIP(ip) === 0) return null;
  try {
    return unmap(ipaddr.parse(ip));
  } catch {
    return null;
  }
}

/** `::ffff:127.0.0.1` reaches 127.0.0.1, so it is judged (and compared) as the IPv4 it carries. */
function unmap(addr: Parsed): Parsed {
  return addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()
    ? (addr as ipaddr.IPv6).toIPv4Address()
    : addr;
}

/** 2000::/3, the only IPv6 block IANA hands out for global unicast. */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

/** Whether `ip` (an IPv4 or IPv6 literal, without brackets) is a public unicast address. */
export function isPublicAddress(ip: string): boolean {
  const addr = parseStrict(ip);
  if (!addr) return false;
  if (addr.range() !== 'unicast') return false;
  if (addr.kind() === 'ipv6') {
    const v6 = addr as ipaddr.IPv6;
    // A zone only means something for link-local addresses, and ipaddr.js leaves the
    // deprecated IPv4-compatible ::a.b.c.d and the rest of ::/8 as `unicast`.
    if (v6.zoneId) return false;
    if (!v6.match(GLOBAL_UNICAST_V6)) return false;
  }
  return true;
}

/** A canonical spelling, so `::1`, `0:0::1` and `[::1]` compare equal; null if not an address. */
export function normalizeAddress(ip: string): string | null {
  const addr = parseStrict(stripBrackets(ip));
  return addr ? addr.toNormalizedString() : null;
}

export function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** The test-only exceptions: each entry an address, with a port or for every allowed port. */
export interface AllowList {
  /** Normalized address → the ports it is allowed on, or `'any'`. */
  readonly entries: ReadonlyMap<string, ReadonlySet<number> | 'any'>;
  /** Every port named in an entry, so a port check can wait for the address when it may match. */
  readonly ports: ReadonlySet<number>;
}

/**
 * Reads `allowPrivate` entries: `127.0.0.1`, `127.0.0.1:8080`, `::1`, `[::1]:8080`. An entry that
 * is not an address is a configuration mistake, and silently ignoring it would hide that.
 */
export function parseAllowList(entries: readonly string[] = []): AllowList {
  const map = new Map<string, Set<number> | 'any'>();
  const ports = new Set<number>();
  for (const raw of entries) {
    const entry = raw.trim();
    let host = entry;
    let port: number | null = null;
    const bracketed = /^\[([^\]]+)\]:(\d+)$/.exec(entry);
    const v4WithPort = /^([^:]+):(\d+)$/.exec(entry);
    if (bracketed) [host, port] = [bracketed[1], Number(bracketed[2])];
    else if (v4WithPort) [host, port] = [v4WithPort[1], Number(v4WithPort[2])];
    const addr = normalizeAddress(host);
    if (!addr || (port !== null && !(port > 0 && port < 65536))) {
      throw new TypeError(`allowPrivate: not an address or address:port: ${JSON.stringify(raw)}`);
    }
    const current = map.get(addr);
    if (port === null) map.set(addr, 'any');
    else if (current !== 'any') map.set(addr, new Set([...(current ?? []), port]));
    if (port !== null) ports.add(port);
  }
  return { entries: map, ports };
}

/** How an allow list covers an address on a port: not at all, for its address only, or exactly. */
export function allowance(list: AllowList, ip: string, port: number): 'none' | 'address' | 'exact' {
  const addr = normalizeAddress(ip);
  const entry = addr === null ? undefined : list.entries.get(addr);
  if (entry === undefined) return 'none';
  if (entry === 'any') return 'address';
  return entry.has(port) ? 'exact' : 'none';
}

/**
 * Names that only mean something on a private network. Used when real DNS is not consulted
 * (`connectTo`), where nothing else would stop them; a single label (`metadata`, `intranet`) is
 * refused too because resolvers complete it with the local search domain.
 */
export function isLocalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  if (!name.includes('.')) return true;
  return LOCAL_SUFFIXES.some((s) => name === s || name.endsWith(`.${s}`));
}

const LOCAL_SUFFIXES = [
  'localhost',
  'local',
  'localdomain',
  'internal',
  'intranet',
  'lan',
  'home.arpa',
  'corp',
];
