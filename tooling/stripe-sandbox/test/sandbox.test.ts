import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startStripeSandbox, type StripeSandbox } from "../src/index.ts";

/** What only the sandbox can be asked to do: hosted pages, deliveries, helpers, faults, persistence. */
const SECRET = "whsec_sandbox_test";
let receiver: http.Server;
let receiverUrl: string;
const received: { event: Stripe.Event; status: number }[] = [];
let answers: number[] = [];
let sandbox: StripeSandbox;
let stripe: Stripe;
const verifier = new Stripe("sk_test_verify_only");

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const status = answers.shift() ?? 200;
      // the SDK's own verification: a forged or re-serialised body would throw here
      const event = verifier.webhooks.constructEvent(Buffer.concat(chunks), String(req.headers["stripe-signature"]), SECRET);
      received.push({ event, status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  sandbox = await startStripeSandbox({ webhooks: [{ url: receiverUrl, secret: SECRET }], retryScheduleMs: [30, 60], payoutDelayMs: 3_600_000, log: () => {} });
  stripe = new Stripe(sandbox.secretKey, { ...sandbox.stripeConfig, maxNetworkRetries: 0 });
});
afterAll(async () => {
  await sandbox?.close();
  await new Promise((r) => receiver.close(r));
});
afterEach(() => {
  answers = [];
});

const post = (url: string, body: Record<string, string> = {}) =>
  fetch(url, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(body) });
const express = () =>
  stripe.accounts.create({
    type: "express",
    country: "IE",
    email: "artist@example.com",
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
  });

describe("hosted Express onboarding", () => {
  it("completes on the page, redirects to return_url and delivers a signed account.updated with `account`", async () => {
    const a = await express();
    const link = await stripe.accountLinks.create({
      account: a.id,
      type: "account_onboarding",
      refresh_url: "http://app.test/refresh",
      return_url: "http://app.test/return",
    });
    const html = await (await fetch(link.url)).text();
    expect(html).toContain("Atelier payments sandbox — not Stripe");
    const secret = html.match(/name="s" value="([^"]+)"/)![1]!;
    const done = await post(`${link.url}/complete`, { s: secret });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("http://app.test/return");
    expect(await stripe.accounts.retrieve(a.id)).toMatchObject({
      details_submitted: true,
      charges_enabled: true,
      payouts_enabled: true,
      capabilities: { card_payments: "active", transfers: "active" },
    });
    await sandbox.flushWebhooks();
    const updated = received.find((r) => r.event.type === "account.updated" && r.event.account === a.id);
    expect(updated?.event.data.previous_attributes).toMatchObject({ details_submitted: false });
    // the link worked once: a second visit goes to refresh_url
    const again = await fetch(link.url, { redirect: "manual" });
    expect(again.headers.get("location")).toBe("http://app.test/refresh");
    // and the dashboard opens through a login link now
    const login = await stripe.accounts.createLoginLink(a.id);
    expect(await (await fetch(login.url)).text()).toContain("Pay out available balance");
  });
});

describe("webhook delivery", () => {
  it("retries with backoff when the app answers 500, then succeeds; gives up after the schedule", async () => {
    answers = [500, 500, 200];
    const a = await express();
    await fetch(`${sandbox.url}/__sandbox/accounts/${a.id}/require_more_info`, { method: "POST" });
    await sandbox.flushWebhooks();
    const tries = received.filter((r) => r.event.type === "account.updated" && r.event.account === a.id);
    expect(tries.map((t) => t.status)).toEqual([500, 500, 200]);
    expect(new Set(tries.map((t) => t.event.id)).size).toBe(1);
    const d = sandbox.deliveries().find((x) => x.eventId === tries[0]!.event.id)!;
    expect(d).toMatchObject({ state: "delivered", attempts: 3 });

    answers = [500, 500, 500];
    await fetch(`${sandbox.url}/__sandbox/accounts/${a.id}/deauthorize`, { method: "POST" });
    await sandbox.flushWebhooks();
    const deauth = received.filter((r) => r.event.type === "account.application.deauthorized" && r.event.account === a.id);
    expect(deauth).toHaveLength(3);
    expect(sandbox.deliveries().find((x) => x.eventId === deauth[0]!.event.id)).toMatchObject({ state: "failed", attempts: 3 });
    // a deauthorised account can no longer be acted on
    const err = (await stripe.balance.retrieve({}, { stripeAccount: a.id }).catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect(err.statusCode).toBe(403);
  });
});

describe("hosted checkout page", () => {
  async function session() {
    return stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ quantity: 2, price_data: { currency: "eur", unit_amount: 7_500, product_data: { name: "Print" } } }],
      success_url: "http://app.test/ok?cs={CHECKOUT_SESSION_ID}",
      cancel_url: "http://app.test/cart",
    });
  }
  it("declines 4000 0000 0000 0002 and 9995 with Stripe's messages, then 4242 pays and redirects", async () => {
    const cs = await session();
    expect(await (await fetch(cs.url!)).text()).toContain("€150.00");
    for (const [card, message] of [
      ["4000 0000 0000 0002", "Your card was declined."],
      ["4000000000009995", "Your card has insufficient funds."],
    ]) {
      const res = await post(cs.url!, { card_number: card! });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(message);
    }
    expect((await stripe.checkout.sessions.retrieve(cs.id)).status).toBe("open");
    const ok = await post(cs.url!, { card_number: "4242 4242 4242 4242", email: "buyer@example.com" });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`http://app.test/ok?cs=${cs.id}`);
    const paid = await stripe.checkout.sessions.retrieve(cs.id, { expand: ["payment_intent.latest_charge"] });
    expect(paid).toMatchObject({ status: "complete", payment_status: "paid" });
    const pi = paid.payment_intent as Stripe.PaymentIntent;
    expect(pi.status).toBe("succeeded");
    expect((pi.latest_charge as Stripe.Charge).amount).toBe(15_000);
    await sandbox.flushWebhooks();
    const types = received.filter((r) => JSON.stringify(r.event.data.object).includes(pi.id)).map((r) => r.event.type);
    expect(types).toEqual(
      expect.arrayContaining(["payment_intent.payment_failed", "charge.failed", "charge.succeeded", "payment_intent.succeeded", "checkout.session.completed"]),
    );
  });
});

