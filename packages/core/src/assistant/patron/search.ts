import type { ArtworkFilters } from "../../schemas/discovery.ts";
import type { ArtworkCard } from "../../discovery/cards.ts";
import { searchCatalogue, type SearchDeps, type SearchMode } from "../../search/index.ts";

/**
 * Catalogue search for the assistant: the gallery's hybrid search (full-text + vectors fused) when
 * a model and pgvector are there, full-text otherwise. When full-text finds nothing with every word,
 * any of the words will do (ranked by relevance), so a long request still finds the closest works.
 */
export async function assistantSearch(
  deps: SearchDeps,
  input: { q?: string; filters: ArtworkFilters; limit: number },
): Promise<{ mode: SearchMode | "browse"; items: ArtworkCard[]; relaxed: boolean }> {
  const q = input.q?.trim() || undefined;
  const first = await searchCatalogue(deps, { q, filters: input.filters, limit: input.limit });
  if (first.items.length > 0 || !q || first.mode !== "fulltext") return { ...first, relaxed: false };
  const words = q.split(/\s+/).filter((w) => w.length > 1);
  if (words.length < 2) return { ...first, relaxed: false };
  const any = await searchCatalogue(deps, { q: words.join(" or "), filters: input.filters, limit: input.limit });
  return { ...any, relaxed: true };
}
