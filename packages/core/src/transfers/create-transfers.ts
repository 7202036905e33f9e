import type { Db } from "@atelier/db";

/** The deterministic idempotency key of an order's transfer to one recipient (generation > 0 after Stripe refused the destination). */
export function transferKey(orderId: string, recipientId: string, generation = 0): string {
  return `transfer-${orderId}-${recipientId}${generation ? `-g${generation}` : ""}`;
}

/**
 * One PENDING Transfer row per recipient of a paid order (unique per order + recipient, so a repeated
 * `order.paid` adds nothing). Returns the order's transfer ids.
 */
export async function createOrderTransfers(db: Db, orderId: string): Promise<string[]> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { status: true, currency: true, items: { select: { sellerId: true, storeOwnerId: true, status: true } } },
  });
  if (!order || (order.status !== "PAID" && order.status !== "REFUNDED")) return [];
  // the artists, and the owners of the stores that sold licensed products: one transfer each under the order's transfer_group
  const paidItems = order.items.filter((i) => i.status !== "RESERVED" && i.status !== "RELEASED");
  const recipients = [...new Set(paidItems.flatMap((i) => [i.sellerId, ...(i.storeOwnerId ? [i.storeOwnerId] : [])]))];
  await db.transfer.createMany({
    data: recipients.map((recipientId) => ({ orderId, recipientId, currency: order.currency, amount: 0, idempotencyKey: transferKey(orderId, recipientId) })),
    skipDuplicates: true,
  });
  const rows = await db.transfer.findMany({ where: { orderId }, select: { id: true }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.id);
}
