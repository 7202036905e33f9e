import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, idField, isCleanText, textField } from "../schemas/text.ts";

export const MAX_USER_TEXT = 4000;
export const MAX_VISITOR_HISTORY = 20;
/** Parts nest a little (tool inputs and outputs); nothing a real client sends is deeper than this. */
const MAX_PART_DEPTH = 16;
/** What a person's own message can hold: what they typed and what they attached (useChat sends these). */
const USER_PART_TYPES = new Set(["text", "file", "step-start"]);

/** Every string inside `value` is clean text (line breaks and tabs allowed: see isCleanText), and it is not absurdly deep. */
function cleanAndShallow(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return isCleanText(value, { multiline: true });
  if (value === null || typeof value !== "object") return true;
  if (depth > MAX_PART_DEPTH) return false;
  return (Array.isArray(value) ? value : Object.values(value)).every((v) => cleanAndShallow(v, depth + 1));
}

const part = z.looseObject({ type: textField({ min: 1, max: 100 }) }).refine(cleanAndShallow, CONTROL_CHARACTER_MESSAGE);
const uiMessage = z
  .looseObject({
    id: textField({ min: 1, max: 100 }),
    role: z.enum(["user", "assistant"]),
    parts: z.array(part).max(200),
    metadata: z.unknown().optional(),
  })
  .refine((m) => m.role !== "user" || m.parts.every((p) => USER_PART_TYPES.has(p.type)), {
    path: ["parts"],
    message: "A message from you can only hold text and files.",
  });

/** The body useChat sends to POST /api/chat (the transport adds `assistant` and `conversationId`). */
export const chatRequestSchema = z.object({
  assistant: z.enum(["patron", "artist"]),
  conversationId: idField().nullish(),
  /** the new user message, or the assistant message carrying the user's approval decisions */
  message: uiMessage,
  /** visitors only (nothing is stored for them): the conversation so far */
  history: z.array(uiMessage).max(MAX_VISITOR_HISTORY).optional(),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;

/**
 * A tool part naming a tool this assistant does not have. The SDK quietly turns a finished one into a
 * "dynamic" tool part (so stored chats outlive a removed tool); from a client it can only be made up.
 */
export function hasUnknownToolPart(messages: ChatRequest["message"][], toolNames: ReadonlySet<string>): boolean {
  return messages.some((m) => m.parts.some((p) => p.type === "dynamic-tool" || (p.type.startsWith("tool-") && !toolNames.has(p.type.slice(5)))));
}

export function userText(message: { parts: { type: string; text?: unknown }[] }): string {
  return message.parts.flatMap((p) => (p.type === "text" && typeof p.text === "string" ? [p.text] : [])).join("\n");
}
