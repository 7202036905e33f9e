import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, idField, isCleanText, textField } from "../schemas/text.ts";

export const MAX_USER_TEXT = 4000;
export const MAX_VISITOR_HISTORY = 20;
/** Parts nest a little (tool inputs and outputs); nothing a real client sends is deeper than this. */
const MAX_PART_DEPTH = 16;
/**
 * What a person's own message can hold: what they typed. Not files: the AI SDK fetches a `file`
 * part's URL on the server, so a client-sent file part would make the server fetch any address it names.
 */
const USER_PART_TYPES = new Set(["text"]);

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
    message: "Messages from you may only contain text.",
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

/** A visitor's history as sent, at most this many characters (its JSON): the model reads all of it. */
export const MAX_VISITOR_HISTORY_CHARS = 40_000;
/** Each full block of this many history characters costs one more question of the visitor's day. */
export const VISITOR_HISTORY_CHARS_PER_QUESTION = 10_000;

/** What a client may not send beyond the schema, in words for a 400 (null when the request is fine). */
export function clientMessageProblem(body: ChatRequest): string | null {
  if (historyChars(body) > MAX_VISITOR_HISTORY_CHARS)
    return `The conversation so far is too long (at most ${MAX_VISITOR_HISTORY_CHARS} characters). Start a new chat.`;
  return null;
}

export function historyChars(body: Pick<ChatRequest, "history">): number {
  return body.history?.length ? JSON.stringify(body.history).length : 0;
}

/** How many of a visitor's daily questions this request uses: one, plus one per full block of history. */
export function visitorRequestCost(body: Pick<ChatRequest, "history">): number {
  return 1 + Math.floor(historyChars(body) / VISITOR_HISTORY_CHARS_PER_QUESTION);
}

/**
 * The history a visitor's browser sends: the latest messages that fit MAX_VISITOR_HISTORY messages
 * and MAX_VISITOR_HISTORY_CHARS (counted in UTF-8 bytes, so the whole request also stays under the
 * chat route's 64 KB body limit). Older messages are left out rather than refused.
 */
export function trimVisitorHistory<M>(history: M[]): M[] {
  const kept: M[] = [];
  let bytes = 2; // the JSON array's brackets
  const encoder = new TextEncoder();
  for (let i = history.length - 1; i >= 0 && kept.length < MAX_VISITOR_HISTORY; i--) {
    const size = encoder.encode(JSON.stringify(history[i])).length + 1;
    if (bytes + size > MAX_VISITOR_HISTORY_CHARS) break;
    bytes += size;
    kept.unshift(history[i]!);
  }
  return kept;
}
