import { releaseClaimToNext } from "@atelier/core/live-shows/pass";
import type { Context } from "./context.ts";

/** What the invoice functions need, from a request's context (a voided live-show invoice passes each claim on). */
export const invoiceDeps = (ctx: Context) => ({
  db: ctx.db,
  stripe: ctx.payments?.stripe ?? null,
  events: ctx.events,
  now: ctx.now,
  appUrl: ctx.appUrl,
  settings: ctx.settings,
  releaseClaim: (tx: Parameters<typeof releaseClaimToNext>[0], claimId: string) => releaseClaimToNext(tx, claimId),
});
