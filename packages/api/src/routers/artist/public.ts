import { artistIdSchema, listArtistsSchema, slugInputSchema } from "@atelier/core/schemas/discovery";
import { getPublicArtist, listArtists } from "@atelier/core/discovery/artists";
import { followArtist, followedArtists, unfollowArtist } from "@atelier/core/discovery/follows";
import { buyerProcedure, createTRPCRouter, protectedProcedure, publicProcedure } from "../../trpc.ts";

/** Public artist pages and follows. */
export const artistPublicRouter = createTRPCRouter({
  list: publicProcedure.input(listArtistsSchema).query(({ ctx, input }) => listArtists(ctx.db, input)),
  bySlug: publicProcedure.input(slugInputSchema).query(({ ctx, input }) => getPublicArtist(ctx.db, input.slug, ctx.identity?.id ?? null)),
  follow: buyerProcedure.input(artistIdSchema).mutation(({ ctx, input }) => followArtist(ctx.db, ctx.identity.id, input.artistId)),
  unfollow: buyerProcedure.input(artistIdSchema).mutation(({ ctx, input }) => unfollowArtist(ctx.db, ctx.identity.id, input.artistId)),
  following: protectedProcedure.query(({ ctx }) => followedArtists(ctx.db, ctx.identity.id)),
});
