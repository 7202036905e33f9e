import type { PrintLab } from "@atelier/print-lab";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../../src/errors.ts";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { buyerIn, payInSandbox, stock } from "../checkout/shop.ts";
import { startPaymentsWorld, type PaymentsWorld } from "../payments/world.ts";
import { licensedCast, withPrintLab } from "./world.ts";

/**
 * Licensed products through the same cart and checkout as artworks, all real parts: the Stripe sandbox, its signed
 * webhooks, the in-process jobs and the local print lab. The numbers (EUR, platform fee 10%, royalty 10%):
 * - the store's A3 giclée: €45 less 10% → charged 4050; production 1900 + shipping 595 → lab 2495; royalty 405; fee 405;
 *   the store keeps 4050 − 1900 − 405 − 405 = 1340. Line total 4645 = 2495 + 405 + 405 + 1340.
 * - the artist's own A3 poster: €24 → production 750 + shipping 595 → lab 1345; fee 240; the artist takes 2400 − 750 −
 *   240 = 1410 (no store). Line total 2995 = 1345 + 240 + 1410.
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

async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(TRPCError);
  return { code: (e as TRPCError).code, message: (e as TRPCError).message, fieldErrors: fieldErrorsOf((e as TRPCError).cause) ?? {} };
}

async function boughtTogether() {
  const cast = await licensedCast(h.db, world);
  const buyer = await buyerIn(world, h.db);
  await buyer.caller.cart.addProduct({ listingId: cast.storeListing.id });
  await buyer.caller.cart.addProduct({ listingId: cast.shopListing.id });
  const view = await buyer.caller.cart.setShipTo({ country: "IE" });
  return { ...cast, buyer, view };
}

describe("a store's print and the artist's own poster in one checkout", () => {
  it("splits four ways to the minor unit, pays the artist and the store owner under the order's transfer_group, and sends both to the print lab", async () => {
    const { artist, artwork, owner, buyer, view } = await boughtTogether();
    const group = view.groups[0]!;
    expect(group.lines.map((l) => [l.product?.seller, l.product?.typeCode, l.subtotalAmount, l.shipping.amount])).toEqual([
      ["STORE", "giclee-print", 4_050, 595],
      ["ARTIST_SHOP", "poster", 2_400, 595],
    ]);
    expect(group).toMatchObject({ itemsAmount: 6_450, shippingAmount: 1_190, totalAmount: 7_640, canCheckout: true });

    const opened = await buyer.caller.checkout.create({ currency: "EUR" });
    // made to order: nothing of the original itself is held
    expect(await stock(h.db, artwork.id)).toMatchObject({ unitsHeld: 0, editionsSold: 0, status: "PUBLISHED" });
    const items = await h.db.orderItem.findMany({ where: { orderId: opened.orderId }, orderBy: { createdAt: "asc" } });
    const [print, poster] = [items.find((i) => i.listingSeller === "STORE")!, items.find((i) => i.listingSeller === "ARTIST_SHOP")!];
    expect(print).toMatchObject({
      sellerId: artist.user.id,
      storeOwnerId: owner.user.id,
      grossAmount: 4_500,
      discountAmount: 450,
      subtotalAmount: 4_050,
      shippingAmount: 595,
      productionAmount: 1_900,
      labAmount: 2_495,
      artistAmount: 405,
      royaltyBps: 1_000,
      storeAmount: 1_340,
      commissionAmount: 405,
      variantCode: "giclee-a3",
    });
    expect(print.licensingTerms).toMatchObject({ royaltyBps: 1_000, minimumPriceAmount: 2_000, allowThirdPartyStores: true, platformFeeBps: 1_000 });
    expect(poster).toMatchObject({ storeOwnerId: null, subtotalAmount: 2_400, labAmount: 1_345, artistAmount: 1_410, storeAmount: 0, commissionAmount: 240 });

    const order = await h.db.order.findUniqueOrThrow({ where: { id: opened.orderId } });
    expect(order.totalAmount).toBe(7_640);
    expect((await payInSandbox(world, order.checkoutUrl!)).status).toBe(200);
    await world.settle();

    const paid = await h.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { ledgerEntries: true, transfers: true } });
    if (paid.status !== "PAID") console.log(await h.db.jobRun.findMany({ where: { lastError: { not: null } }, select: { functionId: true, lastError: true } }));
    expect(paid.status).toBe("PAID");
    const sale = (payee: string, payeeId: string | null = null) =>
      paid.ledgerEntries.filter((e) => e.kind === "SALE" && e.payee === payee && e.payeeId === payeeId).reduce((s, e) => s + e.amount, 0);
    expect(sale("ARTIST", artist.user.id)).toBe(405 + 1_410);
    expect(sale("STORE", owner.user.id)).toBe(1_340);
    expect(sale("PRINT_LAB")).toBe(2_495 + 1_345);
    expect(sale("PLATFORM")).toBe(405 + 240);
    expect(sale("ARTIST", artist.user.id) + sale("STORE", owner.user.id) + sale("PRINT_LAB") + sale("PLATFORM")).toBe(paid.totalAmount);

    // one transfer each, from the order's charge, in its transfer_group; both roles' balances are back to zero
    expect(paid.transfers.map((t) => [t.recipientId, t.amount, t.status]).sort()).toEqual(
      [
        [artist.user.id, 1_815, "PAID"],
        [owner.user.id, 1_340, "PAID"],
      ].sort(),
    );
    const atStripe = await world.payments.stripe.transfers.list({ transfer_group: order.id, limit: 10 });
    expect(atStripe.data.map((t) => t.amount).sort((a, b) => a - b)).toEqual([1_340, 1_815]);
    const balance = async (payee: "ARTIST" | "STORE", id: string) =>
      (await h.db.ledgerEntry.aggregate({ where: { payee, payeeId: id, currency: "EUR" }, _sum: { amount: true } }))._sum.amount;
    expect(await balance("ARTIST", artist.user.id)).toBe(0);
    expect(await balance("STORE", owner.user.id)).toBe(0);

    // both products are at the lab; no certificate for reproductions; the cart is empty
    const fulfilments = await h.db.fulfilment.findMany({ where: { orderItemId: { in: [print.id, poster.id] } } });
    expect(fulfilments.map((f) => f.status).sort()).toEqual(["CREATED", "CREATED"]);
    expect(lab.order(`@atl-${print.id}`)).toMatchObject({ status: "created" });
    expect(fulfilments.find((f) => f.orderItemId === print.id)!.product).toMatchObject({
      variantCode: "giclee-a3",
      quantity: 1,
      printFileUrl: `http://atelier.test/media/artworks/${artwork.id}/original.jpg`,
    });
    expect(await h.db.certificate.count({ where: { artworkId: artwork.id } })).toBe(0);
    expect((await buyer.caller.cart.get()).count).toBe(0);

    // the mails: the buyer's receipt; the artist and the store owner each hear what they earn, and that the lab ships it
    const mails = await h.db.emailOutbox.findMany({
      where: { toEmail: { in: [artist.user.email, owner.user.email] }, template: { in: ["sale-made", "product-sold"] } },
    });
    expect(mails.map((m) => [m.toEmail === artist.user.email ? "artist" : "store", m.template]).sort()).toEqual([
      ["artist", "product-sold"],
      ["store", "product-sold"],
    ]);
    expect(mails.find((m) => m.toEmail === artist.user.email)!.subject).toContain("€18.15 to you");
    expect(mails.find((m) => m.toEmail === owner.user.email)!.subject).toContain("€13.40 to you");
    expect(mails.find((m) => m.toEmail === owner.user.email)!.text).toContain("there is nothing for you to send");
  });

  it("a download from the artist's shop becomes the buyer's download, with nothing to ship", async () => {
    const cast = await licensedCast(h.db, world);
    const file = await cast.artistApi.shop.create({ artworkId: cast.artwork.id, variantCode: "digital-personal", price: "20" });
    const buyer = await buyerIn(world, h.db);
    await buyer.caller.cart.addProduct({ listingId: file.id, quantity: 2 });
    const view = await buyer.caller.cart.setShipTo({ country: "IE" });
    expect(view.groups[0]).toMatchObject({ itemsAmount: 4_000, shippingAmount: 0, totalAmount: 4_000 });
    const opened = await buyer.caller.checkout.create({ currency: "EUR" });
    const order = await h.db.order.findUniqueOrThrow({ where: { id: opened.orderId } });
    await payInSandbox(world, order.checkoutUrl!);
    await world.settle();
    const item = await h.db.orderItem.findFirstOrThrow({ where: { orderId: order.id }, include: { digitalDownload: true, fulfilment: true } });
    expect(item).toMatchObject({ status: "PAID", labAmount: 0, commissionAmount: 400, artistAmount: 3_600 });
    expect(item.digitalDownload).toMatchObject({ userId: buyer.id, artworkId: cast.artwork.id });
    expect(item.fulfilment).toBeNull();
  });
});

describe("the artist's terms at checkout", () => {
  it("terms raised above a listing's price after it was listed: the checkout is refused naming the product, and nothing is held or written", async () => {
    const { artist, buyer } = await boughtTogether();
    // the artist raises the floor to €50; the job that pauses listings has not run yet
    await h.db.artistLicensingTerms.update({ where: { artistId: artist.profile.id }, data: { minimumPriceAmount: 5_000, version: { increment: 1 } } });
    const before = await h.db.order.count({ where: { buyerId: buyer.id } });
    const r = await refusal(buyer.caller.checkout.create({ currency: "EUR" }));
    expect(r.code).toBe("CONFLICT");
    expect(r.fieldErrors.items?.[0]).toMatch(/Giclée print of Harbour at Dusk \d+ can't be sold as it stands: The artist's minimum price is €50\.00/);
    expect(await h.db.order.count({ where: { buyerId: buyer.id } })).toBe(before);
  });

  it("a store can't put its own product in a cart; a paused listing can't be added or checked out", async () => {
    const { owner, storeListing, buyer } = await boughtTogether();
    expect((await refusal(owner.api.cart.addProduct({ listingId: storeListing.id }))).fieldErrors.listingId?.[0]).toBe("This is your own store's product.");
    await owner.api.store.setListingStatus({ listingId: storeListing.id, status: "PAUSED" });
    const view = await buyer.caller.cart.get();
    expect(view.groups[0]!.canCheckout).toBe(false);
    expect(view.groups[0]!.problems).toContain(`The Giclée print of ${view.groups[0]!.lines[0]!.title} is no longer on sale`);
    expect((await refusal(buyer.caller.checkout.create({ currency: "EUR" }))).code).toBe("CONFLICT");
    const stranger = await callerAs(h.db, (await makeUser(h.db, ["BUYER"])).id);
    expect((await refusal(stranger.cart.addProduct({ listingId: storeListing.id }))).code).toBe("CONFLICT");
  });
});
