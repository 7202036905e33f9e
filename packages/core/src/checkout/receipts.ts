import type { Db } from "@atelier/db";
import type { EmailRequest } from "@atelier/events";
import { countryName } from "../cart/shipping.ts";

type ProductSold = Extract<EmailRequest, { template: "product-sold" }>;

/**
 * The mails of a paid order: the buyer's receipt; one sale notice per artist for the works they ship; and, for licensed
 * products (made and shipped by the print lab), one "product sold" notice per artist (royalty or shop earnings) and per
 * store owner (the store's share).
 */
export async function receiptMails(db: Db, orderId: string, appUrl: string): Promise<EmailRequest[]> {
  const person = { select: { email: true, name: true, artistProfile: { select: { displayName: true } } } } as const;
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: {
      buyer: { select: { email: true, name: true } },
      items: { orderBy: { createdAt: "asc" }, include: { seller: person, storeOwner: person, store: { select: { name: true } } } },
    },
  });
  if (!order || order.status === "AWAITING_PAYMENT" || !order.paidAt) return [];
  // an order of event tickets ships nothing: its mail carries the tickets (core/events/ticket-mail.ts)
  if (!order.shipTo || order.items.some((i) => i.ticketTypeId)) return [];
  const shipTo = countryName(order.shipTo);
  type Person = (typeof order.items)[number]["seller"];
  const nameOf = (s: Person) => s.artistProfile?.displayName ?? s.name ?? s.email;
  const receipt: EmailRequest = {
    template: "order-receipt",
    to: order.buyer.email,
    props: {
      displayName: order.buyer.name ?? order.buyer.email,
      orderNumber: order.number,
      currency: order.currency,
      items: order.items.map((i) => ({ title: i.title, artistName: i.store?.name ?? nameOf(i.seller), quantity: i.quantity, amount: i.subtotalAmount })),
      shippingAmount: order.shippingAmount,
      totalAmount: order.totalAmount,
      shipTo,
      orderUrl: `${appUrl}/orders/${order.id}`,
    },
  };

  const works = new Map<string, typeof order.items>();
  for (const i of order.items) if (!i.listingId) works.set(i.sellerId, [...(works.get(i.sellerId) ?? []), i]);
  const sales: EmailRequest[] = [...works.values()].map((items) => ({
    template: "sale-made",
    to: items[0]!.seller.email,
    props: {
      displayName: nameOf(items[0]!.seller),
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

  const products = new Map<string, ProductSold>();
  const addProduct = (role: "ARTIST" | "STORE", who: Person, item: (typeof order.items)[number], amount: number) => {
    const key = `${role}:${who.email}`;
    const mail = products.get(key) ?? {
      template: "product-sold" as const,
      to: who.email,
      props: {
        displayName: nameOf(who),
        role,
        orderNumber: order.number,
        currency: order.currency,
        items: [],
        yourAmount: 0,
        dashboardUrl: `${appUrl}${role === "STORE" ? "/store" : "/studio/shop"}`,
      },
    };
    mail.props.items.push({
      title: item.title,
      quantity: item.quantity,
      chargedAmount: item.subtotalAmount,
      yourAmount: amount,
      seller: item.store?.name ?? (role === "ARTIST" ? "your shop" : "the artist's shop"),
    });
    mail.props.yourAmount += amount;
    products.set(key, mail);
  };
  for (const i of order.items) {
    if (!i.listingId) continue;
    addProduct("ARTIST", i.seller, i, i.artistAmount);
    if (i.storeOwner) addProduct("STORE", i.storeOwner, i, i.storeAmount);
  }
  return [receipt, ...sales, ...products.values()];
}
