import crypto from "node:crypto";
import type { Engine, RequestInfo } from "../engine.ts";
import { invalid, StripeHttpError } from "../errors.ts";
import { int, metadata, str } from "../form.ts";
import { listOf, route, type Ctx, type Route } from "../http.ts";
import { money } from "../money.ts";
import { refundObject } from "../objects/money-objects.ts";
import type { Obj } from "../store.ts";
import { balanceTransaction } from "./balance.ts";
import { getCharge, getObject, getPaymentIntent } from "./payments.ts";

const REASONS = ["duplicate", "fraudulent", "requested_by_customer"];

/**
 * Refunds (part of) a charge: the platform's balance pays it, the charge's `amount_refunded` grows, and
 * `refund.created` + `charge.refunded` are sent. Transfers made from the charge are not touched, as in
 * Stripe's separate charges and transfers. Used by the API and by the dashboard-style helper.
 */
export function refundCharge(
  engine: Engine,
  charge: Obj,
  p: { amount?: number; reason?: string | null; metadata?: Record<string, string> },
  request?: RequestInfo,
): Obj {
  if (charge.status !== "succeeded") throw invalid(`Charge ${charge.id} has not succeeded, so it cannot be refunded.`, "charge");
  const dispute = charge.disputed ? engine.store.all("dispute").find((d) => d.charge === charge.id) : null;
  if (dispute && !["warning_closed", "won"].includes(dispute.status as string))
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "charge_disputed",
      message: `Charge ${charge.id} has been charged back; cannot issue a refund.`,
    });
  const remaining = (charge.amount as number) - (charge.amount_refunded as number);
  if (remaining === 0)
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "charge_already_refunded",
      message: `Charge ${charge.id} has already been refunded.`,
    });
  const amount = p.amount ?? remaining;
  const cur = charge.currency as string;
  if (amount > remaining)
    throw invalid(`Refund amount (${money(amount, cur)}) is greater than unrefunded amount on charge (${money(remaining, cur)})`, "amount", "amount_too_large");
  if (p.reason && !REASONS.includes(p.reason)) throw invalid(`Invalid reason: must be one of ${REASONS.join(", ")}`, "reason", "parameter_invalid_string");
  const re = refundObject({
    id: engine.store.newId("re"),
    amount,
    charge,
    created: engine.store.now(),
    metadata: p.metadata ?? {},
    reason: p.reason ?? null,
    arn: String(crypto.randomInt(10 ** 9, 10 ** 10 - 1)).padStart(23, "7"),
  });
  re.balance_transaction = balanceTransaction(engine, { amount: -amount, currency: cur, type: "refund", source: re.id, description: "REFUND FOR CHARGE" }).id;
  engine.store.put(re);
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded = (charge.amount_refunded as number) + amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  engine.store.put(charge);
  engine.emit("refund.created", re, { request });
  engine.emit("charge.refunded", charge, { previous, request });
  return re;
}

function createRefund(ctx: Ctx): Obj {
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
  if (chargeId && piId && charge.payment_intent !== piId) throw invalid(`Charge ${chargeId} does not belong to PaymentIntent ${piId}.`, "payment_intent");
  return refundCharge(ctx.engine, charge, { amount: int(p, "amount", { min: 1 }), reason: str(p, "reason") ?? null, metadata: metadata(p) }, ctx.request);
}

function updateRefund(ctx: Ctx): Obj {
  const re = getObject(ctx.engine, ctx.match[0]!, "refund", "refund");
  const previous = { metadata: re.metadata };
  re.metadata = metadata(ctx.params, re.metadata as Record<string, string>);
  ctx.engine.store.put(re);
  ctx.engine.emit("refund.updated", re, { previous, request: ctx.request });
  ctx.engine.emit("charge.refund.updated", re, { previous, request: ctx.request });
  return re;
}

export const refundRoutes: Route[] = [
  route("POST", "/v1/refunds", createRefund),
  route("GET", "/v1/refunds", (ctx) => {
    const charge = str(ctx.params, "charge");
    const pi = str(ctx.params, "payment_intent");
    return listOf(
      ctx,
      ctx.engine.store.all("refund").filter((r) => (!charge || r.charge === charge) && (!pi || r.payment_intent === pi)),
      "/v1/refunds",
    );
  }),
  route("GET", "/v1/refunds/:id", (ctx) => getObject(ctx.engine, ctx.match[0]!, "refund", "refund")),
  route("POST", "/v1/refunds/:id", updateRefund),
];
