import type { Engine } from "../engine.ts";
import { invalid, noSuch, StripeHttpError } from "../errors.ts";
import { currency, int, metadata, str } from "../form.ts";
import { listOf, route, type Ctx, type Route } from "../http.ts";
import { money } from "../money.ts";
import { transferObject, transferReversalObject } from "../objects/money-objects.ts";
import { clone, type Obj } from "../store.ts";
import { availableBalance, balanceTransaction } from "./balance.ts";
import { getCharge } from "./payments.ts";

const insufficient = (message: string) => new StripeHttpError(400, { type: "invalid_request_error", code: "balance_insufficient", message });

function getTransfer(engine: Engine, id: string): Obj {
  const t = engine.store.get(id);
  if (!t || t.object !== "transfer") throw noSuch("transfer", id);
  return t;
}

/**
 * Separate charges and transfers: money from the platform's balance to a connected account that can
 * receive transfers. With `source_transaction` the transfer is funded by that charge (and may be made
 * before the charge's funds are available); the transfers on one charge never add up to more than it.
 */
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
    if (ch.status !== "succeeded") throw invalid(`The source_transaction ${sourceId} has not succeeded, so it cannot fund a transfer.`, "source_transaction");
    if (ch.currency !== cur)
      throw invalid(
        `The currency of source_transaction's balance transaction (${String(ch.currency)}) must be the same as the transfer currency (${cur})`,
        "currency",
      );
    const used = engine.store.state.transferredFrom[sourceId] ?? 0;
    const left = (ch.amount as number) - used;
    if (amount > left)
      throw insufficient(
        `The transfer amount (${money(amount, cur)}) is more than what is left of its source_transaction ${sourceId} (${money(left, cur)} of ${money(ch.amount as number, cur)}).`,
      );
    engine.store.state.transferredFrom[sourceId] = used + amount;
  } else if (availableBalance(engine, null, cur) < amount) {
    throw insufficient("You have insufficient funds in your Stripe account for this transfer. Your card balance is too low.");
  }
  const tr = transferObject({
    id: engine.store.newId("tr"),
    amount,
    currency: cur,
    created: engine.store.now(),
    description: str(p, "description") ?? null,
    destination: destId,
    destinationPayment: engine.store.newId("py"),
    metadata: metadata(p),
    sourceTransaction: sourceId ?? null,
    transferGroup: str(p, "transfer_group") ?? null,
  });
  tr.balance_transaction = balanceTransaction(engine, { amount: -amount, currency: cur, type: "transfer", source: tr.id }).id;
  balanceTransaction(engine, { amount, currency: cur, type: "payment", source: tr.destination_payment as string, account: destId });
  engine.store.put(tr);
  engine.emit("transfer.created", tr, { request: ctx.request });
  return tr;
}

/** A reversal takes money back from the connected account: only while its available balance covers it. */
function reverse(ctx: Ctx): Obj {
  const { engine } = ctx;
  const tr = getTransfer(engine, ctx.match[0]!);
  const remaining = (tr.amount as number) - (tr.amount_reversed as number);
  if (remaining === 0)
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "transfer_already_reversed",
      message: `Transfer ${tr.id} has already been fully reversed.`,
    });
  const amount = int(ctx.params, "amount", { min: 1 }) ?? remaining;
  if (amount > remaining) throw invalid("You cannot reverse more than the remaining transfer amount.", "amount", "amount_too_large");
  const cur = tr.currency as string;
  const dest = tr.destination as string;
  const available = availableBalance(engine, dest, cur);
  if (available < amount)
    throw insufficient(
      `Insufficient funds in the connected account ${dest} to reverse this transfer: its available balance is ${money(available, cur)}, the reversal is ${money(amount, cur)}.`,
    );
  const trr = transferReversalObject({
    id: engine.store.newId("trr"),
    amount,
    currency: cur,
    created: engine.store.now(),
    transfer: tr.id,
    destinationPaymentRefund: engine.store.newId("pyr"),
    metadata: metadata(ctx.params),
  });
  trr.balance_transaction = balanceTransaction(engine, { amount, currency: cur, type: "transfer_refund", source: trr.id }).id;
  balanceTransaction(engine, { amount: -amount, currency: cur, type: "payment_refund", source: trr.destination_payment_refund as string, account: dest });
  engine.store.put(trr);
  const previous = { amount_reversed: tr.amount_reversed, reversed: tr.reversed, reversals: clone(tr.reversals) };
  const reversals = tr.reversals as { data: Obj[]; total_count: number };
  reversals.data = [clone(trr), ...reversals.data].slice(0, 10);
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
  route("POST", "/v1/transfers/:id", (ctx) => {
    const tr = getTransfer(ctx.engine, ctx.match[0]!);
    const previous = { metadata: clone(tr.metadata), description: tr.description };
    tr.metadata = metadata(ctx.params, tr.metadata as Record<string, string>);
    if (ctx.params.description !== undefined) tr.description = str(ctx.params, "description") ?? null;
    ctx.engine.store.put(tr);
    ctx.engine.emit("transfer.updated", tr, { previous, request: ctx.request });
    return tr;
  }),
  route("POST", "/v1/transfers/:id/reversals", reverse),
  route("GET", "/v1/transfers/:id/reversals", (ctx) =>
    listOf(
      ctx,
      ctx.engine.store.all("transfer_reversal").filter((r) => r.transfer === getTransfer(ctx.engine, ctx.match[0]!).id),
      `/v1/transfers/${ctx.match[0]}/reversals`,
    ),
  ),
];
