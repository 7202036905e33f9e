import type { PageHandler } from "../server.ts";
import { completeOnboarding, deauthorize, requireMoreInfo } from "../resources/accounts.ts";
import { paySession } from "../resources/checkout-pay.ts";
import { closeDispute, openDispute, parseDisputeParams } from "../resources/disputes.ts";
import { advance } from "../resources/payouts.ts";
import { getCharge } from "../resources/payments.ts";
import { refundCharge } from "../resources/refunds.ts";
import { invalid } from "../errors.ts";
import { int, metadata, str } from "../form.ts";
import { payFormFrom } from "./checkout.ts";
import { payHostedInvoice } from "./invoice.ts";

const json = (res: Parameters<PageHandler>[2], status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

/** Sandbox-only controls (tests and the hosted pages use them); every one emits the real events. */
export const helperRoutes: PageHandler = (engine, req, res, url, form) => {
  if (!url.pathname.startsWith("/__sandbox/")) return false;
  if (url.pathname === "/__sandbox/clock" && req.method === "GET")
    return (json(res, 200, { now: engine.store.now(), offset_seconds: engine.store.state.clockOffsetSeconds }), true);
  if (req.method !== "POST") return false;
  const path = url.pathname;
  // form values arrive as strings (form-encoded) or as JSON numbers
  const p = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, typeof v === "number" ? String(v) : v]));
  if (path === "/__sandbox/clock/advance") {
    const seconds = int(p, "seconds", { required: true, min: 0 })!;
    engine.advanceClock(seconds);
    return (json(res, 200, { now: engine.store.now(), offset_seconds: engine.store.state.clockOffsetSeconds }), true);
  }
  const acct = path.match(/^\/__sandbox\/accounts\/([^/]+)\/(complete_onboarding|deauthorize|require_more_info)$/);
  if (acct) {
    const fn = { complete_onboarding: completeOnboarding, deauthorize, require_more_info: requireMoreInfo }[acct[2] as "deauthorize"];
    return (json(res, 200, fn(engine, acct[1]!)), true);
  }
  const po = path.match(/^\/__sandbox\/payouts\/([^/]+)\/(pay|fail)$/);
  if (po) {
    const r = po[2] === "pay" ? (advance(engine, po[1]!, "in_transit"), advance(engine, po[1]!, "paid")) : advance(engine, po[1]!, "failed");
    return (json(res, r ? 200 : 404, r ?? { error: { message: "No such payout" } }), true);
  }
  const cs = path.match(/^\/__sandbox\/checkout\/sessions\/([^/]+)\/pay$/);
  if (cs) {
    const r = paySession(engine, cs[1]!, { ...payFormFrom(p), cardNumber: String(p.card_number ?? "4242424242424242") });
    return (json(res, r.ok ? 200 : 402, r.ok ? r.session : { error: { type: "card_error", message: r.message } }), true);
  }
  const invoice = path.match(/^\/__sandbox\/invoices\/([^/]+)\/pay$/);
  if (invoice) {
    const r = payHostedInvoice(engine, invoice[1]!, String(p.card_number ?? "4242424242424242"));
    return (json(res, r.ok ? 200 : 402, r.ok ? r.invoice : { error: { type: "card_error", message: r.message } }), true);
  }
  // a refund made in the Stripe dashboard: the same refund and events, with no API request behind them
  const refund = path.match(/^\/__sandbox\/charges\/([^/]+)\/refund$/);
  if (refund) {
    const re = refundCharge(engine, getCharge(engine, refund[1]!), {
      amount: int(p, "amount", { min: 1 }),
      reason: str(p, "reason") ?? null,
      metadata: metadata(p),
    });
    return (json(res, 200, re), true);
  }
  const dispute = path.match(/^\/__sandbox\/charges\/([^/]+)\/dispute$/);
  if (dispute) return (json(res, 200, openDispute(engine, dispute[1]!, parseDisputeParams(p))), true);
  const close = path.match(/^\/__sandbox\/disputes\/([^/]+)\/close$/);
  if (close) {
    const outcome = str(p, "outcome", { required: true });
    if (outcome !== "won" && outcome !== "lost") throw invalid("outcome must be won or lost", "outcome");
    return (json(res, 200, closeDispute(engine, close[1]!, outcome)), true);
  }
  return false;
};
