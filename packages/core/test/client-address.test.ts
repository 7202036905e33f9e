import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, parseTrustedProxies, TrustedProxiesError } from "../src/rate-limit/client-address.ts";

const none = parseTrustedProxies("");
const loopback = parseTrustedProxies("loopback");
const lb = parseTrustedProxies("10.0.0.0/8, 2001:db8:1::/48");

describe("normalizeAddress", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    [" 203.0.113.9 ", "203.0.113.9"],
    ["203.0.113.9:51234", "203.0.113.9"],
    ["2001:DB8::1", "2001:db8::1"],
    ["[2001:db8::1]:443", "2001:db8::1"],
    ["[2001:db8::1]", "2001:db8::1"],
    ["::ffff:198.51.100.7", "198.51.100.7"],
    ["::FFFF:c633:6407", "198.51.100.7"],
    ["fe80::1%eth0", "fe80::1"],
    ['"203.0.113.9"', "203.0.113.9"],
  ])("%s → %s", (raw, expected) => expect(normalizeAddress(raw)).toBe(expected));

  it.each(["", "unknown", "_hidden", "300.1.1.1", "1.2.3", "example.com", "1.2.3.4.5", "<script>", "::ffff:1.2.3.999", "2001:db8::1:443x"])(
    "%j is not an address",
    (raw) => expect(normalizeAddress(raw)).toBeNull(),
  );
});

describe("parseTrustedProxies", () => {
  it("reads addresses, CIDR ranges and presets, and says what it can't read", () => {
    expect(parseTrustedProxies(" loopback , 10.1.2.3,192.168.0.0/16 ").spec).toBe("loopback,10.1.2.3,192.168.0.0/16");
    expect(parseTrustedProxies("vercel").platformHeader).toBe("vercel");
    expect(parseTrustedProxies(undefined).spec).toBe("");
    for (const bad of ["10.0.0.0/33", "2001:db8::/129", "nginx", "10.0.0.0/8/1", "10.0.0.0/x"])
      expect(() => parseTrustedProxies(bad)).toThrow(TrustedProxiesError);
  });
});

describe("clientAddress", () => {
  it("with no trusted proxy, the TCP peer is the client whatever X-Forwarded-For says", () => {
    expect(clientAddress({ forwardedFor: "1.1.1.1, 2.2.2.2", socketPeer: "203.0.113.5" }, none)).toBe("203.0.113.5");
    expect(clientAddress({ forwardedFor: null, socketPeer: "::ffff:203.0.113.5" }, none)).toBe("203.0.113.5");
  });

  it("behind a trusted proxy, the right-most hop it did not write is the client; spoofed left-most entries never count", () => {
    // client 198.51.100.7 sent "6.6.6.6" itself; nginx on loopback appended the peer it saw
    expect(clientAddress({ forwardedFor: "6.6.6.6, 198.51.100.7", socketPeer: "127.0.0.1" }, loopback)).toBe("198.51.100.7");
    // two layers of our own proxies
    expect(clientAddress({ forwardedFor: "6.6.6.6, 198.51.100.7, 10.0.3.4", socketPeer: "10.0.0.2" }, lb)).toBe("198.51.100.7");
    expect(clientAddress({ forwardedFor: "6.6.6.6, [2001:db8:9::5]:5000, 2001:db8:1::7", socketPeer: "10.0.0.2" }, lb)).toBe("2001:db8:9::5");
  });

  it("a peer that is not a trusted proxy is the client even if it sends a forwarding chain", () => {
    expect(clientAddress({ forwardedFor: "10.0.0.9", socketPeer: "203.0.113.5" }, lb)).toBe("203.0.113.5");
  });

  it("garbage in the chain stops the walk at the last hop we could trust", () => {
    expect(clientAddress({ forwardedFor: "1.2.3.4, not-an-ip", socketPeer: "127.0.0.1" }, loopback)).toBe("127.0.0.1");
    expect(clientAddress({ forwardedFor: "not-an-ip, 198.51.100.7", socketPeer: "127.0.0.1" }, loopback)).toBe("198.51.100.7");
    expect(clientAddress({ forwardedFor: ",,, ", socketPeer: "127.0.0.1" }, loopback)).toBe("127.0.0.1");
  });

  it("a request from our own network (every hop trusted) is that network's left-most hop", () => {
    expect(clientAddress({ forwardedFor: "127.0.0.1", socketPeer: "127.0.0.1" }, loopback)).toBe("127.0.0.1");
  });

  it("without the socket peer (a server that can't see it), only the right end of X-Forwarded-For is believed", () => {
    expect(clientAddress({ forwardedFor: "6.6.6.6, 198.51.100.7", socketPeer: null }, none)).toBe("198.51.100.7");
    expect(clientAddress({ forwardedFor: null, socketPeer: null }, none)).toBe("unknown");
    expect(clientAddress({ forwardedFor: "garbage", socketPeer: null }, none)).toBe("unknown");
  });

  it("on Vercel the platform's own header wins, and is ignored unless TRUSTED_PROXIES=vercel", () => {
    const vercel = parseTrustedProxies("vercel");
    expect(clientAddress({ forwardedFor: "6.6.6.6", socketPeer: "10.1.1.1", platformAddress: "198.51.100.7" }, vercel)).toBe("198.51.100.7");
    expect(clientAddress({ forwardedFor: "6.6.6.6", socketPeer: "10.1.1.1", platformAddress: "198.51.100.7" }, none)).toBe("10.1.1.1");
    expect(clientAddress({ forwardedFor: null, socketPeer: "10.1.1.1", platformAddress: "junk" }, vercel)).toBe("10.1.1.1");
  });
});
