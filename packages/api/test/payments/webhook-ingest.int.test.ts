import type { EventSender } from "@atelier/events";
import { allFunctions, createInProcessSender } from "@atelier/jobs";
import Stripe from "stripe";
import { beforeEach, describe, expect, it } from "vitest";
import { handleStripeWebhook } from "../../src/http/stripe-webhook.ts";
import type { WebhookDeps } from "@atelier/core/payments/webhook-ingest";
import { useTestDatabase } from "../harness.ts";

const h = useTestDatabase();
const SECRET = "whsec_test_ingest_secret";
const stripe = new Stripe("sk_test_ingest_only_verifies_signatures");
let seq = 0;

function stripeEvent(type: string, extra: Record<string, unknown> = {}) {
  const id = `evt_test_${Date.now()}_${++seq}`;
  return {
    id,
    object: "event",
    type,
    api_version: "2026-10-28.endive",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    account: "acct_test_ingest",
    data: { object: { id: "acct_test_ingest", object: "account" } },
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    ...extra,
  };
}

function signed(payload: string, opts: { secret?: string; timestamp?: number } = {}) {
  return stripe.webhooks.generateTestHeaderString({ payload, secret: opts.secret ?? SECRET, timestamp: opts.timestamp });
}

function post(body: string, signature: string | null) {
  return new Request("http://atelier.test/api/webhooks/stripe", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
  });
}

let deps: WebhookDeps;
beforeEach(() => {
  deps = { db: h.db, stripe, webhookSecret: SECRET, events: createInProcessSender(h.db, { functions: allFunctions }), now: () => new Date() };
});

const count = (id: string) => h.db.stripeEvent.count({ where: { id } });
const runs = (eventId: string) => h.db.jobRun.findMany({ where: { eventId } });

describe("POST /api/webhooks/stripe: signatures", () => {
  const cases: [string, (body: string) => string | null, (body: string) => string][] = [
    ["a missing Stripe-Signature header", () => null, (b) => b],
    ["a malformed header", () => "this is not a signature", (b) => b],
    ["a signature made with another secret", (b) => signed(b, { secret: "whsec_someone_else" }), (b) => b],
    ["a stale signature (6 minutes old)", (b) => signed(b, { timestamp: Math.floor(Date.now() / 1000) - 360 }), (b) => b],
    ["a body changed after signing", (b) => signed(b), (b) => b.replace('"livemode":false', '"livemode":true')],
  ];
  for (const [name, sign, tamper] of cases) {
    it(`answers 400 and stores nothing for ${name}`, async () => {
      const event = stripeEvent("account.updated");
      const body = JSON.stringify(event);
      const res = await handleStripeWebhook(post(tamper(body), sign(body)), deps);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/signature|Missing/i);
      expect(await count(event.id)).toBe(0);
      expect(await runs(event.id)).toHaveLength(0);
    });
  }

  it("answers 400 for a correctly signed body that is not JSON, and 503 when payments are not configured", async () => {
    const body = "not json {";
    const res = await handleStripeWebhook(post(body, signed(body)), deps);
    expect(res.status).toBe(400);
    expect((await handleStripeWebhook(post("{}", "t=1,v1=x"), null)).status).toBe(503);
  });
});

describe("POST /api/webhooks/stripe: store once, hand over once", () => {
  it("stores a handled event with its account and hands it to sync-connect-account under the Stripe event id", async () => {
    const event = stripeEvent("account.updated");
    const body = JSON.stringify(event);
    const res = await handleStripeWebhook(post(body, signed(body)), deps);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ received: true, id: event.id, duplicate: false, handled: true });
    const row = await h.db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(row).toMatchObject({ type: "account.updated", account: "acct_test_ingest", status: "RECEIVED", deliveries: 1, livemode: false });
    expect(row.enqueuedAt).toBeInstanceOf(Date);
    expect((row.payload as { id: string }).id).toBe(event.id);
    const r = await runs(event.id);
    expect(r.map((x) => [x.functionId, x.eventName])).toEqual([["sync-connect-account", "stripe/account.updated"]]);
    expect(r[0]!.payload).toEqual({ stripeEventId: event.id, type: "account.updated", account: "acct_test_ingest", objectId: "acct_test_ingest" });
  });

  it("acknowledges and ignores types nothing handles (stored as IGNORED, no runs)", async () => {
    const event = stripeEvent("customer.created", { account: undefined, data: { object: { id: "cus_1", object: "customer" } } });
    const body = JSON.stringify(event);
    const res = await handleStripeWebhook(post(body, signed(body)), deps);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ handled: false });
    const row = await h.db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(row.status).toBe("IGNORED");
    expect(row.account).toBeNull();
    expect(row.processedAt).toBeInstanceOf(Date);
    expect(await runs(event.id)).toHaveLength(0);
  });

  it("the same event delivered 10 times concurrently → one row (10 deliveries) and one run", async () => {
    const event = stripeEvent("payout.paid", { data: { object: { id: "po_dup", object: "payout" } } });
    const body = JSON.stringify(event);
    const responses = await Promise.all(Array.from({ length: 10 }, () => handleStripeWebhook(post(body, signed(body)), deps)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as { duplicate: boolean }[];
    expect(bodies.filter((b) => !b.duplicate)).toHaveLength(1);
    expect(await count(event.id)).toBe(1);
    expect((await h.db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).deliveries).toBe(10);
    expect(await runs(event.id)).toHaveLength(1);
  });

  it("with a sender outside the transaction (Inngest), a failed hand-over answers 500 and the next delivery hands it over", async () => {
    const sent: string[] = [];
    let failNext = true;
    const inngestLike: EventSender = {
      consumes: (name) => name.startsWith("stripe/account."),
      async send(e) {
        if (failNext) {
          failNext = false;
          throw new Error("inngest unreachable");
        }
        const list = Array.isArray(e) ? e : [e];
        sent.push(...list.map((x) => `${x.name}#${x.id}`));
        return { ids: list.map((x) => x.id ?? "") };
      },
    };
    const event = stripeEvent("account.updated");
    const body = JSON.stringify(event);
    const first = await handleStripeWebhook(post(body, signed(body)), { ...deps, events: inngestLike });
    expect(first.status).toBe(500);
    expect((await h.db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } })).enqueuedAt).toBeNull();
    const second = await handleStripeWebhook(post(body, signed(body)), { ...deps, events: inngestLike });
    expect(second.status).toBe(200);
    expect(sent).toEqual([`stripe/account.updated#${event.id}`]);
    const row = await h.db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(row.enqueuedAt).toBeInstanceOf(Date);
    expect(row.deliveries).toBe(2);
    // a third delivery changes nothing but the count
    await handleStripeWebhook(post(body, signed(body)), { ...deps, events: inngestLike });
    expect(sent).toHaveLength(1);
  });
});
