import { artworkLicensingTerms, myLicensingTerms, previewArtworkTerms, previewMyTerms } from "@atelier/core/licensing/read";
import { updateArtistTerms, updateArtworkTerms } from "@atelier/core/licensing/update";
import { artworkLicensingTermsSchema, licensingArtworkIdSchema, licensingTermsSchema } from "@atelier/core/schemas/licensing";
import type { Context } from "../context.ts";
import { artistProcedure, createTRPCRouter } from "../trpc.ts";

const deps = (ctx: Context) => ({ db: ctx.db, events: ctx.events, platformFeeBps: ctx.settings.COMMISSION_LICENSED_BPS });

/** The artist's licensing terms (all their works) and each artwork's override; only the artist sees or changes their own. */
export const licensingRouter = createTRPCRouter({
  mine: artistProcedure.query(({ ctx }) => myLicensingTerms(deps(ctx), ctx.identity.id)),
  update: artistProcedure.input(licensingTermsSchema).mutation(({ ctx, input }) => updateArtistTerms(deps(ctx), ctx.identity.id, input)),
  preview: artistProcedure.input(licensingTermsSchema).query(({ ctx, input }) => previewMyTerms(deps(ctx), ctx.identity.id, input)),
  artwork: artistProcedure.input(licensingArtworkIdSchema).query(({ ctx, input }) => artworkLicensingTerms(deps(ctx), ctx.identity.id, input.artworkId)),
  updateArtwork: artistProcedure.input(artworkLicensingTermsSchema).mutation(({ ctx, input }) => updateArtworkTerms(deps(ctx), ctx.identity.id, input)),
  previewArtwork: artistProcedure.input(artworkLicensingTermsSchema).query(({ ctx, input }) => previewArtworkTerms(deps(ctx), ctx.identity.id, input)),
});
