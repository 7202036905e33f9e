import crypto from "node:crypto";
import type { Engine, RequestInfo } from "../engine.ts";
import { noSuch, StripeHttpError } from "../errors.ts";
import { bool, currency, int, metadata, obj, str } from "../form.ts";
import { listOf, route, type Ctx, type Route } from "../http.ts";
import { chargeObject } from "../objects/charge.ts";
import { paymentIntentObject } from "../objects/payment-intent.ts";
import type { Address } from "../objects/shapes.ts";
import { clone, type Obj } from "../store.ts";
import { balanceTransaction } from "./balance.ts";

/** Stripe's test cards, by number and by test PaymentMethod id. */
const CARDS: Record<string, { brand: string; last4: string; decline?: "generic_decline" | "insufficient_funds" }> = {
  "4242424242424242": { brand: "visa", last4: "4242" },
  "5555555555554444": { brand: "mastercard", last4: "4444" },
  "4000000000000002": { brand: "visa", last4: "0002", decline: "generic_decline" },
  "4000000000009995": { brand: "visa", last4: "9995", decline: "insufficient_funds" },
};
const TEST_PMS: Record<string, string> = {
  pm_card_visa: "4242424242424242",
  pm_card_mastercard: "5555555555554444",
  pm_card_chargeDeclined: "4000000000000002",
  pm_card_chargeDeclinedInsufficientFunds: "4000000000009995",
  pm_card_visa_chargeDeclined: "4000000000000002",
};
const DECLINE_MESSAGE = { generic_decline: "Your card was declined.", insufficient_funds: "Your card has insufficient funds." };

export function cardFor(numberOrPm: string) {
  const number = TEST_PMS[numberOrPm] ?? numberOrPm.replace(/\D/g, "");
  const card = CARDS[number];
  return card ? { ...card, fingerprint: crypto.createHash("sha256").update(number).digest("base64url").slice(0, 16) } : null;
}

export function getObject(engine: Engine, id: string, kind: string, object: string, param?: string): Obj {
  const o = engine.store.get(id);
  if (!o || o.object !== object) throw noSuch(kind, id, param);
  return o;
}
export const getPaymentIntent = (e: Engine, id: string, param?: string) => getObject(e, id, "payment_intent", "payment_intent", param);
export const getCharge = (e: Engine, id: string, param?: string) => getObject(e, id, "charge", "charge", param);

export function newPaymentIntent(engine: Engine, i: Omit<Parameters<typeof paymentIntentObject>[0], "id" | "secret" | "created">, request?: RequestInfo): Obj {
  const pi = paymentIntentObject({
    ...i,
    id: engine.store.newId("pi"),
    secret: crypto.randomBytes(18).toString("base64url").slice(0, 24),
    created: engine.store.now(),
  });
  engine.store.put(pi);
  engine.emit("payment_intent.created", pi, { request });
  return pi;
}

function createPaymentIntent(ctx: Ctx): Obj {
  const p = ctx.params;
  const amount = int(p, "amount", { required: true, min: 1 })!;
  const cur = currency(p);
  const pm = str(p, "payment_method");
  if (pm && !cardFor(pm)) throw noSuch("PaymentMethod", pm, "payment_method");
  const pi = newPaymentIntent(
    ctx.engine,
    {
      amount,
      currency: cur,
      description: str(p, "description") ?? null,
      metadata: metadata(p),
      transferGroup: str(p, "transfer_group") ?? null,
      paymentMethod: pm ?? null,
      receiptEmail: str(p, "receipt_email") ?? null,
      automaticPaymentMethods: bool(obj(p, "automatic_payment_methods") ?? {}, "enabled") ?? false,
    },
    ctx.request,
  );
  if (bool(p, "confirm")) return confirm(ctx.engine, pi, pm ?? null, ctx.request);
  return pi;
}

