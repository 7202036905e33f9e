import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { startPaymentsWorld, type PaymentsWorld } from "./world.ts";

/**
 * Connect onboarding end to end through real parts: admin approval → the create-connect-account job
 * opens an Express account in the sandbox → the artist onboards on the sandbox → account.updated
 * arrives signed at the webhook route → the sync job re-reads Stripe → the artist can sell.
 */
const h = useTestDatabase();
let world: PaymentsWorld;
beforeAll(async () => {
  world = await startPaymentsWorld(h.db);
});
afterAll(() => world?.close());

async function approvedArtist(country = "FR") {
  const admin = await makeUser(h.db, ["ADMIN", "BUYER"]);
  const user = await makeUser(h.db, ["BUYER"]);
  const app = await h.db.artistApplication.create({
    data: {
      userId: user.id,
      status: "PENDING",
      displayName: `Painter ${user.id.slice(-5)}`,
      statement: "Seascapes in oil.",
      country,
      termsAcceptedAt: new Date(),
      submittedAt: new Date(),
    },
  });
  const asAdmin = await callerAs(h.db, admin.id, {}, { payments: world.payments, events: world.jobDeps.events });
  await asAdmin.admin.application.approve({ id: app.id });
  const asArtist = await callerAs(h.db, user.id, {}, { payments: world.payments, events: world.jobDeps.events });
  return { user, asArtist };
}

async function completeOnboarding(stripeAccountId: string) {
  const res = await fetch(`${world.sandbox.url}/__sandbox/accounts/${stripeAccountId}/complete_onboarding`, { method: "POST" });
  expect(res.ok).toBe(true);
}

