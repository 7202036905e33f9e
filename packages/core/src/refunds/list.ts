import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import type { RefundCaller } from "./request.ts";

/**
 * An order's refunds, for admins (all), its buyer (all) and artists (their own items); anyone else is told
 * the order does not exist. With each visible item: what is left to refund on it (for the refund form).
 */
export async function listOrderRefunds(db: Db, caller: RefundCaller, orderId: string) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      buyerId: true,
      currency: true,
      items: { select: { id: true, sellerId: true, title: true, status: true, subtotalAmount: true, shippingAmount: true, refundedAmount: true } },
    },
  });
  const isAdmin = caller.roles.includes("ADMIN");
  const isBuyer = order?.buyerId === caller.id;
  const ownItems = order?.items.filter((i) => i.sellerId === caller.id && caller.roles.includes("ARTIST")) ?? [];
  if (!order || (!isAdmin && !isBuyer && ownItems.length === 0)) throw new AppError("NOT_FOUND", "Order not found");
  const visible = isAdmin || isBuyer ? order.items : ownItems;
  const refunds = await db.refund.findMany({
    where: { orderId, orderItemId: { in: visible.map((i) => i.id) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      orderItemId: true,
      amount: true,
      currency: true,
      reason: true,
      source: true,
      status: true,
      restocked: true,
      createdAt: true,
      processedAt: true,
      // the artist's split and what was reversed or owed: for admins and the artist, not the buyer
      artistAmount: true,
      reversedAmount: true,
      debtAmount: true,
      lastError: true,
    },
  });
  const showSplit = isAdmin || (!isBuyer && ownItems.length > 0);
  return {
    orderId,
    currency: order.currency,
    items: visible.map((i) => ({
      orderItemId: i.id,
      title: i.title,
      status: i.status,
      totalAmount: i.subtotalAmount + i.shippingAmount,
      refundedAmount: i.refundedAmount,
      leftToRefund: i.subtotalAmount + i.shippingAmount - i.refundedAmount,
    })),
    refunds: refunds.map(({ artistAmount, reversedAmount, debtAmount, lastError, ...r }) =>
      showSplit
        ? { ...r, artistAmount, reversedAmount, debtAmount, lastError }
        : { ...r, artistAmount: null, reversedAmount: null, debtAmount: null, lastError: null },
    ),
  };
}
