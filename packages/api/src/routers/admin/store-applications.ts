import { listStoreApplicationsSchema, rejectStoreApplicationSchema, storeApplicationIdSchema } from "@atelier/core/schemas/stores";
import { approveStoreApplication, getStoreApplication, listStoreApplications, rejectStoreApplication } from "@atelier/core/stores/review";
import { adminProcedure, createTRPCRouter } from "../../trpc.ts";

export const adminStoreApplicationRouter = createTRPCRouter({
  list: adminProcedure.input(listStoreApplicationsSchema).query(({ ctx, input }) => listStoreApplications(ctx.db, input)),
  get: adminProcedure.input(storeApplicationIdSchema).query(({ ctx, input }) => getStoreApplication(ctx.db, input)),
  approve: adminProcedure.input(storeApplicationIdSchema).mutation(({ ctx, input }) => approveStoreApplication(ctx, ctx.identity.id, input)),
  reject: adminProcedure.input(rejectStoreApplicationSchema).mutation(({ ctx, input }) => rejectStoreApplication(ctx, ctx.identity.id, input)),
});
