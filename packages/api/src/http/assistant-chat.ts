import type { LanguageModelV4 } from "@ai-sdk/provider";
import { handleChat, type ChatDeps } from "@atelier/core/assistant/chat";
import type { AssistantDefinition } from "@atelier/core/assistant/definition";
import { assistants } from "@atelier/core/assistant/registry";
import type { Context } from "../context.ts";

export type { ChatDeps };

/** What the chat needs from a request context (identity, address, services, the assistants' limits). */
export function chatDepsFrom(ctx: Context, modelFor: (definition: AssistantDefinition) => LanguageModelV4): ChatDeps {
  return {
    db: ctx.db,
    identity: ctx.identity,
    clientIp: ctx.clientIp,
    appUrl: ctx.appUrl,
    now: ctx.now,
    storage: ctx.storage,
    embeddings: ctx.embeddings,
    modelFor,
    providerLabel: ctx.assistant.providerLabel,
    limits: ctx.assistant.limits,
    assistants,
  };
}

/** The route handler body of POST /api/chat (see core/src/assistant/chat.ts), on the same context as tRPC. */
export async function handleChatRequest(req: Request, ctx: Context, modelFor: (definition: AssistantDefinition) => LanguageModelV4): Promise<Response> {
  try {
    return await handleChat(req, chatDepsFrom(ctx, modelFor));
  } catch (e) {
    console.error("[assistant] chat request failed:", e);
    return Response.json({ error: "The assistant could not answer just now. Try again." }, { status: 500 });
  }
}