describe("Connect onboarding", () => {
  it("approval opens an Express account (country, email, capabilities, MCC 5971); onboarding makes the artist ready to sell", async () => {
    const { user, asArtist } = await approvedArtist("FR");
    expect((await asArtist.artist.payments.status()).state).toBe("not_started");

    await world.drain(); // create-connect-account (+ the welcome mail)
    const row = await h.db.connectAccount.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ country: "FR", detailsSubmitted: false, chargesEnabled: false, payoutsEnabled: false });
    const account = await world.payments.stripe.accounts.retrieve(row.stripeAccountId);
    expect(account).toMatchObject({ type: "express", country: "FR", email: user.email, business_profile: expect.objectContaining({ mcc: "5971" }) });
    expect(Object.keys(account.capabilities ?? {}).sort()).toEqual(["card_payments", "transfers"]);
    expect(account.metadata).toMatchObject({ atelier_user_id: user.id });
    expect((await asArtist.artist.payments.status()).state).toBe("onboarding");

    const { url } = await asArtist.artist.payments.onboardingLink();
    expect(url.startsWith(world.sandbox.url)).toBe(true);
    await completeOnboarding(row.stripeAccountId);
    await world.settle();

    const status = await asArtist.artist.payments.status();
    expect(status).toMatchObject({
      state: "ready",
      canSell: true,
      account: { detailsSubmitted: true, chargesEnabled: true, payoutsEnabled: true, requirementsDue: [] },
    });
    const event = await h.db.stripeEvent.findFirstOrThrow({ where: { type: "account.updated", account: row.stripeAccountId } });
    expect(event).toMatchObject({ status: "PROCESSED", attempts: 1 });
    const mails = await h.db.emailOutbox.findMany({ where: { toEmail: user.email, template: "payouts-ready" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Your payouts are set up on Atelier");

    // the dashboard opens through a login link now
    const dash = await asArtist.artist.payments.dashboardLink();
    expect(dash.url.startsWith(world.sandbox.url)).toBe(true);
  });

  it("a second approval path (the button before the job ran) never opens a second account", async () => {
    const { user, asArtist } = await approvedArtist("DE");
    const [a, b] = await Promise.all([asArtist.artist.payments.onboardingLink(), asArtist.artist.payments.onboardingLink()]);
    expect(a.url).not.toBe(b.url); // fresh link per click
    await world.drain(); // the approval job finds the account
    const rows = await h.db.connectAccount.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    const inSandbox = await world.payments.stripe.accounts.list({ limit: 100 });
    expect(inSandbox.data.filter((x) => x.metadata?.atelier_user_id === user.id)).toHaveLength(1);
  });

  it("account.updated for an account not stored yet is retried until it applies, not dropped", async () => {
    const { user } = await approvedArtist("IE");
    // open the account at Stripe only (as if our insert had not committed yet) and onboard it
    const account = await world.payments.stripe.accounts.create({
      type: "express",
      country: "IE",
      email: user.email,
      capabilities: { transfers: { requested: true }, card_payments: { requested: true } },
    });
    await h.db.jobRun.deleteMany({ where: { functionId: "create-connect-account", payload: { path: ["userId"], equals: user.id } } });
    await completeOnboarding(account.id);
    await world.sandbox.flushWebhooks();
    const first = await world.drain();
    expect(first.retried).toBeGreaterThanOrEqual(1);
    const pending = await h.db.stripeEvent.findFirstOrThrow({ where: { type: "account.updated", account: account.id } });
    expect(pending.status).toBe("RECEIVED");
    expect(pending.lastError).toMatch(/not known yet/);

    await h.db.connectAccount.create({ data: { userId: user.id, stripeAccountId: account.id, country: "IE" } });
    world.clock.advance(60_000);
    await world.drain();
    expect(await h.db.stripeEvent.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ status: "PROCESSED", lastError: null });
    expect(await h.db.connectAccount.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({
      detailsSubmitted: true,
      chargesEnabled: true,
      payoutsEnabled: true,
    });
  });

  it("deauthorisation stops selling for good: later account.updated events don't re-enable it", async () => {
    const { user, asArtist } = await approvedArtist("NL");
    await world.drain();
    const row = await h.db.connectAccount.findUniqueOrThrow({ where: { userId: user.id } });
    await completeOnboarding(row.stripeAccountId);
    await world.settle();
    expect((await asArtist.artist.payments.status()).canSell).toBe(true);

    const res = await fetch(`${world.sandbox.url}/__sandbox/accounts/${row.stripeAccountId}/deauthorize`, { method: "POST" });
    expect(res.ok).toBe(true);
    await world.settle();
    const status = await asArtist.artist.payments.status();
    expect(status).toMatchObject({ state: "disconnected", canSell: false });
    expect(await h.db.emailOutbox.count({ where: { toEmail: user.email, template: "payouts-disabled" } })).toBe(1);

    // replaying the old account.updated (onboarded) changes nothing
    const old = await h.db.stripeEvent.findFirstOrThrow({ where: { type: "account.updated", account: row.stripeAccountId } });
    const admin = await makeUser(h.db, ["ADMIN"]);
    await (await callerAs(h.db, admin.id, {}, { events: world.jobDeps.events })).admin.webhook.replay({ id: old.id });
    await world.settle();
    expect((await asArtist.artist.payments.status()).canSell).toBe(false);
    await expect(asArtist.artist.payments.onboardingLink()).rejects.toThrow(/disconnected/);
  });

  it("the same event delivered again changes nothing twice (one mail)", async () => {
    const { user } = await approvedArtist("BE");
    await world.drain();
    const row = await h.db.connectAccount.findUniqueOrThrow({ where: { userId: user.id } });
    await completeOnboarding(row.stripeAccountId);
    await world.settle();
    const event = await h.db.stripeEvent.findFirstOrThrow({ where: { type: "account.updated", account: row.stripeAccountId } });
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${world.sandbox.url}/__sandbox/events/${event.id}/resend`, { method: "POST" });
      expect(res.ok).toBe(true);
    }
    await world.settle();
    expect((await h.db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).deliveries).toBe(4);
    expect(await h.db.jobRun.count({ where: { eventId: event.id } })).toBe(1);
    expect(await h.db.emailOutbox.count({ where: { toEmail: user.email, template: "payouts-ready" } })).toBe(1);
  });
});

describe("when Stripe fails", () => {
  it("the sandbox answering 500 makes approval's job retry (nothing half-written) and the button say so clearly", async () => {
    const { user, asArtist } = await approvedArtist("ES");
    const fault = (count: number) =>
      fetch(`${world.sandbox.url}/__sandbox/faults`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ status: 500, count, pathPrefix: "/v1/accounts" }),
      });
    await fault(1);
    const r = await world.drain();
    expect(r.retried).toBeGreaterThanOrEqual(1);
    expect(await h.db.connectAccount.count({ where: { userId: user.id } })).toBe(0);
    const run = await h.db.jobRun.findFirstOrThrow({ where: { functionId: "create-connect-account", payload: { path: ["userId"], equals: user.id } } });
    expect(run).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect(run.lastError).toBeTruthy();

    await fault(1);
    await expect(asArtist.artist.payments.onboardingLink()).rejects.toThrow(/Stripe could not open your payout account right now/);
    expect(await h.db.connectAccount.count({ where: { userId: user.id } })).toBe(0);

    await fetch(`${world.sandbox.url}/__sandbox/faults`, { method: "DELETE" });
    world.clock.advance(5 * 60_000);
    await world.drain();
    expect(await h.db.connectAccount.count({ where: { userId: user.id } })).toBe(1);
    expect((await h.db.jobRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe("SUCCEEDED");
  });
});
