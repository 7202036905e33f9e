import type { Db } from "@atelier/db";
import { toPublicImage } from "../discovery/images.ts";
import { maxDiscountAmount } from "../money/licensed-split.ts";
import { labShippingAmount } from "../products/lab-shipping.ts";
import { listingSelect } from "../stores/listing-view.ts";
import type { CartLine } from "./lines.ts";

/** Most units of one licensed product a cart line may hold (print on demand: no stock, but no bulk orders either). */
export const MAX_PRODUCT_QUANTITY = 20;

/** What a cart line of a licensed product adds to a line: the listing, who sells it, the product and its discount. */
export interface CartProduct {
  listingId: string;
  seller: "STORE" | "ARTIST_SHOP";
  store: { slug: string; name: string } | null;
  variantCode: string;
  variantName: string;
  typeCode: string;
  typeName: string;
  fulfilment: "PRINT_LAB" | "DIGITAL";
  /** the listing's running discount in basis points of its price */
  discountBps: number;
  /** the discount of the whole line: quantity × the discount of one unit, so the line is quantity × the shown sale price */
  discountAmount: number;
}

export const cartListingSelect = {
  ...listingSelect,
  updatedAt: true,
  store: { select: { slug: true, name: true, ownerUserId: true } },
  artwork: {
    select: {
      ...listingSelect.artwork.select,
      id: true,
      kind: true,
      artist: { select: { slug: true, displayName: true, userId: true, country: true } },
    },
  },
} as const;

type ListingRowForCart = NonNullable<Awaited<ReturnType<typeof loadListing>>>;
const loadListing = (db: Db, id: string) => db.listing.findUnique({ where: { id }, select: cartListingSelect });

/** The line discount of `quantity` units at the listing's rate: per unit, rounded down, times quantity. */
export function productLineDiscount(unitAmount: number, discountBps: number, quantity: number): number {
  return maxDiscountAmount(unitAmount, discountBps) * quantity;
}

/** Who the buyer would be paying themselves as: the store's owner for a store's product, the artist in their own shop. */
export function productSellerUserId(l: { seller: "STORE" | "ARTIST_SHOP"; store: { ownerUserId: string } | null; artwork: { artist: { userId: string } } }) {
  return l.seller === "STORE" ? (l.store?.ownerUserId ?? null) : l.artwork.artist.userId;
}

/** Why a listing cannot be bought by `viewerId` now, or null. */
export function productProblem(l: ListingRowForCart, viewerId: string | null, quantity: number): string | null {
  const name = `${l.variant.productType.name} of ${l.artwork.title}`;
  if (viewerId && productSellerUserId(l) === viewerId) return l.seller === "STORE" ? "This is your own store's product" : "This is from your own shop";
  if (l.status !== "ACTIVE" || (l.artwork.status !== "PUBLISHED" && l.artwork.status !== "SOLD")) return `The ${name} is no longer on sale`;
  if (quantity > MAX_PRODUCT_QUANTITY) return `At most ${MAX_PRODUCT_QUANTITY} of the ${name} in one order`;
  return null;
}

/** A cart line of a licensed product, priced as of now (its shipping is the print lab's, to any country). */
export function productCartLine(item: { id: string; quantity: number }, l: ListingRowForCart, viewerId: string | null): CartLine {
  const a = l.artwork;
  const discountAmount = productLineDiscount(l.unitAmount, l.discountBps, item.quantity);
  const subtotalAmount = l.unitAmount * item.quantity - discountAmount;
  const shippingAmount = labShippingAmount(l.variant.productType.code, l.currency);
  const digital = l.variant.productType.fulfilment === "DIGITAL";
  const problem = productProblem(l, viewerId, item.quantity);
  const image = a.images[0];
  return {
    itemId: item.id,
    artworkId: a.id,
    slug: a.slug,
    title: a.title,
    kind: a.kind,
    artist: { displayName: a.artist.displayName, slug: a.artist.slug, userId: a.artist.userId, country: a.artist.country },
    image: image ? toPublicImage(image) : null,
    quantity: item.quantity,
    maxQuantity: MAX_PRODUCT_QUANTITY,
    currency: l.currency,
    unitAmount: l.unitAmount,
    subtotalAmount,
    shipping: {
      amount: shippingAmount,
      international: false,
      note: digital ? "Download: nothing to ship" : `Made and posted by ${l.seller === "STORE" ? "the store's" : "Atelier's"} print lab`,
    },
    totalAmount: subtotalAmount + shippingAmount,
    // made to order: nothing to hold or sell out
    availability: { state: problem ? "not_for_sale" : "available", purchasable: problem === null, editionsLeft: null, label: null },
    problem,
    product: {
      listingId: l.id,
      seller: l.seller,
      store: l.store ? { slug: l.store.slug, name: l.store.name } : null,
      variantCode: l.variantCode,
      variantName: l.variant.name,
      typeCode: l.variant.productType.code,
      typeName: l.variant.productType.name,
      fulfilment: l.variant.productType.fulfilment,
      discountBps: l.discountBps,
      discountAmount,
    },
  };
}

export { loadListing as loadListingForCart };
