import type { Db } from "@atelier/db";
import { DISPUTE_HOLD_REASON } from "./payable.ts";

/** The transfers that `transfers.unparked` for this user retries: every PARKED one (a held dispute stays parked by sendTransfer itself). */
export async function parkedTransferIds(db: Db, recipientId: string): Promise<string[]> {
  const rows = await db.transfer.findMany({ where: { recipientId, status: "PARKED" }, select: { id: true }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.id);
}

/** An open dispute holds the order's money: its transfers not yet bound to Stripe are parked. Returns how many. */
export async function holdOrderTransfers(db: Db, orderId: string): Promise<number> {
  const r = await db.transfer.updateMany({
    where: { orderId, OR: [{ status: "PARKED" }, { status: "PENDING", attempts: 0 }] },
    data: { status: "PARKED", parkedReason: DISPUTE_HOLD_REASON },
  });
  return r.count;
}

/** The order's parked transfers, to retry once its dispute is won. */
export async function orderParkedTransferIds(db: Db, orderId: string): Promise<string[]> {
  const rows = await db.transfer.findMany({ where: { orderId, status: "PARKED" }, select: { id: true } });
  return rows.map((r) => r.id);
}

export interface ParkedTransferRow {
  id: string;
  orderId: string;
  orderNumber: string;
  recipientId: string;
  recipientName: string;
  currency: string;
  amount: number;
  status: "PARKED" | "FAILED";
  reason: string;
  updatedAt: Date;
}

/** For admins: every transfer that is waiting (parked, with its reason) or was refused by Stripe (failed, with its message). */
export async function listStuckTransfers(db: Db): Promise<ParkedTransferRow[]> {
  const rows = await db.transfer.findMany({
    where: { status: { in: ["PARKED", "FAILED"] } },
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
    take: 500,
    include: {
      order: { select: { number: true } },
      recipient: { select: { email: true, name: true, artistProfile: { select: { displayName: true } } } },
    },
  });
  return rows.map((t) => ({
    id: t.id,
    orderId: t.orderId,
    orderNumber: t.order.number,
    recipientId: t.recipientId,
    recipientName: t.recipient.artistProfile?.displayName ?? t.recipient.name ?? t.recipient.email,
    currency: t.currency,
    amount: t.amount,
    status: t.status as "PARKED" | "FAILED",
    reason: (t.status === "PARKED" ? t.parkedReason : t.lastError) ?? "",
    updatedAt: t.updatedAt,
  }));
}
