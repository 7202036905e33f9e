import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorOf, post, startWorld, type World } from "./support.ts";

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(() => w?.close());

const now = () => w.sandbox.now();
const params = (over: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams => ({
  mode: "payment",
  line_items: [
    { quantity: 1, price_data: { currency: "eur", unit_amount: 48_000, product_data: { name: "Harbour at dusk", metadata: { artwork_id: "aw_1" } } } },
    { quantity: 2, price_data: { currency: "eur", unit_amount: 6_000, product_data: { name: "Tide print", metadata: { artwork_id: "aw_2" } } } },
  ],
  success_url: "https://atelier.example/checkout/success?session_id={CHECKOUT_SESSION_ID}",
  cancel_url: "https://atelier.example/cart",
  client_reference_id: "order_1",
  customer_email: "buyer@example.com",
  metadata: { order_id: "order_1" },
  payment_intent_data: { transfer_group: "order_1", metadata: { order_id: "order_1" } },
  shipping_address_collection: { allowed_countries: ["IE", "FR"] },
  expires_at: now() + 1_800,
  ...over,
});
const shipping = {
  shipping_name: "Ada Buyer",
  shipping_line1: "1 Quay Street",
  shipping_city: "Dublin",
  shipping_postal_code: "D02 X285",
  shipping_country: "IE",
};

describe("Checkout Session creation", () => {
  it("keeps what it was given, and Stripe's shape for the rest", async () => {
    const expiresAt = now() + 1_800;
    const cs = await w.stripe.checkout.sessions.create(params({ expires_at: expiresAt }));
    expect(cs).toMatchObject({
      object: "checkout.session",
      status: "open",
      payment_status: "unpaid",
      amount_total: 60_000,
      currency: "eur",
      client_reference_id: "order_1",
      customer_email: "buyer@example.com",
      metadata: { order_id: "order_1" },
      shipping_address_collection: { allowed_countries: ["IE", "FR"] },
      payment_intent: null,
      collected_information: null,
      total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    });
    expect(cs.expires_at).toBe(expiresAt);
    expect("payment_intent_data" in cs).toBe(false);
    const withItems = await w.stripe.checkout.sessions.retrieve(cs.id, { expand: ["line_items.data.price.product"] });
    const first = withItems.line_items!.data[0]!;
    expect(first).toMatchObject({ object: "item", description: "Harbour at dusk", quantity: 1, amount_total: 48_000 });
    expect((first.price!.product as Stripe.Product).metadata).toEqual({ artwork_id: "aw_1" });
  });

  it.each([
    ["29 minutes ahead", -60, "at least 30 minutes"],
    ["more than 24 hours ahead", 86_400 - 1_800 + 60, "less than 24 hours"],
  ])("refuses expires_at %s with Stripe's 400 and param", async (_label, delta, message) => {
    const e = await errorOf(w.stripe.checkout.sessions.create(params({ expires_at: now() + 1_800 + delta })));
    expect(e).toMatchObject({ type: "StripeInvalidRequestError", statusCode: 400, param: "expires_at" });
    expect(e.message).toContain(message);
  });

  it("refuses a line item without a product name, and shipping countries that are not ISO codes", async () => {
    const noName = await errorOf(
      w.stripe.checkout.sessions.create(
        params({ line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 100, product_data: {} as { name: string } } }] }),
      ),
    );
    expect(noName).toMatchObject({ code: "parameter_missing", param: "line_items[0][price_data][product_data][name]" });
    const badCountry = await errorOf(w.stripe.checkout.sessions.create(params({ shipping_address_collection: { allowed_countries: ["Ireland" as "IE"] } })));
    expect(badCountry.param).toBe("shipping_address_collection[allowed_countries][0]");
  });
});

