import type { Db } from "@atelier/db";
import type { CartOwner } from "./owner.ts";

/**
 * Units in the owner's cart, for the header's badge on every page: a read that never writes. A signed-in
 * user whose visitor cart is not merged yet (the merge happens on their next cart call) is counted as the
 * merge will leave it — each work once, at the larger quantity — so the number does not jump.
 */
export async function cartUnitCount(db: Db, owner: CartOwner): Promise<number> {
  const carts = [...(owner.userId ? [{ userId: owner.userId }] : []), ...(owner.visitorKey ? [{ visitorKey: owner.visitorKey }] : [])];
  if (carts.length === 0) return 0;
  const works = await db.cartItem.groupBy({ by: ["artworkId", "listingId"], where: { cart: { OR: carts } }, _max: { quantity: true } });
  return works.reduce((sum, w) => sum + (w._max.quantity ?? 0), 0);
}
