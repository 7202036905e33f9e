import { z } from "zod";

/**
 * Which model provider Atelier talks to, decided once from the environment:
 * - Gemini through @ai-sdk/google when GOOGLE_GENERATIVE_AI_API_KEY is set;
 * - any OpenAI-compatible endpoint (a local Ollama, vLLM, LM Studio…) when AI_BASE_URL and AI_MODEL are set;
 * - otherwise the offline assistant, which answers only from Atelier's own search tools.
 * Embeddings follow the same provider; offline they come from the local lexical hashing model.
 */
export type AiSettings =
  | { kind: "google"; apiKey: string; model: string; embeddingModel: string }
  | { kind: "openai-compatible"; baseURL: string; apiKey: string | undefined; model: string; embeddingModel: string | undefined }
  | { kind: "offline" };

/** Every embedding Atelier stores has this many dimensions (the pgvector column is vector(768)). */
export const EMBEDDING_DIMENSIONS = 768;

export const aiEnvSchema = z.object({
  GOOGLE_GENERATIVE_AI_API_KEY: z.string().min(1).optional(),
  AI_MODEL: z.string().min(1).optional(),
  AI_BASE_URL: z.url("AI_BASE_URL must be the endpoint's URL, like http://localhost:11434/v1").optional(),
  AI_API_KEY: z.string().min(1).optional(),
  AI_EMBEDDING_MODEL: z.string().min(1).optional(),
});
export type AiEnv = z.infer<typeof aiEnvSchema>;

const blankToUndefined = (env: Record<string, string | undefined>) => Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === "" ? undefined : v]));

export function aiSettingsFromEnv(raw: Record<string, string | undefined> = process.env): AiSettings {
  const env = aiEnvSchema.parse(blankToUndefined(raw));
  if (env.GOOGLE_GENERATIVE_AI_API_KEY) {
    return {
      kind: "google",
      apiKey: env.GOOGLE_GENERATIVE_AI_API_KEY,
      model: env.AI_MODEL ?? "gemini-2.5-flash",
      embeddingModel: env.AI_EMBEDDING_MODEL ?? "gemini-embedding-001",
    };
  }
  if (env.AI_BASE_URL && env.AI_MODEL) {
    return { kind: "openai-compatible", baseURL: env.AI_BASE_URL, apiKey: env.AI_API_KEY, model: env.AI_MODEL, embeddingModel: env.AI_EMBEDDING_MODEL };
  }
  return { kind: "offline" };
}
