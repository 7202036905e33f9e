import { defaultCoreSettings } from "@atelier/core/env";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { markSocketStampInstalled, parseTrustedProxies, SOCKET_PEER_HEADER } from "@atelier/core/rate-limit";
import { allFunctions, createInProcessSender } from "@atelier/jobs";
import { appRouter, createContext } from "../src/index.ts";
import { uniqueEmail, useTestDatabase } from "./harness.ts";

const h = useTestDatabase();
const settings = { ...defaultCoreSettings, RATE_LIMIT_SIGN_UPS_PER_HOUR: 3 };

/** Signs up once as the web server would see a request with these headers; true when allowed. */
async function signUpWith(headers: Record<string, string>, trusted = "") {
  const ctx = await createContext({
    db: h.db,
    headers: new Headers(headers),
    getSessionUserId: async () => null,
    settings,
    trustedProxies: parseTrustedProxies(trusted),
    events: createInProcessSender(h.db, { functions: allFunctions }),
  });
  try {
    await appRouter.createCaller(ctx).account.signUp({ name: "Rotating", email: uniqueEmail("xff"), password: "password-1" });
    return true;
  } catch (e) {
    if (e instanceof TRPCError && e.code === "TOO_MANY_REQUESTS") return false;
    throw e;
  }
}

describe("the sign-up limit counts the real client, not X-Forwarded-For", () => {
  markSocketStampInstalled(); // as apps/web's instrumentation does: every request carries its TCP peer

  it("25 sign-ups from one address with rotating X-Forwarded-For get the limit of 3", async () => {
    const results = [];
    for (let i = 0; i < 25; i++) results.push(await signUpWith({ "x-forwarded-for": `10.${i}.0.1, 172.16.0.${i}`, [SOCKET_PEER_HEADER]: "203.0.113.50" }));
    expect(results.filter(Boolean)).toHaveLength(3);
    const buckets = await h.db.rateLimitBucket.findMany({ where: { key: { startsWith: "sign-up:" } } });
    expect(buckets.map((b) => b.key)).toEqual(["sign-up:203.0.113.50"]);
  });

  it("behind a trusted proxy on this host, the address the proxy appended is the client", async () => {
    const viaProxy = (client: string) => signUpWith({ "x-forwarded-for": `6.6.6.6, ${client}`, [SOCKET_PEER_HEADER]: "127.0.0.1" }, "loopback");
    expect(await viaProxy("198.51.100.1")).toBe(true);
    expect(await viaProxy("198.51.100.2")).toBe(true);
    expect(await h.db.rateLimitBucket.count({ where: { key: { in: ["sign-up:198.51.100.1", "sign-up:198.51.100.2"] } } })).toBe(2);
    expect(await h.db.rateLimitBucket.count({ where: { key: "sign-up:6.6.6.6" } })).toBe(0);
  });

  it("the same proxy headers from a peer we don't trust count against that peer", async () => {
    const results = [];
    for (let i = 0; i < 6; i++)
      results.push(await signUpWith({ "x-forwarded-for": `198.51.100.${i + 10}`, [SOCKET_PEER_HEADER]: "::ffff:203.0.113.77" }, "loopback"));
    expect(results.filter(Boolean)).toHaveLength(3);
  });
});
