import type { PrintLab } from "@atelier/print-lab";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { buyerIn, payInSandbox } from "../checkout/shop.ts";
import { startPaymentsWorld, type PaymentsWorld } from "../payments/world.ts";
import { licensedCast, withPrintLab } from "./world.ts";

/**
 * Refunds of licensed products go back through the ledger to every party in proportion (core/money/licensed-split.ts):
 * the store's A3 giclée (line 4645 = lab 2495 + royalty 405 + store 1340 + fee 405) refunded in full before the lab
 * starts: the lab order is cancelled and its part comes back from the lab; once the lab has made it, the lab keeps its
 * cost and the platform bears the lab's part (README, Money). The artist's and the store owner's transfers are reversed.
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

async function paidPrint() {
  const cast = await licensedCast(h.db, world);
  const buyer = await buyerIn(world, h.db);
  await buyer.caller.cart.addProduct({ listingId: cast.storeListing.id });
  await buyer.caller.cart.setShipTo({ country: "IE" });
  const opened = await buyer.caller.checkout.create({ currency: "EUR" });
  const order = await h.db.order.findUniqueOrThrow({ where: { id: opened.orderId } });
  await payInSandbox(world, order.checkoutUrl!);
  await world.settle();
  const item = await h.db.orderItem.findFirstOrThrow({ where: { orderId: order.id } });
  expect(item.status).toBe("PAID");
  return { ...cast, buyer, order, item };
}

const refundLines = async (refundId: string) =>
  Object.fromEntries((await h.db.ledgerEntry.findMany({ where: { refundId, kind: "REFUND" } })).map((e) => [`${e.payee}`, e.amount]));

describe("refunds of a store's print", () => {
  it("in full before production: the lab order is cancelled, every party gives back its part, both transfers are reversed", async () => {
    const { owner, item } = await paidPrint();
    const r = await owner.api.refund.create({ orderItemId: item.id, amount: 4_645, reason: "Changed my mind" });
    await world.settle();
    const refund = await h.db.refund.findUniqueOrThrow({ where: { id: r.id } });
    expect(refund).toMatchObject({
      status: "SUCCEEDED",
      amount: 4_645,
      labAmount: 2_495,
      artistAmount: 405,
      storeAmount: 1_340,
      platformAmount: 405,
      labCostBorneAmount: 0,
      reversedAmount: 405,
      storeReversedAmount: 1_340,
    });
    expect(await h.db.fulfilment.findUniqueOrThrow({ where: { orderItemId: item.id } })).toMatchObject({ status: "CANCELLED" });
    expect(await refundLines(r.id)).toEqual({ PLATFORM: -405, PRINT_LAB: -2_495, ARTIST: -405, STORE: -1_340 });
    // every party's ledger for the order is back to zero (the lab owes nothing, the platform kept nothing but its Stripe fee)
    const byPayee = await h.db.ledgerEntry.groupBy({ by: ["payee"], where: { orderId: item.orderId, kind: { not: "STRIPE_FEE" } }, _sum: { amount: true } });
    expect(Object.fromEntries(byPayee.map((g) => [g.payee, g._sum.amount]))).toEqual({ ARTIST: 0, STORE: 0, PRINT_LAB: 0, PLATFORM: 0 });
    expect(await h.db.orderItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "REFUNDED" });
  });

  it("after the lab has shipped it (admins only): the lab keeps its cost, the platform bears the lab's part, creator and store give back theirs", async () => {
    const { item, owner, artistApi } = await paidPrint();
    await h.db.fulfilment.update({ where: { orderItemId: item.id }, data: { status: "SHIPPED", shippedAt: new Date() } });
    await h.db.orderItem.update({ where: { id: item.id }, data: { status: "SHIPPED" } });
    // the seller can't refund a shipped item; the artist never refunds a store's sale
    const refused = await owner.api.refund.create({ orderItemId: item.id, amount: 4_645 }).catch((e: unknown) => e);
    expect((refused as TRPCError).code).toBe("PRECONDITION_FAILED");
    expect(((await artistApi.refund.create({ orderItemId: item.id, amount: 100 }).catch((e: unknown) => e)) as TRPCError).code).toBe("NOT_FOUND");

    const admin = await callerAs(h.db, (await makeUser(h.db, ["ADMIN", "BUYER"])).id);
    const r = await admin.refund.create({ orderItemId: item.id, amount: 4_645, reason: "Arrived damaged" });
    await world.settle();
    const refund = await h.db.refund.findUniqueOrThrow({ where: { id: r.id } });
    expect(refund).toMatchObject({
      status: "SUCCEEDED",
      labAmount: 0,
      artistAmount: 405,
      storeAmount: 1_340,
      platformAmount: 405 + 2_495,
      labCostBorneAmount: 2_495,
    });
    expect(await refundLines(r.id)).toEqual({ PLATFORM: -2_900, ARTIST: -405, STORE: -1_340 });
    // the lab is still owed what it made; the platform carries that cost
    const lab = await h.db.ledgerEntry.aggregate({ where: { orderId: item.orderId, payee: "PRINT_LAB" }, _sum: { amount: true } });
    expect(lab._sum.amount).toBe(2_495);
  });

  it("a partial refund of two: parts in proportion, adding up to the minor unit, and the rest again adds up to the line", async () => {
    const { item, owner } = await paidPrint();
    const first = await owner.api.refund.create({ orderItemId: item.id, amount: 1_001 });
    await world.settle();
    const second = await owner.api.refund.create({ orderItemId: item.id, amount: 3_644 });
    await world.settle();
    const rows = await h.db.refund.findMany({ where: { id: { in: [first.id, second.id] } } });
    for (const r of rows) expect(r.artistAmount + r.storeAmount + r.labAmount + r.platformAmount).toBe(r.amount);
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
    // partial refunds leave the print in production: the lab keeps its cost on the first; the last one is full and cancels
    expect(sum((r) => r.artistAmount)).toBe(405);
    expect(sum((r) => r.storeAmount)).toBe(1_340);
    expect(sum((r) => r.amount)).toBe(4_645);
    expect(await h.db.orderItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "REFUNDED", refundedAmount: 4_645 });
  });

  it("a lost dispute over a store's print takes back the artist's and the store's parts; the lab keeps its cost, borne by the platform", async () => {
    const { artist, owner, order, item } = await paidPrint();
    const charge = (await h.db.order.findUniqueOrThrow({ where: { id: order.id } })).stripeChargeId!;
    const post = (path: string, body: Record<string, string>) =>
      fetch(`${world.sandbox.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(body),
      });
    const opened = (await (await post(`/__sandbox/charges/${charge}/dispute`, { reason: "fraudulent" })).json()) as { id: string };
    await world.settle();
    expect((await post(`/__sandbox/disputes/${opened.id}/close`, { outcome: "lost" })).status).toBe(200);
    await world.settle();

    const dispute = await h.db.dispute.findUniqueOrThrow({ where: { stripeDisputeId: opened.id } });
    expect(dispute.status).toBe("LOST");
    const lines = await h.db.ledgerEntry.findMany({ where: { disputeId: dispute.id, kind: "DISPUTE" } });
    const of = (payee: string) => lines.filter((l) => l.payee === payee).reduce((n, l) => n + l.amount, 0);
    const fee = -of("PLATFORM") - (405 + 2_495);
    expect(fee).toBeGreaterThanOrEqual(0); // Stripe's dispute fee, if the sandbox kept one
    expect({ artist: of("ARTIST"), store: of("STORE"), lab: of("PRINT_LAB") }).toEqual({ artist: -405, store: -1_340, lab: 0 });
    // both shares came back from the transfers already sent (reversals), so neither owes anything
    const balance = async (payee: "ARTIST" | "STORE", id: string) =>
      (await h.db.ledgerEntry.aggregate({ where: { payee, payeeId: id, currency: "EUR" }, _sum: { amount: true } }))._sum.amount;
    expect(await balance("ARTIST", artist.user.id)).toBe(0);
    expect(await balance("STORE", owner.user.id)).toBe(0);
    const transfers = await h.db.transfer.findMany({ where: { orderId: order.id } });
    expect(transfers.map((t) => [t.recipientId === owner.user.id ? "store" : "artist", t.reversedAmount]).sort()).toEqual([
      ["artist", 405],
      ["store", 1_340],
    ]);
    expect(await h.db.orderItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ refundedAmount: 4_645 });
  });
});
