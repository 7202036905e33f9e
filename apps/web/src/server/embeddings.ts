import { aiSettingsFromEnv, embeddingModelFromSettings, type AtelierEmbeddingModel } from "@atelier/ai";
import { env } from "~/env";

const g = globalThis as unknown as { atelierEmbeddings?: AtelierEmbeddingModel | null };

/**
 * The embedding model for search and the embed-artwork job, from the AI settings (validated by
 * @atelier/ai): Gemini's or an OpenAI-compatible endpoint's when configured, the local lexical
 * model offline, none (full-text only) for an OpenAI-compatible endpoint without AI_EMBEDDING_MODEL.
 * (No "server-only" import: instrumentation.ts loads the job runtime, which uses this.)
 */
export function getEmbeddings(): AtelierEmbeddingModel | null {
  if (g.atelierEmbeddings === undefined) g.atelierEmbeddings = embeddingModelFromSettings(aiSettingsFromEnv(env));
  return g.atelierEmbeddings;
}
