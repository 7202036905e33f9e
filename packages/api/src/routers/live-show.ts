import { buyerRollup } from "@atelier/core/live-shows/rollup";
import { recordBulkClaims } from "@atelier/core/live-shows/bulk";
import { recordClaim } from "@atelier/core/live-shows/claim";
import { getShowConsole, listClaimableWorks } from "@atelier/core/live-shows/console";
import { addItem } from "@atelier/core/live-shows/items";
import { requireOwnedClaim, requireOwnedShow } from "@atelier/core/live-shows/owned";
import { passClaim } from "@atelier/core/live-shows/pass";
import { createShow, endShow, listShows, startShow } from "@atelier/core/live-shows/shows";
import { addItemSchema, bulkClaimsSchema, claimIdSchema, createShowSchema, recordClaimSchema, showIdSchema } from "@atelier/core/schemas/live-shows";
import { isAppError } from "@atelier/core/errors";
import { assertPlanAllows } from "@atelier/core/plans/gate";
import { invoiceShow } from "@atelier/core/invoices/from-show";
import { invoiceDeps } from "../invoice-deps.ts";
import { artistProcedure, createTRPCRouter } from "../trpc.ts";

/** A show id the caller owns (another artist's show, or an unknown id: NOT_FOUND), checked before the rest of the input. */
const ownShow = artistProcedure.input(showIdSchema).use(async ({ ctx, input, next }) => {
  await requireOwnedShow(ctx.db, ctx.identity.id, input.showId);
  return next();
});
const ownClaim = artistProcedure.input(claimIdSchema).use(async ({ ctx, input, next }) => {
  await requireOwnedClaim(ctx.db, ctx.identity.id, input.claimId);
  return next();
});

/** Live shows: an artist sells during a show and an operator console records viewers' claims. Artist-only, own shows only. */
export const liveShowRouter = createTRPCRouter({
  list: artistProcedure.query(({ ctx }) => listShows(ctx, ctx.identity.id)),
  create: artistProcedure.input(createShowSchema).mutation(async ({ ctx, input }) => {
    await assertPlanAllows(ctx.db, ctx.identity.id, "liveShows");
    return createShow(ctx, ctx.identity.id, input);
  }),
  console: ownShow.query(({ ctx, input }) => getShowConsole(ctx.db, input.showId)),
  claimableWorks: ownShow.query(({ ctx, input }) => listClaimableWorks(ctx.db, input.showId)),
  addItem: ownShow.input(addItemSchema).mutation(({ ctx, input }) => addItem(ctx, input)),
  start: ownShow.mutation(({ ctx, input }) => startShow(ctx, input.showId)),
  /** ends the show and invoices every buyer's held claims (one Stripe invoice per buyer) */
  end: ownShow.mutation(async ({ ctx, input }) => {
    const show = await endShow(ctx, input.showId);
    try {
      return { show, invoicing: await invoiceShow(invoiceDeps(ctx), ctx.identity.id, input.showId), problem: null };
    } catch (e) {
      // the show is over either way; what stopped the invoices (no payments account yet…) is said on the console
      if (isAppError(e)) return { show, invoicing: null, problem: e.message };
      throw e;
    }
  }),
  /** invoices what is held and not invoiced yet (after a voided invoice passed a work on, or a failed Stripe call) */
  invoiceBuyers: ownShow.mutation(({ ctx, input }) => invoiceShow(invoiceDeps(ctx), ctx.identity.id, input.showId)),
  claim: ownShow.input(recordClaimSchema).mutation(({ ctx, input }) => recordClaim(ctx, input)),
  bulkClaims: ownShow.input(bulkClaimsSchema).mutation(({ ctx, input }) => recordBulkClaims(ctx, input)),
  pass: ownClaim.mutation(({ ctx, input }) => passClaim(ctx, input.claimId)),
  rollup: ownShow.query(({ ctx, input }) => buyerRollup(ctx.db, input.showId)),
});
