import { artistAssistant } from "./artist/index.ts";
import type { AssistantDefinition } from "./definition.ts";
import { patronAssistant } from "./patron/definition.ts";
import type { ChatRequest } from "./request.ts";

/** Every assistant the chat route can run, by the name the client uses. */
export const assistants: Partial<Record<ChatRequest["assistant"], AssistantDefinition>> = {
  patron: patronAssistant,
  artist: artistAssistant,
};

export const assistantKindOf = { patron: "PATRON", artist: "ARTIST" } as const;
