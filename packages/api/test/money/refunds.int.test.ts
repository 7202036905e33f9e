import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TRPCError } from "@trpc/server";
import { balanceOf } from "@atelier/core/ledger/balances";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { makeArtist, makePaidOrder, startMoneyWorld, sumsByKind, type MoneyWorld } from "./fixtures.ts";

const h = useTestDatabase();
let world: MoneyWorld;
beforeAll(async () => {
  world = await startMoneyWorld(h.db);
});
afterAll(() => world?.close());

async function quiet() {
  for (let i = 0; i < 30; i++) {
    const r = await world.drain();
    if (r.ran === 0) {
      const due = await h.db.jobRun.findFirst({ where: { status: "QUEUED" }, orderBy: { runAt: "asc" } });
      if (!due) return;
      world.clock.now = new Date(due.runAt.getTime() + 1);
    }
  }
}
const as = (userId: string) => callerAs(h.db, userId, {}, { events: world.jobDeps.events });

/** The commerce invariants, to the minor unit. */
async function expectInvariants(orderId: string, payees: string[]) {
  const order = await h.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { items: true } });
  const sales = await h.db.ledgerEntry.findMany({ where: { orderId, kind: "SALE" } });
  expect(sales.reduce((s, l) => s + l.amount, 0)).toBe(order.totalAmount);
  expect(sales.filter((l) => l.payee === "PLATFORM").reduce((s, l) => s + l.amount, 0)).toBe(order.commissionAmount);
  for (const p of payees) {
    const k = await sumsByKind(h.db, p);
    const balance = await balanceOf(h.db, { payee: "ARTIST", payeeId: p }, "EUR");
    expect(balance).toBe((k.SALE ?? 0) + (k.REFUND ?? 0) + (k.TRANSFER ?? 0) + (k.REVERSAL ?? 0) + (k.DISPUTE ?? 0));
    // Stripe agrees: what was sent minus what was taken back = −(TRANSFER + REVERSAL lines)
    const transfers = await h.db.transfer.findMany({ where: { recipientId: p, status: "PAID" } });
    expect(transfers.reduce((s, t) => s + t.amount - t.reversedAmount, 0)).toBe(-((k.TRANSFER ?? 0) + (k.REVERSAL ?? 0)));
  }
  for (const item of order.items) {
    const refunds = await h.db.refund.findMany({ where: { orderItemId: item.id, status: "SUCCEEDED" } });
    const sum = refunds.reduce((s, r) => s + r.amount, 0);
    expect(refunds.reduce((s, r) => s + r.artistAmount, 0)).toBe(Math.floor((sum * item.artistAmount) / (item.subtotalAmount + item.shippingAmount)));
    for (const r of refunds) expect(r.artistAmount + r.platformAmount).toBe(r.amount);
  }
}

