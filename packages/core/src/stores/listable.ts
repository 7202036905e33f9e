import type { Db, Prisma } from "@atelier/db";
import type { z } from "zod";
import { effectiveTerms, termsInCurrency } from "../licensing/effective.ts";
import { publicImageSelect, toPublicImage } from "../discovery/images.ts";
import { listableArtworksSchema } from "../schemas/stores.ts";

const PUBLIC_STATUSES = ["PUBLISHED", "SOLD"] as const;
const termsSelect = {
  royaltyBps: true,
  minimumPriceAmount: true,
  minimumPriceCurrency: true,
  maxDiscountBps: true,
  allowThirdPartyStores: true,
  allowedProductTypes: true,
  version: true,
} as const;

/**
 * Works whose effective terms allow third-party stores: the artwork's own yes, or no word of its own and the
 * artist's yes (the platform's default is no). The same rule as effectiveTerms, as a query.
 */
export const storesAllowedWhere: Prisma.ArtworkWhereInput = {
  OR: [
    { licensingTerms: { is: { allowThirdPartyStores: true } } },
    {
      AND: [
        { OR: [{ licensingTerms: { is: null } }, { licensingTerms: { is: { allowThirdPartyStores: null } } }] },
        { artist: { licensingTerms: { is: { allowThirdPartyStores: true } } } },
      ],
    },
  ],
};

/**
 * The artworks a seller can list, with what binds each listing (the floor in the work's currency, the largest
 * discount, the product types): a store sees public works whose artists allow stores; an artist sees their own
 * public works.
 */
export async function listableArtworks(db: Db, who: { storeOwner: true } | { artistId: string }, raw: z.input<typeof listableArtworksSchema>) {
  const { query, limit } = listableArtworksSchema.parse(raw);
  const search: Prisma.ArtworkWhereInput = query
    ? { OR: [{ title: { contains: query, mode: "insensitive" } }, { artist: { displayName: { contains: query, mode: "insensitive" } } }] }
    : {};
  const rows = await db.artwork.findMany({
    where: { status: { in: [...PUBLIC_STATUSES] }, ...("artistId" in who ? { artistId: who.artistId } : storesAllowedWhere), AND: [search] },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      slug: true,
      title: true,
      currency: true,
      artist: { select: { slug: true, displayName: true, licensingTerms: { select: termsSelect } } },
      licensingTerms: { select: { ...termsSelect, productTypesOverridden: true } },
      images: { select: publicImageSelect, orderBy: { position: "asc" }, take: 1 },
    },
  });
  return rows.map((a) => {
    const terms = effectiveTerms(a.artist.licensingTerms, a.licensingTerms);
    const inCurrency = termsInCurrency(terms, a.currency);
    return {
      id: a.id,
      slug: a.slug,
      title: a.title,
      currency: a.currency,
      artist: { slug: a.artist.slug, displayName: a.artist.displayName },
      image: a.images[0] ? toPublicImage(a.images[0]) : null,
      terms: {
        minimumUnitAmount: inCurrency.minimumUnitAmount,
        maxDiscountBps: terms.maxDiscountBps,
        royaltyBps: terms.royaltyBps,
        allowThirdPartyStores: terms.allowThirdPartyStores,
        allowedProductTypes: terms.allowedProductTypes,
      },
    };
  });
}
