import type Stripe from "stripe";
import { openLines } from "../ledger/open-lines.ts";
import { postTransferLines } from "../ledger/transfer-lines.ts";
import { planTransfer } from "../ledger/transfer-plan.ts";
import { transferKey } from "./create-transfers.ts";
import { lockPayee, TX_OPTIONS, type MoneyDeps } from "./deps.ts";
import { DISPUTE_HOLD_REASON, recipientPayability } from "./payable.ts";
import { classifyStripeError } from "./stripe-failure.ts";

export type TransferOutcome =
  | { status: "PAID"; amount: number; stripeTransferId: string | null }
  | { status: "PARKED"; reason: string }
  | { status: "FAILED"; error: string }
  | { status: "SKIPPED"; why: string };

/** Thrown when the transfer can't go yet but will shortly (another transfer of the payee is in flight): the job retries. */
export class TransferBusy extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TransferBusy";
  }
}

/**
 * Sends one Transfer row: decides its amount (the payee's open lines of the order minus their debts),
 * binds it to the idempotency key, asks Stripe (adopting a transfer a lost response already created),
 * then records the TRANSFER line with its settlements. Safe to run again at any point: each phase is
 * guarded by the row's state. Transient Stripe failures are thrown (the job runner retries).
 */
export async function sendTransfer(deps: MoneyDeps, transferId: string): Promise<TransferOutcome> {
  const prepared = await prepare(deps, transferId);
  if (prepared.outcome) return prepared.outcome;
  const t = prepared.transfer!;

  let sent: Stripe.Transfer;
  try {
    sent = (await findCreated(deps, t)) ?? (await create(deps, t));
  } catch (e) {
    const f = classifyStripeError(e);
    const error = f.message.slice(0, 2000);
    if (f.kind === "transient") {
      await deps.db.transfer.update({ where: { id: t.id }, data: { lastError: error } });
      throw e;
    }
    if (f.kind === "not-payable") {
      // nothing was sent: park it, and give the next try a fresh key (Stripe may have stored this refusal under the old one)
      const generation = (Number(/-g(\d+)$/.exec(t.idempotencyKey)?.[1] ?? 0) || 0) + 1;
      await deps.db.transfer.updateMany({
        where: { id: t.id, status: "PENDING" },
        data: {
          status: "PARKED",
          parkedReason: `Stripe refused the transfer: ${error}`,
          lastError: error,
          attempts: 0,
          idempotencyKey: transferKey(t.orderId, t.recipientId, generation),
        },
      });
      return { status: "PARKED", reason: error };
    }
    await deps.db.transfer.updateMany({ where: { id: t.id, status: "PENDING" }, data: { status: "FAILED", lastError: error } });
    return { status: "FAILED", error };
  }
  await record(deps, t.id, sent.id);
  return { status: "PAID", amount: t.amount, stripeTransferId: sent.id };
}

type Prepared = {
  outcome?: TransferOutcome;
  transfer?: {
    id: string;
    orderId: string;
    recipientId: string;
    currency: string;
    amount: number;
    idempotencyKey: string;
    chargeId: string;
    destination: string;
    orderNumber: string;
  };
};

