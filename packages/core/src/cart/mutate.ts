import type { Db } from "@atelier/db";
import { availabilityOf } from "../artwork/availability.ts";
import { payableSelect } from "../discovery/cards.ts";
import { AppError } from "../errors.ts";
import { canReceivePayments } from "../payments/connect-accounts.ts";
import { resolveCart, type CartOwner, type ResolvedCart } from "./owner.ts";
import { cartView, type CartView } from "./view.ts";

export interface CartResult {
  view: CartView;
  cookie?: string | null;
}

const itemNotFound = () => new AppError("NOT_FOUND", "That item is not in your cart.");

async function purchasableArtwork(db: Db, artworkId: string, viewerId: string | null) {
  const art = await db.artwork.findFirst({
    where: { id: artworkId, status: { in: ["PUBLISHED", "SOLD"] } },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      editionSize: true,
      editionsSold: true,
      unitsHeld: true,
      artist: { select: { userId: true, user: { select: { connectAccount: { select: payableSelect } } } } },
    },
  });
  if (!art) throw AppError.field("NOT_FOUND", "artworkId", "We couldn't find that artwork.");
  if (viewerId && art.artist.userId === viewerId) throw AppError.field("BAD_REQUEST", "artworkId", "This is your own work: it can't go in your cart.");
  const availability = availabilityOf(art, canReceivePayments(art.artist.user.connectAccount));
  if (!availability.purchasable)
    throw AppError.field("CONFLICT", "artworkId", `${art.title} is no longer available${availability.label ? ` (${availability.label})` : ""}.`);
  return { ...art, availability };
}

function checkQuantity(art: Awaited<ReturnType<typeof purchasableArtwork>>, quantity: number) {
  if (art.kind === "ORIGINAL" && quantity !== 1) throw AppError.field("BAD_REQUEST", "quantity", "An original is one of a kind: its quantity is 1.");
  const left = art.availability.editionsLeft ?? 1;
  if (quantity > left) throw AppError.field("BAD_REQUEST", "quantity", `Only ${left} left of ${art.title}.`);
}

async function done(db: Db, r: ResolvedCart, viewerId: string | null): Promise<CartResult> {
  return { view: await cartView(db, r.cartId, viewerId), cookie: r.cookie };
}

/** Adds a work (an edition again: more units, never above what is left). */
export async function addToCart(db: Db, owner: CartOwner, input: { artworkId: string; quantity: number }): Promise<CartResult> {
  const art = await purchasableArtwork(db, input.artworkId, owner.userId);
  const r = await resolveCart(db, owner, { create: true });
  const cartId = r.cartId!;
  const existing = await db.cartItem.findUnique({ where: { cartId_artworkId: { cartId, artworkId: art.id } }, select: { id: true, quantity: true } });
  if (existing && art.kind === "ORIGINAL") return done(db, r, owner.userId); // already there: adding twice changes nothing
  const quantity = (existing?.quantity ?? 0) + input.quantity;
  checkQuantity(art, quantity);
  await db.cartItem.upsert({
    where: { cartId_artworkId: { cartId, artworkId: art.id } },
    create: { cartId, artworkId: art.id, quantity },
    update: { quantity },
  });
  return done(db, r, owner.userId);
}

async function ownItem(db: Db, owner: CartOwner, itemId: string) {
  const r = await resolveCart(db, owner, { create: false });
  if (!r.cartId) throw itemNotFound();
  const item = await db.cartItem.findFirst({ where: { id: itemId, cartId: r.cartId }, select: { id: true, artworkId: true } });
  if (!item) throw itemNotFound();
  return { r, item };
}

export async function setCartQuantity(db: Db, owner: CartOwner, input: { itemId: string; quantity: number }): Promise<CartResult> {
  const { r, item } = await ownItem(db, owner, input.itemId);
  checkQuantity(await purchasableArtwork(db, item.artworkId, owner.userId), input.quantity);
  await db.cartItem.update({ where: { id: item.id }, data: { quantity: input.quantity } });
  return done(db, r, owner.userId);
}

export async function removeFromCart(db: Db, owner: CartOwner, input: { itemId: string }): Promise<CartResult> {
  const { r, item } = await ownItem(db, owner, input.itemId);
  await db.cartItem.deleteMany({ where: { id: item.id } });
  return done(db, r, owner.userId);
}

export async function setShipTo(db: Db, owner: CartOwner, input: { country: string }): Promise<CartResult> {
  const r = await resolveCart(db, owner, { create: true });
  await db.cart.update({ where: { id: r.cartId! }, data: { shipTo: input.country } });
  return done(db, r, owner.userId);
}
