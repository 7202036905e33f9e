import {
  createSavedSearch,
  deleteSavedSearch,
  listSavedSearches,
  renameSavedSearch,
  savedSearchByToken,
  setSavedSearchAlerts,
  unsubscribeSavedSearch,
} from "@atelier/core/saved-searches/manage";
import {
  createSavedSearchSchema,
  renameSavedSearchSchema,
  savedSearchIdSchema,
  setSavedSearchAlertsSchema,
  unsubscribeTokenSchema,
} from "@atelier/core/schemas/saved-searches";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc.ts";

/** Saved searches and their alerts: the owner manages their own (anyone else's id → NOT_FOUND); the mail's unsubscribe link needs no sign-in. */
export const savedSearchRouter = createTRPCRouter({
  create: protectedProcedure.input(createSavedSearchSchema).mutation(({ ctx, input }) => createSavedSearch(ctx.db, ctx.identity.id, input, ctx.now())),
  list: protectedProcedure.query(({ ctx }) => listSavedSearches(ctx.db, ctx.identity.id)),
  rename: protectedProcedure.input(renameSavedSearchSchema).mutation(({ ctx, input }) => renameSavedSearch(ctx.db, ctx.identity.id, input)),
  setAlerts: protectedProcedure.input(setSavedSearchAlertsSchema).mutation(({ ctx, input }) => setSavedSearchAlerts(ctx.db, ctx.identity.id, input, ctx.now())),
  delete: protectedProcedure.input(savedSearchIdSchema).mutation(({ ctx, input }) => deleteSavedSearch(ctx.db, ctx.identity.id, input.id, ctx.now())),
  byToken: publicProcedure.input(unsubscribeTokenSchema).query(({ ctx, input }) => savedSearchByToken(ctx.db, input.token)),
  unsubscribe: publicProcedure.input(unsubscribeTokenSchema).mutation(({ ctx, input }) => unsubscribeSavedSearch(ctx.db, input.token, ctx.now())),
});
