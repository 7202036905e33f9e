import type { Db } from "@atelier/db";
import type { z } from "zod";
import { metricsRangeSchema, topArtworksSchema } from "../schemas/orders.ts";
import { licensedSalesMetrics } from "./licensed.ts";

/**
 * Platform metrics for admins, always per currency (amounts of different currencies are never added).
 * Definitions (integer minor units throughout):
 * - GMV: what buyers paid (Order.totalAmount, items + shipping) on orders paid in the period (refunded
 *   ones included: they were sales; refunds are reported beside it).
 * - Net revenue after Stripe fees = commission − Stripe's fees − the platform's parts of refunds
 *   (Refund.platformAmount of refunds that succeeded in the period); equals the sum of the PLATFORM
 *   ledger's SALE, STRIPE_FEE and REFUND lines of the period.
 * - Average order value = floor(GMV / paid orders).
 * - Conversion checkout → paid = orders created in the period that were paid / orders created in the
 *   period, given as both counts and basis points (floor).
 * The period is the current calendar month (UTC) and the `months − 1` before it.
 */

export function periodStart(now: Date, months: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
}

interface Money {
  currency: string;
}
function byCurrency<T extends Money>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.currency, r]));
}
const n = (v: bigint | number | null | undefined) => Number(v ?? 0);

export async function metricsSummary(deps: { db: Db; now: () => Date }, raw: z.input<typeof metricsRangeSchema>) {
  const { months } = metricsRangeSchema.parse(raw);
  const now = deps.now();
  const from = periodStart(now, months);
  const [paid, created, refunds, licensed] = await Promise.all([
    deps.db.$queryRaw<{ currency: string; orders: bigint; gmv: bigint; commission: bigint; fees: bigint }[]>`
      SELECT "currency", count(*) AS orders, sum("totalAmount") AS gmv, sum("commissionAmount") AS commission, sum(coalesce("stripeFeeAmount", 0)) AS fees
      FROM "Order" WHERE "paidAt" >= ${from} AND "paidAt" <= ${now} GROUP BY "currency"`,
    deps.db.$queryRaw<{ currency: string; created: bigint; converted: bigint }[]>`
      SELECT "currency", count(*) AS created, count(*) FILTER (WHERE "paidAt" IS NOT NULL) AS converted
      FROM "Order" WHERE "createdAt" >= ${from} AND "createdAt" <= ${now} GROUP BY "currency"`,
    deps.db.$queryRaw<{ currency: string; refunds: bigint; amount: bigint; platform: bigint }[]>`
      SELECT "currency", count(*) AS refunds, sum("amount") AS amount, sum("platformAmount") AS platform
      FROM "Refund" WHERE "status" = 'SUCCEEDED' AND coalesce("processedAt", "createdAt") >= ${from} AND coalesce("processedAt", "createdAt") <= ${now}
      GROUP BY "currency"`,
    licensedSalesMetrics(deps.db, { from, to: now }),
  ]);
  const p = byCurrency(paid);
  const c = byCurrency(created);
  const r = byCurrency(refunds);
  const currencies = [...new Set([...p.keys(), ...c.keys(), ...r.keys()])].sort();
  return {
    from,
    to: now,
    months,
    /** prints, merchandise and downloads (already inside GMV and commission above): how their charges divided */
    licensed,
    currencies: currencies.map((currency) => {
      const orders = n(p.get(currency)?.orders);
      const gmvAmount = n(p.get(currency)?.gmv);
      const commissionAmount = n(p.get(currency)?.commission);
      const stripeFeeAmount = n(p.get(currency)?.fees);
      const refundedAmount = n(r.get(currency)?.amount);
      const refundPlatformAmount = n(r.get(currency)?.platform);
      const ordersCreated = n(c.get(currency)?.created);
      const ordersConverted = n(c.get(currency)?.converted);
      return {
        currency,
        gmvAmount,
        orders,
        averageOrderAmount: orders ? Math.floor(gmvAmount / orders) : 0,
        commissionAmount,
        stripeFeeAmount,
        refunds: n(r.get(currency)?.refunds),
        refundedAmount,
        refundPlatformAmount,
        netRevenueAmount: commissionAmount - stripeFeeAmount - refundPlatformAmount,
        ordersCreated,
        ordersConverted,
        conversionBps: ordersCreated ? Math.floor((ordersConverted * 10_000) / ordersCreated) : 0,
      };
    }),
  };
}

