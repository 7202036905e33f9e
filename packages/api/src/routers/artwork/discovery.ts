import {
  artworkIdSchema,
  artworkPageSchema,
  featuredSchema,
  listArtworksSchema,
  moreFromArtistSchema,
  moreLikeThisSchema,
  recommendedSchema,
  searchArtworksSchema,
} from "@atelier/core/schemas/discovery";
import { getPublicArtwork, moreFromArtist } from "@atelier/core/discovery/artwork-page";
import { listArtworks } from "@atelier/core/discovery/catalogue";
import { catalogueFacets, facetsSchema } from "@atelier/core/discovery/facets";
import { favoriteArtwork, myFavorites, unfavoriteArtwork } from "@atelier/core/discovery/favorites";
import { featuredArtworks } from "@atelier/core/discovery/featured";
import { moreLikeThis, recommendedFor, searchArtworksPage } from "@atelier/core/search";
import { buyerProcedure, createTRPCRouter, protectedProcedure, publicProcedure } from "../../trpc.ts";

/** The public gallery: listing, search, artwork pages and favourites. */
export const artworkDiscoveryRouter = createTRPCRouter({
  list: publicProcedure.input(listArtworksSchema).query(({ ctx, input }) => listArtworks(ctx.db, input)),
  /** hybrid (full-text + vectors) when an embedding model and pgvector are there; `mode` says which ran */
  search: publicProcedure.input(searchArtworksSchema).query(({ ctx, input }) => searchArtworksPage(ctx, input)),
  /** the landing page's hero: the most-favourited available works, one per artist first */
  featured: publicProcedure.input(featuredSchema).query(({ ctx, input }) => featuredArtworks(ctx.db, input.limit)),
  facets: publicProcedure.input(facetsSchema).query(({ ctx, input }) => catalogueFacets(ctx.db, input)),
  bySlug: publicProcedure
    .input(artworkPageSchema)
    .query(({ ctx, input }) => getPublicArtwork(ctx.db, input.slug, ctx.identity?.id ?? null, ctx.settings, input.displayCurrency)),
  moreFromArtist: publicProcedure.input(moreFromArtistSchema).query(({ ctx, input }) => moreFromArtist(ctx.db, input.slug, input.limit, input.displayCurrency)),
  moreLikeThis: publicProcedure.input(moreLikeThisSchema).query(({ ctx, input }) => moreLikeThis(ctx.db, input.slug, input.limit, input.displayCurrency)),
  recommended: protectedProcedure.input(recommendedSchema).query(({ ctx, input }) => recommendedFor(ctx.db, ctx.identity.id, input.limit)),
  favorite: buyerProcedure.input(artworkIdSchema).mutation(({ ctx, input }) => favoriteArtwork(ctx.db, ctx.identity.id, input.artworkId)),
  unfavorite: buyerProcedure.input(artworkIdSchema).mutation(({ ctx, input }) => unfavoriteArtwork(ctx.db, ctx.identity.id, input.artworkId)),
  favorites: protectedProcedure.query(({ ctx }) => myFavorites(ctx.db, ctx.identity.id)),
});
