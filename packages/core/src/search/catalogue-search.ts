import { AppError } from "../errors.ts";
import type { z } from "zod";
import { searchArtworksSchema, searchCatalogueSchema } from "../schemas/discovery.ts";
import { hydrateCards, type ArtworkCard } from "../discovery/cards.ts";
import { listArtworks, searchArtworks } from "../discovery/catalogue.ts";
import { decodeCursor, encodeCursor } from "../discovery/cursor.ts";
import { RELEVANCE_CANDIDATES } from "../discovery/relevance-sql.ts";
import { canSearchVectors, rankArtworks, type SearchDeps, type SearchMode } from "./search.ts";

/** Fused results are ranked as a whole, so pages are offsets into the ranking, up to this depth (full-text relevance's too). */
export const MAX_HYBRID_RESULTS = RELEVANCE_CANDIDATES;
const HYBRID_CURSOR_ID = "~hybrid";

export interface SearchPage {
  items: ArtworkCard[];
  nextCursor: string | null;
  /** which retrieval answered: hybrid (full-text + vectors, RRF) or full-text only */
  mode: SearchMode;
  /** the query as searched when a misspelt word was corrected ("Showing results for …"), else null */
  correctedQuery: string | null;
}

function staleCursor() {
  return AppError.field("BAD_REQUEST", "cursor", "This page link has expired — start again from the first page.");
}

/**
 * The gallery search box (artwork.search). Sorted by relevance, it is hybrid whenever a model and
 * pgvector are there; sorted by price or date — a filter over the matches, not a ranking — it is
 * full-text, keyset-paginated as before.
 */
export async function searchArtworksPage(deps: SearchDeps, raw: z.input<typeof searchArtworksSchema>): Promise<SearchPage> {
  const input = searchArtworksSchema.parse(raw);
  const cursor = decodeCursor(input.cursor, input.sort);
  const hybridCursor = cursor?.id === HYBRID_CURSOR_ID;
  if (input.sort !== "relevance" || !(await canSearchVectors(deps))) {
    if (hybridCursor) throw staleCursor();
    return { ...(await searchArtworks(deps.db, input)), mode: "fulltext" };
  }
  if (cursor && !hybridCursor) throw staleCursor();
  const offset = cursor ? Number(cursor.key) : 0;
  if (!Number.isInteger(offset) || offset < 0 || offset >= MAX_HYBRID_RESULTS) throw staleCursor();
  const { ids, mode, correctedQuery } = await rankArtworks(deps, {
    q: input.q,
    filters: input.filters,
    take: Math.min(offset + input.limit + 1, MAX_HYBRID_RESULTS),
  });
  if (mode === "fulltext" && offset === 0) {
    // the query had nothing to embed: answer exactly as full-text search does, with its cursors
    return { ...(await searchArtworks(deps.db, input)), mode };
  }
  const page = ids.slice(offset, offset + input.limit);
  const more = ids.length > offset + input.limit && offset + input.limit < MAX_HYBRID_RESULTS;
  return {
    items: await hydrateCards(deps.db, page, input.displayCurrency),
    nextCursor: more ? encodeCursor({ sort: "relevance", key: String(offset + input.limit), id: HYBRID_CURSOR_ID }) : null,
    mode,
    correctedQuery,
  };
}

/**
 * One call for the assistant's tools: the best `limit` public artworks for a query under filters,
 * with how they were found. mode "browse" means no query was given (newest first).
 */
export async function searchCatalogue(
  deps: SearchDeps,
  raw: z.input<typeof searchCatalogueSchema>,
): Promise<{ items: ArtworkCard[]; mode: SearchMode | "browse"; correctedQuery: string | null }> {
  const input = searchCatalogueSchema.parse(raw);
  if (!input.q) {
    const page = await listArtworks(deps.db, { filters: input.filters, sort: "newest", limit: input.limit });
    return { items: page.items, mode: "browse", correctedQuery: null };
  }
  const { ids, mode, correctedQuery } = await rankArtworks(deps, { q: input.q, filters: input.filters, take: input.limit });
  return { items: await hydrateCards(deps.db, ids), mode, correctedQuery };
}
