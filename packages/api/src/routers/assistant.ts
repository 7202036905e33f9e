import { usageToday } from "@atelier/core/assistant/allowance";
import { deleteConversation, getConversation, listConversations, renameConversation } from "@atelier/core/assistant/conversations";
import { conversationIdSchema, listConversationsSchema, renameConversationSchema } from "@atelier/core/schemas/assistant";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc.ts";

/** The assistants' conversations (private to their owner) and who answers. The chat itself streams from POST /api/chat. */
export const assistantRouter = createTRPCRouter({
  status: publicProcedure.query(async ({ ctx }) => ({
    provider: ctx.assistant.providerLabel,
    offline: ctx.assistant.offline,
    usage: ctx.identity ? await usageToday(ctx.db, ctx.identity.id, ctx.assistant.limits, ctx.now()) : null,
  })),
  conversations: protectedProcedure.input(listConversationsSchema).query(({ ctx, input }) => listConversations(ctx.db, ctx.identity.id, input.assistant)),
  conversation: protectedProcedure.input(conversationIdSchema).query(({ ctx, input }) => getConversation(ctx.db, ctx.identity.id, input.id)),
  rename: protectedProcedure.input(renameConversationSchema).mutation(({ ctx, input }) => renameConversation(ctx.db, ctx.identity.id, input.id, input.title)),
  delete: protectedProcedure.input(conversationIdSchema).mutation(({ ctx, input }) => deleteConversation(ctx.db, ctx.identity.id, input.id)),
});
