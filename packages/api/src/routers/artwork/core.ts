import { artworkIdSchema, createArtworkSchema, mineSchema, updateArtworkSchema } from "@atelier/core/schemas/artwork";
import { createArtwork, updateArtwork } from "@atelier/core/artwork/edit";
import { archiveArtwork, republishArtwork, submitArtwork, unpublishArtwork } from "@atelier/core/artwork/lifecycle";
import { artworkForEdit, myArtworks } from "@atelier/core/artwork/read";
import { artistProcedure, createTRPCRouter, protectedProcedure } from "../../trpc.ts";

/** The artist's studio: create, edit and move their own artworks through the lifecycle. */
export const artworkCoreRouter = createTRPCRouter({
  create: artistProcedure.input(createArtworkSchema).mutation(({ ctx, input }) => createArtwork(ctx.db, ctx.identity.id, input)),
  update: artistProcedure.input(updateArtworkSchema).mutation(({ ctx, input }) => updateArtwork(ctx.db, ctx.identity.id, input, ctx.events)),
  submit: artistProcedure.input(artworkIdSchema).mutation(({ ctx, input }) => submitArtwork(ctx.db, ctx.identity.id, input.id)),
  unpublish: artistProcedure.input(artworkIdSchema).mutation(({ ctx, input }) => unpublishArtwork(ctx.db, ctx.identity.id, input.id, ctx.events)),
  republish: artistProcedure.input(artworkIdSchema).mutation(({ ctx, input }) => republishArtwork(ctx.db, ctx.identity.id, input.id, ctx.events)),
  archive: artistProcedure.input(artworkIdSchema).mutation(({ ctx, input }) => archiveArtwork(ctx.db, ctx.identity.id, input.id, ctx.events)),
  mine: artistProcedure.input(mineSchema).query(({ ctx, input }) => myArtworks(ctx.db, ctx.identity.id, input)),
  getForEdit: protectedProcedure
    .input(artworkIdSchema)
    .query(({ ctx, input }) => artworkForEdit(ctx.db, { id: ctx.identity.id, isAdmin: ctx.identity.roles.includes("ADMIN") }, input.id)),
});
