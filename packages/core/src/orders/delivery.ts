import type { Db } from "@atelier/db";
import type { z } from "zod";
import { AppError } from "../errors.ts";
import { orderItemIdSchema } from "../schemas/orders.ts";

const DAY_MS = 86_400_000;

/** The buyer confirms an item arrived: SHIPPED → DELIVERED, once. Someone else's item → NOT_FOUND. */
export async function confirmDelivery(deps: { db: Db; now: () => Date }, buyerId: string, raw: z.input<typeof orderItemIdSchema>) {
  const { orderItemId } = orderItemIdSchema.parse(raw);
  const moved = await deps.db.orderItem.updateMany({
    where: { id: orderItemId, status: "SHIPPED", order: { buyerId } },
    data: { status: "DELIVERED", deliveredAt: deps.now() },
  });
  if (moved.count === 0) {
    const item = await deps.db.orderItem.findFirst({
      where: { id: orderItemId, order: { buyerId, status: { in: ["PAID", "REFUNDED"] } } },
      select: { status: true },
    });
    if (!item) throw new AppError("NOT_FOUND", "No such order item");
    if (item.status === "DELIVERED") throw new AppError("CONFLICT", "You already confirmed this item arrived.");
    if (item.status === "PAID") throw new AppError("PRECONDITION_FAILED", "This item has not been shipped yet, so it can't be confirmed as received.");
    throw new AppError("PRECONDITION_FAILED", "This item was refunded.");
  }
  return deps.db.orderItem.findUniqueOrThrow({ where: { id: orderItemId }, select: { id: true, status: true, deliveredAt: true } });
}

/**
 * Items shipped at least `afterDays` ago that the buyer never confirmed count as delivered
 * (DELIVERY_AUTO_CONFIRM_DAYS). One conditional update: a buyer's confirmation at the same moment wins
 * or is a no-op, never both. Returns how many items it confirmed.
 */
export async function autoConfirmDeliveries(deps: { db: Db; now: () => Date }, afterDays: number): Promise<{ confirmed: number; cutoff: Date }> {
  if (!Number.isInteger(afterDays) || afterDays < 1) throw new RangeError(`afterDays must be a whole number ≥ 1 (got ${afterDays})`);
  const now = deps.now();
  const cutoff = new Date(now.getTime() - afterDays * DAY_MS);
  const r = await deps.db.orderItem.updateMany({ where: { status: "SHIPPED", shippedAt: { lte: cutoff } }, data: { status: "DELIVERED", deliveredAt: now } });
  return { confirmed: r.count, cutoff };
}
