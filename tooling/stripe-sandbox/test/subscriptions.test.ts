import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf, post, startWorld, type World } from "./support.ts";

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(() => w?.close());

const typesFor = (id: string) => w.events.filter((e) => (e.data.object as { id?: string }).id === id).map((e) => e.type);

/** A subscription-mode session for €19 a month, paid on the hosted page with `card`. */
async function subscribe(card = "4242 4242 4242 4242", over: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
  const cs = await w.stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 1_900, recurring: { interval: "month" }, product_data: { name: "Atelier Pro" } } }],
    subscription_data: { metadata: { plan: "PRO", userId: "user_1" } },
    metadata: { purpose: "seller-plan" },
    success_url: "https://atelier.example/studio/integrations?upgraded=pro",
    customer_email: "mira@example.com",
    ...over,
  });
  const res = await post(cs.url!, { card_number: card, email: "mira@example.com" });
  return { cs, res, after: await w.stripe.checkout.sessions.retrieve(cs.id) };
}

describe("subscriptions", () => {
  it("paying a subscription-mode session creates a customer and an active subscription, with Stripe's events", async () => {
    const { cs, res, after } = await subscribe();
    expect(cs).toMatchObject({ mode: "subscription", subscription: null, payment_intent: null });
    expect(res.status).toBe(303);
    expect(after).toMatchObject({ status: "complete", payment_status: "paid", mode: "subscription" });
    const sub = await w.stripe.subscriptions.retrieve(after.subscription as string);
    expect(sub).toMatchObject({
      object: "subscription",
      status: "active",
      customer: after.customer,
      cancel_at_period_end: false,
      metadata: { plan: "PRO", userId: "user_1" },
    });
    const item = sub.items.data[0]!;
    expect(item.price).toMatchObject({ unit_amount: 1_900, currency: "eur", type: "recurring", recurring: { interval: "month", interval_count: 1 } });
    expect(item.current_period_start).toBe(sub.start_date);
    const start = new Date(item.current_period_start * 1000);
    const nextMonth = new Date(start);
    nextMonth.setUTCMonth(start.getUTCMonth() + 1);
    expect(item.current_period_end).toBe(nextMonth.getTime() / 1000);
    const customer = await w.stripe.customers.retrieve(after.customer as string);
    expect(customer).toMatchObject({ email: "mira@example.com" });
    await w.sandbox.flushWebhooks();
    expect(typesFor(sub.id)).toEqual(["customer.subscription.created"]);
    expect(typesFor(customer.id)).toEqual(["customer.created"]);
    const order = w.events.map((e) => e.type).filter((t) => ["customer.created", "customer.subscription.created", "checkout.session.completed"].includes(t));
    expect(order.slice(-3)).toEqual(["customer.created", "customer.subscription.created", "checkout.session.completed"]);
  });

  it("a declined card leaves the session open and creates nothing", async () => {
    const before = (await w.stripe.subscriptions.list({ status: "all", limit: 100 })).data.length;
    const { res, after } = await subscribe("4000 0000 0000 0002");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Your card was declined.");
    expect(after.status).toBe("open");
    expect((await w.stripe.subscriptions.list({ status: "all", limit: 100 })).data.length).toBe(before);
  });

  it("validates like Stripe: recurring prices need subscription mode and vice versa", async () => {
    const line = (recurring: boolean) => ({
      quantity: 1,
      price_data: { currency: "eur", unit_amount: 500, product_data: { name: "x" }, ...(recurring ? { recurring: { interval: "month" as const } } : {}) },
    });
    const a = await errorOf(w.stripe.checkout.sessions.create({ mode: "payment", line_items: [line(true)], success_url: "https://a.example/ok" }));
    expect(a.message).toMatch(/recurring price/);
    const b = await errorOf(w.stripe.checkout.sessions.create({ mode: "subscription", line_items: [line(false)], success_url: "https://a.example/ok" }));
    expect(b.message).toMatch(/at least one recurring price/);
  });

  it("an existing customer is used; cancel_at_period_end sends updated and ends it when the period passes", async () => {
    const customer = await w.stripe.customers.create({ email: "gallery@example.com" });
    const { after } = await subscribe("4242424242424242", { customer: customer.id, customer_email: undefined });
    expect(after.customer).toBe(customer.id);
    const id = after.subscription as string;
    const updated = await w.stripe.subscriptions.update(id, { cancel_at_period_end: true });
    const end = updated.items.data[0]!.current_period_end;
    expect(updated).toMatchObject({ status: "active", cancel_at_period_end: true, cancel_at: end });
    await w.sandbox.flushWebhooks();
    const upd = w.events.filter((e) => e.type === "customer.subscription.updated" && (e.data.object as { id: string }).id === id);
    expect(upd).toHaveLength(1);
    expect(upd[0]!.data.previous_attributes).toMatchObject({ cancel_at_period_end: false });

    w.sandbox.advanceClock(end - w.sandbox.now() - 60);
    expect((await w.stripe.subscriptions.retrieve(id)).status).toBe("active");
    w.sandbox.advanceClock(120);
    const ended = await w.stripe.subscriptions.retrieve(id);
    expect(ended).toMatchObject({ status: "canceled", cancellation_details: { reason: "cancellation_requested" } });
    expect(ended.ended_at).toBeGreaterThanOrEqual(end);
    await w.sandbox.flushWebhooks();
    expect(typesFor(id)).toEqual(["customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted"]);
  });

  it("DELETE ends it at once (customer.subscription.deleted); a second DELETE is refused; uncancelled ones renew", async () => {
    const { after } = await subscribe();
    const id = after.subscription as string;
    const canceled = await w.stripe.subscriptions.cancel(id);
    expect(canceled.status).toBe("canceled");
    expect((await errorOf(w.stripe.subscriptions.cancel(id))).statusCode).toBe(400);
    await w.sandbox.flushWebhooks();
    expect(typesFor(id).at(-1)).toBe("customer.subscription.deleted");

    const { after: other } = await subscribe();
    const sub = await w.stripe.subscriptions.retrieve(other.subscription as string);
    const firstEnd = sub.items.data[0]!.current_period_end;
    w.sandbox.advanceClock(firstEnd - w.sandbox.now() + 1);
    const renewed = await w.stripe.subscriptions.retrieve(sub.id);
    expect(renewed.status).toBe("active");
    expect(renewed.items.data[0]!.current_period_start).toBe(firstEnd);
    expect(renewed.items.data[0]!.current_period_end).toBeGreaterThan(firstEnd);
  });
});
