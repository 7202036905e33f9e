import { myDownloads } from "@atelier/core/downloads/entitlement";
import { downloadLinkFor } from "@atelier/core/downloads/links";
import { downloadIdSchema } from "@atelier/core/schemas/downloads";
import { createTRPCRouter, protectedProcedure } from "../trpc.ts";

/** The signed-in buyer's digital downloads and signed, expiring links to their clean files (anyone else's id → NOT_FOUND). */
export const downloadRouter = createTRPCRouter({
  mine: protectedProcedure.query(({ ctx }) => myDownloads(ctx.db, ctx.identity.id, ctx.settings.DOWNLOAD_LINK_TTL_SECONDS)),
  link: protectedProcedure
    .input(downloadIdSchema)
    .mutation(({ ctx, input }) =>
      downloadLinkFor(
        { db: ctx.db, linkKey: ctx.downloadLinkKey(), ttlSeconds: ctx.settings.DOWNLOAD_LINK_TTL_SECONDS, now: ctx.now },
        ctx.identity.id,
        input.downloadId,
      ),
    ),
});
