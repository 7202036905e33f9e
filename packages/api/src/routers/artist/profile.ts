import { artistProfileSchema } from "../../schemas/artist-profile.ts";
import { myArtistProfile, updateArtistProfile } from "../../services/artist-profile.ts";
import { artistProcedure, createTRPCRouter } from "../../trpc.ts";

export const artistProfileRouter = createTRPCRouter({
  mine: artistProcedure.query(({ ctx }) => myArtistProfile(ctx.db, ctx.identity.id)),
  update: artistProcedure.input(artistProfileSchema).mutation(({ ctx, input }) => updateArtistProfile(ctx.db, ctx.identity.id, input)),
});
