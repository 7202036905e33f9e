import { z } from "zod";
import { idField, textField } from "./text.ts";

/** Inputs of the assistant router (conversations). The chat request itself is validated in assistant/request.ts. */
export const assistantKindSchema = z.enum(["PATRON", "ARTIST"]);
export const listConversationsSchema = z.object({ assistant: assistantKindSchema });
export const conversationIdSchema = z.object({ id: idField() });
export const renameConversationSchema = conversationIdSchema.extend({
  title: textField({ min: 1, minMessage: "Give the conversation a name", max: 80, maxMessage: "Names are at most 80 characters" }),
});