/** One row per currency and calendar month of the period (months without sales included, as zeros). */
export async function metricsMonthly(deps: { db: Db; now: () => Date }, raw: z.input<typeof metricsRangeSchema>) {
  const { months } = metricsRangeSchema.parse(raw);
  const now = deps.now();
  const from = periodStart(now, months);
  const [sales, refunds] = await Promise.all([
    deps.db.$queryRaw<{ currency: string; month: string; orders: bigint; gmv: bigint; commission: bigint; fees: bigint }[]>`
      SELECT "currency", to_char(date_trunc('month', "paidAt"), 'YYYY-MM') AS month, count(*) AS orders, sum("totalAmount") AS gmv,
             sum("commissionAmount") AS commission, sum(coalesce("stripeFeeAmount", 0)) AS fees
      FROM "Order" WHERE "paidAt" >= ${from} AND "paidAt" <= ${now} GROUP BY 1, 2`,
    deps.db.$queryRaw<{ currency: string; month: string; platform: bigint }[]>`
      SELECT "currency", to_char(date_trunc('month', coalesce("processedAt", "createdAt")), 'YYYY-MM') AS month, sum("platformAmount") AS platform
      FROM "Refund" WHERE "status" = 'SUCCEEDED' AND coalesce("processedAt", "createdAt") >= ${from} AND coalesce("processedAt", "createdAt") <= ${now}
      GROUP BY 1, 2`,
  ]);
  const monthKeys = Array.from({ length: months }, (_, i) => {
    const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + i, 1));
    return d.toISOString().slice(0, 7);
  });
  const currencies = [...new Set([...sales.map((s) => s.currency), ...refunds.map((s) => s.currency)])].sort();
  return {
    months: monthKeys,
    series: currencies.map((currency) => ({
      currency,
      points: monthKeys.map((month) => {
        const s = sales.find((x) => x.currency === currency && x.month === month);
        const refundPlatformAmount = n(refunds.find((x) => x.currency === currency && x.month === month)?.platform);
        const commissionAmount = n(s?.commission);
        const stripeFeeAmount = n(s?.fees);
        return {
          month,
          orders: n(s?.orders),
          gmvAmount: n(s?.gmv),
          commissionAmount,
          stripeFeeAmount,
          refundPlatformAmount,
          netRevenueAmount: commissionAmount - stripeFeeAmount - refundPlatformAmount,
        };
      }),
    })),
  };
}

/** The best-selling artworks of the period per currency, by what buyers paid for them (subtotal, without shipping). */
export async function topArtworks(deps: { db: Db; now: () => Date }, raw: z.input<typeof topArtworksSchema>) {
  const { months, limit } = topArtworksSchema.parse(raw);
  const now = deps.now();
  const from = periodStart(now, months);
  const rows = await deps.db.$queryRaw<
    { currency: string; artworkId: string; slug: string; title: string; artistName: string; units: bigint; sales: bigint; gross: bigint; rank: bigint }[]
  >`
    SELECT * FROM (
      SELECT o."currency", i."artworkId", a."slug", a."title", p."displayName" AS "artistName",
             sum(i."quantity") AS units, count(*) AS sales, sum(i."subtotalAmount") AS gross,
             row_number() OVER (PARTITION BY o."currency" ORDER BY sum(i."subtotalAmount") DESC, i."artworkId") AS rank
      FROM "OrderItem" i
      JOIN "Order" o ON o."id" = i."orderId"
      JOIN "Artwork" a ON a."id" = i."artworkId"
      JOIN "ArtistProfile" p ON p."id" = a."artistId"
      WHERE o."paidAt" >= ${from} AND o."paidAt" <= ${now} AND i."status" IN ('PAID', 'SHIPPED', 'DELIVERED', 'REFUNDED')
      GROUP BY o."currency", i."artworkId", a."slug", a."title", p."displayName"
    ) ranked WHERE rank <= ${limit}
    ORDER BY "currency", rank`;
  const currencies = [...new Set(rows.map((r) => r.currency))];
  return {
    from,
    to: now,
    currencies: currencies.map((currency) => ({
      currency,
      artworks: rows
        .filter((r) => r.currency === currency)
        .map((r) => ({
          artworkId: r.artworkId,
          slug: r.slug,
          title: r.title,
          artistName: r.artistName,
          units: n(r.units),
          sales: n(r.sales),
          grossAmount: n(r.gross),
        })),
    })),
  };
}
