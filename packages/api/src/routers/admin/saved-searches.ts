import { requestDueDigests, savedSearchAlertStatus } from "@atelier/core/saved-searches/admin";
import { adminProcedure, createTRPCRouter } from "../../trpc.ts";

/** Saved-search alerts on /admin/health: what is waiting, and "send due digests now" (audited). */
export const adminSavedSearchRouter = createTRPCRouter({
  status: adminProcedure.query(({ ctx }) => savedSearchAlertStatus(ctx.db)),
  sendDueDigests: adminProcedure.mutation(({ ctx }) => requestDueDigests(ctx, ctx.identity.id)),
});
