import type { Db } from "@atelier/db";

/**
 * An artist's earnings, per currency (amounts of different currencies are never added): what they sold,
 * their ledger balance (owed to them and not yet sent, or a debt when negative), the transfers to their
 * Stripe account and the payouts from it to their bank.
 */

export interface CurrencyEarnings {
  currency: string;
  /** items sold (paid, shipped, delivered or refunded since) */
  itemsSold: number;
  /** what buyers paid for those items (subtotal + shipping) */
  grossAmount: number;
  commissionAmount: number;
  /** the ledger by kind (signed, as stored) */
  ledger: Record<LedgerKind, number>;
  /** Σ of the artist's ledger lines: > 0 owed to them and not yet transferred; < 0 a debt taken from the next transfer */
  balance: number;
  /** −min(balance, 0) */
  debt: number;
}

const KINDS = ["SALE", "STRIPE_FEE", "TRANSFER", "REVERSAL", "REFUND", "DISPUTE"] as const;
type LedgerKind = (typeof KINDS)[number];
const zeroLedger = () => Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<LedgerKind, number>;

export async function artistEarnings(db: Db, artistId: string) {
  const [sales, lines, transfers, payouts, toShip] = await Promise.all([
    db.$queryRaw<{ currency: string; items: bigint; gross: bigint; commission: bigint }[]>`
      SELECT o."currency", count(*) AS items, sum(i."subtotalAmount" + i."shippingAmount") AS gross, sum(i."commissionAmount") AS commission
      FROM "OrderItem" i JOIN "Order" o ON o."id" = i."orderId"
      WHERE i."sellerId" = ${artistId} AND i."status" IN ('PAID', 'SHIPPED', 'DELIVERED', 'REFUNDED')
      GROUP BY o."currency"`,
    db.ledgerEntry.groupBy({ by: ["currency", "kind"], where: { payee: "ARTIST", payeeId: artistId }, _sum: { amount: true } }),
    db.transfer.findMany({
      where: { recipientId: artistId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 50,
      select: {
        id: true,
        currency: true,
        amount: true,
        reversedAmount: true,
        status: true,
        parkedReason: true,
        paidAt: true,
        createdAt: true,
        order: { select: { number: true } },
      },
    }),
    db.payout.findMany({
      where: { connectAccount: { userId: artistId } },
      orderBy: [{ stripeCreatedAt: "desc" }, { id: "desc" }],
      take: 50,
      select: { id: true, amount: true, currency: true, status: true, arrivalDate: true, failureMessage: true, stripeCreatedAt: true },
    }),
    db.orderItem.count({ where: { sellerId: artistId, status: "PAID" } }),
  ]);

  const byCurrency = new Map<string, CurrencyEarnings>();
  const entry = (currency: string) => {
    let e = byCurrency.get(currency);
    if (!e) {
      e = { currency, itemsSold: 0, grossAmount: 0, commissionAmount: 0, ledger: zeroLedger(), balance: 0, debt: 0 };
      byCurrency.set(currency, e);
    }
    return e;
  };
  for (const s of sales) Object.assign(entry(s.currency), { itemsSold: Number(s.items), grossAmount: Number(s.gross), commissionAmount: Number(s.commission) });
  for (const l of lines) {
    const e = entry(l.currency);
    e.ledger[l.kind] = (e.ledger[l.kind] ?? 0) + (l._sum.amount ?? 0);
    e.balance += l._sum.amount ?? 0;
  }
  for (const e of byCurrency.values()) e.debt = Math.max(0, -e.balance);

  // what Stripe has paid out to the bank, per currency and status (amounts of one currency only)
  const payoutTotals = new Map<string, { paid: number; inTransit: number; failed: number }>();
  for (const p of payouts) {
    const currency = p.currency.toUpperCase();
    const t = payoutTotals.get(currency) ?? { paid: 0, inTransit: 0, failed: 0 };
    if (p.status === "PAID") t.paid += p.amount;
    else if (p.status === "PENDING" || p.status === "IN_TRANSIT") t.inTransit += p.amount;
    else if (p.status === "FAILED") t.failed += p.amount;
    payoutTotals.set(currency, t);
  }

  return {
    currencies: [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    transfers: transfers.map(({ order, ...t }) => ({ ...t, orderNumber: order.number })),
    payouts: payouts.map((p) => ({ ...p, currency: p.currency.toUpperCase() })),
    payoutTotals: [...payoutTotals.entries()].map(([currency, t]) => ({ currency, ...t })),
    toShip,
  };
}
