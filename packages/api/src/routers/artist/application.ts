import { applicationDraftSchema, applicationSubmitSchema } from "@atelier/core/schemas/applications";
import { artistAccessRemoved, myApplication, saveDraft, submitApplication, withdrawApplication } from "@atelier/core/applications/applicant";
import { createTRPCRouter, protectedProcedure } from "../../trpc.ts";

/** Any signed-in user may apply (artists get PRECONDITION_FAILED from the service). */
export const artistApplicationRouter = createTRPCRouter({
  mine: protectedProcedure.query(async ({ ctx }) => ({
    application: await myApplication(ctx.db, ctx.identity.id),
    isArtist: ctx.identity.roles.includes("ARTIST"),
    accessRemoved: await artistAccessRemoved(ctx.db, ctx.identity.id),
  })),
  saveDraft: protectedProcedure.input(applicationDraftSchema).mutation(({ ctx, input }) => saveDraft(ctx, ctx.identity.id, input)),
  submit: protectedProcedure.input(applicationSubmitSchema).mutation(({ ctx, input }) => submitApplication(ctx, ctx.identity, input)),
  withdraw: protectedProcedure.mutation(({ ctx }) => withdrawApplication(ctx.db, ctx.identity.id)),
});
