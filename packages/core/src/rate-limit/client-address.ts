import net from "node:net";

/**
 * Who is calling: the client address that rate limits count against. `X-Forwarded-For` is a list
 * every hop appends to, so only its right-hand end is written by machines we run; anything to the
 * left of the first hop we don't trust was written by the client and proves nothing.
 */
export interface TrustedProxies {
  /** addresses and ranges of our own proxies (load balancer, nginx on this host) */
  list: net.BlockList;
  /** what the setting said, for logs and errors */
  spec: string;
  /** the platform's own client-address header (Vercel sets and overwrites it at its edge) */
  platformHeader: string | null;
}

/** What TRUSTED_PROXIES may name besides addresses and CIDR ranges. */
export const TRUSTED_PROXY_PRESETS = {
  /** a proxy on the same host (nginx, Caddy in front of `next start`) */
  loopback: ["127.0.0.0/8", "::1/128"],
  /** proxies on a private network (a load balancer in the same VPC, Docker's bridge) */
  private: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7", "fe80::/10", "127.0.0.0/8", "::1/128"],
} as const;

/** Vercel overwrites these at its edge, so a client cannot set them (https://vercel.com/docs/headers/request-headers). */
const VERCEL_HEADERS = ["x-vercel-forwarded-for", "x-real-ip"];

/**
 * The header our socket stamp (apps/web's instrumentation) writes: the TCP peer of the request,
 * overwriting whatever a client sent under that name. `next start` keeps a client's own
 * X-Forwarded-For instead of appending the peer, so without it the peer is lost.
 */
export const SOCKET_PEER_HEADER = "x-atelier-socket-peer";

export class TrustedProxiesError extends Error {}

/** Parses "loopback, 10.1.2.3, 192.168.0.0/16" or "vercel" (empty: trust no proxy). Throws on an entry it can't read. */
export function parseTrustedProxies(spec: string | undefined | null): TrustedProxies {
  const list = new net.BlockList();
  let platformHeader: string | null = null;
  const entries = (spec ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const entry of entries) {
    if (entry === "vercel") {
      platformHeader = "vercel";
      continue;
    }
    const preset = TRUSTED_PROXY_PRESETS[entry as keyof typeof TRUSTED_PROXY_PRESETS];
    for (const range of preset ?? [entry]) addRange(list, range, entry);
  }
  return { list, spec: entries.join(","), platformHeader };
}

function addRange(list: net.BlockList, range: string, entry: string) {
  const [rawAddress, rawPrefix, ...rest] = range.split("/");
  const address = normalizeAddress(rawAddress ?? "");
  const family = address ? net.isIP(address) : 0;
  if (!address || !family || rest.length) throw new TrustedProxiesError(`"${entry}" is not an IP address, a CIDR range or one of loopback, private, vercel`);
  const type = family === 6 ? "ipv6" : "ipv4";
  if (rawPrefix === undefined) return list.addAddress(address, type);
  const prefix = Number(rawPrefix);
  if (!/^\d{1,3}$/.test(rawPrefix) || prefix > (family === 6 ? 128 : 32)) throw new TrustedProxiesError(`"${entry}" has a bad prefix length`);
  list.addSubnet(address, prefix, type);
}

/**
 * One entry of a forwarding chain as a plain address: "203.0.113.9:51234" → "203.0.113.9",
 * "[2001:db8::1]:443" → "2001:db8::1", "::ffff:198.51.100.7" → "198.51.100.7". Null for anything that
 * is not an IP address (garbage, "unknown", obfuscated identifiers).
 */
export function normalizeAddress(raw: string): string | null {
  let s = raw.trim().replace(/^"|"$/g, "");
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  s = s.replace(/%[\w.-]+$/, ""); // IPv6 zone ("fe80::1%eth0")
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(s);
  if (mapped) s = mapped[1]!;
  const family = net.isIP(s);
  if (family === 4) return s;
  if (family === 6) {
    // IPv4-mapped in hex form (::ffff:c633:6407) is still an IPv4 client
    const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(s);
    if (hex) {
      const hi = parseInt(hex[1]!, 16);
      const lo = parseInt(hex[2]!, 16);
      return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
    }
    return s.toLowerCase();
  }
  return null;
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  return trusted.list.check(address, net.isIP(address) === 6 ? "ipv6" : "ipv4");
}

export interface AddressSources {
  /** the X-Forwarded-For value(s), comma-separated, as received */
  forwardedFor: string | null;
  /** the TCP peer, when the server could see it */
  socketPeer: string | null;
  /** the platform's client-address header, when TRUSTED_PROXIES names a platform */
  platformAddress?: string | null;
}

/**
 * The client address: the right-most hop of [...X-Forwarded-For, socket peer] that is not one of our
 * trusted proxies. An entry we can't read ends the walk (a trusted proxy never writes garbage, so it
 * came from the client side): we answer the hop just right of it. When every hop is trusted, the
 * request came from our own network, and the left-most hop is the answer. "unknown" when nothing
 * readable was there.
 */
export function clientAddress(sources: AddressSources, trusted: TrustedProxies): string {
  if (trusted.platformHeader) {
    const fromPlatform = normalizeAddress(sources.platformAddress?.split(",")[0] ?? "");
    if (fromPlatform) return fromPlatform;
  }
  const chain = [...(sources.forwardedFor ?? "").split(","), ...(sources.socketPeer !== null ? [sources.socketPeer] : [])].map((s) => s.trim()).filter(Boolean);
  let answer: string | null = null;
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = normalizeAddress(chain[i]!);
    if (!address) break;
    answer = address;
    if (!isTrusted(address, trusted)) return address;
  }
  return answer ?? "unknown";
}

/**
 * The client address of a request: the socket peer from our stamp when it is installed (the server
 * process sets `globalThis[SOCKET_PEER_INSTALLED]`), else only what X-Forwarded-For says — which is
 * what `next start` fills with the peer when a client sent none.
 */
export function clientAddressFromHeaders(headers: Headers, trusted: TrustedProxies): string {
  const stamped = socketStampInstalled() ? headers.get(SOCKET_PEER_HEADER) : null;
  return clientAddress(
    {
      forwardedFor: headers.get("x-forwarded-for"),
      socketPeer: stamped,
      platformAddress: trusted.platformHeader ? (VERCEL_HEADERS.map((h) => headers.get(h)).find(Boolean) ?? null) : null,
    },
    trusted,
  );
}

const SOCKET_PEER_INSTALLED = Symbol.for("atelier.socketPeerStamp");

/** Set by the web app's instrumentation once every incoming request carries its socket peer. */
export function markSocketStampInstalled() {
  (globalThis as Record<symbol, unknown>)[SOCKET_PEER_INSTALLED] = true;
}

export function socketStampInstalled(): boolean {
  return (globalThis as Record<symbol, unknown>)[SOCKET_PEER_INSTALLED] === true;
}
