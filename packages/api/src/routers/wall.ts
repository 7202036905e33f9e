import { deleteWallPreview, listWallPreviews } from "@atelier/core/wall-preview/previews";
import { renderWallPreview } from "@atelier/core/wall-preview/render";
import { deleteRoomPhoto, listRoomPhotos, renameRoomPhoto } from "@atelier/core/wall-preview/rooms";
import { listSampleRooms } from "@atelier/core/wall-preview/sample-rooms";
import {
  listWallPreviewsSchema,
  renameRoomPhotoSchema,
  renderWallPreviewSchema,
  roomPhotoIdSchema,
  wallPreviewIdSchema,
} from "@atelier/core/schemas/wall-preview";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc.ts";

/**
 * See it on your wall: sample rooms and previews on them for anyone; the buyer's own room photos (uploaded
 * through POST /api/wall/rooms) and the previews on them only for their owner (anyone else → NOT_FOUND).
 */
export const wallRouter = createTRPCRouter({
  samples: publicProcedure.query(() => listSampleRooms()),
  render: publicProcedure
    .input(renderWallPreviewSchema)
    .mutation(({ ctx, input }) => renderWallPreview(ctx, { userId: ctx.identity?.id ?? null, clientIp: ctx.clientIp }, input)),
  rooms: protectedProcedure.query(({ ctx }) => listRoomPhotos(ctx.db, ctx.identity.id)),
  renameRoom: protectedProcedure.input(renameRoomPhotoSchema).mutation(({ ctx, input }) => renameRoomPhoto(ctx.db, ctx.identity.id, input)),
  deleteRoom: protectedProcedure.input(roomPhotoIdSchema).mutation(({ ctx, input }) => deleteRoomPhoto(ctx, ctx.identity.id, input)),
  previews: protectedProcedure.input(listWallPreviewsSchema).query(({ ctx, input }) => listWallPreviews(ctx.db, ctx.identity.id, input)),
  deletePreview: protectedProcedure.input(wallPreviewIdSchema).mutation(({ ctx, input }) => deleteWallPreview(ctx, ctx.identity.id, input)),
});
