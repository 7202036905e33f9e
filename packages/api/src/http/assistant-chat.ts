import { invoiceDeps } from "../invoice-deps.ts";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import { handleChat, type ChatDeps } from "@atelier/core/assistant/chat";
import type { AssistantDefinition } from "@atelier/core/assistant/definition";
import { assistants } from "@atelier/core/assistant/registry";
import { logger } from "@atelier/core/observability/logger";
import type { Context } from "../context.ts";
import { BODY_LIMITS, boundedRequest } from "./body-limit.ts";
import { crossSiteRefusal } from "./origin-check.ts";
import { inRequestScope } from "./request-scope.ts";

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
    invoicing: invoiceDeps(ctx),
    modelFor,
    providerLabel: ctx.assistant.providerLabel,
    limits: ctx.assistant.limits,
    assistants,
  };
}

/**
 * The route handler body of POST /api/chat (see core/src/assistant/chat.ts), on the same context as
 * tRPC: cross-site posts answer 403 and bodies over 64 KB 413 before the chat reads anything.
 */
export async function handleChatRequest(req: Request, ctx: Context, modelFor: (definition: AssistantDefinition) => LanguageModelV4): Promise<Response> {
  return inRequestScope(req, async () => {
    const refused = crossSiteRefusal(req, ctx.appUrl);
    if (refused) return refused;
    const bounded = await boundedRequest(req, BODY_LIMITS.chat);
    if (bounded instanceof Response) return bounded;
    try {
      return await handleChat(bounded, chatDepsFrom(ctx, modelFor));
    } catch (e) {
      logger().error("assistant: chat request failed", { err: e });
      return Response.json({ error: "The assistant could not answer just now. Try again." }, { status: 500 });
    }
  });
}
