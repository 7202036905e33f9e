import { planOverview, planStripe, setCancelAtPeriodEnd, startPlanCheckout } from "@atelier/core/plans/subscriptions";
import { planCheckoutSchema } from "@atelier/core/schemas/integrations";
import type { Context } from "../context.ts";
import { artistProcedure, createTRPCRouter } from "../trpc.ts";

const deps = (ctx: Context) => ({
  db: ctx.db,
  get stripe() {
    return planStripe(ctx.payments);
  },
  now: ctx.now,
  appUrl: ctx.appUrl,
});

/** The seller's own plan: see it, upgrade through Stripe Checkout (subscription), cancel at period end or resume. */
export const planRouter = createTRPCRouter({
  current: artistProcedure.query(({ ctx }) => planOverview(ctx.db, ctx.identity.id)),
  checkout: artistProcedure.input(planCheckoutSchema).mutation(({ ctx, input }) => startPlanCheckout(deps(ctx), ctx.identity, input.plan)),
  cancel: artistProcedure.mutation(({ ctx }) => setCancelAtPeriodEnd(deps(ctx), ctx.identity.id, true)),
  resume: artistProcedure.mutation(({ ctx }) => setCancelAtPeriodEnd(deps(ctx), ctx.identity.id, false)),
});