describe("refund.create", () => {
  it("lets an admin refund any item, an artist only their own before shipping; checks the amount; writes nothing on refusal", async () => {
    const a = await makeArtist(h.db, world);
    const b = await makeArtist(h.db, world);
    const admin = await makeUser(h.db, ["ADMIN", "BUYER"]);
    const { items, buyer } = await makePaidOrder(
      h.db,
      world,
      [
        { artist: a, unitAmount: 10_000 },
        { artist: b, unitAmount: 20_000 },
      ],
      { sendPaid: false },
    );
    const refusal = async (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: TRPCError) => ({ code: e.code, message: e.message, fields: (e.cause as { fieldErrors?: unknown })?.fieldErrors }),
      );
    expect(await refusal((await as(b.user.id)).refund.create({ orderItemId: items[0]!.id, amount: 100 }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal((await as(buyer.id)).refund.create({ orderItemId: items[0]!.id, amount: 100 }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal((await as(a.user.id)).refund.create({ orderItemId: items[0]!.id, amount: 10_001 }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { amount: [expect.stringContaining("€100.00")] },
    });
    expect(await refusal((await as(a.user.id)).refund.create({ orderItemId: items[0]!.id, amount: 0 }))).toMatchObject({ code: "BAD_REQUEST" });
    expect(await h.db.refund.count({ where: { orderItemId: items[0]!.id } })).toBe(0);
    await h.db.orderItem.update({ where: { id: items[1]!.id }, data: { status: "SHIPPED", shippedAt: new Date() } });
    expect(await refusal((await as(b.user.id)).refund.create({ orderItemId: items[1]!.id, amount: 100 }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringContaining("shipped"),
    });
    const ok = await (await as(admin.id)).refund.create({ orderItemId: items[1]!.id, amount: 5_000, reason: "Frame damaged" });
    expect(ok).toMatchObject({ amount: 5_000, status: "REQUESTED", leftToRefund: 15_000 });
    const mine = await (await as(a.user.id)).refund.create({ orderItemId: items[0]!.id, amount: 10_000 });
    expect(mine.leftToRefund).toBe(0);
    // visibility: the buyer sees both items' refunds, each artist only their own
    const order = items[0]!.orderId;
    expect((await (await as(buyer.id)).refund.list({ orderId: order })).refunds).toHaveLength(2);
    expect((await (await as(a.user.id)).refund.list({ orderId: order })).refunds.map((r) => r.orderItemId)).toEqual([items[0]!.id]);
    expect(await refusal((await as((await makeUser(h.db)).id)).refund.list({ orderId: order }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("process-refund", () => {
  it("before the transfer: the transfer carries less; a full refund of an unshipped original puts it back on sale and refunds the order", async () => {
    const a = await makeArtist(h.db, world, { onboarded: false });
    const admin = await makeUser(h.db, ["ADMIN"]);
    const { order, items, artworks } = await makePaidOrder(h.db, world, [
      { artist: a, unitAmount: 80_000, shippingAmount: 1_500 },
      { artist: a, unitAmount: 1_000 },
    ]);
    await quiet(); // parked: not onboarded
    await (await as(admin.id)).refund.create({ orderItemId: items[0]!.id, amount: 81_500 });
    await (await as(admin.id)).refund.create({ orderItemId: items[1]!.id, amount: 333 });
    await quiet();
    const r0 = await h.db.refund.findFirstOrThrow({ where: { orderItemId: items[0]!.id } });
    expect(r0).toMatchObject({ status: "SUCCEEDED", restocked: true, reversedAmount: 0, debtAmount: 0 });
    expect(await h.db.artwork.findUniqueOrThrow({ where: { id: artworks[0]!.id } })).toMatchObject({ status: "PUBLISHED", editionsSold: 0 });
    expect((await h.db.orderItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).status).toBe("REFUNDED");
    expect((await h.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    const charge = await world.payments.stripe.charges.retrieve(order.stripeChargeId);
    expect(charge.amount_refunded).toBe(81_500 + 333);
    // onboarding → the parked transfer goes with the refunded parts netted
    await fetch(`${world.sandbox.url}/__sandbox/accounts/${a.connect.stripeAccountId}/complete_onboarding`, { method: "POST" });
    for (let i = 0; i < 4; i++) {
      await world.settle();
      await quiet();
    }
    const t = await h.db.transfer.findFirstOrThrow({ where: { orderId: order.id } });
    const r1 = await h.db.refund.findFirstOrThrow({ where: { orderItemId: items[1]!.id } });
    expect(t).toMatchObject({ status: "PAID", amount: items[0]!.artistAmount + items[1]!.artistAmount - r0.artistAmount - r1.artistAmount });
    expect(await balanceOf(h.db, { payee: "ARTIST", payeeId: a.user.id }, "EUR")).toBe(0);
    await expectInvariants(order.id, [a.user.id]);
    expect(await h.db.emailOutbox.count({ where: { template: "refund-issued" } })).toBeGreaterThanOrEqual(2);
  });

  it("after the transfer: the artist's part is reversed; once their balance was paid out the reversal is refused and the debt is taken from the next transfer", async () => {
    const a = await makeArtist(h.db, world);
    const admin = await makeUser(h.db, ["ADMIN"]);
    const first = await makePaidOrder(h.db, world, [{ artist: a, unitAmount: 40_000 }]);
    await quiet();
    await (await as(admin.id)).refund.create({ orderItemId: first.items[0]!.id, amount: 10_000 });
    await quiet();
    const reversed = await h.db.refund.findFirstOrThrow({ where: { orderItemId: first.items[0]!.id } });
    expect(reversed).toMatchObject({ status: "SUCCEEDED", reversedAmount: 5_000, debtAmount: 0 });
    expect(
      (await world.payments.stripe.transfers.retrieve((await h.db.transfer.findFirstOrThrow({ where: { orderId: first.order.id } })).stripeTransferId!))
        .amount_reversed,
    ).toBe(5_000);

    // the artist's Stripe balance is paid out to their bank
    const bal = await world.payments.stripe.balance.retrieve({}, { stripeAccount: a.connect.stripeAccountId });
    const available = bal.available.find((b) => b.currency === "eur")!.amount;
    await world.payments.stripe.payouts.create({ amount: available, currency: "eur" }, { stripeAccount: a.connect.stripeAccountId });
    await (await as(admin.id)).refund.create({ orderItemId: first.items[0]!.id, amount: 30_000 });
    await quiet();
    const debt = await h.db.refund.findFirstOrThrow({ where: { orderItemId: first.items[0]!.id, amount: 30_000 } });
    expect(debt).toMatchObject({ status: "SUCCEEDED", reversedAmount: 0, debtAmount: 15_000, stripeReversalId: null });
    expect(await balanceOf(h.db, { payee: "ARTIST", payeeId: a.user.id }, "EUR")).toBe(-15_000);
    const debts = await (await as(admin.id)).admin.money.debts();
    expect(debts.find((d) => d.payeeId === a.user.id)).toMatchObject({ debt: 15_000, currency: "EUR" });

    const second = await makePaidOrder(h.db, world, [{ artist: a, unitAmount: 50_000 }]);
    await quiet();
    const t2 = await h.db.transfer.findFirstOrThrow({ where: { orderId: second.order.id } });
    expect(t2).toMatchObject({ status: "PAID", amount: 25_000 - 15_000 });
    expect(await balanceOf(h.db, { payee: "ARTIST", payeeId: a.user.id }, "EUR")).toBe(0);
    const line = await h.db.ledgerEntry.findFirstOrThrow({ where: { transferId: t2.id, kind: "TRANSFER" }, include: { settles: true } });
    expect(line.settles.map((s) => s.amount).sort((x, y) => x - y)).toEqual([15_000, 25_000]);
    await expectInvariants(first.order.id, [a.user.id]);
  });

  it("a debt larger than the next sale leaves the rest as debt, and that transfer sends nothing", async () => {
    const a = await makeArtist(h.db, world);
    const admin = await makeUser(h.db, ["ADMIN"]);
    const first = await makePaidOrder(h.db, world, [{ artist: a, unitAmount: 100_000 }]);
    await quiet();
    const bal = await world.payments.stripe.balance.retrieve({}, { stripeAccount: a.connect.stripeAccountId });
    await world.payments.stripe.payouts.create(
      { amount: bal.available.find((b) => b.currency === "eur")!.amount, currency: "eur" },
      { stripeAccount: a.connect.stripeAccountId },
    );
    await (await as(admin.id)).refund.create({ orderItemId: first.items[0]!.id, amount: 100_000 });
    await quiet();
    expect(await balanceOf(h.db, { payee: "ARTIST", payeeId: a.user.id }, "EUR")).toBe(-50_000);
    const second = await makePaidOrder(h.db, world, [{ artist: a, unitAmount: 20_000 }]);
    await quiet();
    expect(await h.db.transfer.findFirstOrThrow({ where: { orderId: second.order.id } })).toMatchObject({ status: "PAID", amount: 0, stripeTransferId: null });
    expect(await balanceOf(h.db, { payee: "ARTIST", payeeId: a.user.id }, "EUR")).toBe(-40_000);
    expect((await h.db.order.findUniqueOrThrow({ where: { id: first.order.id } })).status).toBe("REFUNDED");
  });

  it("random sequences of partial refunds keep every invariant to the minor unit", async () => {
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const admin = await makeUser(h.db, ["ADMIN"]);
    for (let round = 0; round < 3; round++) {
      const a = await makeArtist(h.db, world);
      const b = await makeArtist(h.db, world);
      const { order, items } = await makePaidOrder(h.db, world, [
        { artist: a, unitAmount: 1 + rand(90_000), shippingAmount: rand(3_000) },
        { artist: b, kind: "EDITION", unitAmount: 1 + rand(20_000), quantity: 1 + rand(3), shippingAmount: rand(900) },
        { artist: a, unitAmount: 1 + rand(5_000), commissionBps: rand(10_001) },
      ]);
      if (round % 2 === 0) await quiet(); // odd rounds refund before the transfer went
      for (let k = 0; k < 6; k++) {
        const item = await h.db.orderItem.findUniqueOrThrow({ where: { id: items[rand(items.length)]!.id } });
        const left = item.subtotalAmount + item.shippingAmount - item.refundedAmount;
        if (left === 0) continue;
        await (await as(admin.id)).refund.create({ orderItemId: item.id, amount: 1 + rand(left) });
        if (rand(2)) await quiet();
      }
      await quiet();
      await expectInvariants(order.id, [a.user.id, b.user.id]);
      for (const r of await h.db.refund.findMany({ where: { orderId: order.id } })) {
        expect(r.status).toBe("SUCCEEDED");
        if (r.reversedAmount || r.debtAmount) expect(r.reversedAmount + r.debtAmount).toBe(r.artistAmount);
      }
    }
  });

  it("a refund made in Stripe's dashboard becomes STRIPE refunds allocated over the items in order; our own refunds echoing back are ignored", async () => {
    const a = await makeArtist(h.db, world);
    const admin = await makeUser(h.db, ["ADMIN"]);
    const { order, items } = await makePaidOrder(h.db, world, [
      { artist: a, unitAmount: 3_000 },
      { artist: a, unitAmount: 7_000 },
    ]);
    await quiet();
    await (await as(admin.id)).refund.create({ orderItemId: items[1]!.id, amount: 1_000 });
    await quiet();
    // the dashboard: 4 000 over a charge whose first item has 3 000 left → 3 000 on item 1, 1 000 on item 2
    await world.payments.stripe.refunds.create({ charge: order.stripeChargeId, amount: 4_000 });
    for (let i = 0; i < 3; i++) {
      await world.settle();
      await quiet();
    }
    const refunds = await h.db.refund.findMany({ where: { orderId: order.id }, orderBy: { createdAt: "asc" } });
    expect(refunds.map((r) => [r.source, r.orderItemId, r.amount, r.status])).toEqual([
      ["ADMIN", items[1]!.id, 1_000, "SUCCEEDED"],
      ["STRIPE", items[0]!.id, 3_000, "SUCCEEDED"],
      ["STRIPE", items[1]!.id, 1_000, "SUCCEEDED"],
    ]);
    expect((await world.payments.stripe.charges.retrieve(order.stripeChargeId)).amount_refunded).toBe(5_000);
    expect((await h.db.orderItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).status).toBe("REFUNDED");
    await expectInvariants(order.id, [a.user.id]);
  });
});
