import { reservePlaces, sellHeldPlaces } from "./places.ts";
import type { Tx } from "./tx.ts";

/**
 * Payment arrived: an order's RESERVED items become PAID and their held units become sold units (an
 * original's status becomes SOLD). Conditional per item, like release, so a repeated payment event converts nothing twice.
 */
export async function convertHeldToSold(tx: Tx, orderId: string): Promise<number> {
  const items = await tx.orderItem.findMany({
    where: { orderId, status: "RESERVED" },
    select: { id: true, artworkId: true, ticketTypeId: true, quantity: true, listingSeller: true, ticketType: { select: { eventId: true } } },
    orderBy: { artworkId: "asc" },
  });
  let converted = 0;
  for (const item of items) {
    const moved = await tx.orderItem.updateMany({ where: { id: item.id, status: "RESERVED" }, data: { status: "PAID" } });
    if (moved.count !== 1) continue;
    converted++;
    if (item.listingSeller) continue; // a licensed product is made to order: no units of the artwork were held
    if (item.ticketTypeId) {
      await sellHeldPlaces(tx, item.ticketTypeId, item.quantity);
      continue;
    }
    await tx.$executeRaw`
      UPDATE "Artwork" SET "unitsHeld" = "unitsHeld" - ${item.quantity}, "editionsSold" = "editionsSold" + ${item.quantity},
        status = CASE WHEN kind = 'ORIGINAL' THEN 'SOLD'::"ArtworkStatus" ELSE status END, "updatedAt" = now()
      WHERE id = ${item.artworkId}`;
  }
  return converted;
}

/**
 * A payment for an order whose hold had already been released (it expired, then the buyer paid anyway):
 * takes its RELEASED items back to RESERVED if every one of them can still be held. All or nothing;
 * false (and nothing changed, as long as the caller rolls back on false) when any work was taken meanwhile.
 */
export async function reReserveReleased(tx: Tx, orderId: string): Promise<boolean> {
  const items = await tx.orderItem.findMany({
    where: { orderId, status: "RELEASED" },
    select: { id: true, artworkId: true, ticketTypeId: true, quantity: true, listingSeller: true, ticketType: { select: { eventId: true } } },
    orderBy: { artworkId: "asc" },
  });
  for (const item of items) {
    if (item.listingSeller) {
      await tx.orderItem.update({ where: { id: item.id }, data: { status: "RESERVED" } });
      continue;
    }
    if (item.ticketTypeId) {
      // paid already: the waiting list does not come first, but the places must still be there
      const refused = await reservePlaces(tx, item.ticketType!.eventId, [{ ticketTypeId: item.ticketTypeId, quantity: item.quantity }], new Date(), {
        waitingListFirst: false,
      });
      if (refused.length) return false;
      await tx.orderItem.update({ where: { id: item.id }, data: { status: "RESERVED" } });
      continue;
    }
    const held = await tx.$executeRaw`
      UPDATE "Artwork" SET "unitsHeld" = "unitsHeld" + ${item.quantity}, "updatedAt" = now()
      WHERE id = ${item.artworkId} AND status = 'PUBLISHED'
        AND "editionsSold" + "unitsHeld" + ${item.quantity} <= CASE WHEN kind = 'ORIGINAL' THEN 1 ELSE COALESCE("editionSize", 0) END`;
    if (held !== 1) return false;
    await tx.orderItem.update({ where: { id: item.id }, data: { status: "RESERVED" } });
  }
  return true;
}
