import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { startPaymentsWorld, type PaymentsWorld } from "../payments/world.ts";
import { makeSeller, makeWork } from "./shop.ts";

/** The visitor cart under its httpOnly cookie, the merge on sign-in, currencies and the artist's share. */
const h = useTestDatabase();
let world: PaymentsWorld;
beforeAll(async () => {
  world = await startPaymentsWorld(h.db);
});
afterAll(() => world?.close());

/** A caller carrying `cookie` (if any) and the response headers it may set. */
async function visitor(userId: string | null, cookie?: string) {
  const resHeaders = new Headers();
  const caller = await callerAs(h.db, userId, cookie ? { cookie } : {}, { resHeaders });
  return { caller, setCookie: () => resHeaders.get("set-cookie") };
}

describe("cart", () => {
  it("a visitor's cart lives under a random httpOnly cookie and merges into their cart on their first cart call after sign-in", async () => {
    const s = await makeSeller(h.db, "IE");
    const a = await makeWork(h.db, s.profile.id, { title: "Visitor Pick" });
    const b = await makeWork(h.db, s.profile.id, { kind: "EDITION", editionSize: 5, title: "Print Pick" });

    const first = await visitor(null);
    await first.caller.cart.add({ artworkId: a.id });
    const cookie = first.setCookie()!;
    expect(cookie).toMatch(/^atelier_cart=[A-Za-z0-9_-]{32}; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/);
    const key = cookie.split(";")[0]!;

    const again = await visitor(null, key);
    expect((await again.caller.cart.add({ artworkId: b.id, quantity: 2 })).count).toBe(3);
    expect(again.setCookie()).toBeNull(); // the same cart: no new cookie
    expect((await (await visitor(null, "atelier_cart=forged")).caller.cart.get()).count).toBe(0);

    const user = await makeUser(h.db, ["BUYER"]);
    const own = await visitor(user.id);
    await own.caller.cart.add({ artworkId: b.id, quantity: 3 });
    const signedIn = await visitor(user.id, key);
    // the header's badge reads without merging, and counts as the merge will leave it (each work once, the larger quantity)
    expect(await (await visitor(null, key)).caller.cart.count()).toBe(3);
    expect(await signedIn.caller.cart.count()).toBe(4);
    expect(await h.db.cart.count({ where: { visitorKey: key.split("=")[1] } })).toBe(1);
    expect(await (await visitor(null)).caller.cart.count()).toBe(0);
    const merged = await signedIn.caller.cart.get();
    expect(merged.groups[0]!.lines.map((l) => [l.title, l.quantity])).toEqual([
      ["Print Pick", 3],
      ["Visitor Pick", 1],
    ]);
    expect(signedIn.setCookie()).toMatch(/^atelier_cart=; Max-Age=0/);
    expect(await h.db.cart.count({ where: { visitorKey: key.split("=")[1] } })).toBe(0);
    expect(await (await visitor(user.id)).caller.cart.count()).toBe(4);
  });

  it("works in two currencies are two groups, each checked out on its own, and the cart says so", async () => {
    const s = await makeSeller(h.db, "IE");
    const eur = await makeWork(h.db, s.profile.id, { currency: "EUR", priceAmount: 10_000 });
    const jpy = await makeWork(h.db, s.profile.id, { currency: "JPY", priceAmount: 45_000, shippingDomestic: 1_500, shippingInternational: 3_000 });
    const user = await makeUser(h.db, ["BUYER"]);
    const { caller } = await visitor(user.id);
    await caller.cart.add({ artworkId: eur.id });
    await caller.cart.add({ artworkId: jpy.id });
    const view = await caller.cart.setShipTo({ country: "JP" });
    expect(view.groups.map((g) => [g.currency, g.itemsAmount, g.shippingAmount, g.totalAmount])).toEqual([
      ["EUR", 10_000, 6_000, 16_000],
      ["JPY", 45_000, 3_000, 48_000],
    ]);
    expect(view.note).toContain("each currency checks out separately");
  });

  it("an artist sees their own share on their own work's page; others don't", async () => {
    const s = await makeSeller(h.db, "IE");
    const work = await makeWork(h.db, s.profile.id, { priceAmount: 123_457, shippingDomestic: 2_500 });
    const asArtist = await callerAs(h.db, s.user.id);
    expect((await asArtist.artwork.bySlug({ slug: work.slug })).sellerShare).toMatchObject({
      commissionBps: 5000,
      commissionAmount: 61_728,
      artistAmount: 64_229,
    });
    const asBuyer = await callerAs(h.db, (await makeUser(h.db)).id);
    expect((await asBuyer.artwork.bySlug({ slug: work.slug })).sellerShare).toBeNull();
  });
});
