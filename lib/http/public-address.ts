import { BlockList, isIP } from "node:net";

/*
 * SECURITY CHOKE POINT (SSRF): decides which IP addresses the URL importer may
 * connect to. Everything a server can reach that the public cannot —
 * loopback, private networks, link-local (cloud metadata at 169.254.169.254),
 * carrier-grade NAT, multicast, reserved and documentation ranges — is refused.
 * IPv6 is allow-listed rather than deny-listed: only global unicast (2000::/3)
 * minus its special ranges is public, which also refuses every IPv6 form that
 * embeds an IPv4 address (::ffff:0:0/96 mapped, ::/96 compatible, 64:ff9b::/96
 * NAT64, 2002::/16 6to4, 2001::/32 Teredo).
 */

const NON_PUBLIC_IPV4 = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  NON_PUBLIC_IPV4.addSubnet(network, prefix, "ipv4");
}

const GLOBAL_UNICAST_IPV6 = new BlockList();
GLOBAL_UNICAST_IPV6.addSubnet("2000::", 3, "ipv6");

const NON_PUBLIC_IPV6 = new BlockList();
for (const [network, prefix] of [
  ["2001::", 23], // IETF protocol assignments, Teredo
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4: embeds an IPv4 address
  ["3fff::", 20], // documentation
] as const) {
  NON_PUBLIC_IPV6.addSubnet(network, prefix, "ipv6");
}

/** True only for an address on the public internet. Anything unparseable is not public. */
export function isPublicAddress(address: string): boolean {
  // A zone index ("fe80::1%eth0") names an interface: only link-local addresses carry one.
  if (address.includes("%")) return false;
  switch (isIP(address)) {
    case 4:
      return !NON_PUBLIC_IPV4.check(address, "ipv4");
    case 6:
      return GLOBAL_UNICAST_IPV6.check(address, "ipv6") && !NON_PUBLIC_IPV6.check(address, "ipv6");
    default:
      return false;
  }
}
