import type { Db } from "@atelier/db";
import { CONNECTED_PAYEES } from "./post.ts";

export type PayeeRef = { payee: "PLATFORM" | "PRINT_LAB"; payeeId: null } | { payee: "ARTIST" | "STORE"; payeeId: string };

/** Σ of a payee's lines in one currency: owed to it and not yet sent (> 0), or owed by it (< 0). */
export async function balanceOf(db: Db, who: PayeeRef, currency: string): Promise<number> {
  const r = await db.ledgerEntry.aggregate({ where: { payee: who.payee, payeeId: who.payeeId, currency }, _sum: { amount: true } });
  return r._sum.amount ?? 0;
}

/** What a connected payee owes over their roles (artist and store owner): outstanding debt = −min(balance, 0). */
export async function outstandingDebt(db: Db, payeeId: string, currency: string): Promise<number> {
  const r = await db.ledgerEntry.aggregate({ where: { payee: { in: [...CONNECTED_PAYEES] }, payeeId, currency }, _sum: { amount: true } });
  return Math.max(0, -(r._sum.amount ?? 0));
}

export interface DebtRow {
  payeeId: string;
  name: string;
  email: string;
  currency: string;
  /** > 0: what the artist owes, taken from their next transfers */
  debt: number;
}

/** Every artist with a negative balance, per currency, largest debt first. */
export async function outstandingDebts(db: Db): Promise<DebtRow[]> {
  const groups = await db.ledgerEntry.groupBy({
    by: ["payeeId", "currency"],
    where: { payee: { in: [...CONNECTED_PAYEES] } },
    _sum: { amount: true },
    having: { amount: { _sum: { lt: 0 } } },
  });
  const users = await db.user.findMany({
    where: { id: { in: groups.map((g) => g.payeeId!).filter(Boolean) } },
    select: { id: true, email: true, name: true, artistProfile: { select: { displayName: true } } },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  return groups
    .map((g) => {
      const u = byId.get(g.payeeId!);
      return {
        payeeId: g.payeeId!,
        name: u?.artistProfile?.displayName ?? u?.name ?? u?.email ?? g.payeeId!,
        email: u?.email ?? "",
        currency: g.currency,
        debt: -(g._sum.amount ?? 0),
      };
    })
    .sort((a, b) => b.debt - a.debt || a.name.localeCompare(b.name));
}

export interface LedgerPage {
  payeeId: string | null;
  currency: string;
  balance: number;
  lines: {
    id: string;
    kind: string;
    amount: number;
    orderId: string | null;
    orderNumber: string | null;
    orderItemId: string | null;
    transferId: string | null;
    refundId: string | null;
    disputeId: string | null;
    memo: string;
    createdAt: Date;
    /** settlements: lines this one settles (for TRANSFER / REVERSAL) or is settled by */
    settles: { entryId: string; amount: number }[];
    settledBy: { settlingId: string; amount: number }[];
  }[];
}

/** One payee's ledger in one currency (newest first, up to `limit` lines) and its balance. */
export async function ledgerOf(db: Db, who: PayeeRef, currency: string, limit = 200): Promise<LedgerPage> {
  const [balance, rows] = await Promise.all([
    balanceOf(db, who, currency),
    db.ledgerEntry.findMany({
      where: { payee: who.payee, payeeId: who.payeeId, currency },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      include: {
        order: { select: { number: true } },
        settles: { select: { entryId: true, amount: true } },
        settledBy: { select: { settlingId: true, amount: true } },
      },
    }),
  ]);
  return {
    payeeId: who.payeeId,
    currency,
    balance,
    lines: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      amount: r.amount,
      orderId: r.orderId,
      orderNumber: r.order?.number ?? null,
      orderItemId: r.orderItemId,
      transferId: r.transferId,
      refundId: r.refundId,
      disputeId: r.disputeId,
      memo: r.memo,
      createdAt: r.createdAt,
      settles: r.settles,
      settledBy: r.settledBy,
    })),
  };
}
