import { handleChat, type ChatDeps } from "@atelier/core/assistant/chat";
import { assistants } from "@atelier/core/assistant/registry";

export type { ChatDeps };
export type { AssistantDefinition } from "@atelier/core/assistant/definition";
export { assistants };

/** The route handler body of POST /api/chat (see services/assistant/chat.ts). */
export async function handleChatRequest(req: Request, deps: Omit<ChatDeps, "assistants"> & Partial<Pick<ChatDeps, "assistants">>): Promise<Response> {
  try {
    return await handleChat(req, { assistants, ...deps });
  } catch (e) {
    console.error("[assistant] chat request failed:", e);
    return Response.json({ error: "The assistant could not answer just now. Try again." }, { status: 500 });
  }
}
