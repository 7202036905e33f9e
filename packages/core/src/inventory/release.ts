import { releaseHeldPlaces } from "./places.ts";
import type { Tx } from "./tx.ts";

/**
 * Gives back the units an order's RESERVED items hold, inside the caller's transaction: each item moves
 * RESERVED → RELEASED by a conditional update and only the one that moved it decrements the artwork's
 * unitsHeld, so however many paths (expiry job, Stripe's expired event, the buyer's cancel, a failed
 * session) release the same order, units come back exactly once. Returns how many items it released.
 */
export async function releaseOrderItems(tx: Tx, orderId: string): Promise<number> {
  const items = await tx.orderItem.findMany({
    where: { orderId, status: "RESERVED" },
    select: { id: true, artworkId: true, ticketTypeId: true, quantity: true, listingSeller: true },
    orderBy: { artworkId: "asc" },
  });
  let released = 0;
  for (const item of items) {
    const moved = await tx.orderItem.updateMany({ where: { id: item.id, status: "RESERVED" }, data: { status: "RELEASED" } });
    if (moved.count !== 1) continue;
    released++;
    if (item.listingSeller) continue; // made to order: it held no units
    if (item.ticketTypeId) {
      await releaseHeldPlaces(tx, item.ticketTypeId, item.quantity);
      continue;
    }
    await tx.$executeRaw`UPDATE "Artwork" SET "unitsHeld" = "unitsHeld" - ${item.quantity}, "updatedAt" = now() WHERE id = ${item.artworkId}`;
  }
  return released;
}
