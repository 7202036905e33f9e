import type { Engine } from "../engine.ts";
import { noSuch, StripeHttpError } from "../errors.ts";
import { currency, int, metadata, str } from "../form.ts";
import { listOf, route, type Ctx, type Route } from "../http.ts";
import { payoutObject } from "../objects/money-objects.ts";
import type { Obj } from "../store.ts";
import { balanceTransaction } from "./balance.ts";

const ownerOf = (engine: Engine, id: string) => engine.store.state.ownerAccount[id] ?? null;

/** A payout visible to the caller (a connected account's payouts only with its Stripe-Account header). */
export function getPayout(engine: Engine, id: string, account: string | null): Obj {
  const po = engine.store.get(id);
  if (!po || po.object !== "payout" || ownerOf(engine, id) !== account) throw noSuch("payout", id);
  return po;
}

export function createPayout(
  engine: Engine,
  account: string | null,
  p: { amount: number; currency: string; description?: string | null; metadata?: Record<string, string>; statementDescriptor?: string | null },
  request?: Ctx["request"],
): Obj {
  if (engine.store.balance(account, p.currency).available < p.amount) {
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "balance_insufficient",
      message:
        "You have insufficient funds in your Stripe account for this transfer. Your card balance is too low. You can use the /v1/balance endpoint to view your Stripe balance.",
    });
  }
  const acct = account ? engine.store.get(account) : null;
  const destination = ((acct?.external_accounts as { data?: Obj[] } | undefined)?.data?.[0]?.id as string | undefined) ?? "ba_platform_default";
  const po = payoutObject({
    id: engine.store.newId("po"),
    amount: p.amount,
    currency: p.currency,
    created: engine.store.now(),
    description: p.description ?? null,
    destination,
    metadata: p.metadata ?? {},
    statementDescriptor: p.statementDescriptor ?? null,
  });
  po.balance_transaction = balanceTransaction(engine, { amount: -p.amount, currency: p.currency, type: "payout", source: po.id, account }).id;
  engine.store.put(po, account);
  engine.emit("payout.created", po, { account, request });
  engine.later(engine.opts.payoutDelayMs / 2, () => advance(engine, po.id, "in_transit"));
  engine.later(engine.opts.payoutDelayMs, () => advance(engine, po.id, "paid"));
  return po;
}

const ORDER = ["pending", "in_transit", "paid", "failed", "canceled"];

/** pending → in_transit → paid, or → failed (money back on the balance). Never backwards. */
export function advance(engine: Engine, id: string, to: "in_transit" | "paid" | "failed"): Obj | null {
  const po = engine.store.get(id);
  if (!po || po.object !== "payout") return null;
  const from = po.status as string;
  if (from === "failed" || from === "canceled" || ORDER.indexOf(to) <= ORDER.indexOf(from)) return po;
  const account = ownerOf(engine, id);
  const previous = { status: from };
  po.status = to;
  if (to === "paid") po.trace_id = { status: "supported", value: `SANDBOXTRACE${po.id.slice(3, 15).toUpperCase()}` };
  if (to === "failed") {
    Object.assign(po, { failure_code: "account_closed", failure_message: "The bank account has been closed." });
    po.failure_balance_transaction = balanceTransaction(engine, {
      amount: po.amount as number,
      currency: po.currency as string,
      type: "payout_failure",
      source: po.id,
      account,
    }).id;
  }
  engine.store.put(po);
  engine.emit("payout.updated", po, { account, previous });
  if (to === "paid") engine.emit("payout.paid", po, { account });
  if (to === "failed") engine.emit("payout.failed", po, { account });
  return po;
}

export const payoutRoutes: Route[] = [
  route("POST", "/v1/payouts", (ctx) =>
    createPayout(
      ctx.engine,
      ctx.account,
      {
        amount: int(ctx.params, "amount", { required: true, min: 1 })!,
        currency: currency(ctx.params),
        description: str(ctx.params, "description"),
        metadata: metadata(ctx.params),
        statementDescriptor: str(ctx.params, "statement_descriptor"),
      },
      ctx.request,
    ),
  ),
  route("GET", "/v1/payouts", (ctx) =>
    listOf(
      ctx,
      ctx.engine.store.all("payout").filter((p) => ownerOf(ctx.engine, p.id) === ctx.account),
      "/v1/payouts",
    ),
  ),
  route("GET", "/v1/payouts/:id", (ctx) => getPayout(ctx.engine, ctx.match[0]!, ctx.account)),
  route("POST", "/v1/payouts/:id/cancel", (ctx) => {
    const po = getPayout(ctx.engine, ctx.match[0]!, ctx.account);
    if (po.status !== "pending")
      throw new StripeHttpError(400, {
        type: "invalid_request_error",
        message: `Payouts can only be canceled while they are pending; this one is ${String(po.status)}.`,
      });
    po.status = "canceled";
    balanceTransaction(ctx.engine, {
      amount: po.amount as number,
      currency: po.currency as string,
      type: "payout_cancel",
      source: po.id,
      account: ctx.account,
    });
    ctx.engine.store.put(po);
    ctx.engine.emit("payout.canceled", po, { account: ctx.account, previous: { status: "pending" }, request: ctx.request });
    return po;
  }),
];
