import { buyerPurchases } from "../../orders/read.ts";
import { formatMoney } from "../../money/index.ts";
import type { Db } from "@atelier/db";

const STATUS = { PAID: "paid, being prepared for shipping", SHIPPED: "shipped", DELIVERED: "delivered" } as Record<string, string>;

/** The myPurchases tool's result: the signed-in buyer's paid order items as plain facts with links. */
export async function purchasesFact(db: Db, buyerId: string) {
  const items = await buyerPurchases(db, buyerId, 24);
  return {
    signedIn: true as const,
    count: items.length,
    purchases: items.map((i) => ({
      title: i.title,
      url: `/artworks/${i.artworkSlug}`,
      artist: i.artist?.displayName ?? "",
      kind: i.kind,
      quantity: i.quantity,
      paid: formatMoney(i.subtotalAmount + i.shippingAmount, i.currency),
      status: STATUS[i.status] ?? i.status.toLowerCase(),
      ...(i.carrier && i.trackingNumber ? { tracking: `${i.carrier} ${i.trackingNumber}` } : {}),
      orderNumber: i.orderNumber,
      orderUrl: `/orders/${i.orderId}`,
      paidOn: i.paidAt?.toISOString().slice(0, 10) ?? null,
    })),
  };
}
