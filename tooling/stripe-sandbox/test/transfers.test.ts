import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { available, errorOf, startWorld, type World } from "./support.ts";

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(() => w?.close());

describe("transfers (separate charges and transfers)", () => {
  it("moves money to the connected account's available balance, with source_transaction, group and metadata", async () => {
    const a = await w.onboarded();
    const ch = await w.paidCharge(10_000, "eur", "order_t1");
    const tr = await w.stripe.transfers.create({
      amount: 4_000,
      currency: "eur",
      destination: a.id,
      source_transaction: ch.id,
      transfer_group: "order_t1",
      metadata: { order_id: "order_t1", recipient: "artist_1" },
    });
    expect(tr).toMatchObject({
      object: "transfer",
      amount: 4_000,
      destination: a.id,
      source_transaction: ch.id,
      transfer_group: "order_t1",
      amount_reversed: 0,
    });
    expect(tr.metadata).toEqual({ order_id: "order_t1", recipient: "artist_1" });
    expect(await available(w.stripe, a.id)).toBe(4_000);
    expect(await w.eventsOf("transfer.created", (e) => (e.data.object as { id: string }).id === tr.id)).toHaveLength(1);
    const second = await w.stripe.transfers.create({
      amount: 6_000,
      currency: "eur",
      destination: a.id,
      source_transaction: ch.id,
      transfer_group: "order_t1",
    });
    const listed = await w.stripe.transfers.list({ transfer_group: "order_t1" });
    expect(listed.data.map((t) => t.id)).toEqual([second.id, tr.id]);
    expect((await w.stripe.transfers.list({ transfer_group: "order_other" })).data).toEqual([]);
  });

  it("refuses transfers that would add up to more than their source charge", async () => {
    const a = await w.onboarded();
    const ch = await w.paidCharge(5_000);
    await w.stripe.transfers.create({ amount: 3_000, currency: "eur", destination: a.id, source_transaction: ch.id });
    const e = await errorOf(w.stripe.transfers.create({ amount: 2_001, currency: "eur", destination: a.id, source_transaction: ch.id }));
    expect(e).toMatchObject({ statusCode: 400, code: "balance_insufficient" });
    expect(e.message).toContain("€20.00 of €50.00");
    await w.stripe.transfers.create({ amount: 2_000, currency: "eur", destination: a.id, source_transaction: ch.id });
  });

  it("refuses a destination without an active transfers capability, with Stripe's error", async () => {
    const a = await w.stripe.accounts.create({ type: "express", country: "IE", capabilities: { transfers: { requested: true } } });
    const ch = await w.paidCharge(1_000);
    const e = await errorOf(w.stripe.transfers.create({ amount: 500, currency: "eur", destination: a.id, source_transaction: ch.id }));
    expect(e).toMatchObject({ statusCode: 400, code: "insufficient_capabilities_for_transfer", param: "destination" });
    expect(e.message).toContain("transfers, crypto_transfers, legacy_payments");
  });
});

describe("Idempotency-Key", () => {
  it("same key + same params → the same transfer for 24 hours; other params → idempotency_error; after 24 h the key is free", async () => {
    const a = await w.onboarded();
    const ch = await w.paidCharge(9_000);
    const p = { amount: 1_000, currency: "eur", destination: a.id, source_transaction: ch.id, transfer_group: "order_idem" };
    const key = `transfer-order_idem-${a.id}`;
    const first = await w.stripe.transfers.create(p, { idempotencyKey: key });
    w.sandbox.advanceClock(23 * 3_600 + 59 * 60);
    const again = await w.stripe.transfers.create(p, { idempotencyKey: key });
    expect(again.id).toBe(first.id);
    const other = await errorOf(w.stripe.transfers.create({ ...p, amount: 1_001 }, { idempotencyKey: key }));
    expect(other).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect((await w.stripe.transfers.list({ transfer_group: "order_idem" })).data).toHaveLength(1);
    w.sandbox.advanceClock(60);
    const later = await w.stripe.transfers.create(p, { idempotencyKey: key });
    expect(later.id).not.toBe(first.id);
  });
});

describe("reversals and payouts", () => {
  it("reverses from the connected balance, and refuses with balance_insufficient once a payout took the money", async () => {
    const a = await w.onboarded();
    const ch = await w.paidCharge(10_000);
    const tr = await w.stripe.transfers.create({ amount: 6_000, currency: "eur", destination: a.id, source_transaction: ch.id });
    const rev = await w.stripe.transfers.createReversal(tr.id, { amount: 1_000, metadata: { refund: "re_1" } }, { idempotencyKey: `rev-${tr.id}-1` });
    expect(rev).toMatchObject({ object: "transfer_reversal", amount: 1_000, transfer: tr.id, metadata: { refund: "re_1" } });
    const replay = await w.stripe.transfers.createReversal(tr.id, { amount: 1_000, metadata: { refund: "re_1" } }, { idempotencyKey: `rev-${tr.id}-1` });
    expect(replay.id).toBe(rev.id);
    expect(await w.stripe.transfers.retrieve(tr.id)).toMatchObject({ amount_reversed: 1_000, reversed: false });
    expect(await available(w.stripe, a.id)).toBe(5_000);
    expect(await w.eventsOf("transfer.reversed", (e) => (e.data.object as { id: string }).id === tr.id)).toHaveLength(1);

    const po = await w.stripe.payouts.create({ amount: 4_500, currency: "eur" }, { stripeAccount: a.id });
    expect(po).toMatchObject({ status: "pending", amount: 4_500 });
    expect(await available(w.stripe, a.id)).toBe(500);
    const refused = await errorOf(w.stripe.transfers.createReversal(tr.id, { amount: 1_000 }));
    expect(refused).toMatchObject({ statusCode: 400, code: "balance_insufficient" });
    expect(refused.message).toContain("available balance is €5.00");
    expect(await w.stripe.transfers.retrieve(tr.id)).toMatchObject({ amount_reversed: 1_000 });
    await w.stripe.transfers.createReversal(tr.id, { amount: 500 });
    expect(await available(w.stripe, a.id)).toBe(0);
    expect(await available(w.stripe, undefined)).toBeGreaterThan(0);

    // a failed payout gives the money back, and a reversal can then be made
    await w.helper(`/__sandbox/payouts/${po.id}/fail`);
    expect(await available(w.stripe, a.id)).toBe(4_500);
    const more = await w.stripe.transfers.createReversal(tr.id, { amount: 4_500 });
    expect(more.amount).toBe(4_500);
    expect(await w.stripe.transfers.retrieve(tr.id)).toMatchObject({ amount_reversed: 6_000, reversed: true });
    expect((await w.stripe.transfers.listReversals(tr.id)).data).toHaveLength(3);
  });
});
