import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";

export type CheckoutStatus = Awaited<ReturnType<typeof checkoutStatus>>;

/** What the success and cancel pages show of the buyer's own order (anyone else's is NOT_FOUND). */
export async function checkoutStatus(db: Db, buyerId: string, orderId: string) {
  const order = await db.order.findFirst({
    where: { id: orderId, buyerId },
    select: {
      id: true,
      number: true,
      status: true,
      currency: true,
      itemsAmount: true,
      shippingAmount: true,
      totalAmount: true,
      shipTo: true,
      expiresAt: true,
      paidAt: true,
      checkoutUrl: true,
      items: {
        select: {
          id: true,
          artworkId: true,
          listingId: true,
          labAmount: true,
          title: true,
          quantity: true,
          subtotalAmount: true,
          shippingAmount: true,
          status: true,
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!order) throw new AppError("NOT_FOUND", "We couldn't find that order.");
  return { ...order, checkoutUrl: order.status === "AWAITING_PAYMENT" ? order.checkoutUrl : null };
}
