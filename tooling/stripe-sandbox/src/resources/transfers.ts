import type { Engine } from "../engine.ts";
import { invalid, noSuch, StripeHttpError } from "../errors.ts";
import { currency, int, metadata, str } from "../form.ts";
import { listOf, route, type Ctx, type Route } from "../http.ts";
import { nowSeconds, type Obj } from "../store.ts";
import { balanceTransaction, getCharge } from "./payments.ts";

const insufficient = () =>
  new StripeHttpError(400, {
    type: "invalid_request_error",
    code: "balance_insufficient",
    message: "You have insufficient funds in your Stripe account for this transfer. Your card balance is too low.",
  });

function getTransfer(engine: Engine, id: string): Obj {
  const t = engine.store.get(id);
  if (!t || t.object !== "transfer") throw noSuch("transfer", id);
  return t;
}

function createTransfer(ctx: Ctx): Obj {
  const { engine } = ctx;
  const p = ctx.params;
  const amount = int(p, "amount", { required: true, min: 1 })!;
  const cur = currency(p);
  const destId = str(p, "destination", { required: true })!;
  const dest = engine.store.get(destId);
  if (!dest || dest.object !== "account" || dest.deleted) throw noSuch("destination", destId, "destination");
  if (dest.deauthorized) throw invalid(`The destination account ${destId} has been disconnected from your platform.`, "destination", "account_invalid");
  if ((dest.capabilities as Record<string, string>).transfers !== "active") {
    throw invalid(
      "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
      "destination",
      "insufficient_capabilities_for_transfer",
    );
  }
  const sourceId = str(p, "source_transaction");
  if (sourceId) {
    const ch = getCharge(engine, sourceId, "source_transaction");
    if (ch.currency !== cur)
      throw invalid(
        `The currency of source_transaction's balance transaction (${String(ch.currency)}) must be the same as the transfer currency (${cur})`,
        "currency",
      );
    const used = engine.store.state.transferredFrom[sourceId] ?? 0;
    if (ch.status !== "succeeded" || amount > (ch.amount as number) - (ch.amount_refunded as number) - used) throw insufficient();
    engine.store.state.transferredFrom[sourceId] = used + amount;
  } else if (engine.store.balance(null, cur).available < amount) {
    throw insufficient();
  }
  const tr: Obj = {
    id: engine.store.newId("tr"),
    object: "transfer",
    amount,
    amount_reversed: 0,
    currency: cur,
    description: str(p, "description") ?? null,
    destination: destId,
    destination_payment: engine.store.newId("py"),
    metadata: metadata(p),
    reversals: { object: "list", data: [], has_more: false, total_count: 0, url: "" },
    reversed: false,
    source_transaction: sourceId ?? null,
    source_type: "card",
    transfer_group: str(p, "transfer_group") ?? null,
    balance_transaction: null,
    created: nowSeconds(),
    livemode: false,
  };
  (tr.reversals as { url: string }).url = `/v1/transfers/${tr.id}/reversals`;
  tr.balance_transaction = balanceTransaction(engine, { amount: -amount, currency: cur, type: "transfer", source: tr.id }).id;
  balanceTransaction(engine, { amount, currency: cur, type: "payment", source: tr.destination_payment as string, account: destId });
  engine.store.put(tr);
  engine.emit("transfer.created", tr, { request: ctx.request });
  return tr;
}

function reverse(ctx: Ctx): Obj {
  const { engine } = ctx;
  const tr = getTransfer(engine, ctx.match[0]!);
  const remaining = (tr.amount as number) - (tr.amount_reversed as number);
  const amount = int(ctx.params, "amount", { min: 1 }) ?? remaining;
  if (remaining === 0)
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "transfer_already_reversed",
      message: `Transfer ${tr.id} has already been fully reversed.`,
    });
  if (amount > remaining) throw invalid("You cannot reverse more than the remaining transfer amount.", "amount", "amount_too_large");
  const cur = tr.currency as string;
  const trr: Obj = {
    id: engine.store.newId("trr"),
    object: "transfer_reversal",
    amount,
    currency: cur,
    transfer: tr.id,
    destination_payment_refund: engine.store.newId("pyr"),
    metadata: metadata(ctx.params),
    balance_transaction: null,
    created: nowSeconds(),
  };
  trr.balance_transaction = balanceTransaction(engine, { amount, currency: cur, type: "transfer_refund", source: trr.id }).id;
  balanceTransaction(engine, {
    amount: -amount,
    currency: cur,
    type: "payment_refund",
    source: trr.destination_payment_refund as string,
    account: tr.destination as string,
  });
  engine.store.put(trr);
  const previous = { amount_reversed: tr.amount_reversed, reversed: tr.reversed };
  const reversals = tr.reversals as { data: Obj[]; total_count: number };
  reversals.data = [trr, ...reversals.data];
  reversals.total_count++;
  tr.amount_reversed = (tr.amount_reversed as number) + amount;
  tr.reversed = tr.amount_reversed === tr.amount;
  engine.store.put(tr);
  engine.emit("transfer.reversed", tr, { previous, request: ctx.request });
  engine.emit("transfer.updated", tr, { previous, request: ctx.request });
  return trr;
}

export const transferRoutes: Route[] = [
  route("POST", "/v1/transfers", createTransfer),
  route("GET", "/v1/transfers", (ctx) => {
    const dest = str(ctx.params, "destination");
    const group = str(ctx.params, "transfer_group");
    return listOf(
      ctx,
      ctx.engine.store.all("transfer").filter((t) => (!dest || t.destination === dest) && (!group || t.transfer_group === group)),
      "/v1/transfers",
    );
  }),
  route("GET", "/v1/transfers/:id", (ctx) => getTransfer(ctx.engine, ctx.match[0]!)),
  route("POST", "/v1/transfers/:id/reversals", reverse),
  route("GET", "/v1/transfers/:id/reversals", (ctx) =>
    listOf(ctx, [...(getTransfer(ctx.engine, ctx.match[0]!).reversals as { data: Obj[] }).data].reverse(), `/v1/transfers/${ctx.match[0]}/reversals`),
  ),
];
