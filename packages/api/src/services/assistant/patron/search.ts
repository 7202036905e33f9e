import type { Db } from "@atelier/db";
import type { EmbeddingModel } from "ai";
import type { ArtworkFilters } from "../../../schemas/discovery.ts";
import { listArtworks, searchArtworks } from "../../discovery/catalogue.ts";
import type { ArtworkCard } from "../../discovery/cards.ts";

export type SearchMode = "hybrid" | "fulltext" | "filters";

/**
 * Catalogue search for the assistant: words (websearch syntax) within the filters. When every word
 * together finds nothing, any of the words will do (ranked by relevance), so a long request
 * still finds the closest works instead of nothing.
 */
export async function assistantSearch(
  deps: { db: Db; embeddings: EmbeddingModel | null },
  input: { q?: string; filters: ArtworkFilters; limit: number },
): Promise<{ mode: SearchMode; items: ArtworkCard[]; relaxed: boolean }> {
  const q = input.q?.trim();
  if (!q) {
    const page = await listArtworks(deps.db, { filters: input.filters, sort: "newest", limit: input.limit });
    return { mode: "filters", items: page.items, relaxed: false };
  }
  const all = await searchArtworks(deps.db, { q, filters: input.filters, limit: input.limit });
  if (all.items.length > 0) return { mode: "fulltext", items: all.items, relaxed: false };
  const words = q.split(/\s+/).filter((w) => w.length > 1);
  if (words.length < 2) return { mode: "fulltext", items: [], relaxed: false };
  const any = await searchArtworks(deps.db, { q: words.join(" or "), filters: input.filters, limit: input.limit });
  return { mode: "fulltext", items: any.items, relaxed: true };
}
