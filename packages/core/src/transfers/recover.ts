import type Stripe from "stripe";
import { postLine, postSettlingLine, type ConnectedPayee, type LedgerTx } from "../ledger/post.ts";
import { lockPayee, TX_OPTIONS, type MoneyDeps } from "./deps.ts";
import { TransferBusy } from "./send-transfer.ts";
import { classifyStripeError } from "./stripe-failure.ts";

export interface Recovery {
  /** an ARTIST (or STORE) line −amount: REFUND (refundId set) or DISPUTE (disputeId set) */
  kind: "REFUND" | "DISPUTE";
  /** whose share: the artist's (default) or a store owner's share of a licensed product */
  payee?: ConnectedPayee;
  orderId: string;
  orderItemId?: string | null;
  recipientId: string;
  currency: string;
  /** the artist's share to take back (> 0) */
  amount: number;
  refundId?: string;
  disputeId?: string;
  memo: string;
}

export interface RecoveryResult {
  /** pending: the order's transfer had not gone yet, so it simply carries less; reversed: taken back from the artist's Stripe balance; debt: the rest stays on the ledger */
  mode: "pending" | "reversed" | "debt";
  reversed: number;
  debt: number;
  stripeReversalId: string | null;
  error?: string;
}

/** The artist's line for what this recovery takes back (a REFUND or DISPUTE share, negative). */
function shareLine(r: Recovery) {
  return {
    payee: r.payee ?? "ARTIST",
    payeeId: r.recipientId,
    currency: r.currency,
    amount: -r.amount,
    kind: r.kind,
    orderId: r.orderId,
    orderItemId: r.orderItemId ?? null,
    refundId: r.refundId ?? null,
    disputeId: r.disputeId ?? null,
    memo: r.memo,
  };
}

async function existingLine(db: LedgerTx, r: Recovery) {
  return db.ledgerEntry.findFirst({
    where: {
      payee: r.payee ?? "ARTIST",
      payeeId: r.recipientId,
      kind: r.kind,
      ...(r.refundId ? { refundId: r.refundId } : { disputeId: r.disputeId, orderId: r.orderId }),
    },
    include: { settledBy: { include: { settling: { select: { kind: true, memo: true } } } } },
  });
}

function resultOf(line: NonNullable<Awaited<ReturnType<typeof existingLine>>>, transferred: boolean): RecoveryResult {
  const reversal = line.settledBy.find((s) => s.settling.kind === "REVERSAL");
  const reversed = reversal?.amount ?? 0;
  if (!transferred) return { mode: "pending", reversed: 0, debt: 0, stripeReversalId: null };
  return { mode: reversed === -line.amount ? "reversed" : "debt", reversed, debt: -line.amount - reversed, stripeReversalId: reversal?.settling.memo || null };
}

/**
 * Takes an artist's share of a refund or a lost dispute back, once:
 * - their transfer of the order has not gone yet → the negative line is posted and the transfer nets it;
 * - it went → a reversal of min(share, what is left of the transfer) with an idempotency key (a reversal a
 *   lost response made is adopted by its metadata), then the negative line and a REVERSAL line settling it;
 *   a reversal refused (the artist's Stripe balance is too low) writes nothing more: the rest is a debt,
 *   taken from the artist's next transfer.
 * Both ledger writes happen under the payee lock; a transfer bound but still in flight makes this wait (retried).
 */
export async function recoverArtistShare(deps: MoneyDeps, r: Recovery): Promise<RecoveryResult> {
  const role = r.payee === "STORE" ? "-store" : "";
  const idKey = r.refundId ? `reversal-refund-${r.refundId}${role}` : `reversal-dispute-${r.disputeId}-${r.recipientId}${role}`;
  const step1 = await deps.db.$transaction(async (tx) => {
    await lockPayee(tx, r.recipientId);
    const t = await tx.transfer.findUnique({ where: { orderId_recipientId: { orderId: r.orderId, recipientId: r.recipientId } } });
    const transferred = t?.status === "PAID";
    const line = await existingLine(tx, r);
    if (line) return { done: resultOf(line, transferred) };
    if (t?.status === "PENDING" && t.attempts > 0)
      throw new TransferBusy(`the order's transfer ${t.id} is in flight; the artist's share is taken back once it lands`);
    if (!transferred) {
      await postLine(tx, shareLine(r));
      return { done: { mode: "pending", reversed: 0, debt: 0, stripeReversalId: null } satisfies RecoveryResult };
    }
    return { transfer: { id: t.id, stripeTransferId: t.stripeTransferId, reversible: t.amount - t.reversedAmount } };
  }, TX_OPTIONS);
  if (step1.done) return step1.done;
  const { transfer } = step1;

  const want = Math.min(r.amount, transfer.reversible);
  let reversal: Stripe.TransferReversal | null = null;
  let error: string | undefined;
  if (want > 0 && transfer.stripeTransferId) {
    try {
      reversal = await adoptOrReverse(deps.stripe, transfer.stripeTransferId, want, idKey, r);
    } catch (e) {
      const f = classifyStripeError(e);
      if (f.kind === "transient") throw e;
      error = f.message.slice(0, 2000); // refused (insufficient balance, or otherwise): the share stays a debt
    }
  }

  return deps.db.$transaction(async (tx) => {
    await lockPayee(tx, r.recipientId);
    const line = await existingLine(tx, r);
    if (line) return resultOf(line, true);
    const lineId = await postLine(tx, shareLine(r));
    const reversed = reversal?.amount ?? 0;
    if (reversal && reversed > 0) {
      await postSettlingLine(
        tx,
        {
          payee: r.payee ?? "ARTIST",
          payeeId: r.recipientId,
          currency: r.currency,
          amount: reversed,
          kind: "REVERSAL",
          orderId: r.orderId,
          transferId: transfer.id,
          refundId: r.refundId ?? null,
          disputeId: r.disputeId ?? null,
          memo: reversal.id,
        },
        [{ entryId: lineId, amount: reversed }],
      );
      await tx.transfer.update({ where: { id: transfer.id }, data: { reversedAmount: { increment: reversed } } });
    }
    return {
      mode: reversed === r.amount ? "reversed" : "debt",
      reversed,
      debt: r.amount - reversed,
      stripeReversalId: reversal?.id ?? null,
      error,
    } satisfies RecoveryResult;
  }, TX_OPTIONS);
}

async function adoptOrReverse(stripe: Stripe, transferId: string, amount: number, key: string, r: Recovery): Promise<Stripe.TransferReversal> {
  for await (const rev of stripe.transfers.listReversals(transferId, { limit: 100 })) {
    if (rev.metadata?.atelier_key === key) return rev;
  }
  return stripe.transfers.createReversal(
    transferId,
    {
      amount,
      metadata: { atelier_key: key, ...(r.refundId ? { atelier_refund_id: r.refundId } : {}), ...(r.disputeId ? { atelier_dispute_id: r.disputeId } : {}) },
    },
    { idempotencyKey: key },
  );
}
