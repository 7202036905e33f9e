import Stripe from "stripe";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { errorOf, startWorld, type World } from "./support.ts";

/**
 * What Atelier's transfer job must survive: transfers.create answering 500 or never answering, both
 * before the sandbox did the work and after it (the response is lost). Retrying with the same
 * Idempotency-Key must end with exactly one transfer.
 */
let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(() => w?.close());
afterEach(() => w.sandbox.faults.clear());

async function setUp(group: string) {
  const a = await w.onboarded();
  const ch = await w.paidCharge(10_000, "eur", group);
  return { a, params: { amount: 2_500, currency: "eur", destination: a.id, source_transaction: ch.id, transfer_group: group } };
}
const transfersOf = async (group: string) => (await w.stripe.transfers.list({ transfer_group: group })).data;

/** The app's retry: same key, a fresh client call each time, until one answers. */
async function retrying(client: Stripe, params: Stripe.TransferCreateParams, key: string, attempts = 4) {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await client.transfers.create(params, { idempotencyKey: key });
    } catch (e) {
      last = e;
    }
  }
  throw last;
}

describe("fault injection on transfers.create", () => {
  it("500 before the work: nothing is created; the retry creates one", async () => {
    const { params } = await setUp("order_f1");
    const fault = w.sandbox.faults.add({ status: 500, pathPrefix: "/v1/transfers", method: "POST", when: "before" });
    const e = await errorOf(w.stripe.transfers.create(params, { idempotencyKey: "tr-f1" }));
    expect(e).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(await transfersOf("order_f1")).toHaveLength(0);
    const tr = await w.stripe.transfers.create(params, { idempotencyKey: "tr-f1" });
    expect(await transfersOf("order_f1")).toEqual([expect.objectContaining({ id: tr.id })]);
    expect(fault.hits).toBe(1);
  });

  it("500 after the work (lost response): the transfer exists; the retry with the same key replays it", async () => {
    const { params } = await setUp("order_f2");
    w.sandbox.faults.add({ status: 500, pathPrefix: "/v1/transfers", method: "POST", when: "after" });
    const e = await errorOf(w.stripe.transfers.create(params, { idempotencyKey: "tr-f2" }));
    expect(e.statusCode).toBe(500);
    const created = await transfersOf("order_f2");
    expect(created).toHaveLength(1);
    const replay = await w.stripe.transfers.create(params, { idempotencyKey: "tr-f2" });
    expect(replay.id).toBe(created[0]!.id);
    expect(replay.lastResponse.headers["idempotent-replayed"]).toBe("true");
    expect(await transfersOf("order_f2")).toHaveLength(1);
  });

  it.each(["before", "after"] as const)("a timeout %s the work: the client gives up, the app retries, exactly one transfer", async (when) => {
    const group = `order_timeout_${when}`;
    const { params } = await setUp(group);
    w.sandbox.faults.add({ mode: "timeout", delayMs: 2_000, pathPrefix: "/v1/transfers", method: "POST", when, count: 2 });
    const impatient = new Stripe(w.sandbox.secretKey, { ...w.sandbox.stripeConfig, maxNetworkRetries: 0, timeout: 300 });
    const first = await errorOf(impatient.transfers.create(params, { idempotencyKey: `tr-${group}` }));
    expect(first).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(await transfersOf(group)).toHaveLength(when === "after" ? 1 : 0);
    const tr = await retrying(impatient, params, `tr-${group}`);
    expect(await transfersOf(group)).toEqual([expect.objectContaining({ id: tr.id })]);
  });

  it("the SDK's own retries (maxNetworkRetries, as the app configures it) also end with one transfer after a lost 500", async () => {
    const { params } = await setUp("order_f4");
    const fault = w.sandbox.faults.add({ status: 500, pathPrefix: "/v1/transfers", method: "POST", when: "after", count: 2 });
    const patient = new Stripe(w.sandbox.secretKey, { ...w.sandbox.stripeConfig, maxNetworkRetries: 2 });
    const tr = await patient.transfers.create(params, { idempotencyKey: "tr-f4" });
    expect(fault.hits).toBe(2);
    expect(await transfersOf("order_f4")).toEqual([expect.objectContaining({ id: tr.id })]);
    expect(await w.eventsOf("transfer.created", (e) => (e.data.object as { id: string }).id === tr.id)).toHaveLength(1);
  });

  it("faults are set over HTTP too, and only hit the method and path asked for", async () => {
    const { params } = await setUp("order_f5");
    const set = await fetch(`${w.sandbox.url}/__sandbox/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: 503, pathPrefix: "/v1/transfers", method: "POST", when: "after" }),
    });
    expect(set.status).toBe(200);
    expect((await w.stripe.transfers.list({ limit: 1 })).object).toBe("list");
    expect((await errorOf(w.stripe.transfers.create(params))).statusCode).toBe(503);
    const bad = await fetch(`${w.sandbox.url}/__sandbox/faults`, { method: "POST", body: JSON.stringify({ when: "during" }) });
    expect(bad.status).toBe(400);
  });
});
