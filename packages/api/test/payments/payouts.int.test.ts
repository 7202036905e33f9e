import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { startPaymentsWorld, type PaymentsWorld } from "./world.ts";

/** Connected-account payouts → Payout records through webhooks and the sync-payout job. */
const h = useTestDatabase();
let world: PaymentsWorld;
beforeAll(async () => {
  world = await startPaymentsWorld(h.db);
});
afterAll(() => world?.close());

/** An onboarded artist whose Stripe balance holds `amount` (a real charge on the platform, transferred). */
async function fundedArtist(amount: number) {
  const user = await makeUser(h.db, ["ARTIST", "BUYER"]);
  await h.db.artistProfile.create({ data: { userId: user.id, slug: `payee-${user.id.slice(-8)}`, displayName: "Payee Artist", country: "IE" } });
  const { stripe } = world.payments;
  const account = await stripe.accounts.create({
    type: "express",
    country: "IE",
    email: user.email,
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
  });
  await h.db.connectAccount.create({ data: { userId: user.id, stripeAccountId: account.id, country: "IE" } });
  await fetch(`${world.sandbox.url}/__sandbox/accounts/${account.id}/complete_onboarding`, { method: "POST" });
  const pi = await stripe.paymentIntents.create({
    amount: amount * 2,
    currency: "eur",
    payment_method: "pm_card_visa",
    confirm: true,
    automatic_payment_methods: { enabled: true, allow_redirects: "never" },
  });
  await stripe.transfers.create({ amount, currency: "eur", destination: account.id, source_transaction: pi.latest_charge as string });
  await world.settle();
  const asArtist = await callerAs(h.db, user.id, {}, { payments: world.payments, events: world.jobDeps.events });
  return { user, account, asArtist };
}

const payout = (id: string) => h.db.payout.findUniqueOrThrow({ where: { stripePayoutId: id } });

describe("payout sync", () => {
  it("payout.created → PENDING record; paid → PAID and one mail; the artist sees it", async () => {
    const { user, account, asArtist } = await fundedArtist(40_000);
    const po = await world.payments.stripe.payouts.create({ amount: 25_000, currency: "eur" }, { stripeAccount: account.id });
    await world.settle();
    expect(await payout(po.id)).toMatchObject({ amount: 25_000, currency: "eur", status: "PENDING" });

    await fetch(`${world.sandbox.url}/__sandbox/payouts/${po.id}/pay`, { method: "POST" });
    await world.settle();
    expect((await payout(po.id)).status).toBe("PAID");
    const mails = await h.db.emailOutbox.findMany({ where: { toEmail: user.email, template: "payout-paid" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Payout of €250.00 sent to your bank");
    const status = await asArtist.artist.payments.status();
    expect(status.payouts).toEqual([expect.objectContaining({ amount: 25_000, status: "PAID" })]);
  });

  it("events in any order converge on Stripe's state and never move a payout backwards", async () => {
    const { account } = await fundedArtist(10_000);
    const po = await world.payments.stripe.payouts.create({ amount: 5_000, currency: "eur" }, { stripeAccount: account.id });
    await fetch(`${world.sandbox.url}/__sandbox/payouts/${po.id}/pay`, { method: "POST" });
    await world.settle();
    expect((await payout(po.id)).status).toBe("PAID");
    // a late payout.created, replayed after paid, leaves it PAID
    const created = await h.db.stripeEvent.findFirstOrThrow({ where: { type: "payout.created", account: account.id } });
    const admin = await makeUser(h.db, ["ADMIN"]);
    await (await callerAs(h.db, admin.id, {}, { events: world.jobDeps.events })).admin.webhook.replay({ id: created.id });
    await world.settle();
    expect((await payout(po.id)).status).toBe("PAID");
    expect(await h.db.payout.count({ where: { stripePayoutId: po.id } })).toBe(1);
  });

  it("a failed payout is recorded with Stripe's reason, and mailed", async () => {
    const { user, account } = await fundedArtist(8_000);
    const po = await world.payments.stripe.payouts.create({ amount: 8_000, currency: "eur" }, { stripeAccount: account.id });
    await fetch(`${world.sandbox.url}/__sandbox/payouts/${po.id}/fail`, { method: "POST" });
    await world.settle();
    const row = await payout(po.id);
    expect(row.status).toBe("FAILED");
    expect(row.failureCode).toBeTruthy();
    expect(await h.db.emailOutbox.count({ where: { toEmail: user.email, template: "payout-failed" } })).toBe(1);
  });
});
