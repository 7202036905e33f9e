import { handleChat, type ChatDeps } from "../services/assistant/chat.ts";
import { assistants } from "../services/assistant/registry.ts";

export type { ChatDeps };
export type { AssistantDefinition } from "../services/assistant/definition.ts";
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
