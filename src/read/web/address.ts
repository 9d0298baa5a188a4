/**
 * Which addresses a fetch may reach. Article lists are untrusted: a link to 127.0.0.1, 10.x, a
 * link-local metadata service or a name that resolves to one must not make Triangulate a proxy into
 * the user's network. Ranges are ipaddr.js's (IANA special-purpose registries): only global unicast
 * is public.
 */
import ipaddr from 'ipaddr.js';

/** The range name of an address ("unicast" for a public one, "private", "loopback", "linkLocal" …). */
export function addressRange(ip: string): string {
  let address = ipaddr.parse(ip);
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress())
    address = (address as ipaddr.IPv6).toIPv4Address();
  return address.range();
}

/** True for an address on the public internet. */
export function isPublicAddress(ip: string): boolean {
  return addressRange(ip) === 'unicast';
}

/** True when the text is an IP address (v4 or v6, brackets allowed). */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[|\]$/g, ''));
}
