import { artistProfileSchema } from "@atelier/core/schemas/artist-profile";
import { myArtistProfile, updateArtistProfile } from "@atelier/core/artists/profile";
import { artistProcedure, createTRPCRouter } from "../../trpc.ts";

export const artistProfileRouter = createTRPCRouter({
  mine: artistProcedure.query(({ ctx }) => myArtistProfile(ctx.db, ctx.identity.id)),
  update: artistProcedure.input(artistProfileSchema).mutation(({ ctx, input }) => updateArtistProfile(ctx.db, ctx.identity.id, input)),
});
