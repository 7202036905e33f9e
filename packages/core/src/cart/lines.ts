import type { Db } from "@atelier/db";
import { availabilityOf, type Availability } from "../artwork/availability.ts";
import { publicImageSelect, toPublicImage, type PublicImage } from "../discovery/images.ts";
import { payableSelect } from "../discovery/cards.ts";
import { canReceivePayments } from "../payments/connect-accounts.ts";
import { cartListingSelect, productCartLine, type CartProduct } from "./product-lines.ts";
import { shippingQuote, type ShippingQuote } from "./shipping.ts";

/** One work in a cart, with everything the cart page and the checkout need, decided here. */
export interface CartLine {
  itemId: string;
  artworkId: string;
  slug: string;
  title: string;
  kind: "ORIGINAL" | "EDITION";
  artist: { displayName: string; slug: string; userId: string; country: string };
  image: PublicImage | null;
  quantity: number;
  /** the most this line may hold now (1 for originals) */
  maxQuantity: number;
  currency: string;
  unitAmount: number;
  subtotalAmount: number;
  shipping: ShippingQuote;
  /** subtotal + shipping; null while shipping has no price */
  totalAmount: number | null;
  availability: Availability;
  /** why this line cannot be checked out now, or null */
  problem: string | null;
  /** a licensed product of the artwork (a print, a poster, a download…); null for the artwork itself */
  product: CartProduct | null;
}

export const cartArtworkSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  status: true,
  priceAmount: true,
  currency: true,
  editionSize: true,
  editionsSold: true,
  unitsHeld: true,
  shippingDomestic: true,
  shippingInternational: true,
  images: { select: publicImageSelect, orderBy: { position: "asc" as const }, take: 1 },
  artist: { select: { displayName: true, slug: true, userId: true, country: true, user: { select: { connectAccount: { select: payableSelect } } } } },
} as const;

/** The cart's lines as of now (oldest first), for the viewer `viewerId` (their own work cannot be bought). */
export async function loadCartLines(db: Db, cartId: string, shipTo: string | null, viewerId: string | null): Promise<CartLine[]> {
  const items = await db.cartItem.findMany({
    where: { cartId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { artwork: { select: cartArtworkSelect }, listing: { select: cartListingSelect } },
  });
  const mine = await heldForViewer(
    db,
    viewerId,
    items.filter((i) => !i.listingId).map((i) => i.artworkId),
  );
  return items.map((item) => {
    if (item.listing) return productCartLine(item, item.listing, viewerId);
    const a = item.artwork;
    // units the viewer's own open checkout holds are theirs to pay for, not "on hold" for them
    const availability = availabilityOf(
      { ...a, unitsHeld: Math.max(a.unitsHeld - (mine.get(a.id) ?? 0), 0) },
      canReceivePayments(a.artist.user.connectAccount),
    );
    const maxQuantity = a.kind === "ORIGINAL" ? 1 : Math.max(availability.editionsLeft ?? 0, 0);
    const shipping = shippingQuote(a, a.artist.country, shipTo);
    const subtotalAmount = a.priceAmount * item.quantity;
    const own = viewerId !== null && viewerId === a.artist.userId;
    const problem = own
      ? "This is your own work"
      : !availability.purchasable
        ? `${a.title} is no longer available${availability.label ? ` (${availability.label})` : ""}`
        : item.quantity > maxQuantity
          ? `Only ${maxQuantity} left of ${a.title}`
          : shipTo && shipping.amount === null
            ? shipping.note
            : null;
    return {
      itemId: item.id,
      artworkId: a.id,
      slug: a.slug,
      title: a.title,
      kind: a.kind,
      artist: { displayName: a.artist.displayName, slug: a.artist.slug, userId: a.artist.userId, country: a.artist.country },
      image: a.images[0] ? toPublicImage(a.images[0]) : null,
      quantity: item.quantity,
      maxQuantity,
      currency: a.currency,
      unitAmount: a.priceAmount,
      subtotalAmount,
      shipping,
      totalAmount: shipping.amount === null ? null : subtotalAmount + shipping.amount,
      availability,
      problem,
      product: null,
    };
  });
}

/** Units of these artworks held for the viewer: by their own open checkouts, and by their agents' holds (MCP hold_artwork). */
export async function heldForViewer(db: Db, viewerId: string | null, artworkIds: string[]): Promise<Map<string, number>> {
  if (!viewerId || artworkIds.length === 0) return new Map();
  const [checkouts, holds] = await Promise.all([
    db.orderItem.groupBy({
      by: ["artworkId"],
      where: { artworkId: { in: artworkIds }, listingSeller: null, status: "RESERVED", order: { buyerId: viewerId, status: "AWAITING_PAYMENT" } },
      _sum: { quantity: true },
    }),
    db.agentHold.groupBy({ by: ["artworkId"], where: { artworkId: { in: artworkIds }, userId: viewerId, status: "HELD" }, _sum: { quantity: true } }),
  ]);
  const held = new Map<string, number>();
  for (const r of [...checkouts, ...holds]) if (r.artworkId) held.set(r.artworkId, (held.get(r.artworkId) ?? 0) + (r._sum.quantity ?? 0));
  return held;
}
