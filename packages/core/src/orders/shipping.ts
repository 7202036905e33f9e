import type { Db, Prisma } from "@atelier/db";
import { eventsWithTransaction, orderItemShipped, type EventSender } from "@atelier/events";
import type { z } from "zod";
import { AppError } from "../errors.ts";
import { markShippedSchema } from "../schemas/orders.ts";

export interface ShippingDeps {
  db: Db;
  events: EventSender;
  now: () => Date;
}

/**
 * The artist who sold an item marks it shipped with the carrier and tracking number: PAID → SHIPPED,
 * once (a conditional update, so two clicks or two tabs ship it once). The buyer is mailed through the
 * `order-item.shipped` event, queued in the same transaction.
 */
export async function markItemShipped(deps: ShippingDeps, sellerId: string, raw: z.input<typeof markShippedSchema>) {
  const { orderItemId, carrier, trackingNumber } = markShippedSchema.parse(raw);
  const now = deps.now();
  const afterCommit = await deps.db.$transaction(async (tx) => {
    const shipped = await shipPaidItem(tx, deps.events, { orderItemId, sellerId, carrier, trackingNumber, shippedAt: now });
    if (!shipped) throw await whyNotShippable(tx as unknown as Db, sellerId, orderItemId);
    return shipped;
  });
  await afterCommit();
  return deps.db.orderItem.findUniqueOrThrow({
    where: { id: orderItemId },
    select: { id: true, status: true, carrier: true, trackingNumber: true, shippedAt: true },
  });
}

/**
 * PAID → SHIPPED once (a conditional update), with the carrier and tracking, and the buyer's
 * `order-item.shipped` mail queued in the caller's transaction. Shared by the artist's own shipment
 * (`sellerId` given) and a print lab's (core/fulfilment). Null when the item was not PAID in a paid order:
 * nothing changed. Otherwise the function to run after commit.
 */
export async function shipPaidItem(
  tx: Prisma.TransactionClient,
  events: EventSender,
  item: { orderItemId: string; sellerId?: string; carrier: string; trackingNumber: string | null; shippedAt: Date },
): Promise<(() => Promise<void>) | null> {
  const moved = await tx.orderItem.updateMany({
    where: { id: item.orderItemId, ...(item.sellerId ? { sellerId: item.sellerId } : {}), status: "PAID", order: { status: "PAID" } },
    data: { status: "SHIPPED", carrier: item.carrier, trackingNumber: item.trackingNumber, shippedAt: item.shippedAt },
  });
  if (moved.count === 0) return null;
  return eventsWithTransaction(events, tx, {
    name: orderItemShipped.name,
    data: { orderItemId: item.orderItemId },
    id: `order-item-shipped:${item.orderItemId}`,
  });
}

async function whyNotShippable(db: Db, sellerId: string, orderItemId: string): Promise<AppError> {
  const item = await db.orderItem.findFirst({ where: { id: orderItemId, sellerId }, select: { status: true } });
  if (!item || item.status === "RESERVED" || item.status === "RELEASED") return new AppError("NOT_FOUND", "No such sale");
  if (item.status === "SHIPPED" || item.status === "DELIVERED") return new AppError("CONFLICT", "This item is already marked as shipped.");
  if (item.status === "REFUNDED") return new AppError("PRECONDITION_FAILED", "This item was refunded, so there is nothing to ship.");
  return new AppError("PRECONDITION_FAILED", "This order is not paid, so it cannot be shipped.");
}

/** What the item-shipped mail needs: the buyer, the item and its tracking. Null when the item is not shipped (any more). */
export async function itemShippedMail(db: Db, orderItemId: string) {
  const item = await db.orderItem.findUnique({
    where: { id: orderItemId },
    select: {
      title: true,
      status: true,
      carrier: true,
      trackingNumber: true,
      order: { select: { id: true, number: true, buyer: { select: { email: true, name: true } } } },
      seller: { select: { name: true, artistProfile: { select: { displayName: true } } } },
    },
  });
  if (!item || item.status !== "SHIPPED" || !item.carrier || !item.trackingNumber) return null;
  return {
    to: item.order.buyer.email,
    displayName: item.order.buyer.name || "there",
    orderId: item.order.id,
    orderNumber: item.order.number,
    title: item.title,
    artistName: item.seller.artistProfile?.displayName ?? item.seller.name,
    carrier: item.carrier,
    trackingNumber: item.trackingNumber,
  };
}