/** Charges the card; a decline leaves the PaymentIntent waiting for another method and answers 402. */
export function confirm(
  engine: Engine,
  pi: Obj,
  pmOrCard: string | null,
  request?: RequestInfo,
  extra: { email?: string | null; name?: string | null; address?: Address | null } = {},
): Obj {
  if (pi.status === "succeeded" || pi.status === "canceled") {
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "payment_intent_unexpected_state",
      message: `This PaymentIntent's status is ${String(pi.status)}, so it cannot be confirmed.`,
      payment_intent: clone(pi),
    });
  }
  const source = pmOrCard ?? (pi.payment_method as string | null);
  if (!source)
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "payment_intent_unexpected_state",
      message: "You cannot confirm this PaymentIntent because it's missing a payment method.",
      param: "payment_method",
    });
  const card = cardFor(source);
  if (!card) throw new StripeHttpError(402, { type: "card_error", code: "incorrect_number", param: "number", message: "Your card number is incorrect." });
  const pm = source.startsWith("pm_") ? source : engine.store.newId("pm");
  const chargeId = engine.store.newId("ch");
  const charge = chargeObject({
    id: chargeId,
    pi,
    card,
    paymentMethod: pm,
    created: engine.store.now(),
    decline: card.decline,
    declineMessage: card.decline ? DECLINE_MESSAGE[card.decline] : undefined,
    billing: { email: extra.email ?? null, name: extra.name ?? null, address: extra.address ?? null },
    receiptUrl: `${engine.opts.publicUrl}/receipts/payment/${chargeId}`,
  });
  pi.latest_charge = charge.id;
  pi.payment_method = pm;
  if (card.decline) {
    engine.store.put(charge);
    pi.status = "requires_payment_method";
    pi.last_payment_error = {
      advice_code: (charge.outcome as { advice_code: string }).advice_code,
      charge: charge.id,
      code: "card_declined",
      decline_code: card.decline,
      doc_url: "https://stripe.com/docs/error-codes/card-declined",
      message: DECLINE_MESSAGE[card.decline],
      network_decline_code: (charge.outcome as { network_decline_code: string }).network_decline_code,
      payment_method: { id: pm, object: "payment_method", type: "card" },
      type: "card_error",
    };
    engine.store.put(pi);
    engine.emit("charge.failed", charge, { request });
    engine.emit("payment_intent.payment_failed", pi, { request });
    throw new StripeHttpError(402, {
      type: "card_error",
      code: "card_declined",
      decline_code: card.decline,
      message: DECLINE_MESSAGE[card.decline],
      charge: charge.id,
      payment_intent: clone(pi),
    });
  }
  const fee = engine.fee(pi.amount as number, pi.currency as string);
  charge.balance_transaction = balanceTransaction(engine, {
    amount: pi.amount as number,
    currency: pi.currency as string,
    fee,
    type: "charge",
    source: charge.id,
    description: (pi.description as string | null) ?? null,
  }).id;
  engine.store.put(charge);
  Object.assign(pi, { status: "succeeded", amount_received: pi.amount, last_payment_error: null });
  engine.store.put(pi);
  engine.emit("charge.succeeded", charge, { request });
  engine.emit("payment_intent.succeeded", pi, { request });
  return pi;
}

/** `expand[]=refunds` on a charge: Stripe returns the list only when asked (since 2022-11-15). */
function withRefunds(ctx: Ctx, charge: Obj): Obj {
  const raw = ctx.params.expand;
  const wanted = (Array.isArray(raw) ? raw : raw === undefined ? [] : typeof raw === "object" ? Object.values(raw as object) : [raw]).map(String);
  if (!wanted.includes("refunds")) return charge;
  const refunds = ctx.engine.store
    .all("refund")
    .filter((r) => r.charge === charge.id)
    .reverse();
  return {
    ...clone(charge),
    refunds: { object: "list", data: refunds.map(clone), has_more: false, total_count: refunds.length, url: `/v1/charges/${charge.id}/refunds` },
  };
}

export const paymentRoutes: Route[] = [
  route("POST", "/v1/payment_intents", createPaymentIntent),
  route("GET", "/v1/payment_intents", (ctx) => listOf(ctx, ctx.engine.store.all("payment_intent"), "/v1/payment_intents")),
  route("GET", "/v1/payment_intents/:id", (ctx) => getPaymentIntent(ctx.engine, ctx.match[0]!)),
  route("POST", "/v1/payment_intents/:id/confirm", (ctx) =>
    confirm(ctx.engine, getPaymentIntent(ctx.engine, ctx.match[0]!), str(ctx.params, "payment_method") ?? null, ctx.request),
  ),
  route("POST", "/v1/payment_intents/:id/cancel", (ctx) => {
    const pi = getPaymentIntent(ctx.engine, ctx.match[0]!);
    if (pi.status === "succeeded" || pi.status === "canceled")
      throw new StripeHttpError(400, {
        type: "invalid_request_error",
        code: "payment_intent_unexpected_state",
        message: `You cannot cancel this PaymentIntent because it has a status of ${String(pi.status)}.`,
      });
    Object.assign(pi, {
      status: "canceled",
      canceled_at: ctx.engine.store.now(),
      cancellation_reason: str(ctx.params, "cancellation_reason") ?? "requested_by_customer",
    });
    ctx.engine.store.put(pi);
    ctx.engine.emit("payment_intent.canceled", pi, { request: ctx.request });
    return pi;
  }),
  route("GET", "/v1/charges", (ctx) => {
    const pi = str(ctx.params, "payment_intent");
    const group = str(ctx.params, "transfer_group");
    return listOf(
      ctx,
      ctx.engine.store.all("charge").filter((c) => (!pi || c.payment_intent === pi) && (!group || c.transfer_group === group)),
      "/v1/charges",
    );
  }),
  route("GET", "/v1/charges/:id", (ctx) => withRefunds(ctx, getCharge(ctx.engine, ctx.match[0]!))),
];
