import "server-only";
import { aiSettingsFromEnv, imageModelFromSettings, languageModelFromSettings, OfflineLanguageModel, providerLabel, type AiSettings } from "@atelier/ai";
import type { AssistantInfo } from "@atelier/api";
import type { AssistantDefinition } from "@atelier/core/assistant/definition";
import { coreSettingsOf } from "@atelier/core/env";
import type { ImageModelV4, LanguageModelV4 } from "@ai-sdk/provider";
import { env } from "~/env";

const g = globalThis as unknown as { atelierAi?: AiSettings; atelierImageModel?: ImageModelV4 | null };

/** Which model answers, decided once from the environment (see packages/ai/src/settings.ts). */
function aiSettings(): AiSettings {
  g.atelierAi ??= aiSettingsFromEnv(env);
  return g.atelierAi;
}

/** The chat model for one assistant: the configured provider, or the offline model playing that assistant. */
export function modelFor(definition: AssistantDefinition): LanguageModelV4 {
  // a short pause between words so the offline answer streams visibly, as a hosted model's does
  return languageModelFromSettings(aiSettings(), () => new OfflineLanguageModel(definition.offlinePolicy, { chunkDelayMs: 12 }));
}

export function assistantInfo(): AssistantInfo {
  const label = providerLabel(aiSettings());
  return { providerLabel: label.label, offline: label.offline, limits: coreSettingsOf(env) };
}

/** The image model that renders wall previews realistically; null offline (the composite is shown, and says so). */
export function imageModel(): ImageModelV4 | null {
  if (g.atelierImageModel === undefined) g.atelierImageModel = imageModelFromSettings(aiSettings());
  return g.atelierImageModel;
}
