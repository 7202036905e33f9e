import type { Engine } from "../engine.ts";
import { noSuch } from "../errors.ts";
import { listOf, route, type Ctx, type Json, type Route } from "../http.ts";
import { balanceTransactionObject } from "../objects/money-objects.ts";
import type { Obj } from "../store.ts";

/** Stripe's reporting category for each balance transaction type the sandbox writes. */
const CATEGORY: Record<string, string> = {
  charge: "charge",
  payment: "charge",
  refund: "refund",
  payment_refund: "refund",
  transfer: "transfer",
  transfer_refund: "transfer_reversal",
  payout: "payout",
  payout_cancel: "payout_reversal",
  payout_failure: "payout_reversal",
  adjustment: "dispute",
  stripe_fee: "fee",
};

/** Writes a balance transaction and moves the account's available balance by its net. */
export function balanceTransaction(
  engine: Engine,
  t: { amount: number; currency: string; fee?: number; type: string; source: string; account?: string | null; description?: string | null; category?: string },
): Obj {
  const fee = t.fee ?? 0;
  const txn = balanceTransactionObject({
    id: engine.store.newId("txn"),
    amount: t.amount,
    currency: t.currency,
    fee,
    type: t.type,
    reportingCategory: t.category ?? CATEGORY[t.type] ?? t.type,
    source: t.source,
    created: engine.store.now(),
    description: t.description ?? null,
  });
  engine.store.balance(t.account, t.currency).available += t.amount - fee;
  return engine.store.put(txn, t.account);
}

export const availableBalance = (engine: Engine, account: string | null, currency: string) => engine.store.balance(account, currency).available;

function balance(ctx: Ctx): Json {
  const mine = ctx.engine.store.state.balances[ctx.account ?? "platform"] ?? {};
  const entries = Object.entries(mine);
  return {
    object: "balance",
    available: entries.map(([c, b]) => ({ amount: b.available, currency: c, source_types: { card: b.available } })),
    connect_reserved: entries.map(([c]) => ({ amount: 0, currency: c })),
    livemode: false,
    pending: entries.map(([c, b]) => ({ amount: b.pending, currency: c, source_types: { card: b.pending } })),
    refund_and_dispute_prefunding: { available: [], pending: [] },
  };
}

export const balanceRoutes: Route[] = [
  route("GET", "/v1/balance", balance),
  route("GET", "/v1/balance_transactions", (ctx) => {
    const source = typeof ctx.params.source === "string" ? ctx.params.source : null;
    const type = typeof ctx.params.type === "string" ? ctx.params.type : null;
    return listOf(
      ctx,
      ctx.engine.store
        .all("balance_transaction")
        .filter((t) => (ctx.engine.store.state.ownerAccount[t.id] ?? null) === ctx.account && (!source || t.source === source) && (!type || t.type === type)),
      "/v1/balance_transactions",
    );
  }),
  route("GET", "/v1/balance_transactions/:id", (ctx) => {
    const t = ctx.engine.store.get(ctx.match[0]!);
    if (!t || t.object !== "balance_transaction" || (ctx.engine.store.state.ownerAccount[t.id] ?? null) !== ctx.account)
      throw noSuch("balance transaction", ctx.match[0]!);
    return t;
  }),
];
