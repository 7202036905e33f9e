import { z } from "zod";
import { idField, textField } from "@atelier/core/schemas/text";
import { usageToday } from "@atelier/core/assistant/allowance";
import { deleteConversation, getConversation, listConversations, renameConversation } from "@atelier/core/assistant/conversations";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc.ts";

const assistantKind = z.enum(["PATRON", "ARTIST"]);
const idInput = z.object({ id: idField() });

/** The assistants' conversations (private to their owner) and who answers. The chat itself streams from POST /api/chat. */
export const assistantRouter = createTRPCRouter({
  status: publicProcedure.query(async ({ ctx }) => ({
    provider: ctx.assistant.providerLabel,
    offline: ctx.assistant.offline,
    usage: ctx.identity ? await usageToday(ctx.db, ctx.identity.id, ctx.assistant.limits, ctx.now()) : null,
  })),
  conversations: protectedProcedure
    .input(z.object({ assistant: assistantKind }))
    .query(({ ctx, input }) => listConversations(ctx.db, ctx.identity.id, input.assistant)),
  conversation: protectedProcedure.input(idInput).query(({ ctx, input }) => getConversation(ctx.db, ctx.identity.id, input.id)),
  rename: protectedProcedure
    .input(idInput.extend({ title: textField({ min: 1, minMessage: "Give the conversation a name", max: 80, maxMessage: "Names are at most 80 characters" }) }))
    .mutation(({ ctx, input }) => renameConversation(ctx.db, ctx.identity.id, input.id, input.title)),
  delete: protectedProcedure.input(idInput).mutation(({ ctx, input }) => deleteConversation(ctx.db, ctx.identity.id, input.id)),
});
