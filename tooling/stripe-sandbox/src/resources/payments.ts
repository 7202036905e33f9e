import type { Engine, RequestInfo } from "../engine.ts";
import { invalid, noSuch, StripeHttpError } from "../errors.ts";
import { bool, currency, int, metadata, str } from "../form.ts";
import { listOf, route, type Ctx, type Json, type Route } from "../http.ts";
import { money } from "../money.ts";
import { clone, nowSeconds, type Obj } from "../store.ts";

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
  return CARDS[number] ?? null;
}

function get(engine: Engine, id: string, kind: string, object: string, param?: string): Obj {
  const o = engine.store.get(id);
  if (!o || o.object !== object) throw noSuch(kind, id, param);
  return o;
}
export const getPaymentIntent = (e: Engine, id: string, param?: string) => get(e, id, "payment_intent", "payment_intent", param);
export const getCharge = (e: Engine, id: string, param?: string) => get(e, id, "charge", "charge", param);

export function balanceTransaction(
  engine: Engine,
  t: { amount: number; currency: string; fee?: number; type: string; source: string; account?: string | null },
): Obj {
  const fee = t.fee ?? 0;
  const txn: Obj = {
    id: engine.store.newId("txn"),
    object: "balance_transaction",
    amount: t.amount,
    currency: t.currency,
    fee,
    fee_details: fee ? [{ amount: fee, application: null, currency: t.currency, description: "Stripe processing fees", type: "stripe_fee" }] : [],
    net: t.amount - fee,
    source: t.source,
    status: "available",
    type: t.type,
    reporting_category: t.type,
    available_on: nowSeconds(),
    created: nowSeconds(),
    description: null,
  };
  engine.store.balance(t.account, t.currency).available += t.amount - fee;
  return engine.store.put(txn, t.account);
}

function createPaymentIntent(ctx: Ctx): Obj {
  const p = ctx.params;
  const amount = int(p, "amount", { required: true, min: 1 })!;
  const cur = currency(p);
  const pi: Obj = {
    id: ctx.engine.store.newId("pi"),
    object: "payment_intent",
    amount,
    amount_capturable: 0,
    amount_received: 0,
    currency: cur,
    status: "requires_payment_method",
    payment_method: null,
    latest_charge: null,
    last_payment_error: null,
    cancellation_reason: null,
    canceled_at: null,
    capture_method: "automatic",
    confirmation_method: "automatic",
    client_secret: "",
    description: str(p, "description") ?? null,
    metadata: metadata(p),
    transfer_group: str(p, "transfer_group") ?? null,
    payment_method_types: ["card"],
    automatic_payment_methods: bool({ v: (p.automatic_payment_methods as Record<string, string> | undefined)?.enabled }, "v")
      ? { enabled: true, allow_redirects: "never" }
      : null,
    created: nowSeconds(),
    livemode: false,
  };
  pi.client_secret = `${pi.id}_secret_${ctx.engine.store.newId("s").slice(2, 20)}`;
  const pm = str(p, "payment_method");
  if (pm) {
    if (!cardFor(pm)) throw noSuch("PaymentMethod", pm, "payment_method");
    Object.assign(pi, { payment_method: pm, status: "requires_confirmation" });
  }
  ctx.engine.store.put(pi);
  ctx.engine.emit("payment_intent.created", pi, { request: ctx.request });
  if (bool(p, "confirm")) return confirm(ctx.engine, pi, pm ?? null, ctx.request);
  return pi;
}

/** Charges the card; a decline leaves the PaymentIntent waiting for another method and answers 402. */
export function confirm(engine: Engine, pi: Obj, pmOrCard: string | null, request?: RequestInfo, extra: { email?: string } = {}): Obj {
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
  const charge: Obj = {
    id: engine.store.newId("ch"),
    object: "charge",
    amount: pi.amount,
    amount_captured: card.decline ? 0 : pi.amount,
    amount_refunded: 0,
    balance_transaction: null,
    billing_details: { email: extra.email ?? null, name: null, address: null, phone: null },
    captured: !card.decline,
    currency: pi.currency,
    description: pi.description,
    failure_code: card.decline ? "card_declined" : null,
    failure_message: card.decline ? DECLINE_MESSAGE[card.decline] : null,
    metadata: clone(pi.metadata),
    outcome: card.decline
      ? {
          network_status: "declined_by_network",
          reason: card.decline,
          risk_level: "normal",
          seller_message: "The bank did not return any further details with this decline.",
          type: "issuer_declined",
        }
      : { network_status: "approved_by_network", reason: null, risk_level: "normal", seller_message: "Payment complete.", type: "authorized" },
    paid: !card.decline,
    payment_intent: pi.id,
    payment_method: pm,
    payment_method_details: {
      type: "card",
      card: { brand: card.brand, last4: card.last4, exp_month: 12, exp_year: new Date().getFullYear() + 3, funding: "credit", country: "US" },
    },
    refunded: false,
    status: card.decline ? "failed" : "succeeded",
    transfer_group: pi.transfer_group,
    created: nowSeconds(),
    livemode: false,
  };
  pi.latest_charge = charge.id;
  pi.payment_method = pm;
  if (card.decline) {
    engine.store.put(charge);
    pi.status = "requires_payment_method";
    pi.last_payment_error = {
      type: "card_error",
      code: "card_declined",
      decline_code: card.decline,
      message: DECLINE_MESSAGE[card.decline],
      charge: charge.id,
      payment_method: { id: pm, object: "payment_method", type: "card" },
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
  }).id;
  engine.store.put(charge);
  Object.assign(pi, { status: "succeeded", amount_received: pi.amount, last_payment_error: null });
  engine.store.put(pi);
  engine.emit("charge.succeeded", charge, { request });
  engine.emit("payment_intent.succeeded", pi, { request });
  return pi;
}

