import type { Db } from "@atelier/db";
import { APICallError, RetryError } from "ai";
import { logger } from "../observability/logger.ts";
import { recordOperationalError } from "../observability/operational-errors.ts";
import { isAppError } from "../errors.ts";

const TOOL_FAILED = "That didn't work on our side. Try again in a moment, or ask in other words.";
/** Domain errors whose messages are written for the person using the app (the rest are internal). */
const USER_FACING_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "PRECONDITION_FAILED", "FORBIDDEN", "UNAUTHORIZED", "CONFLICT", "TOO_MANY_REQUESTS"]);
const INTERNAL_TEXT =
  /prisma|\bsql\b|select |insert |relation "|column "|stack|\bat\s+\S+\s+\(|ECONN|ETIMEDOUT|undefined|TypeError|ReferenceError|SyntaxError|invalid input syntax|\{|\}/i;

/**
 * A failed tool call in words for the user: the domain's own message without its class name
 * ("AppError: …"), or a plain apology when the text looks like an internal error. Used for what the
 * chat shows and for what the offline assistant says.
 */
export function toolErrorForUser(error: unknown): string {
  if (isAppError(error)) return USER_FACING_CODES.has(error.code) ? error.message : TOOL_FAILED;
  const raw = (error instanceof Error ? error.message : String(error ?? "")).trim();
  const text = raw
    .replace(/^"|"$/g, "")
    .replace(/^(?:[A-Z]\w*Error|Error):\s*/, "")
    .trim();
  if (!text || text.length > 240 || INTERNAL_TEXT.test(text)) return TOOL_FAILED;
  return text;
}

/** Provider failures in words a buyer or artist can act on (the details go to the server log). */
export function friendlyChatError(error: unknown): string {
  const e = RetryError.isInstance(error) ? error.lastError : error;
  // a tool that failed (the stream redacts tool errors through here): never its internals
  if (isAppError(e)) return toolErrorForUser(e);
  if (APICallError.isInstance(e)) {
    const body = `${e.responseBody ?? ""} ${e.message}`.toLowerCase();
    if (e.statusCode === 429 && /quota|resource_exhausted|billing|exceeded your current quota/.test(body)) {
      return "The AI provider's quota for this server is used up for now. The team has been told; try again later.";
    }
    if (e.statusCode === 429) return "The AI provider is busy (rate limited). Wait a minute and try again.";
    if (e.statusCode === 401 || e.statusCode === 403) return "The AI provider refused this server's key. An admin needs to check the assistant settings.";
    if (e.statusCode === 400 && /safety|blocked|prohibited/.test(body)) return "The AI provider's safety filter blocked that request. Try rephrasing it.";
    if (e.statusCode !== undefined && e.statusCode >= 500) return "The AI provider is having trouble right now. Try again in a moment.";
  }
  const message = e instanceof Error ? e.message : String(e);
  if (/fetch failed|ECONNREFUSED|ENOTFOUND|network/i.test(message)) return "The assistant can't reach its AI provider right now. Try again in a moment.";
  return "Something went wrong while answering. Try again.";
}

/** "AI_APICallError 429: Too many requests" — for the server log. */
export function describeError(error: unknown): string {
  const e = RetryError.isInstance(error) ? error.lastError : error;
  if (APICallError.isInstance(e)) return `${e.name} ${e.statusCode ?? ""}: ${e.message}`;
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/**
 * A provider failure during a chat: one log line with the details, and a row on the admin health
 * page (OperationalError), so "the team has been told" is true. Never throws: the chat still answers
 * with friendlyChatError's words.
 */
export async function reportChatFailure(db: Db, assistant: string, error: unknown): Promise<void> {
  const detail = describeError(error);
  logger().error(`assistant: ${assistant} chat failed`, { assistant, error: detail });
  try {
    await recordOperationalError(db, { source: `assistant.${assistant.toLowerCase()}`, message: detail });
  } catch (e) {
    logger().error("assistant: could not record the failure", { err: e });
  }
}
