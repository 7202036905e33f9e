import { applicationIdSchema, listApplicationsSchema, rejectApplicationSchema } from "@atelier/core/schemas/applications";
import { approveApplication, getApplication, listApplications, rejectApplication } from "@atelier/core/applications/review";
import { adminProcedure, createTRPCRouter } from "../../trpc.ts";

export const adminApplicationRouter = createTRPCRouter({
  list: adminProcedure.input(listApplicationsSchema).query(({ ctx, input }) => listApplications(ctx.db, input)),
  get: adminProcedure.input(applicationIdSchema).query(({ ctx, input }) => getApplication(ctx.db, input)),
  approve: adminProcedure.input(applicationIdSchema).mutation(({ ctx, input }) => approveApplication(ctx, ctx.identity.id, input)),
  reject: adminProcedure.input(rejectApplicationSchema).mutation(({ ctx, input }) => rejectApplication(ctx, ctx.identity.id, input)),
});
