import type { Prisma } from "@atelier/db";
import { publicImageSelect, toPublicImage, type PublicImage } from "../discovery/images.ts";
import { maxDiscountAmount } from "../money/licensed-split.ts";

export const listingSelect = {
  id: true,
  seller: true,
  storeId: true,
  artworkId: true,
  variantCode: true,
  unitAmount: true,
  currency: true,
  discountBps: true,
  status: true,
  pauseReason: true,
  pausedAt: true,
  createdAt: true,
  store: { select: { slug: true, name: true } },
  artwork: {
    select: {
      slug: true,
      title: true,
      status: true,
      artist: { select: { slug: true, displayName: true } },
      images: { select: publicImageSelect, orderBy: { position: "asc" }, take: 1 },
    },
  },
  variant: { select: { name: true, productType: { select: { code: true, name: true, fulfilment: true } } } },
} as const satisfies Prisma.ListingSelect;

export type ListingRow = Prisma.ListingGetPayload<{ select: typeof listingSelect }>;

/** One listing as pages show it: the price before and after its discount (computed here, never in a page). */
export interface ListingView {
  id: string;
  seller: "STORE" | "ARTIST_SHOP";
  status: "ACTIVE" | "PAUSED" | "REMOVED";
  /** why it was paused when the artwork's terms changed; null when paused by its seller or not paused */
  pauseReason: string | null;
  pausedAt: Date | null;
  createdAt: Date;
  currency: string;
  unitAmount: number;
  discountBps: number;
  /** what one unit costs the buyer now: the price less the discount */
  saleAmount: number;
  store: { slug: string; name: string } | null;
  artwork: { id: string; slug: string; title: string; artist: { slug: string; displayName: string }; image: PublicImage | null };
  product: { variantCode: string; variantName: string; typeCode: string; typeName: string; fulfilment: "PRINT_LAB" | "DIGITAL" };
}

export function toListingView(r: ListingRow): ListingView {
  const image = r.artwork.images[0];
  return {
    id: r.id,
    seller: r.seller,
    status: r.status,
    pauseReason: r.pauseReason,
    pausedAt: r.pausedAt,
    createdAt: r.createdAt,
    currency: r.currency,
    unitAmount: r.unitAmount,
    discountBps: r.discountBps,
    saleAmount: r.unitAmount - maxDiscountAmount(r.unitAmount, r.discountBps),
    store: r.store,
    artwork: { id: r.artworkId, slug: r.artwork.slug, title: r.artwork.title, artist: r.artwork.artist, image: image ? toPublicImage(image) : null },
    product: {
      variantCode: r.variantCode,
      variantName: r.variant.name,
      typeCode: r.variant.productType.code,
      typeName: r.variant.productType.name,
      fulfilment: r.variant.productType.fulfilment,
    },
  };
}
