/**
 * Digital downloads: the buyer's entitlement (DigitalDownload, one per paid order item), links to the clean file
 * (signed, expiring: ./token.ts) and the check the download route makes before it serves a byte.
 */
import type { Db, Prisma } from "@atelier/db";
import { AppError } from "../errors.ts";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Item states in which the buyer has paid and not been refunded in full. */
const PAID_ITEM = ["PAID", "SHIPPED", "DELIVERED"] as const;

/** Whether an order item still entitles its buyer: paid, and not refunded (in full or in part). */
export function stillPaid(item: { status: string; refundedAmount: number; order: { status: string } }): boolean {
  return (PAID_ITEM as readonly string[]).includes(item.status) && item.refundedAmount === 0 && item.order.status === "PAID";
}

/**
 * Records that the buyer of a paid order item may download its artwork's clean file. Idempotent (one row per
 * order item: a second call returns the first). The checkout calls it, inside its transaction, for a paid item
 * that is a digital download; an item that is not paid is refused.
 */
export async function grantDigitalDownload(tx: Tx | Db, input: { orderItemId: string }) {
  const item = await tx.orderItem.findUnique({
    where: { id: input.orderItemId },
    select: { id: true, artworkId: true, status: true, refundedAmount: true, order: { select: { buyerId: true, status: true } } },
  });
  if (!item) throw new AppError("NOT_FOUND", "Order item not found.");
  if (!stillPaid(item) || !item.artworkId) throw new AppError("PRECONDITION_FAILED", "Only a paid order item can be downloaded.");
  return tx.digitalDownload.upsert({
    where: { orderItemId: item.id },
    create: { orderItemId: item.id, artworkId: item.artworkId, userId: item.order.buyerId },
    update: {},
  });
}

export const downloadSelect = {
  id: true,
  userId: true,
  artworkId: true,
  orderItemId: true,
  createdAt: true,
  downloadCount: true,
  lastDownloadedAt: true,
  orderItem: { select: { status: true, refundedAmount: true, title: true, order: { select: { status: true, number: true } } } },
  artwork: { select: { images: { orderBy: { position: "asc" }, take: 1, select: { originalKey: true, mimeType: true } }, slug: true } },
} as const satisfies Prisma.DigitalDownloadSelect;

/** The buyer's own downloads, newest first, each with whether it still entitles them, and how long a link lasts (for /orders). */
export async function myDownloads(db: Db, userId: string, linkTtlSeconds: number) {
  const rows = await db.digitalDownload.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 200, select: downloadSelect });
  const downloads = rows.map((r) => ({
    id: r.id,
    orderItemId: r.orderItemId,
    title: r.orderItem.title,
    orderNumber: r.orderItem.order.number,
    downloadCount: r.downloadCount,
    lastDownloadedAt: r.lastDownloadedAt,
    entitled: stillPaid(r.orderItem),
  }));
  return { linkTtlSeconds, downloads };
}
