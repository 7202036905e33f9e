import { artworkIdSchema, listArtworksSchema, moreFromArtistSchema, searchArtworksSchema, slugInputSchema } from "../../schemas/discovery.ts";
import { getPublicArtwork, moreFromArtist } from "../../services/discovery/artwork-page.ts";
import { listArtworks, searchArtworks } from "../../services/discovery/catalogue.ts";
import { catalogueFacets } from "../../services/discovery/facets.ts";
import { favoriteArtwork, myFavorites, unfavoriteArtwork } from "../../services/discovery/favorites.ts";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../../trpc.ts";

/** The public gallery: listing, search, artwork pages and favourites. */
export const artworkDiscoveryRouter = createTRPCRouter({
  list: publicProcedure.input(listArtworksSchema).query(({ ctx, input }) => listArtworks(ctx.db, input)),
  search: publicProcedure.input(searchArtworksSchema).query(({ ctx, input }) => searchArtworks(ctx.db, input)),
  facets: publicProcedure.query(({ ctx }) => catalogueFacets(ctx.db)),
  bySlug: publicProcedure.input(slugInputSchema).query(({ ctx, input }) => getPublicArtwork(ctx.db, input.slug, ctx.identity?.id ?? null)),
  moreFromArtist: publicProcedure.input(moreFromArtistSchema).query(({ ctx, input }) => moreFromArtist(ctx.db, input.slug, input.limit)),
  favorite: protectedProcedure.input(artworkIdSchema).mutation(({ ctx, input }) => favoriteArtwork(ctx.db, ctx.identity.id, input.artworkId)),
  unfavorite: protectedProcedure.input(artworkIdSchema).mutation(({ ctx, input }) => unfavoriteArtwork(ctx.db, ctx.identity.id, input.artworkId)),
  favorites: protectedProcedure.query(({ ctx }) => myFavorites(ctx.db, ctx.identity.id)),
});
