import { Prisma, type Db } from "@atelier/db";
import { availabilityOf } from "../artwork/availability.ts";
import { payableSelect } from "../discovery/cards.ts";
import { AppError } from "../errors.ts";
import { canReceivePayments } from "../payments/connect-accounts.ts";
import { heldForViewer } from "./lines.ts";
import { loadListingForCart, MAX_PRODUCT_QUANTITY, productProblem } from "./product-lines.ts";
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
  // units held for the viewer (their open checkout, their agent's hold) are theirs to buy, not "on hold" for them
  const mine = (await heldForViewer(db, viewerId, [art.id])).get(art.id) ?? 0;
  const availability = availabilityOf({ ...art, unitsHeld: Math.max(art.unitsHeld - mine, 0) }, canReceivePayments(art.artist.user.connectAccount));
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
  const existing = await db.cartItem.findFirst({ where: { cartId, artworkId: art.id, listingId: null }, select: { id: true, quantity: true } });
  if (existing && art.kind === "ORIGINAL") return done(db, r, owner.userId); // already there: adding twice changes nothing
  const quantity = (existing?.quantity ?? 0) + input.quantity;
  checkQuantity(art, quantity);
  await putLine(db, existing, { cartId, artworkId: art.id, listingId: null, quantity });
  return done(db, r, owner.userId);
}

/**
 * Writes a cart line: the existing one gets the new quantity, else a new line. Two adds racing for a new line meet
 * at the partial unique index (one line per artwork, one per listing): the loser updates the winner's line.
 */
async function putLine(db: Db, existing: { id: string } | null, line: { cartId: string; artworkId: string; listingId: string | null; quantity: number }) {
  if (existing) return db.cartItem.update({ where: { id: existing.id }, data: { quantity: line.quantity } });
  try {
    return await db.cartItem.create({ data: line });
  } catch (e) {
    if (!(e instanceof Prisma.PrismaClientKnownRequestError) || e.code !== "P2002") throw e;
    return db.cartItem.updateMany({ where: { cartId: line.cartId, artworkId: line.artworkId, listingId: line.listingId }, data: { quantity: line.quantity } });
  }
}

/** Adds a licensed product (a store's or the artist's own shop's listing); adding it again adds units, up to MAX_PRODUCT_QUANTITY. */
export async function addProductToCart(db: Db, owner: CartOwner, input: { listingId: string; quantity: number }): Promise<CartResult> {
  const listing = await loadListingForCart(db, input.listingId);
  if (!listing) throw AppError.field("NOT_FOUND", "listingId", "We couldn't find that product.");
  const r = await resolveCart(db, owner, { create: true });
  const cartId = r.cartId!;
  const existing = await db.cartItem.findFirst({ where: { cartId, listingId: listing.id }, select: { id: true, quantity: true } });
  const quantity = (existing?.quantity ?? 0) + input.quantity;
  const problem = productProblem(listing, owner.userId, quantity);
  if (problem)
    throw AppError.field(
      quantity > MAX_PRODUCT_QUANTITY ? "BAD_REQUEST" : "CONFLICT",
      quantity > MAX_PRODUCT_QUANTITY ? "quantity" : "listingId",
      `${problem}.`,
    );
  await putLine(db, existing, { cartId, artworkId: listing.artworkId, listingId: listing.id, quantity });
  return done(db, r, owner.userId);
}

async function ownItem(db: Db, owner: CartOwner, itemId: string) {
  const r = await resolveCart(db, owner, { create: false });
  if (!r.cartId) throw itemNotFound();
  const item = await db.cartItem.findFirst({ where: { id: itemId, cartId: r.cartId }, select: { id: true, artworkId: true, listingId: true } });
  if (!item) throw itemNotFound();
  return { r, item };
}

export async function setCartQuantity(db: Db, owner: CartOwner, input: { itemId: string; quantity: number }): Promise<CartResult> {
  const { r, item } = await ownItem(db, owner, input.itemId);
  if (item.listingId) {
    const listing = await loadListingForCart(db, item.listingId);
    const problem = listing ? productProblem(listing, owner.userId, input.quantity) : "That product is no longer on sale";
    if (problem) throw AppError.field("BAD_REQUEST", "quantity", `${problem}.`);
  } else checkQuantity(await purchasableArtwork(db, item.artworkId, owner.userId), input.quantity);
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
