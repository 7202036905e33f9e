import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { available, errorOf, startWorld, type World } from "./support.ts";

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(() => w?.close());

const about = (id: string) => (e: Stripe.Event) => (e.data.object as { id: string }).id === id;

describe("refunds", () => {
  it("partial then full, by charge or payment_intent; over the remainder refused; transfers untouched; charge.refunded + refund.created", async () => {
    const a = await w.onboarded();
    const ch = await w.paidCharge(10_000);
    const tr = await w.stripe.transfers.create({ amount: 5_000, currency: "eur", destination: a.id, source_transaction: ch.id });
    const platformBefore = await available(w.stripe, undefined);
    const r1 = await w.stripe.refunds.create({ charge: ch.id, amount: 3_000, metadata: { order_item: "oi_1" } }, { idempotencyKey: `refund-${ch.id}-1` });
    expect(r1).toMatchObject({
      object: "refund",
      amount: 3_000,
      charge: ch.id,
      payment_intent: ch.payment_intent,
      status: "succeeded",
      transfer_reversal: null,
    });
    expect(r1.metadata).toEqual({ order_item: "oi_1" });
    const same = await w.stripe.refunds.create({ charge: ch.id, amount: 3_000, metadata: { order_item: "oi_1" } }, { idempotencyKey: `refund-${ch.id}-1` });
    expect(same.id).toBe(r1.id);
    expect(await w.stripe.charges.retrieve(ch.id)).toMatchObject({ amount_refunded: 3_000, refunded: false });
    expect(await available(w.stripe, undefined)).toBe(platformBefore - 3_000);
    const over = await errorOf(w.stripe.refunds.create({ payment_intent: ch.payment_intent as string, amount: 7_001 }));
    expect(over).toMatchObject({ statusCode: 400, code: "amount_too_large", param: "amount" });
    expect(over.message).toBe("Refund amount (€70.01) is greater than unrefunded amount on charge (€70.00)");
    const r2 = await w.stripe.refunds.create({ payment_intent: ch.payment_intent as string });
    expect(r2.amount).toBe(7_000);
    const full = await w.stripe.charges.retrieve(ch.id, { expand: ["refunds"] });
    expect(full).toMatchObject({ amount_refunded: 10_000, refunded: true });
    expect(full.refunds!.data.map((r) => r.id)).toEqual([r2.id, r1.id]);
    expect((await errorOf(w.stripe.refunds.create({ charge: ch.id }))).code).toBe("charge_already_refunded");
    // Stripe's rule: refunding the charge does not touch its transfers
    expect(await w.stripe.transfers.retrieve(tr.id)).toMatchObject({ amount_reversed: 0 });
    expect(await available(w.stripe, a.id)).toBe(5_000);
    const refunded = await w.eventsOf("charge.refunded", about(ch.id));
    expect(refunded.map((e) => (e.data.object as Stripe.Charge).amount_refunded)).toEqual([3_000, 10_000]);
    expect(refunded[0]!.data.previous_attributes).toEqual({ amount_refunded: 0, refunded: false });
    expect(refunded[0]!.request).toMatchObject({ idempotency_key: `refund-${ch.id}-1` });
    expect(await w.eventsOf("refund.created", about(r1.id))).toHaveLength(1);
    const updated = await w.stripe.refunds.update(r1.id, { metadata: { note: "late" } });
    expect(updated.metadata).toEqual({ order_item: "oi_1", note: "late" });
    expect(await w.eventsOf("refund.updated", about(r1.id))).toHaveLength(1);
  });

  it("a dashboard refund (sandbox helper) sends the same charge.refunded, with no API request behind it", async () => {
    const ch = await w.paidCharge(4_000);
    const res = await w.helper(`/__sandbox/charges/${ch.id}/refund`, { amount: 1_500, reason: "requested_by_customer" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ object: "refund", amount: 1_500, reason: "requested_by_customer" });
    const [event] = await w.eventsOf("charge.refunded", about(ch.id));
    expect(event!.request).toEqual({ id: null, idempotency_key: null });
    expect((event!.data.object as Stripe.Charge).amount_refunded).toBe(1_500);
    const tooMuch = await w.helper(`/__sandbox/charges/${ch.id}/refund`, { amount: 2_501 });
    expect(tooMuch.status).toBe(400);
  });
});

