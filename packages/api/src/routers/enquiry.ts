import { askArtist, replyToEnquiry } from "@atelier/core/enquiries/ask";
import { getEnquiry, listEnquiries, markEnquiryRead } from "@atelier/core/enquiries/read";
import { askArtistSchema, enquiryIdSchema, listEnquiriesSchema, replyToEnquirySchema } from "@atelier/core/schemas/enquiries";
import { artistProcedure, buyerProcedure, createTRPCRouter, protectedProcedure } from "../trpc.ts";

/** Enquiries: a collector asks the artist about a work; the thread is seen only by those two (anyone else → NOT_FOUND). */
export const enquiryRouter = createTRPCRouter({
  ask: buyerProcedure.input(askArtistSchema).mutation(({ ctx, input }) => askArtist(ctx, ctx.identity.id, input)),
  reply: protectedProcedure.input(replyToEnquirySchema).mutation(({ ctx, input }) => replyToEnquiry(ctx, ctx.identity.id, input)),
  mine: protectedProcedure.input(listEnquiriesSchema).query(({ ctx, input }) => listEnquiries(ctx.db, ctx.identity.id, "collector", input)),
  inbox: artistProcedure.input(listEnquiriesSchema).query(({ ctx, input }) => listEnquiries(ctx.db, ctx.identity.id, "artist", input)),
  byId: protectedProcedure.input(enquiryIdSchema).query(({ ctx, input }) => getEnquiry(ctx.db, ctx.identity.id, input)),
  markRead: protectedProcedure.input(enquiryIdSchema).mutation(({ ctx, input }) => markEnquiryRead(ctx, ctx.identity.id, input)),
});
