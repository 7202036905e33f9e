import { createGoogle } from "@ai-sdk/google";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { ImageModelV4 } from "@ai-sdk/provider";
import { DEFAULT_GEMINI_IMAGE_MODEL, type AiSettings } from "./settings.ts";

/**
 * The image model that renders a wall preview realistically, from the same settings as the chat:
 * Gemini's image model (AI_IMAGE_MODEL, default gemini-2.5-flash-image) with a Google key; an
 * OpenAI-compatible endpoint's when AI_IMAGE_MODEL names one; none offline — then the preview is
 * the local composite, and says so.
 */
export function imageModelFromSettings(settings: AiSettings): ImageModelV4 | null {
  switch (settings.kind) {
    case "google":
      return createGoogle({ apiKey: settings.apiKey }).image(settings.imageModel ?? DEFAULT_GEMINI_IMAGE_MODEL);
    case "openai-compatible":
      return settings.imageModel
        ? createOpenAICompatible({ name: "openai-compatible", baseURL: settings.baseURL, apiKey: settings.apiKey }).imageModel(settings.imageModel)
        : null;
    case "offline":
      return null;
  }
}
