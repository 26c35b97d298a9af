import { isIP } from "node:net";

/**
 * The client's address, for sign-in limits and the sessions list.
 *
 * SECURITY: `next start` (Next 16, server/base-server.js) sets
 * `x-forwarded-for` from the socket only when the request has none
 * (`req.headers['x-forwarded-for'] ??= socket.remoteAddress`), so a client can
 * write whatever it likes there. The header is trusted only as far as the
 * operator says proxies append to it: with TRUSTED_PROXY_HOPS = N > 0 the Nth
 * address from the right is the one the outermost trusted proxy saw. With 0
 * (the default) nothing in the request identifies the client reliably, and
 * the answer is null ("unknown"), never a value the client chose.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxyHops: number): string | null {
  if (trustedProxyHops <= 0 || !forwardedFor) return null;
  const hops = forwardedFor.split(",").map((part) => part.trim());
  // fewer entries than trusted proxies: the request did not come through all of them
  if (hops.length < trustedProxyHops) return null;
  return normalizeAddress(hops[hops.length - trustedProxyHops]!);
}

/** A bare IPv4/IPv6 address (IPv4-mapped IPv6 as IPv4), or null for anything else (ports, names, junk). */
function normalizeAddress(value: string): string | null {
  const unmapped = value.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIP(unmapped) ? unmapped : null;
}

/** The x-forwarded-for header out of next-auth's plain header object or a Headers instance. */
export function forwardedForHeader(headers: Headers | Record<string, unknown> | undefined): string | null {
  if (!headers) return null;
  const value = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  if (Array.isArray(value)) return value.join(",");
  return typeof value === "string" ? value : null;
}
