import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";

const VIEW = {
  id: true,
  reference: true,
  buyerName: true,
  buyerEmail: true,
  buyerHandle: true,
  currency: true,
  totalAmount: true,
  commissionAmount: true,
  artistAmount: true,
  status: true,
  source: true,
  part: true,
  depositId: true,
  showId: true,
  memo: true,
  dueAt: true,
  graceDays: true,
  stripeNumber: true,
  hostedUrl: true,
  sentAt: true,
  sendCount: true,
  paidAt: true,
  voidedAt: true,
  voidReason: true,
  createdAt: true,
  updatedAt: true,
  lines: { select: { id: true, title: true, quantity: true, unitAmount: true, amount: true, artworkId: true, claimId: true }, orderBy: { createdAt: "asc" } },
} as const;

/** The artist's invoices, newest first (optionally one status, or one live show's). Never another artist's. */
export function listInvoices(db: Db, sellerId: string, opts: { status?: string; showId?: string; limit?: number } = {}) {
  return db.invoice.findMany({
    where: {
      sellerId,
      ...(opts.status && opts.status !== "ALL" ? { status: opts.status as "OPEN" } : {}),
      ...(opts.showId ? { showId: opts.showId } : {}),
    },
    select: VIEW,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit ?? 100,
  });
}
export type InvoiceView = Awaited<ReturnType<typeof listInvoices>>[number];

/** One of the artist's invoices; another artist's is NOT_FOUND (no hint that it exists). */
export async function invoiceOf(db: Db, sellerId: string, invoiceId: string) {
  const inv = await db.invoice.findFirst({ where: { id: invoiceId, sellerId }, select: VIEW });
  if (!inv) throw new AppError("NOT_FOUND", "No such invoice.");
  return inv;
}

/**
 * What changed since `since` for the live console: the artist's invoices updated after it (by updatedAt, an
 * index on (sellerId, updatedAt)) and the newest updatedAt seen, the cursor of the next poll.
 */
export async function invoicesChangedSince(db: Db, sellerId: string, since: Date) {
  const rows = await db.invoice.findMany({
    where: { sellerId, updatedAt: { gt: since } },
    select: VIEW,
    orderBy: { updatedAt: "asc" },
    take: 200,
  });
  const cursor = rows.length ? rows[rows.length - 1]!.updatedAt : since;
  return { rows, cursor };
}
