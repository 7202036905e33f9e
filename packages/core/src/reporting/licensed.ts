import type { Db } from "@atelier/db";
import { PRODUCT_CATALOGUE } from "../products/catalogue.ts";

/**
 * Reports on licensed products (prints, merchandise, downloads), always per currency, from the order items' frozen
 * split and the ledger (never from today's terms or prices). "Sold" = items of paid orders that are PAID, SHIPPED,
 * DELIVERED or REFUNDED (a refund is reported beside the sale, as in the other reports).
 */

const n = (v: bigint | number | null | undefined) => Number(v ?? 0);
const typeName = (code: string | null) => PRODUCT_CATALOGUE.find((t) => t.code === code)?.name ?? code ?? "Product";
const SOLD = ["PAID", "SHIPPED", "DELIVERED", "REFUNDED"];

export interface RoyaltyRow {
  currency: string;
  productTypeCode: string;
  productTypeName: string;
  /** the store that sold it; null for the artist's own shop */
  store: { name: string; slug: string } | null;
  units: number;
  /** what buyers were charged for these products (after discounts, before shipping) */
  chargedAmount: number;
  /** the artist's part: the royalty on a store's sale, everything after production and fee in their own shop */
  royaltyAmount: number;
  /** of royaltyAmount, given back with refunds */
  refundedRoyaltyAmount: number;
}

/** An artist's earnings from licensed products of their work, by product type and by who sold it, paid in [from, to). */
export async function royaltiesByProduct(db: Db, artistUserId: string, range: { from: Date; to: Date }): Promise<RoyaltyRow[]> {
  const rows = await db.$queryRaw<
    {
      currency: string;
      type: string | null;
      storeName: string | null;
      storeSlug: string | null;
      units: bigint;
      charged: bigint;
      royalty: bigint;
      refunded: bigint;
    }[]
  >`
    SELECT o."currency", i."productTypeCode" AS type, s."name" AS "storeName", s."slug" AS "storeSlug",
           sum(i."quantity") AS units, sum(i."subtotalAmount") AS charged, sum(i."artistAmount") AS royalty,
           coalesce(sum((SELECT sum(r."artistAmount") FROM "Refund" r WHERE r."orderItemId" = i."id" AND r."status" = 'SUCCEEDED')), 0) AS refunded
    FROM "OrderItem" i JOIN "Order" o ON o."id" = i."orderId" LEFT JOIN "Store" s ON s."id" = i."storeId"
    WHERE i."sellerId" = ${artistUserId} AND i."listingSeller" IS NOT NULL AND i."status"::text = ANY(${SOLD})
      AND o."paidAt" >= ${range.from} AND o."paidAt" < ${range.to}
    GROUP BY o."currency", i."productTypeCode", s."name", s."slug"
    ORDER BY o."currency", sum(i."artistAmount") DESC, i."productTypeCode"`;
  return rows.map((r) => ({
    currency: r.currency,
    productTypeCode: r.type ?? "",
    productTypeName: typeName(r.type),
    store: r.storeName && r.storeSlug ? { name: r.storeName, slug: r.storeSlug } : null,
    units: n(r.units),
    chargedAmount: n(r.charged),
    royaltyAmount: n(r.royalty),
    refundedRoyaltyAmount: n(r.refunded),
  }));
}

export interface StoreSalesTotals {
  currency: string;
  orders: number;
  units: number;
  chargedAmount: number;
  /** the store's share of those sales, as split at checkout */
  storeAmount: number;
  /** of it, given back with refunds */
  refundedStoreAmount: number;
  /** sent to the store's Stripe account (TRANSFER lines less reversals) */
  transferredAmount: number;
  /** the STORE ledger's balance: earned and not yet sent (> 0), or owed (< 0) */
  balanceAmount: number;
}

