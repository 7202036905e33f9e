import { createGoogle } from "@ai-sdk/google";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { EmbeddingModelV4, EmbeddingModelV4CallOptions } from "@ai-sdk/provider";
import { EMBEDDING_DIMENSIONS, type AiSettings } from "../settings.ts";
import { lexicalHashEmbeddingModel } from "./lexical-hash-model.ts";

/** A concrete embedding model object (not a gateway id string): what Atelier passes around. */
export type AtelierEmbeddingModel = EmbeddingModelV4;

export class EmbeddingDimensionsError extends Error {
  constructor(
    readonly modelId: string,
    readonly got: number,
  ) {
    super(
      `The embedding model "${modelId}" returned ${got}-dimensional vectors, but Atelier stores ${EMBEDDING_DIMENSIONS} dimensions (vector(${EMBEDDING_DIMENSIONS})). ` +
        `Set AI_EMBEDDING_MODEL to a model that outputs ${EMBEDDING_DIMENSIONS} dimensions (e.g. nomic-embed-text on Ollama), or unset it to search with full-text only.`,
    );
    this.name = "EmbeddingDimensionsError";
  }
}

/**
 * Asks the provider for EMBEDDING_DIMENSIONS dimensions on every call and refuses any answer of
 * another size, so a misconfigured model fails loudly instead of writing vectors pgvector rejects.
 */
export function requireDimensions(model: EmbeddingModelV4, dimensions = EMBEDDING_DIMENSIONS): EmbeddingModelV4 {
  return {
    specificationVersion: "v4",
    provider: model.provider,
    modelId: model.modelId,
    maxEmbeddingsPerCall: model.maxEmbeddingsPerCall,
    supportsParallelCalls: model.supportsParallelCalls,
    async doEmbed(options: EmbeddingModelV4CallOptions) {
      const result = await model.doEmbed({ ...options, dimensions });
      const wrong = result.embeddings.find((e) => e.length !== dimensions);
      if (wrong) throw new EmbeddingDimensionsError(model.modelId, wrong.length);
      return result;
    },
  };
}

/**
 * The embedding model for these settings, or null when there is none (search then runs on
 * full-text only):
 * - google: Gemini's embedding model (AI_EMBEDDING_MODEL, default gemini-embedding-001) with
 *   outputDimensionality 768;
 * - openai-compatible: its embedding model when AI_EMBEDDING_MODEL is set (it must give 768
 *   dimensions), else null;
 * - offline: the local lexical hashing model (see LexicalHashEmbeddingModel: lexical, not semantic).
 */
export function embeddingModelFromSettings(settings: AiSettings): AtelierEmbeddingModel | null {
  switch (settings.kind) {
    case "google": {
      const google = createGoogle({ apiKey: settings.apiKey });
      return requireDimensions(google.embeddingModel(settings.embeddingModel));
    }
    case "openai-compatible": {
      if (!settings.embeddingModel) return null;
      const provider = createOpenAICompatible({ name: "openai-compatible", baseURL: settings.baseURL, apiKey: settings.apiKey });
      return requireDimensions(provider.embeddingModel(settings.embeddingModel));
    }
    case "offline":
      return lexicalHashEmbeddingModel();
  }
}

/** "atelier/lexical-hash-768-v2": the name stored beside each embedding. */
export const embeddingModelName = (model: AtelierEmbeddingModel) => `${model.provider}/${model.modelId}`;
