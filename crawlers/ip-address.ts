/**
 * Which IP addresses a crawl of the public web must never reach: loopback, private, link-local,
 * unique-local, carrier-grade NAT, multicast, reserved and "this network" ranges, in every spelling
 * an attacker can give them. URL hosts arrive canonicalised by the WHATWG URL parser (so `127.1`,
 * `0x7f.1` and `2130706433` are already `127.0.0.1`, and `[::ffff:127.0.0.1]` is `[::ffff:7f00:1]`);
 * IPv6 forms that embed an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo) are
 * judged by the IPv4 address inside them.
 */
import net from 'node:net';

/** Non-public IPv4 ranges, each with the reason it is refused. */
export const NON_PUBLIC_V4: readonly [base: string, bits: number, why: string][] = [
  ['0.0.0.0', 8, '"this network" (0.0.0.0 reaches the local host)'],
  ['10.0.0.0', 8, 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'carrier-grade NAT (RFC 6598)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata lives here)'],
  ['172.16.0.0', 12, 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.168.0.0', 16, 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'benchmarking (RFC 2544)'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved (includes the broadcast address)'],
];

/** Non-public IPv6 ranges (the IPv4-embedding ones are decided by their IPv4 address instead). */
export const NON_PUBLIC_V6: readonly [base: string, bits: number, why: string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local (deprecated)'],
  ['ff00::', 8, 'multicast'],
  ['100::', 64, 'discard-only'],
];

function blockList(ranges: readonly [string, number, string][], family: 'ipv4' | 'ipv6') {
  return ranges.map(([base, bits, why]) => {
    const list = new net.BlockList();
    list.addSubnet(base, bits, family);
    return { list, why };
  });
}
const V4 = blockList(NON_PUBLIC_V4, 'ipv4');
const V6 = blockList(NON_PUBLIC_V6, 'ipv6');

/** The 8 groups of an IPv6 address (with a dotted IPv4 tail allowed), or null. */
export function ipv6Groups(ip: string): number[] | null {
  let text = ip.toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  if (net.isIPv6(text) === false) return null;
  const tail = text.match(/(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number);
    text = text.slice(0, tail.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.includes('::') ? text.split('::') : [text, null];
  const parse = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = rest === null ? [] : parse(rest);
  const fill = rest === null ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array(fill).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;

/** IPv4 addresses embedded in an IPv6 address by the transition mechanisms, with the mechanism's name. */
export function embeddedIpv4(groups: number[]): { ip: string; how: string }[] {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups;
  const out: { ip: string; how: string }[] = [];
  const zero5 = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zero5 && g5 === 0xffff) out.push({ ip: v4(g6, g7), how: 'IPv4-mapped' });
  if (zero5 && g5 === 0 && !(g6 === 0 && g7 <= 1)) out.push({ ip: v4(g6, g7), how: 'IPv4-compatible' });
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0xffff && g5 === 0) out.push({ ip: v4(g6, g7), how: 'IPv4-translated' });
  if (g0 === 0x64 && g1 === 0xff9b) out.push({ ip: v4(g6, g7), how: 'NAT64' });
  if (g0 === 0x2002) out.push({ ip: v4(g1, g2), how: '6to4' });
  if (g0 === 0x2001 && g1 === 0) {
    out.push({ ip: v4(g2, g3), how: 'Teredo server' });
    out.push({ ip: v4(g6 ^ 0xffff, g7 ^ 0xffff), how: 'Teredo client' });
  }
  return out;
}

/**
 * Why `ip` is not a public address ("loopback", "IPv4-mapped 127.0.0.1: loopback", ...), or null
 * for a public address. Anything that is not an IP address at all gives null (host names are
 * resolved first and their addresses judged).
 */
export function nonPublicReason(ip: string): string | null {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (net.isIPv4(bare)) return V4.find((r) => r.list.check(bare, 'ipv4'))?.why ?? null;
  const groups = ipv6Groups(bare);
  if (!groups) return null;
  for (const e of embeddedIpv4(groups)) {
    const why = nonPublicReason(e.ip);
    if (why) return `${e.how} ${e.ip}: ${why}`;
  }
  const canonical = groups.map((g) => g.toString(16)).join(':');
  return V6.find((r) => r.list.check(canonical, 'ipv6'))?.why ?? null;
}

/** True for every address a crawl without allowPrivateNetwork refuses. */
export function isPrivateAddress(ip: string): boolean {
  return nonPublicReason(ip) !== null;
}
