import { imageIdInput, imageListInput, imageReorderInput, imageUpdateAltInput } from "@atelier/core/schemas/images";
import { deleteArtworkImage, listArtworkImages, reorderArtworkImages, setPrimaryImage, updateImageAltText } from "@atelier/core/images";
import { artistProcedure, createTRPCRouter, protectedProcedure } from "../../trpc.ts";

/** Artwork images: upload is POST /api/artworks/[id]/images (multipart); everything else is here. */
export const artworkImageRouter = createTRPCRouter({
  list: protectedProcedure
    .input(imageListInput)
    .query(({ ctx, input }) => listArtworkImages(ctx.db, { userId: ctx.identity.id, isAdmin: ctx.identity.roles.includes("ADMIN") }, input.artworkId)),
  reorder: artistProcedure
    .input(imageReorderInput)
    .mutation(({ ctx, input }) => reorderArtworkImages({ db: ctx.db, now: ctx.now }, ctx.identity.id, input.artworkId, input.orderedImageIds)),
  setPrimary: artistProcedure.input(imageIdInput).mutation(({ ctx, input }) => setPrimaryImage({ db: ctx.db, now: ctx.now }, ctx.identity.id, input.imageId)),
  updateAlt: artistProcedure.input(imageUpdateAltInput).mutation(({ ctx, input }) => updateImageAltText(ctx.db, ctx.identity.id, input.imageId, input.altText)),
  delete: artistProcedure
    .input(imageIdInput)
    .mutation(({ ctx, input }) => deleteArtworkImage({ db: ctx.db, storage: ctx.storage, now: ctx.now }, ctx.identity.id, input.imageId)),
});
