import type { AtelierEmbeddingModel } from "@atelier/ai";
import { embed } from "ai";

/**
 * The query's embedding, or null when there is nothing to compare (no model, a text without words
 * — the zero vector has no direction — or the provider failed: search then stays on full-text and
 * says so).
 */
export async function embedQuery(model: AtelierEmbeddingModel | null | undefined, text: string): Promise<number[] | null> {
  if (!model) return null;
  try {
    const { embedding } = await embed({ model, value: text, maxRetries: 1 });
    return embedding.some((x) => x !== 0) ? embedding : null;
  } catch (e) {
    console.warn(`[search] query embedding failed, using full-text search: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
