import { z } from "zod";
import { aiEnvSchema, type AiEnv } from "./env.ts";

/**
 * Which model provider Atelier talks to, decided once from the environment:
 * - Gemini through @ai-sdk/google when GOOGLE_GENERATIVE_AI_API_KEY is set;
 * - any OpenAI-compatible endpoint (a local Ollama, vLLM, LM Studio…) when AI_BASE_URL and AI_MODEL are set;
 * - otherwise the offline assistant, which answers only from Atelier's own search tools.
 * Embeddings follow the same provider; offline they come from the local lexical hashing model.
 */
export type AiSettings =
  | { kind: "google"; apiKey: string; model: string; embeddingModel: string; imageModel?: string }
  | { kind: "openai-compatible"; baseURL: string; apiKey: string | undefined; model: string; embeddingModel: string | undefined; imageModel?: string }
  | { kind: "offline" };

/** Gemini's image model for wall previews when AI_IMAGE_MODEL is not set. */
export const DEFAULT_GEMINI_IMAGE_MODEL = "gemini-2.5-flash-image";

/** Every embedding Atelier stores has this many dimensions (the pgvector column is vector(768)). */
export const EMBEDDING_DIMENSIONS = 768;

const blankToUndefined = (env: Record<string, string | undefined>) => Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === "" ? undefined : v]));

/** The provider for a validated AI environment (or raw values, validated here: blank counts as unset). */
export function aiSettingsFromEnv(raw: Partial<Record<keyof AiEnv, string | undefined>>): AiSettings {
  const env = z.object(aiEnvSchema).parse(blankToUndefined(raw));
  if (env.GOOGLE_GENERATIVE_AI_API_KEY) {
    return {
      kind: "google",
      apiKey: env.GOOGLE_GENERATIVE_AI_API_KEY,
      model: env.AI_MODEL ?? "gemini-2.5-flash",
      embeddingModel: env.AI_EMBEDDING_MODEL ?? "gemini-embedding-001",
      imageModel: env.AI_IMAGE_MODEL ?? DEFAULT_GEMINI_IMAGE_MODEL,
    };
  }
  if (env.AI_BASE_URL && env.AI_MODEL) {
    return {
      kind: "openai-compatible",
      baseURL: env.AI_BASE_URL,
      apiKey: env.AI_API_KEY,
      model: env.AI_MODEL,
      embeddingModel: env.AI_EMBEDDING_MODEL,
      imageModel: env.AI_IMAGE_MODEL,
    };
  }
  return { kind: "offline" };
}
