import type { Db } from "@atelier/db";
import type { EmailRequest } from "@atelier/events";
import { countryName } from "../cart/shipping.ts";

/** The mails of a paid order: the buyer's receipt and one sale notice per artist (their items only). */
export async function receiptMails(db: Db, orderId: string, appUrl: string): Promise<EmailRequest[]> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: {
      buyer: { select: { email: true, name: true } },
      items: { orderBy: { createdAt: "asc" }, include: { seller: { select: { email: true, name: true, artistProfile: { select: { displayName: true } } } } } },
    },
  });
  if (!order || order.status === "AWAITING_PAYMENT" || !order.paidAt) return [];
  const shipTo = countryName(order.shipTo);
  const artistName = (s: (typeof order.items)[number]["seller"]) => s.artistProfile?.displayName ?? s.name ?? s.email;
  const receipt: EmailRequest = {
    template: "order-receipt",
    to: order.buyer.email,
    props: {
      displayName: order.buyer.name ?? order.buyer.email,
      orderNumber: order.number,
      currency: order.currency,
      items: order.items.map((i) => ({ title: i.title, artistName: artistName(i.seller), quantity: i.quantity, amount: i.subtotalAmount })),
      shippingAmount: order.shippingAmount,
      totalAmount: order.totalAmount,
      shipTo,
      orderUrl: `${appUrl}/orders/${order.id}`,
    },
  };
  const bySeller = new Map<string, typeof order.items>();
  for (const i of order.items) bySeller.set(i.sellerId, [...(bySeller.get(i.sellerId) ?? []), i]);
  const sales: EmailRequest[] = [...bySeller.values()].map((items) => ({
    template: "sale-made",
    to: items[0]!.seller.email,
    props: {
      displayName: artistName(items[0]!.seller),
      orderNumber: order.number,
      currency: order.currency,
      items: items.map((i) => ({
        title: i.title,
        quantity: i.quantity,
        amount: i.subtotalAmount,
        shippingAmount: i.shippingAmount,
        commissionAmount: i.commissionAmount,
        artistAmount: i.artistAmount,
      })),
      artistAmount: items.reduce((s, i) => s + i.artistAmount, 0),
      shipTo,
      salesUrl: `${appUrl}/studio/sales`,
    },
  }));
  return [receipt, ...sales];
}
