import Stripe from "stripe";
import type { StripeSandbox } from "../../src/index.ts";

type Sample = Record<string, unknown>;

/**
 * Drives a sandbox through the flows Atelier uses (onboarding, checkout with shipping, decline, expiry,
 * transfer, reversal, refund, dispute won and lost, payout) and returns every object it answered with
 * or sent in an event, grouped by `object`. A step the sandbox cannot do is skipped (its objects are
 * then missing from the report, which shows as 0%).
 */
export async function collectSamples(sandbox: StripeSandbox): Promise<Record<string, Sample[]>> {
  const stripe = new Stripe(sandbox.secretKey, { ...sandbox.stripeConfig, maxNetworkRetries: 0 });
  const out: Record<string, Sample[]> = {};
  const add = (o: unknown) => {
    if (!o || typeof o !== "object") return;
    const obj = o as Sample;
    if (typeof obj.object === "string" && obj.object !== "list") (out[obj.object] ??= []).push(obj);
  };
  const helper = async (path: string, body: Record<string, unknown> = {}) => {
    const res = await fetch(`${sandbox.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return res.ok ? ((await res.json()) as Sample) : null;
  };
  const step = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch {
      /* not supported by this sandbox: its objects stay missing */
    }
  };
  const raw = (o: unknown) => JSON.parse(JSON.stringify(o)) as Sample;

  let account = "";
  await step(async () => {
    const a = await stripe.accounts.create({
      type: "express",
      country: "IE",
      email: "parity@example.com",
      capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
    });
    add(raw(a));
    account = a.id;
    await helper(`/__sandbox/accounts/${a.id}/complete_onboarding`);
    add(raw(await stripe.accounts.retrieve(a.id)));
  });

  let charge = "";
  await step(async () => {
    const params = {
      mode: "payment",
      line_items: [
        { quantity: 1, price_data: { currency: "eur", unit_amount: 20_000, product_data: { name: "Parity print", metadata: { artwork_id: "a1" } } } },
      ],
      success_url: "https://atelier.example/ok?cs={CHECKOUT_SESSION_ID}",
      cancel_url: "https://atelier.example/cart",
      client_reference_id: "order_parity",
      customer_email: "buyer@example.com",
      metadata: { order_id: "order_parity" },
      payment_intent_data: { transfer_group: "order_parity", metadata: { order_id: "order_parity" } },
      shipping_address_collection: { allowed_countries: ["IE", "FR"] },
      expires_at: Math.floor(Date.now() / 1000) + 1_800,
    } as Stripe.Checkout.SessionCreateParams;
    const cs = await stripe.checkout.sessions.create(params);
    add(raw(cs));
    for (const li of (await stripe.checkout.sessions.listLineItems(cs.id)).data) add(raw(li));
    await helper(`/__sandbox/checkout/sessions/${cs.id}/pay`, {
      card_number: "4000000000000002",
    });
    await helper(`/__sandbox/checkout/sessions/${cs.id}/pay`, {
      card_number: "4242424242424242",
      email: "buyer@example.com",
      name: "Ada Buyer",
      shipping: { name: "Ada Buyer", line1: "1 Quay Street", city: "Dublin", postal_code: "D02 X285", country: "IE" },
    });
    const done = await stripe.checkout.sessions.retrieve(cs.id);
    add(raw(done));
    const pi = await stripe.paymentIntents.retrieve(done.payment_intent as string);
    add(raw(pi));
    charge = pi.latest_charge as string;
    const ch = await stripe.charges.retrieve(charge);
    add(raw(ch));
    add(raw(await stripe.balanceTransactions.retrieve(ch.balance_transaction as string)));
    const expired = await stripe.checkout.sessions.create({ ...params, payment_intent_data: undefined, shipping_address_collection: undefined });
    add(raw(await stripe.checkout.sessions.expire(expired.id)));
  });

  await step(async () => {
    add(raw(await stripe.paymentIntents.create({ amount: 1_000, currency: "eur" })));
    await stripe.paymentIntents.create({ amount: 1_000, currency: "eur", payment_method: "pm_card_chargeDeclined", confirm: true }).catch((e: unknown) => {
      const err = e as Stripe.errors.StripeError;
      if (err.payment_intent) add(raw(err.payment_intent));
    });
  });

  await step(async () => {
    const tr = await stripe.transfers.create({
      amount: 8_000,
      currency: "eur",
      destination: account,
      source_transaction: charge,
      transfer_group: "order_parity",
    });
    add(raw(tr));
    add(raw(await stripe.transfers.createReversal(tr.id, { amount: 1_000 })));
    add(raw(await stripe.transfers.retrieve(tr.id)));
  });

  await step(async () => {
    const re = await stripe.refunds.create({ charge, amount: 2_000, metadata: { reason: "parity" } });
    add(raw(re));
    add(raw(await stripe.charges.retrieve(charge)));
  });

  await step(async () => {
    const pi = await stripe.paymentIntents.create({ amount: 5_000, currency: "eur", payment_method: "pm_card_visa", confirm: true });
    const d = await helper(`/__sandbox/charges/${pi.latest_charge as string}/dispute`, { reason: "fraudulent" });
    add(d);
    if (d) {
      add(raw(await stripe.disputes.retrieve(d.id as string)));
      add(await helper(`/__sandbox/disputes/${d.id as string}/close`, { outcome: "lost" }));
    }
  });

  await step(async () => {
    const po = await stripe.payouts.create({ amount: 1_000, currency: "eur" }, { stripeAccount: account });
    add(raw(po));
    await helper(`/__sandbox/payouts/${po.id}/pay`);
    add(raw(await stripe.payouts.retrieve(po.id, {}, { stripeAccount: account })));
    add(raw(await stripe.balance.retrieve({}, { stripeAccount: account })));
  });

  await step(async () => {
    add(raw(await stripe.balance.retrieve()));
  });

  await step(async () => {
    const cs = await stripe.checkout.sessions.create({
      mode: "subscription",
      line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 1_900, recurring: { interval: "month" }, product_data: { name: "Plan" } } }],
      customer_email: "plan@example.com",
      success_url: "https://atelier.example/ok",
    });
    await helper(`/__sandbox/checkout/sessions/${cs.id}/pay`, { card_number: "4242424242424242" });
    const done = await stripe.checkout.sessions.retrieve(cs.id);
    add(raw(done));
    const sub = raw(await stripe.subscriptions.update(done.subscription as string, { cancel_at_period_end: true }));
    add(sub);
    for (const item of (sub.items as { data: Sample[] }).data) add(item);
    add(raw(await stripe.subscriptions.cancel(done.subscription as string)));
  });

  await step(async () => {
    for (const acct of [undefined, account]) {
      const events = await stripe.events.list({ limit: 100 }, acct ? { stripeAccount: acct } : undefined);
      for (const e of events.data) {
        add(raw(e));
        add(raw(e.data.object));
      }
    }
  });
  return out;
}
