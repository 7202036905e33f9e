import { jobRunIdSchema, listJobRunsSchema, listStripeEventsSchema, stripeEventIdSchema } from "@atelier/core/schemas/operations";
import { getJobRun, getStripeEvent, listJobRuns, listStripeEvents, replayJobRun, replayStripeEvent } from "@atelier/core/admin/operations";
import { adminProcedure, createTRPCRouter } from "../../trpc.ts";

/** Stored Stripe webhooks and background function runs, with replay (audited). */
export const adminWebhookRouter = createTRPCRouter({
  list: adminProcedure.input(listStripeEventsSchema).query(({ ctx, input }) => listStripeEvents(ctx.db, input)),
  get: adminProcedure.input(stripeEventIdSchema).query(({ ctx, input }) => getStripeEvent(ctx.db, input)),
  replay: adminProcedure.input(stripeEventIdSchema).mutation(({ ctx, input }) => replayStripeEvent(ctx, ctx.identity.id, input)),
});

export const adminJobRouter = createTRPCRouter({
  list: adminProcedure.input(listJobRunsSchema).query(({ ctx, input }) => listJobRuns(ctx.db, input)),
  get: adminProcedure.input(jobRunIdSchema).query(({ ctx, input }) => getJobRun(ctx.db, input)),
  replay: adminProcedure.input(jobRunIdSchema).mutation(({ ctx, input }) => replayJobRun(ctx, ctx.identity.id, input)),
});
