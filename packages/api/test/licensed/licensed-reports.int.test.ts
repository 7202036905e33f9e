import type { PrintLab } from "@atelier/print-lab";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { buyerIn, payInSandbox } from "../checkout/shop.ts";
import { startPaymentsWorld, type PaymentsWorld } from "../payments/world.ts";
import { licensedCast, withPrintLab } from "./world.ts";

/**
 * The three views of one licensed sale agree to the cent: the store owner's sales and payouts, the artist's yearly
 * statement (royalties by product and store), and the admin's metrics — for the order of the checkout test (the
 * store's A3 giclée 4645 = lab 2495 + royalty 405 + store 1340 + fee 405; the artist's poster 2995 = lab 1345 +
 * artist 1410 + fee 240).
 */
const h = useTestDatabase();
let world: PaymentsWorld;
let lab: PrintLab;
beforeAll(async () => {
  world = await startPaymentsWorld(h.db);
  lab = await withPrintLab(world);
});
afterAll(async () => {
  await lab?.close();
  await world?.close();
});

describe("reports of licensed sales", () => {
  it("store, artist and admin see the same split of the same order", async () => {
    const cast = await licensedCast(h.db, world);
    const admin = await callerAs(h.db, (await makeUser(h.db, ["ADMIN", "BUYER"])).id);
    const licensedBefore = (await admin.admin.metrics.summary({ months: 3 })).licensed.find((l) => l.currency === "EUR");
    const buyer = await buyerIn(world, h.db);
    await buyer.caller.cart.addProduct({ listingId: cast.storeListing.id });
    await buyer.caller.cart.addProduct({ listingId: cast.shopListing.id });
    await buyer.caller.cart.setShipTo({ country: "IE" });
    const opened = await buyer.caller.checkout.create({ currency: "EUR" });
    await payInSandbox(world, (await h.db.order.findUniqueOrThrow({ where: { id: opened.orderId } })).checkoutUrl!);
    await world.settle();

    const store = await cast.owner.api.store.sales();
    expect(store.totals).toEqual([
      { currency: "EUR", orders: 1, units: 1, chargedAmount: 4_050, storeAmount: 1_340, refundedStoreAmount: 0, transferredAmount: 1_340, balanceAmount: 0 },
    ]);
    expect(store.sales).toMatchObject([{ chargedAmount: 4_050, labAmount: 2_495, royaltyAmount: 405, platformFeeAmount: 405, storeAmount: 1_340 }]);
    expect(store.ledger.map((l) => [l.kind, l.amount]).sort()).toEqual([
      ["SALE", 1_340],
      ["TRANSFER", -1_340],
    ]);

    const statement = await cast.artistApi.sales.statement({ year: new Date().getUTCFullYear() });
    expect(statement.royalties.map((r) => [r.productTypeCode, r.store?.name ?? null, r.units, r.chargedAmount, r.royaltyAmount])).toEqual([
      ["poster", null, 1, 2_400, 1_410],
      ["giclee-print", cast.owner.store.name, 1, 4_050, 405],
    ]);
    // the artist's own shop is their sale (gross 2995, less fee 240 and the lab's 1345); the store's print is the store's (royalty only)
    expect(statement.currencies).toEqual([
      expect.objectContaining({
        currency: "EUR",
        grossAmount: 2_995,
        commissionAmount: 240,
        labAmount: 1_345,
        storeRoyaltyAmount: 405,
        netAmount: 1_410 + 405,
      }),
    ]);

    const licensed = (await admin.admin.metrics.summary({ months: 3 })).licensed.find((l) => l.currency === "EUR")!;
    const delta = (k: keyof typeof licensed) => (licensed[k] as number) - ((licensedBefore?.[k] as number | undefined) ?? 0);
    expect([
      delta("chargedAmount"),
      delta("shippingAmount"),
      delta("labAmount"),
      delta("royaltyAmount"),
      delta("storeAmount"),
      delta("platformFeeAmount"),
    ]).toEqual([6_450, 1_190, 3_840, 1_815, 1_340, 645]);
    expect(delta("labAmount") + delta("royaltyAmount") + delta("storeAmount") + delta("platformFeeAmount")).toBe(
      delta("chargedAmount") + delta("shippingAmount"),
    );
  });
});
