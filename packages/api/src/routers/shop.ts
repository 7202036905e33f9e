import { withEarnings } from "@atelier/core/stores/earnings";
import { listableArtworks } from "@atelier/core/stores/listable";
import { artistShopSeller, createListing, myListings, setListingStatus, updateListing } from "@atelier/core/stores/listings";
import { artistShop, listingsOfArtwork, storesSellingMyWork } from "@atelier/core/stores/public";
import { artworkIdSchema, slugInputSchema } from "@atelier/core/schemas/discovery";
import { listableArtworksSchema, listingCreateSchema, listingStatusSchema, listingUpdateSchema } from "@atelier/core/schemas/stores";
import type { Context } from "../context.ts";
import { artistProcedure, createTRPCRouter, publicProcedure } from "../trpc.ts";

const deps = (ctx: Context) => ({ db: ctx.db, platformFeeBps: ctx.settings.COMMISSION_LICENSED_BPS, now: ctx.now });

/** Each artist's own shop of licensed products (no store share): edited by the artist in the studio, shown on public pages. */
export const shopRouter = createTRPCRouter({
  mine: artistProcedure.query(async ({ ctx }) =>
    withEarnings(ctx.db, ctx.settings.COMMISSION_LICENSED_BPS, await myListings(ctx.db, await artistShopSeller(ctx.db, ctx.identity.id))),
  ),
  listable: artistProcedure
    .input(listableArtworksSchema)
    .query(async ({ ctx, input }) => listableArtworks(ctx.db, { artistId: (await artistShopSeller(ctx.db, ctx.identity.id)).artistId }, input)),
  create: artistProcedure
    .input(listingCreateSchema)
    .mutation(async ({ ctx, input }) => createListing(deps(ctx), await artistShopSeller(ctx.db, ctx.identity.id), input)),
  update: artistProcedure
    .input(listingUpdateSchema)
    .mutation(async ({ ctx, input }) => updateListing(deps(ctx), await artistShopSeller(ctx.db, ctx.identity.id), input)),
  setStatus: artistProcedure
    .input(listingStatusSchema)
    .mutation(async ({ ctx, input }) => setListingStatus(deps(ctx), await artistShopSeller(ctx.db, ctx.identity.id), input)),
  /** every store that sells the artist's work (their listings, paused ones too) */
  stores: artistProcedure.query(({ ctx }) => storesSellingMyWork(ctx.db, ctx.identity.id)),
  byArtist: publicProcedure.input(slugInputSchema).query(({ ctx, input }) => artistShop(ctx.db, input.slug)),
  ofArtwork: publicProcedure.input(artworkIdSchema).query(({ ctx, input }) => listingsOfArtwork(ctx.db, input.artworkId)),
});
