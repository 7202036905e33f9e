import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStripeSandbox, type StripeSandbox } from "../src/index.ts";

/**
 * The objects and errors Atelier relies on, checked the same way against the local sandbox (always)
 * and against Stripe's test mode (when STRIPE_CONTRACT_SECRET_KEY=sk_test_… is set and Stripe is
 * reachable). If the sandbox and Stripe disagree, this file is where it shows.
 */
interface Target {
  stripe: () => Stripe;
  /** a unique suffix for idempotency keys */
  tag: string;
}

function contract(target: Target) {
  const s = () => target.stripe();

  it("creates, reads and updates an Express account with Atelier's capabilities and MCC", async () => {
    const a = await s().accounts.create({
      type: "express",
      country: "IE",
      email: `contract-${target.tag}@example.com`,
      capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
      business_type: "individual",
      business_profile: { mcc: "5971", product_description: "Original artworks" },
      metadata: { atelier_user_id: "u_contract" },
    });
    expect(a.id).toMatch(/^acct_/);
    expect(a).toMatchObject({
      object: "account",
      type: "express",
      country: "IE",
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      default_currency: "eur",
    });
    expect(a.business_profile?.mcc).toBe("5971");
    expect(Object.keys(a.capabilities ?? {}).sort()).toEqual(["card_payments", "transfers"]);
    expect(Array.isArray(a.requirements?.currently_due)).toBe(true);
    const got = await s().accounts.retrieve(a.id);
    expect(got.id).toBe(a.id);
    const updated = await s().accounts.update(a.id, { metadata: { note: "x" } });
    expect(updated.metadata).toMatchObject({ atelier_user_id: "u_contract", note: "x" });

    const link = await s().accountLinks.create({
      account: a.id,
      type: "account_onboarding",
      refresh_url: "https://atelier.example/refresh",
      return_url: "https://atelier.example/return",
    });
    expect(link).toMatchObject({ object: "account_link" });
    expect(link.url).toMatch(/^https?:\/\//);
    expect(link.expires_at).toBeGreaterThan(link.created);

    const err = await s()
      .accounts.createLoginLink(a.id)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    await s().accounts.del(a.id);
  });

  it("charges pm_card_visa with a balance transaction that carries Stripe's fee", async () => {
    const pi = await s().paymentIntents.create(
      {
        amount: 12_345,
        currency: "eur",
        payment_method: "pm_card_visa",
        confirm: true,
        automatic_payment_methods: { enabled: true, allow_redirects: "never" },
        transfer_group: "order_contract",
      },
      { idempotencyKey: `pi-${target.tag}` },
    );
    expect(pi).toMatchObject({ object: "payment_intent", status: "succeeded", amount_received: 12_345, transfer_group: "order_contract" });
    const charge = await s().charges.retrieve(pi.latest_charge as string, { expand: ["balance_transaction"] });
    expect(charge).toMatchObject({
      object: "charge",
      status: "succeeded",
      paid: true,
      amount: 12_345,
      payment_intent: pi.id,
      transfer_group: "order_contract",
    });
    const bt = charge.balance_transaction as Stripe.BalanceTransaction;
    expect(bt.fee).toBeGreaterThan(0);
    expect(bt.net).toBe(12_345 - bt.fee);
    expect(bt.fee_details[0]).toMatchObject({ type: "stripe_fee", amount: bt.fee });

    // partial refund, then more than what is left
    const re = await s().refunds.create({ payment_intent: pi.id, amount: 2_345 });
    expect(re).toMatchObject({ object: "refund", status: "succeeded", amount: 2_345, charge: charge.id });
    const over = await s()
      .refunds.create({ charge: charge.id, amount: 10_001 })
      .catch((e: unknown) => e);
    expect(over).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect((over as Stripe.errors.StripeError).param).toBe("amount");
    expect((await s().charges.retrieve(charge.id)).amount_refunded).toBe(2_345);
  });

  for (const [pm, decline, message] of [
    ["pm_card_chargeDeclined", "generic_decline", "Your card was declined."],
    ["pm_card_chargeDeclinedInsufficientFunds", "insufficient_funds", "Your card has insufficient funds."],
  ] as const) {
    it(`${pm} is declined with decline_code ${decline}`, async () => {
      const err = await s()
        .paymentIntents.create({
          amount: 5_000,
          currency: "eur",
          payment_method: pm,
          confirm: true,
          automatic_payment_methods: { enabled: true, allow_redirects: "never" },
        })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Stripe.errors.StripeCardError);
      const e = err as Stripe.errors.StripeCardError;
      expect(e).toMatchObject({ code: "card_declined", decline_code: decline, statusCode: 402 });
      expect(e.message).toBe(message);
      expect(e.payment_intent?.status).toBe("requires_payment_method");
    });
  }

  it("Checkout Sessions: create, retrieve, line items, expire, and the error for expiring twice", async () => {
    const cs = await s().checkout.sessions.create({
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 48_000, product_data: { name: "Harbour at dusk" } } }],
      success_url: "https://atelier.example/checkout/success?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: "https://atelier.example/cart",
      payment_intent_data: { transfer_group: "order_cs" },
      metadata: { order_id: "order_cs" },
    });
    expect(cs).toMatchObject({ object: "checkout.session", status: "open", payment_status: "unpaid", amount_total: 48_000, currency: "eur", mode: "payment" });
    expect(cs.url).toMatch(/^https?:\/\//);
    expect((await s().checkout.sessions.retrieve(cs.id)).metadata).toMatchObject({ order_id: "order_cs" });
    const items = await s().checkout.sessions.listLineItems(cs.id);
    expect(items.data[0]).toMatchObject({ description: "Harbour at dusk", quantity: 1, amount_total: 48_000 });
    const expired = await s().checkout.sessions.expire(cs.id);
    expect(expired).toMatchObject({ status: "expired", url: null });
    const again = await s()
      .checkout.sessions.expire(cs.id)
      .catch((e: unknown) => e);
    expect(again).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  });

  it("errors: resource_missing, parameter_missing, and idempotency", async () => {
    const missing = (await s()
      .accounts.retrieve("acct_doesnotexist000000")
      .catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect(missing.statusCode === 404 || missing.statusCode === 403).toBe(true);
    const noAmount = (await s()
      .paymentIntents.create({ currency: "eur" } as Stripe.PaymentIntentCreateParams)
      .catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect(noAmount).toMatchObject({ type: "StripeInvalidRequestError", code: "parameter_missing", param: "amount" });

    const key = `idem-${target.tag}`;
    const a = await s().paymentIntents.create({ amount: 1_000, currency: "eur" }, { idempotencyKey: key });
    const b = await s().paymentIntents.create({ amount: 1_000, currency: "eur" }, { idempotencyKey: key });
    expect(b.id).toBe(a.id);
    const c = (await s()
      .paymentIntents.create({ amount: 2_000, currency: "eur" }, { idempotencyKey: key })
      .catch((e: unknown) => e)) as Stripe.errors.StripeError;
    expect(c).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });
}

describe("contract: local sandbox", () => {
  let sandbox: StripeSandbox;
  let stripe: Stripe;
  beforeAll(async () => {
    sandbox = await startStripeSandbox({ log: () => {} });
    stripe = new Stripe(sandbox.secretKey, { ...sandbox.stripeConfig, maxNetworkRetries: 0 });
  });
  afterAll(() => sandbox?.close());
  contract({ stripe: () => stripe, tag: `sandbox-${Date.now()}` });

  it("a webhook it signs is accepted by the SDK's constructEvent", async () => {
    const { signPayload } = await import("../src/index.ts");
    const payload = JSON.stringify({ id: "evt_1", object: "event", type: "account.updated" });
    const header = signPayload(payload, "whsec_contract");
    expect(stripe.webhooks.constructEvent(payload, header, "whsec_contract").id).toBe("evt_1");
    expect(() => stripe.webhooks.constructEvent(payload, header, "whsec_other")).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });
});

const liveKey = process.env.STRIPE_CONTRACT_SECRET_KEY;
describe.skipIf(!liveKey?.startsWith("sk_test_"))("contract: Stripe test mode (set STRIPE_CONTRACT_SECRET_KEY=sk_test_… with network access to run)", () => {
  const stripe = new Stripe(liveKey ?? "sk_test_unset");
  contract({ stripe: () => stripe, tag: `live-${Date.now()}` });
});
