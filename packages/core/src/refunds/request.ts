import type { Db } from "@atelier/db";
import { eventsWithTransaction, refundRequestedEvent, type EventSender } from "@atelier/events";
import { AppError } from "../errors.ts";
import { formatMoney } from "../money/index.ts";
import { LAB_CANCELLABLE, refundPartsOf } from "./item-split.ts";
import type { z } from "zod";
import type { createRefundSchema } from "./schemas.ts";

export interface RefundCaller {
  id: string;
  roles: readonly string[];
}

const SHIPPED = new Set(["SHIPPED", "DELIVERED"]);
const REFUNDABLE = new Set(["PAID", "SHIPPED", "DELIVERED", "REFUNDED"]);

/**
 * Asks for a refund of part or all of one paid item: admins for any item, its seller (the artist; a store's owner for
 * the store's products) for their own items
 * before they ship (anyone else: not found). The amount is reserved on the item (OrderItem.refundedAmount
 * counts requested and succeeded refunds; a failed one gives it back) by a conditional update, so two
 * requests can never refund more than was paid. Writes a REQUESTED Refund split with refundSplit and
 * queues `refund.requested` with it; the process-refund job does the rest.
 */
export async function requestRefund(deps: { db: Db; events: EventSender }, caller: RefundCaller, input: z.output<typeof createRefundSchema>) {
  const isAdmin = caller.roles.includes("ADMIN");
  const item = await deps.db.orderItem.findUnique({
    where: { id: input.orderItemId },
    include: { order: { select: { id: true, status: true, currency: true, stripeChargeId: true } }, fulfilment: { select: { status: true } } },
  });
  // who sold it may refund it before it ships: the store for a store's product, else the artist (their work, their own shop)
  const isSeller =
    item?.listingSeller === "STORE"
      ? item.storeOwnerId === caller.id && caller.roles.includes("STORE_OWNER")
      : item?.sellerId === caller.id && caller.roles.includes("ARTIST");
  if (!item || (!isAdmin && !isSeller)) throw new AppError("NOT_FOUND", "Order item not found");
  if (!REFUNDABLE.has(item.status) || (item.order.status !== "PAID" && item.order.status !== "REFUNDED") || !item.order.stripeChargeId) {
    throw new AppError("PRECONDITION_FAILED", "This item hasn't been paid for, so there is nothing to refund.");
  }
  if (!isAdmin && SHIPPED.has(item.status)) {
    throw new AppError("PRECONDITION_FAILED", "This item has already shipped, so only Atelier's team can refund it now. Write to them with the order number.");
  }
  const total = item.subtotalAmount + item.shippingAmount;
  const left = total - item.refundedAmount;
  const currency = item.order.currency;
  if (left <= 0) throw AppError.field("BAD_REQUEST", "amount", "This item has been refunded in full already.");
  if (input.amount > left) throw AppError.field("BAD_REQUEST", "amount", `At most ${formatMoney(left, currency)} is left to refund on this item.`);

  let afterCommit: () => Promise<void> = async () => {};
  const refund = await deps.db.$transaction(async (tx) => {
    const reserved = await tx.$queryRaw<{ refundedAmount: number }[]>`
      UPDATE "OrderItem" SET "refundedAmount" = "refundedAmount" + ${input.amount}, "updatedAt" = now()
      WHERE id = ${item.id} AND "refundedAmount" + ${input.amount} <= "subtotalAmount" + "shippingAmount"
      RETURNING "refundedAmount"`;
    if (reserved.length === 0) throw AppError.field("BAD_REQUEST", "amount", "Someone else refunded part of this item meanwhile: reload to see what is left.");
    const already = reserved[0]!.refundedAmount - input.amount;
    // a licensed product's lab gives its part back only for a full refund it can still cancel (process-refund cancels it first)
    const labGivesBack = reserved[0]!.refundedAmount === total && (!item.fulfilment || LAB_CANCELLABLE.has(item.fulfilment.status));
    const split = refundPartsOf(item, already, input.amount, labGivesBack);
    const row = await tx.refund.create({
      data: {
        orderId: item.orderId,
        orderItemId: item.id,
        currency,
        amount: input.amount,
        ...split,
        reason: input.reason,
        source: isAdmin ? "ADMIN" : "ARTIST",
        requestedById: caller.id,
      },
    });
    await tx.auditLog.create({
      data: {
        actorId: caller.id,
        action: "refund.requested",
        targetType: "Refund",
        targetId: row.id,
        data: { orderItemId: item.id, amount: input.amount, currency },
      },
    });
    afterCommit = await eventsWithTransaction(deps.events, tx, refundRequestedEvent(row.id));
    return row;
  });
  await afterCommit();
  return { id: refund.id, amount: refund.amount, currency, status: refund.status, leftToRefund: left - input.amount };
}