function refund(ctx: Ctx): Obj {
  const p = ctx.params;
  const chargeId = str(p, "charge");
  const piId = str(p, "payment_intent");
  if (!chargeId && !piId)
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "parameter_missing",
      message: "One of the following params should be provided for this request: payment_intent or charge.",
    });
  const charge = chargeId
    ? getCharge(ctx.engine, chargeId, "charge")
    : getCharge(ctx.engine, String(getPaymentIntent(ctx.engine, piId!, "payment_intent").latest_charge ?? ""), "payment_intent");
  if (charge.status !== "succeeded") throw invalid(`Charge ${charge.id} has not succeeded, so it cannot be refunded.`, "charge");
  const remaining = (charge.amount as number) - (charge.amount_refunded as number);
  if (remaining === 0)
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "charge_already_refunded",
      message: `Charge ${charge.id} has already been refunded.`,
    });
  const amount = int(p, "amount", { min: 1 }) ?? remaining;
  const cur = charge.currency as string;
  if (amount > remaining)
    throw invalid(`Refund amount (${money(amount, cur)}) is greater than unrefunded amount on charge (${money(remaining, cur)})`, "amount", "amount_too_large");
  const re: Obj = {
    id: ctx.engine.store.newId("re"),
    object: "refund",
    amount,
    charge: charge.id,
    currency: cur,
    payment_intent: charge.payment_intent,
    reason: str(p, "reason") ?? null,
    status: "succeeded",
    metadata: metadata(p),
    balance_transaction: null,
    created: nowSeconds(),
  };
  re.balance_transaction = balanceTransaction(ctx.engine, { amount: -amount, currency: cur, type: "refund", source: re.id }).id;
  ctx.engine.store.put(re);
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded = (charge.amount_refunded as number) + amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  ctx.engine.store.put(charge);
  ctx.engine.emit("refund.created", re, { request: ctx.request });
  ctx.engine.emit("charge.refunded", charge, { previous, request: ctx.request });
  return re;
}

function balance(ctx: Ctx): Json {
  const mine = ctx.engine.store.state.balances[ctx.account ?? "platform"] ?? {};
  const entries = Object.entries(mine);
  return {
    object: "balance",
    livemode: false,
    available: entries.map(([c, b]) => ({ amount: b.available, currency: c, source_types: { card: b.available } })),
    pending: entries.map(([c, b]) => ({ amount: b.pending, currency: c, source_types: { card: b.pending } })),
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
      canceled_at: nowSeconds(),
      cancellation_reason: str(ctx.params, "cancellation_reason") ?? "requested_by_customer",
    });
    ctx.engine.store.put(pi);
    ctx.engine.emit("payment_intent.canceled", pi, { request: ctx.request });
    return pi;
  }),
  route("GET", "/v1/charges", (ctx) => {
    const pi = str(ctx.params, "payment_intent");
    return listOf(
      ctx,
      ctx.engine.store.all("charge").filter((c) => !pi || c.payment_intent === pi),
      "/v1/charges",
    );
  }),
  route("GET", "/v1/charges/:id", (ctx) => getCharge(ctx.engine, ctx.match[0]!)),
  route("GET", "/v1/balance_transactions", (ctx) =>
    listOf(
      ctx,
      ctx.engine.store.all("balance_transaction").filter((t) => (ctx.engine.store.state.ownerAccount[t.id] ?? null) === ctx.account),
      "/v1/balance_transactions",
    ),
  ),
  route("GET", "/v1/balance_transactions/:id", (ctx) => get(ctx.engine, ctx.match[0]!, "balance transaction", "balance_transaction")),
  route("GET", "/v1/balance", balance),
  route("POST", "/v1/refunds", refund),
  route("GET", "/v1/refunds", (ctx) => listOf(ctx, ctx.engine.store.all("refund"), "/v1/refunds")),
  route("GET", "/v1/refunds/:id", (ctx) => get(ctx.engine, ctx.match[0]!, "refund", "refund")),
];
