import type { Db } from "@atelier/db";
import { newVisitorCartKey } from "./cookie.ts";

/** Whose cart: a signed-in user's, else the visitor's cookie key (either may be null). */
export interface CartOwner {
  userId: string | null;
  visitorKey: string | null;
}

export interface ResolvedCart {
  cartId: string | null;
  /** what the atelier_cart cookie should become: a new key, null to clear it, undefined to leave it */
  cookie?: string | null;
}

/**
 * Finds (or, with `create`, makes) the owner's cart. A signed-in user who still carries a visitor
 * cookie gets that cart merged into theirs here, on their first cart call after signing in, and the
 * cookie is cleared: sign-in itself stays untouched.
 */
export async function resolveCart(db: Db, owner: CartOwner, opts: { create: boolean }): Promise<ResolvedCart> {
  if (owner.userId) {
    const merged = owner.visitorKey ? await mergeVisitorCart(db, owner.visitorKey, owner.userId) : false;
    const cookie = owner.visitorKey ? null : undefined;
    if (!opts.create && !merged) {
      const cart = await db.cart.findUnique({ where: { userId: owner.userId }, select: { id: true } });
      return { cartId: cart?.id ?? null, cookie };
    }
    const cart = await db.cart.upsert({ where: { userId: owner.userId }, create: { userId: owner.userId }, update: {}, select: { id: true } });
    return { cartId: cart.id, cookie };
  }
  if (owner.visitorKey) {
    const key = owner.visitorKey;
    const cart = opts.create
      ? await db.cart.upsert({ where: { visitorKey: key }, create: { visitorKey: key }, update: {}, select: { id: true } })
      : await db.cart.findUnique({ where: { visitorKey: key }, select: { id: true } });
    return { cartId: cart?.id ?? null };
  }
  if (!opts.create) return { cartId: null };
  const key = newVisitorCartKey();
  const cart = await db.cart.create({ data: { visitorKey: key }, select: { id: true } });
  return { cartId: cart.id, cookie: key };
}

/**
 * Moves a visitor cart's items into the user's cart (a work already there keeps the larger quantity)
 * and deletes the visitor cart, in one transaction. False when there was no such visitor cart.
 */
export async function mergeVisitorCart(db: Db, visitorKey: string, userId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const visitor = await tx.cart.findUnique({ where: { visitorKey }, include: { items: true } });
    if (!visitor) return false;
    const mine = await tx.cart.upsert({ where: { userId }, create: { userId, shipTo: visitor.shipTo }, update: {}, include: { items: true } });
    if (!mine.shipTo && visitor.shipTo) await tx.cart.update({ where: { id: mine.id }, data: { shipTo: visitor.shipTo } });
    const lineKey = (i: { artworkId: string; listingId: string | null }) => i.listingId ?? `artwork:${i.artworkId}`;
    const have = new Map(mine.items.map((i) => [lineKey(i), i]));
    for (const item of visitor.items) {
      const existing = have.get(lineKey(item));
      if (!existing) await tx.cartItem.create({ data: { cartId: mine.id, artworkId: item.artworkId, listingId: item.listingId, quantity: item.quantity } });
      else if (item.quantity > existing.quantity) await tx.cartItem.update({ where: { id: existing.id }, data: { quantity: item.quantity } });
    }
    await tx.cart.delete({ where: { id: visitor.id } });
    return true;
  });
}