describe("hosted checkout page", () => {
  it("asks for the shipping address, refuses a country outside allowed_countries, declines 0002 and stays open", async () => {
    const cs = await w.stripe.checkout.sessions.create(params());
    const html = await (await fetch(cs.url!)).text();
    expect(html).toContain('name="shipping_line1"');
    expect(html).toContain('<option value="FR"');
    const noAddress = await (await post(cs.url!, { card_number: "4242424242424242", email: "buyer@example.com" })).text();
    expect(noAddress).toContain("Enter your full shipping address");
    const germany = await (await post(cs.url!, { card_number: "4242424242424242", ...shipping, shipping_country: "DE" })).text();
    expect(germany).toContain("We can&#39;t ship to DE");
    const declined = await post(cs.url!, { card_number: "4000 0000 0000 0002", ...shipping });
    expect(await declined.text()).toContain("Your card was declined.");
    const after = await w.stripe.checkout.sessions.retrieve(cs.id, { expand: ["payment_intent"] });
    expect(after.status).toBe("open");
    expect(after.payment_intent).toMatchObject({ status: "requires_payment_method", last_payment_error: { code: "card_declined" } });
  });

  it("4242 completes: PaymentIntent succeeded, charge with Stripe's fee, shipping collected, three signed webhooks", async () => {
    const cs = await w.stripe.checkout.sessions.create(params());
    const ok = await post(cs.url!, { card_number: "4242 4242 4242 4242", email: "buyer@example.com", name: "Ada Buyer", ...shipping });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`https://atelier.example/checkout/success?session_id=${cs.id}`);
    const paid = await w.stripe.checkout.sessions.retrieve(cs.id, { expand: ["payment_intent.latest_charge.balance_transaction"] });
    expect(paid).toMatchObject({ status: "complete", payment_status: "paid", url: null });
    const address = { line1: "1 Quay Street", line2: null, city: "Dublin", postal_code: "D02 X285", state: null, country: "IE" };
    expect(paid.collected_information).toEqual({ business_name: null, individual_name: null, shipping_details: { name: "Ada Buyer", address } });
    expect(paid.customer_details).toMatchObject({ email: "buyer@example.com", name: "Ada Buyer", address });
    const pi = paid.payment_intent as Stripe.PaymentIntent;
    expect(pi).toMatchObject({ status: "succeeded", amount_received: 60_000, transfer_group: "order_1", metadata: { order_id: "order_1" } });
    expect(pi.shipping).toMatchObject({ name: "Ada Buyer", address });
    const charge = pi.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({ status: "succeeded", amount: 60_000, transfer_group: "order_1", disputed: false, shipping: { name: "Ada Buyer" } });
    const bt = charge.balance_transaction as Stripe.BalanceTransaction;
    // 2.9 % of 60 000 = 1 740, + 30
    expect(bt).toMatchObject({ amount: 60_000, fee: 1_770, net: 58_230, type: "charge", reporting_category: "charge" });
    for (const [type, id] of [
      ["checkout.session.completed", cs.id],
      ["payment_intent.succeeded", pi.id],
      ["charge.succeeded", charge.id],
    ] as const) {
      const got = await w.eventsOf(type, (e) => (e.data.object as { id: string }).id === id);
      expect(got, type).toHaveLength(1);
    }
    const completed = (await w.eventsOf("checkout.session.completed", (e) => (e.data.object as { id: string }).id === cs.id))[0]!;
    expect((completed.data.object as Stripe.Checkout.Session).collected_information?.shipping_details?.address.city).toBe("Dublin");
  });
});

describe("expiry", () => {
  it("POST /v1/checkout/sessions/:id/expire sends checkout.session.expired; a second expire is refused", async () => {
    const cs = await w.stripe.checkout.sessions.create(params());
    expect(await w.stripe.checkout.sessions.expire(cs.id)).toMatchObject({ status: "expired", url: null });
    expect(await w.eventsOf("checkout.session.expired", (e) => (e.data.object as { id: string }).id === cs.id)).toHaveLength(1);
    expect((await errorOf(w.stripe.checkout.sessions.expire(cs.id))).code).toBe("checkout_session_unexpected_state");
    expect(await (await post(cs.url!, { card_number: "4242424242424242", ...shipping })).text()).toContain("This checkout has expired");
  });

  it("expires by itself when expires_at passes on the sandbox clock, and cancels a declined attempt's PaymentIntent", async () => {
    const cs = await w.stripe.checkout.sessions.create(params());
    await post(cs.url!, { card_number: "4000000000000002", ...shipping });
    const pi = (await w.stripe.checkout.sessions.retrieve(cs.id)).payment_intent as string;
    const advanced = await w.helper("/__sandbox/clock/advance", { seconds: cs.expires_at - now() - 5 });
    expect(advanced.status).toBe(200);
    expect((await w.stripe.checkout.sessions.retrieve(cs.id)).status).toBe("open");
    w.sandbox.advanceClock(5);
    expect((await w.stripe.checkout.sessions.retrieve(cs.id)).status).toBe("expired");
    expect(await w.eventsOf("checkout.session.expired", (e) => (e.data.object as { id: string }).id === cs.id)).toHaveLength(1);
    expect(await w.stripe.paymentIntents.retrieve(pi)).toMatchObject({ status: "canceled", cancellation_reason: "abandoned" });
    expect(await w.eventsOf("payment_intent.canceled", (e) => (e.data.object as { id: string }).id === pi)).toHaveLength(1);
  });
});
