import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { makeArtist, makePaidOrder, startMoneyWorld, type MoneyWorld } from "../money/fixtures.ts";
import { buyerIn, makeSeller, makeWork, stock } from "./shop.ts";

/** The same request twenty times at once, as an impatient person (or a script) sends it: one effect, clear refusals. */
const h = useTestDatabase();
let world: MoneyWorld;
beforeAll(async () => {
  world = await startMoneyWorld(h.db);
});
afterAll(() => world?.close());

const codeOf = (r: PromiseSettledResult<unknown>) => (r.status === "fulfilled" ? "OK" : r.reason instanceof TRPCError ? r.reason.code : String(r.reason));

describe("twenty identical requests at once", () => {
  it("checkout.create: one hold and one open order; the rest resume it or are refused, never a second hold", async () => {
    const seller = await makeSeller(h.db, "IE", "Aoife");
    const work = await makeWork(h.db, seller.profile.id, { priceAmount: 50_000, shippingDomestic: 2_000 });
    const buyer = await buyerIn(world, h.db);
    await buyer.caller.cart.add({ artworkId: work.id });
    await buyer.caller.cart.setShipTo({ country: "IE" });

    const results = await Promise.allSettled(Array.from({ length: 20 }, () => buyer.caller.checkout.create({ currency: "EUR" })));
    const codes = results.map(codeOf);
    expect(
      codes.every((c) => ["OK", "CONFLICT", "TOO_MANY_REQUESTS", "PRECONDITION_FAILED"].includes(c)),
      codes.join(","),
    ).toBe(true);
    const urls = new Set(results.flatMap((r) => (r.status === "fulfilled" ? [r.value.url] : [])));
    expect(urls.size).toBe(1); // whoever got an answer got the same checkout
    expect(await h.db.order.count({ where: { buyerId: buyer.id, status: "AWAITING_PAYMENT" } })).toBe(1);
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 1, editionsSold: 0 });
  });

  it("refund.create: twenty refunds of 60% of one item → exactly one is taken, the others are field errors", async () => {
    const artist = await makeArtist(h.db, world);
    const { items } = await makePaidOrder(h.db, world, [{ artist, unitAmount: 10_000 }]);
    const admin = await makeUser(h.db, ["ADMIN"], { name: "Admin" });
    const caller = await callerAs(h.db, admin.id, {}, { events: world.jobDeps.events });

    const results = await Promise.allSettled(Array.from({ length: 20 }, () => caller.refund.create({ orderItemId: items[0]!.id, amount: 6_000 })));
    expect(results.map(codeOf).filter((c) => c === "OK")).toHaveLength(1);
    expect(
      results
        .map(codeOf)
        .filter((c) => c !== "OK")
        .every((c) => c === "BAD_REQUEST"),
    ).toBe(true);
    expect(await h.db.refund.count({ where: { orderItemId: items[0]!.id } })).toBe(1);
    expect((await h.db.orderItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).refundedAmount).toBe(6_000);
  });
});