describe("money movement", () => {
  it("transfers with source_transaction, reversals and payouts (pending → paid, or failed with money back)", async () => {
    const a = await express();
    await fetch(`${sandbox.url}/__sandbox/accounts/${a.id}/complete_onboarding`, { method: "POST" });
    const pi = await stripe.paymentIntents.create({ amount: 10_000, currency: "eur", payment_method: "pm_card_visa", confirm: true });
    const tooMuch = (await stripe.transfers
      .create({ amount: 10_001, currency: "eur", destination: a.id, source_transaction: pi.latest_charge as string })
      .catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect(tooMuch.code).toBe("balance_insufficient");
    const tr = await stripe.transfers.create({
      amount: 6_000,
      currency: "eur",
      destination: a.id,
      source_transaction: pi.latest_charge as string,
      transfer_group: "order_1",
    });
    expect(tr).toMatchObject({ object: "transfer", amount: 6_000, destination: a.id, transfer_group: "order_1", reversed: false });
    const rev = await stripe.transfers.createReversal(tr.id, { amount: 1_000 });
    expect(rev).toMatchObject({ object: "transfer_reversal", amount: 1_000 });
    expect(await stripe.transfers.retrieve(tr.id)).toMatchObject({ amount_reversed: 1_000, reversed: false });
    const bal = await stripe.balance.retrieve({}, { stripeAccount: a.id });
    expect(bal.available.find((b) => b.currency === "eur")?.amount).toBe(5_000);

    const over = (await stripe.payouts
      .create({ amount: 5_001, currency: "eur" }, { stripeAccount: a.id })
      .catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect(over.code).toBe("balance_insufficient");
    const po = await stripe.payouts.create({ amount: 3_000, currency: "eur" }, { stripeAccount: a.id });
    expect(po.status).toBe("pending");
    await fetch(`${sandbox.url}/__sandbox/payouts/${po.id}/pay`, { method: "POST" });
    expect((await stripe.payouts.retrieve(po.id, {}, { stripeAccount: a.id })).status).toBe("paid");
    const po2 = await stripe.payouts.create({ amount: 2_000, currency: "eur" }, { stripeAccount: a.id });
    await fetch(`${sandbox.url}/__sandbox/payouts/${po2.id}/fail`, { method: "POST" });
    expect(await stripe.payouts.retrieve(po2.id, {}, { stripeAccount: a.id })).toMatchObject({ status: "failed", failure_code: "account_closed" });
    expect((await stripe.balance.retrieve({}, { stripeAccount: a.id })).available.find((b) => b.currency === "eur")?.amount).toBe(2_000);
    // another account's payout is invisible
    await expect(stripe.payouts.retrieve(po.id)).rejects.toThrow(/No such payout/);
  });
});

describe("faults, idempotency, persistence", () => {
  it("an injected 500 changes nothing; concurrent requests with one Idempotency-Key create one object", async () => {
    const before = (await stripe.accounts.list({ limit: 100 })).data.length;
    await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: 500, count: 1, pathPrefix: "/v1/accounts" }),
    });
    await expect(express()).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect((await stripe.accounts.list({ limit: 100 })).data.length).toBe(before);
    const same = await Promise.all(
      Array.from({ length: 5 }, () => stripe.accounts.create({ type: "express", country: "FR" }, { idempotencyKey: "concurrent-key" })),
    );
    expect(new Set(same.map((a) => a.id)).size).toBe(1);
    expect((await stripe.accounts.list({ limit: 100 })).data.length).toBe(before + 1);
  });

  it("state (objects and pending deliveries) survives a restart from its state file", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-")), "state.json");
    const first = await startStripeSandbox({
      stateFile: file,
      webhooks: [{ url: "http://127.0.0.1:9/unreachable", secret: SECRET }],
      retryScheduleMs: [60_000],
      log: () => {},
    });
    const s1 = new Stripe(first.secretKey, { ...first.stripeConfig, maxNetworkRetries: 0 });
    const a = await s1.accounts.create({ type: "express", country: "DE" });
    await s1.accounts.update(a.id, { metadata: { k: "v" } });
    await new Promise((r) => setTimeout(r, 100));
    await first.close();
    const second = await startStripeSandbox({
      stateFile: file,
      webhooks: [{ url: "http://127.0.0.1:9/unreachable", secret: SECRET }],
      retryScheduleMs: [60_000],
      log: () => {},
    });
    const s2 = new Stripe(second.secretKey, { ...second.stripeConfig, maxNetworkRetries: 0 });
    expect((await s2.accounts.retrieve(a.id)).metadata).toEqual({ k: "v" });
    expect(second.deliveries().filter((d) => d.state === "pending").length).toBeGreaterThanOrEqual(1);
    await second.close();
  });

  it("refuses a wrong API key like Stripe", async () => {
    const wrong = new Stripe("sk_test_wrong_key_123", { ...sandbox.stripeConfig, maxNetworkRetries: 0 });
    await expect(wrong.accounts.list()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });
});
