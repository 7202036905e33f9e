import { createGoogle } from "@ai-sdk/google";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import type { AiSettings } from "./settings.ts";

/** Who answers: shown in the chat header, so people always know whether a hosted model or the offline assistant replies. */
export interface ProviderLabel {
  kind: AiSettings["kind"];
  /** e.g. "Gemini (gemini-2.5-flash)", "llama3.1 at http://localhost:11434/v1", "Offline assistant" */
  label: string;
  offline: boolean;
}

export function providerLabel(settings: AiSettings): ProviderLabel {
  switch (settings.kind) {
    case "google":
      return { kind: "google", label: `Gemini (${settings.model})`, offline: false };
    case "openai-compatible":
      return { kind: "openai-compatible", label: `${settings.model} at ${new URL(settings.baseURL).host}`, offline: false };
    case "offline":
      return { kind: "offline", label: "Offline assistant", offline: true };
  }
}

/**
 * The chat model for the settings. The offline model is built by the caller (its policy knows the
 * app's tools), so everything above this line — tools, persistence, limits, streaming — is the same
 * code whichever model answers.
 */
export function languageModelFromSettings(settings: AiSettings, offline: () => LanguageModelV4): LanguageModelV4 {
  switch (settings.kind) {
    case "google":
      return createGoogle({ apiKey: settings.apiKey })(settings.model);
    case "openai-compatible":
      return createOpenAICompatible({ name: "openai-compatible", baseURL: settings.baseURL, apiKey: settings.apiKey })(settings.model);
    case "offline":
      return offline();
  }
}