async function prepare(deps: MoneyDeps, transferId: string): Promise<Prepared> {
  return deps.db.$transaction(async (tx) => {
    const head = await tx.transfer.findUnique({ where: { id: transferId }, select: { recipientId: true } });
    if (!head) return { outcome: { status: "SKIPPED", why: "no such transfer" } };
    await lockPayee(tx, head.recipientId);
    const t = await tx.transfer.findUniqueOrThrow({
      where: { id: transferId },
      include: { order: { select: { number: true, stripeChargeId: true, disputed: true, status: true } } },
    });
    if (t.status === "PAID") return { outcome: { status: "PAID", amount: t.amount, stripeTransferId: t.stripeTransferId } };
    if (t.status === "FAILED") return { outcome: { status: "SKIPPED", why: "failed (an admin retries it)" } };
    const who = await recipientPayability(tx, t.recipientId);
    const fixed = t.status === "PENDING" && t.attempts > 0;
    if (!fixed) {
      const reason = t.order.disputed
        ? DISPUTE_HOLD_REASON
        : !who.payable
          ? who.reason
          : !t.order.stripeChargeId
            ? "The order's charge is not known yet."
            : null;
      const lines = await openLines(tx, t.recipientId, t.currency);
      const plan = planTransfer(lines, t.orderId);
      if (reason) {
        await tx.transfer.update({ where: { id: t.id }, data: { status: "PARKED", parkedReason: reason, amount: plan.amount } });
        return { outcome: { status: "PARKED", reason } };
      }
      const busy = await tx.transfer.findFirst({
        where: { recipientId: t.recipientId, currency: t.currency, status: "PENDING", attempts: { gt: 0 }, id: { not: t.id } },
        select: { id: true },
      });
      if (busy) throw new TransferBusy(`transfer ${busy.id} to the same artist is in flight; this one waits so a debt is never netted twice`);
      if (plan.amount === 0) {
        // everything of the order was refunded, or debts took it all: settle the lines, send nothing
        await tx.transfer.update({ where: { id: t.id }, data: { status: "PAID", amount: 0, paidAt: deps.now(), parkedReason: null, lastError: null } });
        await postTransferLines(
          tx,
          { payeeId: t.recipientId, currency: t.currency, orderId: t.orderId, transferId: t.id, memo: "nothing left to send" },
          plan.settles,
          lines,
        );
        return { outcome: { status: "PAID", amount: 0, stripeTransferId: null } };
      }
      await tx.transfer.update({ where: { id: t.id }, data: { status: "PENDING", amount: plan.amount, parkedReason: null, attempts: { increment: 1 } } });
      t.amount = plan.amount;
    } else {
      await tx.transfer.update({ where: { id: t.id }, data: { attempts: { increment: 1 } } });
    }
    if (!who.payable) throw new TransferBusy(`recipient not payable any more (${who.reason}); the bound transfer is retried`);
    return {
      transfer: {
        id: t.id,
        orderId: t.orderId,
        recipientId: t.recipientId,
        currency: t.currency,
        amount: t.amount,
        idempotencyKey: t.idempotencyKey,
        chargeId: t.order.stripeChargeId!,
        destination: who.stripeAccountId,
        orderNumber: t.order.number,
      },
    };
  }, TX_OPTIONS);
}

/** A transfer Stripe made for this row already (a response lost after Stripe did the work), found by transfer_group + metadata. */
async function findCreated(deps: MoneyDeps, t: NonNullable<Prepared["transfer"]>): Promise<Stripe.Transfer | null> {
  for await (const s of deps.stripe.transfers.list({ transfer_group: t.orderId, limit: 100 })) {
    if (s.metadata?.atelier_transfer_id === t.id) return s;
  }
  return null;
}

function create(deps: MoneyDeps, t: NonNullable<Prepared["transfer"]>): Promise<Stripe.Transfer> {
  return deps.stripe.transfers.create(
    {
      amount: t.amount,
      currency: t.currency.toLowerCase(),
      destination: t.destination,
      source_transaction: t.chargeId,
      transfer_group: t.orderId,
      description: `Atelier order ${t.orderNumber}`,
      metadata: { atelier_transfer_id: t.id, atelier_order_id: t.orderId, atelier_recipient_id: t.recipientId },
    },
    { idempotencyKey: t.idempotencyKey },
  );
}

/** PAID + the TRANSFER line settling the order's lines (and the debts netted when the amount was fixed), once. */
async function record(deps: MoneyDeps, transferId: string, stripeTransferId: string): Promise<void> {
  await deps.db.$transaction(async (tx) => {
    const t = await tx.transfer.findUniqueOrThrow({ where: { id: transferId } });
    await lockPayee(tx, t.recipientId);
    const moved = await tx.transfer.updateMany({
      where: { id: t.id, status: "PENDING" },
      data: { status: "PAID", stripeTransferId, paidAt: deps.now(), lastError: null, parkedReason: null },
    });
    if (moved.count === 0) return;
    const lines = await openLines(tx, t.recipientId, t.currency);
    const plan = planTransfer(lines, t.orderId, t.amount);
    await postTransferLines(
      tx,
      { payeeId: t.recipientId, currency: t.currency, orderId: t.orderId, transferId: t.id, memo: stripeTransferId },
      plan.settles,
      lines,
    );
  }, TX_OPTIONS);
}
