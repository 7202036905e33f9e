import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transfersUnparkedEvent } from "@atelier/events";
import { balanceOf } from "@atelier/core/ledger/balances";
import { useTestDatabase } from "../harness.ts";
import { makeArtist, makePaidOrder, startMoneyWorld, sumsByKind, type MoneyWorld } from "./fixtures.ts";

/** order.paid → one transfer per recipient, through the sandbox: source_transaction, transfer_group, idempotency, faults, parking. */
const h = useTestDatabase();
let world: MoneyWorld;
beforeAll(async () => {
  world = await startMoneyWorld(h.db);
});
afterAll(() => world?.close());

async function runJobsUntilQuiet(maxRounds = 20) {
  for (let i = 0; i < maxRounds; i++) {
    const r = await world.drain();
    if (r.ran === 0) {
      const due = await h.db.jobRun.findFirst({ where: { status: "QUEUED" }, orderBy: { runAt: "asc" } });
      if (!due) return;
      world.clock.now = new Date(due.runAt.getTime() + 1);
    }
  }
}

describe("transfer-order", () => {
  it("sends one transfer per recipient with source_transaction = the charge and transfer_group = the order, and records TRANSFER lines settling the sales", async () => {
    const a = await makeArtist(h.db, world);
    const b = await makeArtist(h.db, world);
    const { order, items } = await makePaidOrder(h.db, world, [
      { artist: a, unitAmount: 120_000, shippingAmount: 2_500 },
      { artist: a, kind: "EDITION", unitAmount: 9_999, quantity: 2 },
      { artist: b, unitAmount: 45_001 },
    ]);
    await runJobsUntilQuiet();
    const transfers = await h.db.transfer.findMany({ where: { orderId: order.id } });
    expect(transfers).toHaveLength(2);
    const byRecipient = Object.fromEntries(transfers.map((t) => [t.recipientId, t]));
    const expectedA = items.filter((i) => i.sellerId === a.user.id).reduce((s, i) => s + i.artistAmount, 0);
    expect(byRecipient[a.user.id]).toMatchObject({ status: "PAID", amount: expectedA, idempotencyKey: `transfer-${order.id}-${a.user.id}` });
    const st = await world.payments.stripe.transfers.retrieve(byRecipient[a.user.id]!.stripeTransferId!);
    expect(st).toMatchObject({ amount: expectedA, source_transaction: order.stripeChargeId, transfer_group: order.id, destination: a.connect.stripeAccountId });
    expect(st.metadata).toMatchObject({ atelier_transfer_id: byRecipient[a.user.id]!.id, atelier_order_id: order.id });
    expect(await balanceOf(h.db, { payee: "ARTIST", payeeId: a.user.id }, "EUR")).toBe(0);
    expect(await balanceOf(h.db, { payee: "ARTIST", payeeId: b.user.id }, "EUR")).toBe(0);
    const line = await h.db.ledgerEntry.findFirstOrThrow({ where: { transferId: byRecipient[a.user.id]!.id }, include: { settles: true } });
    expect(line).toMatchObject({ kind: "TRANSFER", amount: -expectedA });
    expect(line.settles.reduce((s, x) => s + x.amount, 0)).toBe(expectedA);
    // a repeated order.paid changes nothing
    await world.jobDeps.events.send({ name: "atelier/order.paid", data: { orderId: order.id }, id: `again-${order.id}` });
    await runJobsUntilQuiet();
    expect((await world.payments.stripe.transfers.list({ transfer_group: order.id })).data).toHaveLength(2);
  });

  for (const [label, fault] of [
    ["500 before Stripe did the work", { when: "before", mode: "500" }],
    ["500 after Stripe did the work (response lost)", { when: "after", mode: "500" }],
    ["a timeout before Stripe did the work", { when: "before", mode: "hang" }],
    ["a timeout after Stripe did the work", { when: "after", mode: "hang" }],
  ] as const) {
    it(`transfers.create answering ${label} is retried and makes exactly one transfer`, async () => {
      const a = await makeArtist(h.db, world);
      world.proxy.fault({ method: "POST", pathPrefix: "/v1/transfers", ...fault, count: 2 });
      const { order, items } = await makePaidOrder(h.db, world, [{ artist: a, unitAmount: 30_000 }]);
      await runJobsUntilQuiet();
      world.proxy.clearFaults();
      const stripeTransfers = (await world.payments.stripe.transfers.list({ transfer_group: order.id })).data;
      expect(stripeTransfers).toHaveLength(1);
      const t = await h.db.transfer.findFirstOrThrow({ where: { orderId: order.id } });
      expect(t).toMatchObject({ status: "PAID", amount: items[0]!.artistAmount, stripeTransferId: stripeTransfers[0]!.id });
      expect(t.attempts).toBeGreaterThanOrEqual(2);
      expect(await h.db.ledgerEntry.count({ where: { transferId: t.id } })).toBe(1);
      expect(await balanceOf(h.db, { payee: "ARTIST", payeeId: a.user.id }, "EUR")).toBe(0);
    });
  }

  it("parks the transfer of an artist who can't be paid yet, with the reason, and sends it when account.updated makes them payable", async () => {
    const a = await makeArtist(h.db, world, { onboarded: false });
    const { order, items } = await makePaidOrder(h.db, world, [{ artist: a, unitAmount: 50_000 }]);
    await runJobsUntilQuiet();
    const parked = await h.db.transfer.findFirstOrThrow({ where: { orderId: order.id } });
    expect(parked).toMatchObject({ status: "PARKED", parkedReason: "The artist has not finished Stripe onboarding.", amount: items[0]!.artistAmount });
    expect(await balanceOf(h.db, { payee: "ARTIST", payeeId: a.user.id }, "EUR")).toBe(items[0]!.artistAmount);

    // the artist onboards in the sandbox → account.updated (signed webhook) → sync-connect-account → transfers.unparked → unpark-transfers
    await fetch(`${world.sandbox.url}/__sandbox/accounts/${a.connect.stripeAccountId}/complete_onboarding`, { method: "POST" });
    for (let i = 0; i < 5; i++) {
      await world.settle();
      await runJobsUntilQuiet();
    }
    expect(await h.db.transfer.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: "PAID", parkedReason: null });
    expect(await balanceOf(h.db, { payee: "ARTIST", payeeId: a.user.id }, "EUR")).toBe(0);
    const unpark = await h.db.jobRun.findFirst({ where: { functionId: "unpark-transfers", status: "SUCCEEDED" } });
    expect(unpark).not.toBeNull();
  });

  it("a transfers.unparked for an artist still not payable keeps the transfer parked", async () => {
    const a = await makeArtist(h.db, world, { onboarded: false });
    const { order } = await makePaidOrder(h.db, world, [{ artist: a, unitAmount: 10_000 }]);
    await runJobsUntilQuiet();
    await world.jobDeps.events.send(transfersUnparkedEvent(a.user.id, "manual"));
    await runJobsUntilQuiet();
    expect((await h.db.transfer.findFirstOrThrow({ where: { orderId: order.id } })).status).toBe("PARKED");
    expect((await sumsByKind(h.db, a.user.id)).TRANSFER ?? 0).toBe(0);
  });
});
