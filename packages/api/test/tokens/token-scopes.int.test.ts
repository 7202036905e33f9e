import { createApiToken, resolveApiTokenGrant } from "@atelier/core/accounts/api-tokens";
import { generateApiToken } from "@atelier/core/accounts/token-secret";
import { API_TOKEN_SCOPES } from "@atelier/core/accounts/token-scopes";
import { defaultCoreSettings } from "@atelier/core/env";
import { describe, expect, it } from "vitest";
import { appRouter, createContext } from "../../src/index.ts";
import { callerAs, callerWithToken, makeUser, useTestDatabase } from "../harness.ts";
import { makeSeller, makeWork } from "../checkout/shop.ts";
import { rejection as refusal } from "../live-shows/helpers.ts";

/** Scoped API tokens on the tRPC side: what a narrow token reaches, per-token limits, and the audit of its writes. */
const h = useTestDatabase();

describe("scoped API tokens", () => {
  it("a token made without a choice has every scope; a chosen set is stored in a fixed order", async () => {
    const user = await makeUser(h.db);
    const all = await createApiToken(h.db, user.id, { name: "script" });
    expect(all.scopes).toEqual([...API_TOKEN_SCOPES]);
    const narrow = await createApiToken(h.db, user.id, { name: "agent", scopes: ["orders:read", "catalogue:read", "orders:read"] });
    expect(narrow.scopes).toEqual(["catalogue:read", "orders:read"]);
    expect(await resolveApiTokenGrant(h.db, narrow.token)).toEqual({
      tokenId: narrow.id,
      name: "agent",
      userId: user.id,
      scopes: ["catalogue:read", "orders:read"],
    });
    const listed = await (await callerAs(h.db, user.id)).token.list();
    expect(listed.map((t) => [t.name, t.scopes])).toEqual([
      ["agent", ["catalogue:read", "orders:read"]],
      ["script", [...API_TOKEN_SCOPES]],
    ]);
  });

  it("refuses an empty or unknown scope with the field named", async () => {
    const caller = await callerAs(h.db, (await makeUser(h.db)).id);
    expect(await refusal(caller.token.create({ name: "none", scopes: [] }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { scopes: [expect.stringMatching(/at least one/)] },
    });
    expect(await refusal(caller.token.create({ name: "bad", scopes: ["admin:everything" as never] }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { "scopes.0": [expect.stringMatching(/Choose from catalogue:read/)] },
    });
  });

  it("tokens stored before scopes existed have all four (the column's default)", async () => {
    const user = await makeUser(h.db);
    const { token, prefix, tokenHash } = generateApiToken();
    await h.db
      .$executeRaw`INSERT INTO "ApiToken" (id, "userId", name, prefix, "tokenHash") VALUES (${`old-${prefix}`}, ${user.id}, 'old script', ${prefix}, ${tokenHash})`;
    expect((await resolveApiTokenGrant(h.db, token))?.scopes).toEqual([...API_TOKEN_SCOPES]);
  });

  it("a catalogue:read token searches and reads, but cannot touch the cart, check out, read orders or reach the account", async () => {
    const seller = await makeSeller(h.db);
    const work = await makeWork(h.db, seller.profile.id, { title: "Scoped Harbour" });
    const user = await makeUser(h.db);
    const { token } = await createApiToken(h.db, user.id, { name: "reader", scopes: ["catalogue:read"] });
    const caller = await callerWithToken(h.db, token);
    expect((await caller.artwork.bySlug({ slug: work.slug })).title).toBe("Scoped Harbour");
    expect((await caller.me()).id).toBe(user.id);
    const add = await refusal(caller.cart.add({ artworkId: work.id }));
    expect(add).toMatchObject({ code: "FORBIDDEN" });
    expect(add.message).toMatch(/"reader" lacks the cart:write scope/);
    expect((await refusal(caller.checkout.create({ currency: "EUR" }))).message).toMatch(/checkout:create/);
    expect((await refusal(caller.order.list({}))).message).toMatch(/orders:read/);
    // outside the four areas a token needs every scope
    expect((await refusal(caller.token.list())).message).toMatch(/cart:write, checkout:create, orders:read scopes/);
    // the same person signed in is not limited by any token's scopes
    expect(await (await callerAs(h.db, user.id)).token.list()).toHaveLength(1);
  });

  it("every write made with a token is in the audit log under the token's name, refused or not", async () => {
    const seller = await makeSeller(h.db);
    const work = await makeWork(h.db, seller.profile.id);
    const user = await makeUser(h.db);
    const { id: tokenId, token } = await createApiToken(h.db, user.id, { name: "shopping agent", scopes: ["cart:write"] });
    const caller = await callerWithToken(h.db, token);
    await caller.cart.add({ artworkId: work.id });
    await refusal(caller.cart.remove({ itemId: "no-such-item" }));
    await caller.cart.get(); // a read is not audited
    const rows = await h.db.auditLog.findMany({
      where: { targetType: "ApiToken", targetId: tokenId, action: "api_token.write" },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => [r.actorId, r.data])).toEqual([
      [user.id, { tokenName: "shopping agent", procedure: "cart.add", surface: "trpc", input: { artworkId: work.id }, outcome: "ok" }],
      [user.id, { tokenName: "shopping agent", procedure: "cart.remove", surface: "trpc", input: { itemId: "no-such-item" }, outcome: "NOT_FOUND" }],
    ]);
  });

  it("each token has its own rate limit; sessions are not counted against it", async () => {
    const user = await makeUser(h.db);
    const a = await createApiToken(h.db, user.id, { name: "a" });
    const b = await createApiToken(h.db, user.id, { name: "b" });
    const settings = { ...defaultCoreSettings, RATE_LIMIT_TOKEN_CALLS_PER_MINUTE: 3 };
    const withToken = async (token: string) =>
      appRouter.createCaller(
        await createContext({
          db: h.db,
          headers: new Headers({ authorization: `Bearer ${token}` }),
          getSessionUserId: async () => null,
          clientIp: "192.0.2.9",
          settings,
        }),
      );
    for (let i = 0; i < 3; i++) await (await withToken(a.token)).me();
    const limited = await refusal((await withToken(a.token)).me());
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
    expect((await (await withToken(b.token)).me()).id).toBe(user.id);
    expect((await (await callerAs(h.db, user.id)).me()).id).toBe(user.id);
  });
});
