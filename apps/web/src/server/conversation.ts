import "server-only";
import { TRPCError } from "@trpc/server";
import { api } from "./api";

/**
 * The conversation an assistant page was opened with (`?c=<id>`): the caller's own, with this
 * assistant; `missing` when the id is unknown or someone else's (the page then starts afresh).
 */
export async function openConversation(id: string | undefined, assistant: "PATRON" | "ARTIST") {
  if (!id) return { conversation: null, missing: false };
  const caller = await api();
  try {
    const conversation = await caller.assistant.conversation({ id });
    return conversation.assistant === assistant ? { conversation, missing: false } : { conversation: null, missing: true };
  } catch (e) {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") return { conversation: null, missing: true };
    throw e;
  }
}
