import { createDashboardLink, createOnboardingLink, paymentsOverview, refreshPayoutAccount } from "@atelier/core/payments/onboarding";
import { myStoreApplication, submitStoreApplication, withdrawStoreApplication } from "@atelier/core/stores/application";
import { withEarnings } from "@atelier/core/stores/earnings";
import { listableArtworks } from "@atelier/core/stores/listable";
import { createListing, myListings, requireMyStore, setListingStatus, storeSeller, updateListing } from "@atelier/core/stores/listings";
import { listStores, storeBySlug } from "@atelier/core/stores/public";
import { storeSalesReport } from "@atelier/core/reporting/licensed";
import {
  listableArtworksSchema,
  listingCreateSchema,
  listingStatusSchema,
  listingUpdateSchema,
  storeApplicationSchema,
  storeSlugSchema,
} from "@atelier/core/schemas/stores";
import type { Context } from "../context.ts";
import { createTRPCRouter, protectedProcedure, publicProcedure, storeOwnerProcedure } from "../trpc.ts";

const listingDeps = (ctx: Context) => ({ db: ctx.db, platformFeeBps: ctx.settings.COMMISSION_LICENSED_BPS, now: ctx.now });
const paymentDeps = (ctx: Context) => ({ db: ctx.db, payments: ctx.payments, now: ctx.now, appUrl: ctx.appUrl, events: ctx.events });

/** Third-party stores: applying (anyone signed in), the owner's dashboard and listings (STORE_OWNER, their own store only), public pages. */
export const storeRouter = createTRPCRouter({
  myApplication: protectedProcedure.query(({ ctx }) => myStoreApplication(ctx.db, ctx.identity.id)),
  submitApplication: protectedProcedure.input(storeApplicationSchema).mutation(({ ctx, input }) => submitStoreApplication(ctx, ctx.identity, input)),
  withdrawApplication: protectedProcedure.mutation(({ ctx }) => withdrawStoreApplication(ctx.db, ctx.identity.id)),
  /** the store's sales, payouts (transfers) and ledger: totals per currency and the latest lines */
  sales: storeOwnerProcedure.query(({ ctx }) => storeSalesReport(ctx.db, ctx.identity.id)),
  mine: storeOwnerProcedure.query(async ({ ctx }) => ({
    store: await requireMyStore(ctx.db, ctx.identity.id),
    listings: await withEarnings(ctx.db, ctx.settings.COMMISSION_LICENSED_BPS, await myListings(ctx.db, await storeSeller(ctx.db, ctx.identity.id))),
    payments: await paymentsOverview(ctx.db, ctx.identity.id),
  })),
  listable: storeOwnerProcedure.input(listableArtworksSchema).query(({ ctx, input }) => listableArtworks(ctx.db, { storeOwner: true }, input)),
  createListing: storeOwnerProcedure
    .input(listingCreateSchema)
    .mutation(async ({ ctx, input }) => createListing(listingDeps(ctx), await storeSeller(ctx.db, ctx.identity.id), input)),
  updateListing: storeOwnerProcedure
    .input(listingUpdateSchema)
    .mutation(async ({ ctx, input }) => updateListing(listingDeps(ctx), await storeSeller(ctx.db, ctx.identity.id), input)),
  setListingStatus: storeOwnerProcedure
    .input(listingStatusSchema)
    .mutation(async ({ ctx, input }) => setListingStatus(listingDeps(ctx), await storeSeller(ctx.db, ctx.identity.id), input)),
  onboardingLink: storeOwnerProcedure.mutation(({ ctx }) => createOnboardingLink(paymentDeps(ctx), ctx.identity.id, { from: "store" })),
  dashboardLink: storeOwnerProcedure.mutation(({ ctx }) => createDashboardLink(paymentDeps(ctx), ctx.identity.id)),
  refreshPayments: storeOwnerProcedure.mutation(({ ctx }) => refreshPayoutAccount(paymentDeps(ctx), ctx.identity.id)),
  bySlug: publicProcedure.input(storeSlugSchema).query(({ ctx, input }) => storeBySlug(ctx.db, input.slug)),
  list: publicProcedure.query(({ ctx }) => listStores(ctx.db)),
});
