import type { Db } from "@atelier/db";
import { createTestDatabase, type TestDatabase } from "@atelier/db/testing";
import { startStripeSandbox, type StripeSandbox } from "@atelier/stripe-sandbox";
import { InngestTestEngine } from "@inngest/test";
import { Inngest } from "inngest";
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConnectAccount } from "../src/functions/create-connect-account.ts";
import { syncConnectAccountJob } from "../src/functions/sync-connect-account.ts";
import { syncPayoutJob } from "../src/functions/sync-payout.ts";
import { outboxMailer, toInngestFunction, type JobDeps } from "../src/index.ts";
import { sandboxStripe } from "@atelier/core/payments/stripe-client";

/** Each payments function as a real Inngest function, run by @inngest/test against the local Stripe sandbox. */
let database: TestDatabase;
let db: Db;
let sandbox: StripeSandbox;
let stripe: Stripe;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  sandbox = await startStripeSandbox({ log: () => {}, payoutDelayMs: 3_600_000 });
  stripe = sandboxStripe(sandbox.url, { maxNetworkRetries: 0 });
});
afterAll(async () => {
  await sandbox?.close();
  await database?.dispose();
});

const inngest = new Inngest({ id: "atelier-test", isDev: true });
const deps = (): JobDeps => ({
  db,
  mailer: outboxMailer,
  now: () => new Date(),
  stripe,
  appUrl: "http://atelier.test",
  events: { consumes: () => false, send: async () => ({ ids: [] }) },
});
let n = 0;

async function artist(country = "IE") {
  const user = await db.user.create({
    data: { email: `fn-artist-${++n}-${Date.now()}@test.atelier`, name: "Fn Artist", roles: { create: [{ role: "ARTIST" }, { role: "BUYER" }] } },
  });
  const profile = await db.artistProfile.create({
    data: { userId: user.id, slug: `fn-artist-${n}-${user.id.slice(-6)}`, displayName: `Fn Artist ${n}`, country },
  });
  return { user, profile };
}

async function storedEvent(type: string, account: string, objectId: string) {
  const id = `evt_fn_${++n}_${Date.now()}`;
  await db.stripeEvent.create({ data: { id, type, account, livemode: false, payload: { id, type }, stripeCreatedAt: new Date() } });
  return { name: `stripe/${type}`, id, data: { stripeEventId: id, type, account, objectId } };
}

describe("create-connect-account (@inngest/test)", () => {
  it("opens the artist's Express account in one step", async () => {
    const { user, profile } = await artist("FR");
    const t = new InngestTestEngine({
      function: toInngestFunction(inngest, createConnectAccount, deps),
      events: [{ name: "atelier/artist.approved", data: { userId: user.id, profileId: profile.id } }] as never,
    });
    const { result, ctx } = await t.execute();
    expect(ctx.step.run).toHaveBeenCalledWith("create-account", expect.any(Function));
    const row = await db.connectAccount.findUniqueOrThrow({ where: { userId: user.id } });
    expect(result).toEqual({ stripeAccountId: row.stripeAccountId });
    expect((await stripe.accounts.retrieve(row.stripeAccountId)).country).toBe("FR");
  });
});

describe("sync-connect-account (@inngest/test)", () => {
  it("stores the onboarded state, marks the event processed and sends the ready mail once", async () => {
    const { user } = await artist();
    const acct = await stripe.accounts.create({
      type: "express",
      country: "IE",
      capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
    });
    await db.connectAccount.create({ data: { userId: user.id, stripeAccountId: acct.id, country: "IE" } });
    await fetch(`${sandbox.url}/__sandbox/accounts/${acct.id}/complete_onboarding`, { method: "POST" });
    const event = await storedEvent("account.updated", acct.id, acct.id);
    // step.sendEvent is mocked (no Inngest server here); the in-process runner test covers real delivery
    const t = new InngestTestEngine({
      function: toInngestFunction(inngest, syncConnectAccountJob, deps),
      events: [event] as never,
      steps: [
        { id: "mail-ready", handler: () => ({ ids: [] }) },
        { id: "unpark", handler: () => ({ ids: [] }) },
      ],
    });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ stripeAccountId: acct.id, ready: true });
    // a payable account retries the artist's parked transfers (money, unpark-transfers)
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("unpark", [expect.objectContaining({ name: "atelier/transfers.unparked", data: { userId: user.id } })]);
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("mail-ready", [
      expect.objectContaining({ name: "atelier/email.requested", id: `payouts-ready:${acct.id}` }),
    ]);
    expect(await db.connectAccount.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({
      detailsSubmitted: true,
      chargesEnabled: true,
      payoutsEnabled: true,
    });
    expect(await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "PROCESSED", lastError: null });
  });

  it("fails (Inngest retries the step) for an account not stored yet, and leaves the event unprocessed", async () => {
    const acct = await stripe.accounts.create({ type: "express", country: "IE" });
    const event = await storedEvent("account.updated", acct.id, acct.id);
    const t = new InngestTestEngine({ function: toInngestFunction(inngest, syncConnectAccountJob, deps), events: [event] as never });
    const { error } = await t.execute();
    expect(JSON.stringify(error)).toContain("not known yet");
    // Inngest keeps step errors to itself until the step's retries are spent (its dashboard shows
    // them); the in-process runner records each attempt's error on the row (packages/api tests)
    expect((await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).status).toBe("RECEIVED");
    expect(await db.connectAccount.count({ where: { stripeAccountId: acct.id } })).toBe(0);
  });
});

describe("sync-payout (@inngest/test)", () => {
  it("mirrors a connected account's payout and mails when it is paid", async () => {
    const { user } = await artist();
    const acct = await stripe.accounts.create({ type: "express", country: "IE", capabilities: { transfers: { requested: true } } });
    await fetch(`${sandbox.url}/__sandbox/accounts/${acct.id}/complete_onboarding`, { method: "POST" });
    await db.connectAccount.create({ data: { userId: user.id, stripeAccountId: acct.id, country: "IE" } });
    const pi = await stripe.paymentIntents.create({ amount: 9_000, currency: "eur", payment_method: "pm_card_visa", confirm: true });
    await stripe.transfers.create({ amount: 4_000, currency: "eur", destination: acct.id, source_transaction: pi.latest_charge as string });
    const po = await stripe.payouts.create({ amount: 4_000, currency: "eur" }, { stripeAccount: acct.id });
    await fetch(`${sandbox.url}/__sandbox/payouts/${po.id}/pay`, { method: "POST" });
    const event = await storedEvent("payout.paid", acct.id, po.id);
    const t = new InngestTestEngine({
      function: toInngestFunction(inngest, syncPayoutJob, deps),
      events: [event] as never,
      steps: [{ id: "mail-paid", handler: () => ({ ids: [] }) }],
    });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ payoutId: po.id, status: "PAID" });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("mail-paid", [expect.objectContaining({ id: `payout-paid:${po.id}` })]);
    expect(await db.payout.findUniqueOrThrow({ where: { stripePayoutId: po.id } })).toMatchObject({ amount: 4_000, currency: "eur", status: "PAID" });
  });

  it("skips the platform's own payouts", async () => {
    const event = await storedEvent("payout.paid", "", "po_platform");
    const t = new InngestTestEngine({
      function: toInngestFunction(inngest, syncPayoutJob, deps),
      events: [{ ...event, data: { ...event.data, account: null } }] as never,
    });
    const { result } = await t.execute();
    expect(result).toEqual({ skipped: "platform payout" });
  });
});
