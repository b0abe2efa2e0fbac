/**
 * Which IP addresses a channel may connect to: public unicast only. A
 * customer's endpoint must never reach the network Tocsin runs in (SSRF):
 * loopback, private, carrier-grade NAT, link-local (the instance metadata
 * service at 169.254.169.254), unique-local (fd00:ec2::254), multicast,
 * documentation and other special-purpose ranges are refused, in IPv4 and
 * IPv6, including IPv4 written inside IPv6 (mapped, NAT64, 6to4, Teredo).
 */
import { BlockList, isIP } from 'node:net';

/** IANA special-purpose IPv4 ranges (RFC 6890 and successors) and multicast/reserved. */
export const REFUSED_IPV4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.31.196.0/24',
  '192.52.193.0/24',
  '192.88.99.0/24',
  '192.168.0.0/16',
  '192.175.48.0/24',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
] as const;

/**
 * IPv6: only global unicast (2000::/3) may be reached, minus the special
 * ranges inside it. Everything outside 2000::/3 (loopback ::1, unspecified,
 * IPv4-mapped ::ffff:0:0/96, NAT64 64:ff9b::/96, ULA fc00::/7, link-local
 * fe80::/10, multicast ff00::/8) is refused by not being in it.
 */
export const ALLOWED_IPV6 = '2000::/3';
export const REFUSED_IPV6 = [
  '2001::/23', // IETF protocol assignments, Teredo (2001::/32) among them
  '2001:db8::/32', // documentation
  '2002::/16', // 6to4: carries an IPv4 address of any kind
  '3fff::/20', // documentation
] as const;

function subnets(list: BlockList, cidrs: readonly string[], type: 'ipv4' | 'ipv6'): BlockList {
  for (const c of cidrs) {
    const [net, bits] = c.split('/');
    list.addSubnet(net ?? '', Number(bits), type);
  }
  return list;
}

const refusedV4 = subnets(new BlockList(), REFUSED_IPV4, 'ipv4');
const refusedV6 = subnets(new BlockList(), REFUSED_IPV6, 'ipv6');
const globalV6 = subnets(new BlockList(), [ALLOWED_IPV6], 'ipv6');

/** Why `address` may not be connected to, or undefined when it is a public unicast address. */
export function refusedAddress(address: string): string | undefined {
  // Brackets and zone ids ("[fe80::1%eth0]") are not part of the address; a zone id only exists on link-local ones.
  const bare = address.replace(/^\[|\]$/g, '');
  if (bare.includes('%')) return `${address} is a scoped (link-local) address`;
  const family = isIP(bare);
  if (family === 4) return refusedV4.check(bare, 'ipv4') ? `${bare} is not a public address` : undefined;
  if (family === 6) {
    if (!globalV6.check(bare, 'ipv6') || refusedV6.check(bare, 'ipv6')) return `${bare} is not a public address`;
    return undefined;
  }
  return `${address} is not an IP address`;
}
