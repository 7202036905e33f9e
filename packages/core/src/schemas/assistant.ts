import { z } from "zod";

/** Inputs of the assistant router (conversations). The chat request itself is validated in assistant/request.ts. */
export const assistantKindSchema = z.enum(["PATRON", "ARTIST"]);
export const listConversationsSchema = z.object({ assistant: assistantKindSchema });
export const conversationIdSchema = z.object({ id: z.string().trim().min(1).max(64) });
export const renameConversationSchema = conversationIdSchema.extend({
  title: z.string().trim().min(1, "Give the conversation a name").max(80, "Names are at most 80 characters"),
});
