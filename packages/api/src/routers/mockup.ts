import { latestStudioMockups, studioMockups } from "@atelier/core/mockups/read";
import { mockupArtworkIdSchema } from "@atelier/core/schemas/downloads";
import { artistProcedure, createTRPCRouter } from "../trpc.ts";

/** The artist's own works on each product (drawn by the generate-mockups job); anyone else's artwork → NOT_FOUND. */
export const mockupRouter = createTRPCRouter({
  ofMyArtwork: artistProcedure.input(mockupArtworkIdSchema).query(({ ctx, input }) => studioMockups(ctx.db, ctx.identity.id, input.artworkId)),
  myLatest: artistProcedure.query(({ ctx }) => latestStudioMockups(ctx.db, ctx.identity.id)),
});
