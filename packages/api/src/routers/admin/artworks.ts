import { rejectSchema, requestChangesSchema, reviewQueueSchema, reviewTargetSchema } from "@atelier/core/schemas/admin-artwork";
import { approveArtwork, rejectArtwork, requestArtworkChanges, reviewArtwork, reviewQueue } from "@atelier/core/admin/artwork-review";
import { adminProcedure, createTRPCRouter } from "../../trpc.ts";

export const adminArtworkRouter = createTRPCRouter({
  queue: adminProcedure.input(reviewQueueSchema).query(({ ctx, input }) => reviewQueue(ctx.db, input)),
  get: adminProcedure.input(reviewTargetSchema).query(({ ctx, input }) => reviewArtwork(ctx.db, input.id)),
  approve: adminProcedure.input(reviewTargetSchema).mutation(({ ctx, input }) => approveArtwork(ctx, ctx.identity.id, input.id)),
  requestChanges: adminProcedure.input(requestChangesSchema).mutation(({ ctx, input }) => requestArtworkChanges(ctx, ctx.identity.id, input.id, input.message)),
  reject: adminProcedure.input(rejectSchema).mutation(({ ctx, input }) => rejectArtwork(ctx, ctx.identity.id, input.id, input.reason)),
});
