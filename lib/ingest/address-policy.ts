import net from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Which network addresses a URL import may reach: public unicast only. The classification is
 * ipaddr.js's table of special ranges (a maintained list of the IANA registries): loopback,
 * private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast, reserved,
 * benchmarking, documentation, discard-only (100::/64), Teredo (2001::/32), 6to4 (2002::/16),
 * IPv4-translated (::ffff:0:a.b.c.d) and every other special range are refused. IPv4-mapped
 * addresses (::ffff:a.b.c.d) and the well-known NAT64 prefix (64:ff9b::/96) are judged by the IPv4
 * address inside; IPv4-compatible ones (::a.b.c.d, deprecated) are refused. Decimal, octal and hex
 * IPv4 spellings ("2130706433", "0177.0.0.1") are normalised by the URL parser before they get here,
 * and only strict dotted or IPv6 text is accepted. fetch-page.ts connects to the address it checked.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/%.*$/, ""); // an IPv6 zone ("fe80::1%eth0") says nothing about the range
  if (net.isIP(bare) === 0) return false;
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.parse(bare);
  } catch {
    return false;
  }
  if (ip.kind() === "ipv4") return ip.range() === "unicast";
  const v6 = ip as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range() === "unicast";
  const parts = v6.parts;
  if (parts.slice(0, 6).every((p) => p === 0)) return false; // ::, ::1 and IPv4-compatible ::a.b.c.d
  if (v6.match(ipaddr.IPv6.parse("64:ff9b::"), 96)) return embeddedV4(parts).range() === "unicast"; // NAT64
  return v6.range() === "unicast";
}

function embeddedV4(parts: number[]): ipaddr.IPv4 {
  const [hi = 0, lo = 0] = parts.slice(6);
  return new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
}
