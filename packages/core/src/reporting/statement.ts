import type { Db } from "@atelier/db";
import type { z } from "zod";
import { Prisma } from "@atelier/db";
import { statementSchema } from "../schemas/orders.ts";
import { royaltiesByProduct } from "./licensed.ts";

/**
 * A store's sale of a print of the artist's work is the store's sale, not the artist's: it is left out of the
 * artist's gross and transactions (and of the 1099-K count); the artist's royalty on it is in their earnings
 * (netAmount, from the ledger) and in the royalties table.
 */
const NOT_A_STORE_SALE = Prisma.sql`(i."listingSeller" IS NULL OR i."listingSeller" <> 'STORE')`;

/**
 * The US Form 1099-K reporting threshold (IRC §6050W(e), as restored for 2025 and later): a payment
 * settlement entity reports a payee whose gross payments in a calendar year EXCEED $20,000 AND whose
 * number of payment transactions EXCEEDS 200. Gross means before refunds, fees and commission.
 * We count one transaction per paid order containing the artist's work (one charge), and apply the
 * rule to USD sales only: amounts in other currencies are never converted or added, so the flag
 * says nothing about them (the statement lists each currency on its own).
 */
export const US_1099K = { currency: "USD", grossAboveMinor: 2_000_000, transactionsAbove: 200 } as const;

export interface StatementCurrency {
  currency: string;
  /** paid orders containing the artist's work in the year (payment transactions) */
  transactions: number;
  itemsSold: number;
  /** buyers paid for the artist's items: subtotal + shipping, before anything is taken off */
  grossAmount: number;
  /** the platform's commission on those items */
  commissionAmount: number;
  /** the print lab's part of the artist's own shop's products (production and shipping), paid to the lab */
  labAmount: number;
  /** royalties on stores' sales of the artist's work (after refunds): not in grossAmount, in netAmount */
  storeRoyaltyAmount: number;
  /** refunds made in the year to buyers of the artist's items (their full amount) */
  refundedAmount: number;
  /** the artist's part of those refunds (the rest was the platform's commission) */
  artistRefundAmount: number;
  /** dispute lines on the artist's ledger in the year (signed) */
  disputeAmount: number;
  /** the artist's earnings: their ledger's SALE + REFUND + DISPUTE lines of the year */
  netAmount: number;
  /** sent to their Stripe account in the year: −(TRANSFER lines) − (REVERSAL lines) */
  transferredAmount: number;
}

export async function yearlyStatement(db: Db, artistId: string, raw: z.input<typeof statementSchema>) {
  const { year } = statementSchema.parse(raw);
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const [sales, refunds, lines, royalties] = await Promise.all([
    db.$queryRaw<{ currency: string; transactions: bigint; items: bigint; gross: bigint; commission: bigint; lab: bigint }[]>`
      SELECT o."currency", count(DISTINCT o."id") AS transactions, count(*) AS items,
             sum(i."subtotalAmount" + i."shippingAmount") AS gross, sum(i."commissionAmount") AS commission, sum(i."labAmount") AS lab
      FROM "OrderItem" i JOIN "Order" o ON o."id" = i."orderId"
      WHERE i."sellerId" = ${artistId} AND o."paidAt" >= ${from} AND o."paidAt" < ${to}
        AND i."status" IN ('PAID', 'SHIPPED', 'DELIVERED', 'REFUNDED') AND ${NOT_A_STORE_SALE}
      GROUP BY o."currency"`,
    db.$queryRaw<{ currency: string; amount: bigint; artist: bigint }[]>`
      SELECT r."currency", sum(r."amount") AS amount, sum(r."artistAmount") AS artist
      FROM "Refund" r JOIN "OrderItem" i ON i."id" = r."orderItemId"
      WHERE i."sellerId" = ${artistId} AND r."status" = 'SUCCEEDED' AND ${NOT_A_STORE_SALE}
        AND coalesce(r."processedAt", r."createdAt") >= ${from} AND coalesce(r."processedAt", r."createdAt") < ${to}
      GROUP BY r."currency"`,
    db.ledgerEntry.groupBy({
      by: ["currency", "kind"],
      where: { payee: "ARTIST", payeeId: artistId, createdAt: { gte: from, lt: to } },
      _sum: { amount: true },
    }),
    royaltiesByProduct(db, artistId, { from, to }),
  ]);

  const rows = new Map<string, StatementCurrency>();
  const row = (currency: string) => {
    let r = rows.get(currency);
    if (!r) {
      r = {
        currency,
        transactions: 0,
        itemsSold: 0,
        grossAmount: 0,
        commissionAmount: 0,
        labAmount: 0,
        storeRoyaltyAmount: 0,
        refundedAmount: 0,
        artistRefundAmount: 0,
        disputeAmount: 0,
        netAmount: 0,
        transferredAmount: 0,
      };
      rows.set(currency, r);
    }
    return r;
  };
  for (const s of sales)
    Object.assign(row(s.currency), {
      transactions: Number(s.transactions),
      itemsSold: Number(s.items),
      grossAmount: Number(s.gross),
      commissionAmount: Number(s.commission),
      labAmount: Number(s.lab),
    });
  for (const r of royalties) if (r.store) row(r.currency).storeRoyaltyAmount += r.royaltyAmount - r.refundedRoyaltyAmount;
  for (const r of refunds) Object.assign(row(r.currency), { refundedAmount: Number(r.amount), artistRefundAmount: Number(r.artist) });
  for (const l of lines) {
    const r = row(l.currency);
    const amount = l._sum.amount ?? 0;
    if (l.kind === "SALE" || l.kind === "REFUND" || l.kind === "DISPUTE") r.netAmount += amount;
    if (l.kind === "DISPUTE") r.disputeAmount += amount;
    if (l.kind === "TRANSFER" || l.kind === "REVERSAL") r.transferredAmount -= amount;
  }
  const currencies = [...rows.values()].sort((a, b) => a.currency.localeCompare(b.currency));
  const usd = rows.get(US_1099K.currency);
  const passes1099K = !!usd && usd.grossAmount > US_1099K.grossAboveMinor && usd.transactions > US_1099K.transactionsAbove;
  return {
    year,
    currencies,
    /** prints and products of the artist's work: by product type and by who sold it (their royalties are in netAmount too) */
    royalties,
    form1099K: {
      passesThreshold: passes1099K,
      rule: "US Form 1099-K: gross USD payments over $20,000 and more than 200 transactions in the calendar year",
      usdGrossAmount: usd?.grossAmount ?? 0,
      usdTransactions: usd?.transactions ?? 0,
    },
  };
}

/** Years the artist has sold in (for the statement picker), newest first; the current year always included. */
export async function statementYears(db: Db, artistId: string, now: Date): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT extract(year FROM o."paidAt")::int AS year
    FROM "OrderItem" i JOIN "Order" o ON o."id" = i."orderId"
    WHERE i."sellerId" = ${artistId} AND o."paidAt" IS NOT NULL`;
  return [...new Set([now.getUTCFullYear(), ...rows.map((r) => r.year)])].sort((a, b) => b - a);
}
