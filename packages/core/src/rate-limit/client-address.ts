/**
 * The address a request came from, for rate limits. Next.js sets X-Forwarded-For to the connecting
 * address only when the request has none, and each reverse proxy appends the address it saw. So the
 * entry `trustedProxyHops` from the right is the one written by something we trust; anything left of
 * it was sent by the client and is ignored (taking the leftmost entry would let anyone pick a new
 * address per request). Behind one proxy (or none) that is the rightmost entry.
 */
export function clientAddress(headers: Headers, trustedProxyHops = 1): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const hops = Math.max(1, trustedProxyHops);
  return entries[Math.max(0, entries.length - hops)] ?? headers.get("x-real-ip")?.trim() ?? "local";
}
