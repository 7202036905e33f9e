import { createDashboardLink, createOnboardingLink, paymentsOverview, refreshPayoutAccount } from "@atelier/core/payments/onboarding";
import { artistProcedure, createTRPCRouter } from "../../trpc.ts";
import type { Context } from "../../context.ts";

const deps = (ctx: Context) => ({ db: ctx.db, payments: ctx.payments, now: ctx.now, appUrl: ctx.appUrl, events: ctx.events });

/** The artist's Stripe Connect onboarding and payouts (their own account only). */
export const artistPaymentsRouter = createTRPCRouter({
  status: artistProcedure.query(({ ctx }) => paymentsOverview(ctx.db, ctx.identity.id)),
  onboardingLink: artistProcedure.mutation(({ ctx }) => createOnboardingLink(deps(ctx), ctx.identity.id)),
  dashboardLink: artistProcedure.mutation(({ ctx }) => createDashboardLink(deps(ctx), ctx.identity.id)),
  refresh: artistProcedure.mutation(({ ctx }) => refreshPayoutAccount(deps(ctx), ctx.identity.id)),
});