describe("disputes (sandbox helpers)", () => {
  it("opening debits the platform (amount + fee) and flags the charge; refunds are refused while it is open; lost keeps the money taken", async () => {
    const ch = await w.paidCharge(8_000);
    const before = await available(w.stripe, undefined);
    const opened = await w.helper(`/__sandbox/charges/${ch.id}/dispute`, { reason: "fraudulent" });
    expect(opened.status).toBe(200);
    const d = opened.body as unknown as Stripe.Dispute;
    expect(d).toMatchObject({ object: "dispute", charge: ch.id, amount: 8_000, status: "needs_response", reason: "fraudulent", is_charge_refundable: false });
    expect(d.balance_transactions[0]).toMatchObject({ amount: -8_000, fee: 1_500, net: -9_500, type: "adjustment", reporting_category: "dispute" });
    expect(await available(w.stripe, undefined)).toBe(before - 9_500);
    expect(await w.stripe.charges.retrieve(ch.id)).toMatchObject({ disputed: true });
    expect(await w.eventsOf("charge.dispute.created", about(d.id))).toHaveLength(1);
    expect((await errorOf(w.stripe.refunds.create({ charge: ch.id, amount: 100 }))).code).toBe("charge_disputed");
    const again = await w.helper(`/__sandbox/charges/${ch.id}/dispute`);
    expect(again.status).toBe(400);

    const evidence = await w.stripe.disputes.update(d.id, { evidence: { uncategorized_text: "Delivered with signature" }, metadata: { order: "o1" } });
    expect(evidence).toMatchObject({ status: "under_review", evidence_details: { has_evidence: true, submission_count: 1 } });
    const lost = await w.helper(`/__sandbox/disputes/${d.id}/close`, { outcome: "lost" });
    expect(lost.body).toMatchObject({ status: "lost" });
    const [closed] = await w.eventsOf("charge.dispute.closed", about(d.id));
    expect((closed!.data.object as Stripe.Dispute).status).toBe("lost");
    expect(await available(w.stripe, undefined)).toBe(before - 9_500);
    expect((await w.helper(`/__sandbox/disputes/${d.id}/close`, { outcome: "won" })).status).toBe(400);
  });

  it("won gives the disputed amount back (the fee stays), with charge.dispute.funds_reinstated; the API's close accepts the loss", async () => {
    const ch = await w.paidCharge(3_000);
    const before = await available(w.stripe, undefined);
    const d = (await w.helper(`/__sandbox/charges/${ch.id}/dispute`, { reason: "product_not_received", amount: 2_000 })).body as unknown as Stripe.Dispute;
    const won = (await w.helper(`/__sandbox/disputes/${d.id}/close`, { outcome: "won" })).body as unknown as Stripe.Dispute;
    expect(won).toMatchObject({ status: "won", is_charge_refundable: true });
    expect(won.balance_transactions.map((t) => t.amount)).toEqual([-2_000, 2_000]);
    expect(await available(w.stripe, undefined)).toBe(before - 1_500);
    expect(await w.eventsOf("charge.dispute.funds_reinstated", about(d.id))).toHaveLength(1);
    expect(await w.eventsOf("charge.dispute.closed", about(d.id))).toHaveLength(1);

    const other = await w.paidCharge(1_000);
    const d2 = (await w.helper(`/__sandbox/charges/${other.id}/dispute`)).body as unknown as Stripe.Dispute;
    expect(await w.stripe.disputes.close(d2.id)).toMatchObject({ status: "lost" });
    expect((await w.stripe.disputes.list({ charge: other.id })).data.map((x) => x.id)).toEqual([d2.id]);
  });
});
