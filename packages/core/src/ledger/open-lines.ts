import { CONNECTED_PAYEES, type ConnectedPayee, type LedgerTx } from "./post.ts";

/** A line of a payee's ledger that is not (fully) settled yet: a sale share not yet sent, or a refund/dispute share not yet recovered. */
export interface OpenLine {
  id: string;
  /** the role the line was earned in (a user can be an artist and a store owner) */
  payee: ConnectedPayee;
  orderId: string | null;
  kind: string;
  /** signed, as posted */
  amount: number;
  /** what is left of it (> 0): |amount| − what transfers and reversals settled */
  remaining: number;
  createdAt: Date;
  /** the line's order has already sent this payee its transfer, so a negative line left open is a debt for the next transfers */
  orderTransferred: boolean;
}

/**
 * The payee's open lines in one currency, oldest first. Only SALE, REFUND and DISPUTE lines can be
 * open; TRANSFER and REVERSAL lines are the ones settling them.
 */
export async function openLines(tx: LedgerTx, payeeId: string, currency: string): Promise<OpenLine[]> {
  const rows = await tx.ledgerEntry.findMany({
    where: { payee: { in: [...CONNECTED_PAYEES] }, payeeId, currency, kind: { in: ["SALE", "REFUND", "DISPUTE"] } },
    select: { id: true, payee: true, orderId: true, kind: true, amount: true, createdAt: true, settledBy: { select: { amount: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const orderIds = [...new Set(rows.map((r) => r.orderId).filter((id): id is string => !!id))];
  const sent = await tx.transfer.findMany({
    where: { recipientId: payeeId, orderId: { in: orderIds }, status: "PAID" },
    select: { orderId: true },
  });
  const transferred = new Set(sent.map((t) => t.orderId));
  return rows
    .map((r) => ({
      id: r.id,
      payee: r.payee as ConnectedPayee,
      orderId: r.orderId,
      kind: r.kind,
      amount: r.amount,
      remaining: Math.abs(r.amount) - r.settledBy.reduce((s, x) => s + x.amount, 0),
      createdAt: r.createdAt,
      orderTransferred: r.orderId === null || transferred.has(r.orderId),
    }))
    .filter((l) => l.remaining > 0);
}

/** The lines a payee owes: negative lines left open after their own order's transfer went (or with no order). */
export function debtLines(lines: OpenLine[]): OpenLine[] {
  return lines.filter((l) => l.amount < 0 && l.orderTransferred);
}
