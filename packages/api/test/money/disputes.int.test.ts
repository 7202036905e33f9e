import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stripeCatalogueEvent } from "@atelier/events";
import { balanceOf } from "@atelier/core/ledger/balances";
import { useTestDatabase } from "../harness.ts";
import { makeArtist, makePaidOrder, startMoneyWorld, sumsByKind, type MoneyWorld } from "./fixtures.ts";

/**
 * Disputes. Main's sandbox has no disputes yet, so the test registers a Stripe-shaped dispute with the
 * proxy (GET /v1/disputes/:id) and hands the stored event over as the webhook ingest would.
 */
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

let k = 0;
async function disputeEvent(type: string, dispute: Record<string, unknown> & { id: string }) {
  world.proxy.addDispute(dispute);
  const id = `evt_dispute_${++k}_${Date.now()}`;
  await h.db.stripeEvent.create({
    data: {
      id,
      type,
      livemode: false,
      payload: JSON.parse(JSON.stringify({ id, type, data: { object: dispute } })) as object,
      status: "RECEIVED",
      stripeCreatedAt: new Date(),
    },
  });
  await world.jobDeps.events.send(stripeCatalogueEvent({ stripeEventId: id, type, account: null, objectId: dispute.id }, id));
  await quiet();
}

const dispute = (id: string, charge: string, amount: number, status: string, fee = 0) => ({
  id,
  object: "dispute",
  amount,
  charge,
  currency: "eur",
  reason: "fraudulent",
  status,
  created: Math.floor(Date.now() / 1000),
  balance_transactions: fee ? [{ id: `txn_${id}`, object: "balance_transaction", amount: -amount - fee, fee, currency: "eur" }] : [],
});

describe("handle-dispute", () => {
  it("created: flags the order, parks its transfers, mails admin and artist; won: the transfer goes", async () => {
    const a = await makeArtist(h.db, world);
    const { order, items } = await makePaidOrder(h.db, world, [{ artist: a, unitAmount: 60_000 }], { sendPaid: false });
    await disputeEvent("charge.dispute.created", dispute("dp_won_1", order.stripeChargeId, 60_000, "needs_response"));
    expect(await h.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ disputed: true });
    expect(await h.db.dispute.findUniqueOrThrow({ where: { stripeDisputeId: "dp_won_1" } })).toMatchObject({ status: "OPEN", amount: 60_000 });
    expect(await h.db.emailOutbox.count({ where: { template: "dispute-opened", toEmail: a.user.email } })).toBe(1);

    await world.jobDeps.events.send({ name: "atelier/order.paid", data: { orderId: order.id }, id: `paid-${order.id}` });
    await quiet();
    expect(await h.db.transfer.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      status: "PARKED",
      parkedReason: expect.stringContaining("dispute"),
    });

    await disputeEvent("charge.dispute.closed", dispute("dp_won_1", order.stripeChargeId, 60_000, "won"));
    expect(await h.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ disputed: false });
    expect(await h.db.transfer.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: "PAID", amount: items[0]!.artistAmount });
    expect(await balanceOf(h.db, { payee: "ARTIST", payeeId: a.user.id }, "EUR")).toBe(0);
  });

  it("lost before the transfer: treated as a full refund — platform DISPUTE −(its share + fee), the artist's share netted, nothing sent", async () => {
    const a = await makeArtist(h.db, world);
    const { order, items } = await makePaidOrder(h.db, world, [{ artist: a, unitAmount: 60_000 }], { sendPaid: false });
    await disputeEvent("charge.dispute.created", dispute("dp_lost_1", order.stripeChargeId, 60_000, "needs_response", 1_500));
    await world.jobDeps.events.send({ name: "atelier/order.paid", data: { orderId: order.id }, id: `paid-${order.id}` });
    await quiet();
    expect((await h.db.transfer.findFirstOrThrow({ where: { orderId: order.id } })).status).toBe("PARKED");
    await disputeEvent("charge.dispute.closed", dispute("dp_lost_1", order.stripeChargeId, 60_000, "lost", 1_500));
    const d = await h.db.dispute.findUniqueOrThrow({ where: { stripeDisputeId: "dp_lost_1" } });
    expect(d.status).toBe("LOST");
    const platform = await h.db.ledgerEntry.findFirstOrThrow({ where: { disputeId: d.id, payee: "PLATFORM" } });
    expect(platform.amount).toBe(-(items[0]!.commissionAmount + 1_500));
    expect(await h.db.transfer.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: "PAID", amount: 0 });
    expect(await sumsByKind(h.db, a.user.id)).toMatchObject({ SALE: items[0]!.artistAmount, DISPUTE: -items[0]!.artistAmount });
    expect(await balanceOf(h.db, { payee: "ARTIST", payeeId: a.user.id }, "EUR")).toBe(0);
  });

  it("lost after the transfer: the artist's share is reversed", async () => {
    const a = await makeArtist(h.db, world);
    const { order, items } = await makePaidOrder(h.db, world, [{ artist: a, unitAmount: 20_000 }]);
    await quiet();
    await disputeEvent("charge.dispute.created", dispute("dp_lost_2", order.stripeChargeId, 20_000, "needs_response"));
    await disputeEvent("charge.dispute.closed", dispute("dp_lost_2", order.stripeChargeId, 20_000, "lost"));
    const t = await h.db.transfer.findFirstOrThrow({ where: { orderId: order.id } });
    expect(t).toMatchObject({ status: "PAID", amount: items[0]!.artistAmount, reversedAmount: items[0]!.artistAmount });
    expect(await balanceOf(h.db, { payee: "ARTIST", payeeId: a.user.id }, "EUR")).toBe(0);
  });
});
