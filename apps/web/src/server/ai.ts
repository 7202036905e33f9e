import "server-only";
import { aiSettingsFromEnv, languageModelFromSettings, OfflineLanguageModel, providerLabel, type AiSettings } from "@atelier/ai";
import type { AssistantInfo } from "@atelier/api";
import type { AssistantDefinition } from "@atelier/api/http/assistant-chat";
import { assistantLimitsFromEnv } from "@atelier/api/assistant-limits";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import { env } from "~/env";

const g = globalThis as unknown as { atelierAi?: AiSettings };

/** Which model answers, decided once from the environment (see packages/ai/src/settings.ts). */
export function aiSettings(): AiSettings {
  g.atelierAi ??= aiSettingsFromEnv({
    GOOGLE_GENERATIVE_AI_API_KEY: env.GOOGLE_GENERATIVE_AI_API_KEY,
    AI_BASE_URL: env.AI_BASE_URL,
    AI_MODEL: env.AI_MODEL,
    AI_API_KEY: env.AI_API_KEY,
    AI_EMBEDDING_MODEL: env.AI_EMBEDDING_MODEL,
  });
  return g.atelierAi;
}

/** The chat model for one assistant: the configured provider, or the offline model playing that assistant. */
export function modelFor(definition: AssistantDefinition): LanguageModelV4 {
  // a short pause between words so the offline answer streams visibly, as a hosted model's does
  return languageModelFromSettings(aiSettings(), () => new OfflineLanguageModel(definition.offlinePolicy, { chunkDelayMs: 12 }));
}

export function assistantInfo(): AssistantInfo {
  const label = providerLabel(aiSettings());
  return { providerLabel: label.label, offline: label.offline, limits: assistantLimitsFromEnv(env) };
}