/** A store owner's sales, payouts and ledger: totals per currency, the latest sales and the latest ledger lines. */
export async function storeSalesReport(db: Db, ownerUserId: string) {
  const [totals, lines, recent, ledger] = await Promise.all([
    db.$queryRaw<{ currency: string; orders: bigint; units: bigint; charged: bigint; store: bigint; refunded: bigint }[]>`
      SELECT o."currency", count(DISTINCT o."id") AS orders, sum(i."quantity") AS units, sum(i."subtotalAmount") AS charged, sum(i."storeAmount") AS store,
             coalesce(sum((SELECT sum(r."storeAmount") FROM "Refund" r WHERE r."orderItemId" = i."id" AND r."status" = 'SUCCEEDED')), 0) AS refunded
      FROM "OrderItem" i JOIN "Order" o ON o."id" = i."orderId"
      WHERE i."storeOwnerId" = ${ownerUserId} AND i."status"::text = ANY(${SOLD})
      GROUP BY o."currency"`,
    db.ledgerEntry.groupBy({ by: ["currency", "kind"], where: { payee: "STORE", payeeId: ownerUserId }, _sum: { amount: true } }),
    db.orderItem.findMany({
      where: { storeOwnerId: ownerUserId, status: { in: ["PAID", "SHIPPED", "DELIVERED", "REFUNDED"] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 50,
      select: {
        id: true,
        title: true,
        quantity: true,
        subtotalAmount: true,
        shippingAmount: true,
        storeAmount: true,
        artistAmount: true,
        labAmount: true,
        commissionAmount: true,
        refundedAmount: true,
        status: true,
        order: { select: { number: true, currency: true, paidAt: true } },
        fulfilment: { select: { status: true, carrier: true, trackingNumber: true } },
      },
    }),
    db.ledgerEntry.findMany({
      where: { payee: "STORE", payeeId: ownerUserId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 50,
      select: { id: true, createdAt: true, kind: true, amount: true, currency: true, memo: true },
    }),
  ]);
  const currencies = [...new Set([...totals.map((t) => t.currency), ...lines.map((l) => l.currency)])].sort();
  const sum = (currency: string, kinds: string[]) =>
    lines.filter((l) => l.currency === currency && kinds.includes(l.kind)).reduce((s, l) => s + (l._sum.amount ?? 0), 0);
  return {
    totals: currencies.map((currency): StoreSalesTotals => {
      const t = totals.find((x) => x.currency === currency);
      return {
        currency,
        orders: n(t?.orders),
        units: n(t?.units),
        chargedAmount: n(t?.charged),
        storeAmount: n(t?.store),
        refundedStoreAmount: n(t?.refunded),
        transferredAmount: -sum(currency, ["TRANSFER", "REVERSAL"]),
        balanceAmount: sum(currency, ["SALE", "REFUND", "DISPUTE", "TRANSFER", "REVERSAL"]),
      };
    }),
    sales: recent.map((i) => ({
      id: i.id,
      title: i.title,
      quantity: i.quantity,
      currency: i.order.currency,
      orderNumber: i.order.number,
      paidAt: i.order.paidAt,
      chargedAmount: i.subtotalAmount,
      /** the lab's shipping, charged with it and paid to the lab with production (in labAmount) */
      shippingAmount: i.shippingAmount,
      /** made by the print lab (a download has no lab part) */
      printed: i.labAmount > 0,
      storeAmount: i.storeAmount,
      royaltyAmount: i.artistAmount,
      labAmount: i.labAmount,
      platformFeeAmount: i.commissionAmount,
      refundedAmount: i.refundedAmount,
      status: i.status,
      fulfilment: i.fulfilment,
    })),
    ledger,
  };
}

/** Licensed sales on the platform in [from, to], per currency: what was charged and how it divided among the four parties. */
export async function licensedSalesMetrics(db: Db, range: { from: Date; to: Date }) {
  const rows = await db.$queryRaw<
    {
      currency: string;
      items: bigint;
      units: bigint;
      charged: bigint;
      shipping: bigint;
      lab: bigint;
      royalty: bigint;
      store: bigint;
      fee: bigint;
      storeSold: bigint;
    }[]
  >`
    SELECT o."currency", count(*) AS items, sum(i."quantity") AS units, sum(i."subtotalAmount") AS charged, sum(i."shippingAmount") AS shipping,
           sum(i."labAmount") AS lab, sum(i."artistAmount") AS royalty, sum(i."storeAmount") AS store, sum(i."commissionAmount") AS fee,
           count(*) FILTER (WHERE i."listingSeller" = 'STORE') AS "storeSold"
    FROM "OrderItem" i JOIN "Order" o ON o."id" = i."orderId"
    WHERE i."listingSeller" IS NOT NULL AND i."status"::text = ANY(${SOLD}) AND o."paidAt" >= ${range.from} AND o."paidAt" <= ${range.to}
    GROUP BY o."currency" ORDER BY o."currency"`;
  return rows.map((r) => ({
    currency: r.currency,
    items: n(r.items),
    units: n(r.units),
    storeItems: n(r.storeSold),
    chargedAmount: n(r.charged),
    shippingAmount: n(r.shipping),
    labAmount: n(r.lab),
    royaltyAmount: n(r.royalty),
    storeAmount: n(r.store),
    platformFeeAmount: n(r.fee),
  }));
}
