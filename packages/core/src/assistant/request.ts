import { z } from "zod";

export const MAX_USER_TEXT = 4000;
export const MAX_VISITOR_HISTORY = 20;

const part = z.looseObject({ type: z.string().max(100) });
const uiMessage = z.looseObject({
  id: z.string().min(1).max(100),
  role: z.enum(["user", "assistant"]),
  parts: z.array(part).max(200),
  metadata: z.unknown().optional(),
});

/** The body useChat sends to POST /api/chat (the transport adds `assistant` and `conversationId`). */
export const chatRequestSchema = z.object({
  assistant: z.enum(["patron", "artist"]),
  conversationId: z.string().min(1).max(64).nullish(),
  /** the new user message, or the assistant message carrying the user's approval decisions */
  message: uiMessage,
  /** visitors only (nothing is stored for them): the conversation so far */
  history: z.array(uiMessage).max(MAX_VISITOR_HISTORY).optional(),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;

export function userText(message: { parts: { type: string; text?: unknown }[] }): string {
  return message.parts.flatMap((p) => (p.type === "text" && typeof p.text === "string" ? [p.text] : [])).join("\n");
}
