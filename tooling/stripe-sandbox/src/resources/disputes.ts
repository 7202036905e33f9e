import type { Engine, RequestInfo } from "../engine.ts";
import { invalid, StripeHttpError } from "../errors.ts";
import { bool, int, metadata, obj, str } from "../form.ts";
import { listOf, route, type Ctx, type Route } from "../http.ts";
import { DISPUTE_EVIDENCE_FIELDS, disputeObject } from "../objects/money-objects.ts";
import { clone, type Obj } from "../store.ts";
import { balanceTransaction } from "./balance.ts";
import { getCharge, getObject } from "./payments.ts";

const REASONS = [
  "bank_cannot_process",
  "credit_not_processed",
  "customer_initiated",
  "debit_not_authorized",
  "duplicate",
  "fraudulent",
  "general",
  "incorrect_account_details",
  "insufficient_funds",
  "product_not_received",
  "product_unacceptable",
  "subscription_canceled",
  "unrecognized",
];
const OPEN = ["warning_needs_response", "warning_under_review", "needs_response", "under_review"];

export const getDispute = (engine: Engine, id: string) => getObject(engine, id, "dispute", "dispute");

/**
 * The cardholder's bank disputes a charge (sandbox helper): Stripe takes the disputed amount and its
 * dispute fee from the platform's balance at once (`charge.dispute.funds_withdrawn`), marks the charge
 * disputed and sends `charge.dispute.created`.
 */
export function openDispute(engine: Engine, chargeId: string, p: { reason?: string; amount?: number } = {}): Obj {
  const charge = getCharge(engine, chargeId);
  if (charge.status !== "succeeded") throw invalid(`Charge ${charge.id} has not succeeded, so it cannot be disputed.`, "charge");
  if (charge.disputed) throw invalid(`Charge ${charge.id} is already disputed.`, "charge", "charge_disputed");
  const reason = p.reason ?? "fraudulent";
  if (!REASONS.includes(reason)) throw invalid(`Invalid reason: must be one of ${REASONS.join(", ")}`, "reason");
  const amount = p.amount ?? (charge.amount as number);
  if (amount < 1 || amount > (charge.amount as number)) throw invalid("The disputed amount must be between 1 and the charge amount.", "amount");
  const created = engine.store.now();
  const email = (charge.billing_details as { email: string | null }).email;
  const d = disputeObject({ id: engine.store.newId("du"), charge, amount, reason, created, dueBy: created + 7 * 86_400, customerEmail: email });
  const cur = charge.currency as string;
  const txn = balanceTransaction(engine, {
    amount: -amount,
    currency: cur,
    fee: engine.disputeFee(cur),
    type: "adjustment",
    source: d.id,
    description: `Chargeback withdrawal for ${charge.id}`,
  });
  d.balance_transactions = [clone(txn)];
  engine.store.put(d);
  charge.disputed = true;
  engine.store.put(charge);
  engine.emit("charge.dispute.created", d);
  engine.emit("charge.dispute.funds_withdrawn", d);
  return d;
}

/**
 * The bank decides (sandbox helper): `won` gives the disputed amount back to the platform
 * (`charge.dispute.funds_reinstated`; the fee stays taken), `lost` leaves it taken. Either way
 * `charge.dispute.closed`. Closing through the API (`POST /v1/disputes/:id/close`) accepts the loss.
 */
export function closeDispute(engine: Engine, id: string, outcome: "won" | "lost", request?: RequestInfo): Obj {
  const d = getDispute(engine, id);
  if (!OPEN.includes(d.status as string))
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "dispute_already_closed",
      message: `This dispute is already closed (${String(d.status)}).`,
    });
  const previous = { status: d.status };
  d.status = outcome;
  if (outcome === "won") {
    const txn = balanceTransaction(engine, {
      amount: d.amount as number,
      currency: d.currency as string,
      type: "adjustment",
      source: d.id,
      category: "dispute_reversal",
      description: `Chargeback reversal for ${String(d.charge)}`,
    });
    d.balance_transactions = [...(d.balance_transactions as Obj[]), clone(txn)];
    d.is_charge_refundable = true;
  }
  engine.store.put(d);
  if (outcome === "won") engine.emit("charge.dispute.funds_reinstated", d, { request });
  engine.emit("charge.dispute.closed", d, { previous, request });
  return d;
}

function updateDispute(ctx: Ctx): Obj {
  const d = getDispute(ctx.engine, ctx.match[0]!);
  if (!OPEN.includes(d.status as string)) throw invalid("This dispute is closed, so its evidence can no longer be changed.");
  const previous = { evidence: clone(d.evidence), metadata: clone(d.metadata), status: d.status };
  const evidence = obj(ctx.params, "evidence") ?? {};
  for (const [k, v] of Object.entries(evidence)) {
    if (!DISPUTE_EVIDENCE_FIELDS.includes(k)) throw invalid(`Received unknown parameter: evidence[${k}]`, `evidence[${k}]`, "parameter_unknown");
    (d.evidence as Record<string, unknown>)[k] = String(v);
  }
  d.metadata = metadata(ctx.params, d.metadata as Record<string, string>);
  const details = d.evidence_details as { has_evidence: boolean; submission_count: number };
  details.has_evidence = Object.values(d.evidence as object).some((v) => typeof v === "string");
  if (bool(ctx.params, "submit") ?? true) {
    if (details.has_evidence) {
      details.submission_count++;
      d.status = "under_review";
    }
  }
  ctx.engine.store.put(d);
  ctx.engine.emit("charge.dispute.updated", d, { previous, request: ctx.request });
  return d;
}

export const disputeRoutes: Route[] = [
  route("GET", "/v1/disputes", (ctx) => {
    const charge = str(ctx.params, "charge");
    const pi = str(ctx.params, "payment_intent");
    return listOf(
      ctx,
      ctx.engine.store.all("dispute").filter((d) => (!charge || d.charge === charge) && (!pi || d.payment_intent === pi)),
      "/v1/disputes",
    );
  }),
  route("GET", "/v1/disputes/:id", (ctx) => getDispute(ctx.engine, ctx.match[0]!)),
  route("POST", "/v1/disputes/:id", updateDispute),
  route("POST", "/v1/disputes/:id/close", (ctx) => closeDispute(ctx.engine, ctx.match[0]!, "lost", ctx.request)),
];

export const parseDisputeParams = (p: Record<string, unknown>) => ({ reason: str(p, "reason"), amount: int(p, "amount", { min: 1 }) });
