import { getMail, listMail, listMailSchema, mailIdSchema } from "@atelier/core/mailbox/mailbox";
import { adminProcedure, createTRPCRouter } from "../../trpc.ts";

/** The outbox behind /dev/mailbox. */
export const adminMailboxRouter = createTRPCRouter({
  list: adminProcedure.input(listMailSchema).query(({ ctx, input }) => listMail(ctx.db, input)),
  get: adminProcedure.input(mailIdSchema).query(({ ctx, input }) => getMail(ctx.db, input)),
});
