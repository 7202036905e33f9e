import type { AtelierEmbeddingModel } from "@atelier/ai";
import type { Db } from "@atelier/db";
import { vectorSearchAvailable } from "@atelier/db/vector";
import type { ArtworkFilters } from "../schemas/discovery.ts";
import { buildCatalogueSql, type CatalogueRow } from "../discovery/query.ts";
import { embedQuery } from "./query-embedding.ts";
import { reciprocalRankFusion } from "./rrf.ts";
import { buildVectorSql, runVectorQuery, type VectorStrategy } from "./vector-query.ts";
import { interpretSearchQuery } from "./correction.ts";
import { correctedText, type SearchQuery } from "./query-text.ts";

/** What search needs from the outside: the database and the embedding model (none → full-text only). */
export interface SearchDeps {
  db: Db;
  embeddings?: AtelierEmbeddingModel | null;
}

/** Which retrieval ran: "hybrid" = full-text and vectors fused; "fulltext" = PostgreSQL full-text only. */
export type SearchMode = "hybrid" | "fulltext";

/** Candidates taken from each list before fusing. */
export const CANDIDATES = 50;

/**
 * Vector candidates must be at least this similar to the query to join the fused list, so that a
 * query with no real match doesn't drag in the nearest noise. Semantic models' related pairs score
 * well above it. For the lexical model, unrelated texts score ≈ N(0, 1/768): over 400 random
 * one-to-two-word queries against the demo catalogue the best unrelated match was p99 0.16, max
 * 0.19, while misspelt real matches ("watercolor fern", "risograph persimon") score 0.25–0.30.
 */
export const VECTOR_MIN_SIMILARITY = 0.2;

export interface RankOptions {
  /** the query as typed, or already interpreted (interpretSearchQuery) */
  q: string | SearchQuery;
  filters: ArtworkFilters;
  /** how many ids to return */
  take: number;
  strategy?: VectorStrategy;
}

/**
 * Full-text ranking (ts_rank_cd over the weighted search vector): the catalogue query itself, for
 * the query corrected and widened (a string is interpreted first: one more small statement).
 */
export async function fullTextIds(db: Db, { q, filters, take }: RankOptions): Promise<string[]> {
  const query = typeof q === "string" ? await interpretSearchQuery(db, q) : q;
  const rows = await db.$queryRaw<CatalogueRow[]>(buildCatalogueSql({ filters, sort: "relevance", cursor: null, take, q: query }));
  return rows.map((r) => r.id);
}

/**
 * Nearest neighbours of an already embedded query, optionally only those at least `minSimilarity`
 * similar. The floor is applied to the top `take` here, not in SQL: as a WHERE clause it would make
 * pgvector's iterative HNSW scan keep walking the graph (up to hnsw.max_scan_tuples) whenever few
 * neighbours pass — measured at 100k artworks, that was most of hybrid search's p95.
 */
export async function vectorIds(db: Db, vector: number[], { filters, take, strategy }: Omit<RankOptions, "q">, minSimilarity?: number): Promise<string[]> {
  const rows = await runVectorQuery(db, buildVectorSql({ filters, vector, take }), strategy);
  return rows.filter((r) => minSimilarity === undefined || 1 - r.distance >= minSimilarity).map((r) => r.id);
}

/** Whether hybrid search can run here: a model to embed the query and pgvector with the column. */
export async function canSearchVectors(deps: SearchDeps): Promise<boolean> {
  return Boolean(deps.embeddings) && (await vectorSearchAvailable(deps.db));
}

export interface RankedIds {
  ids: string[];
  mode: SearchMode;
  /** the query as searched when a misspelt word was corrected, else null */
  correctedQuery: string | null;
}

/**
 * Ranked artwork ids for a query: full-text and vector candidates (CANDIDATES each, or more for
 * deep pages) fused by reciprocal rank fusion, both under the same filters. Both lists search the
 * corrected query (misspelt words replaced by catalogue words; full-text also searches other
 * spellings and synonyms). Falls back to full-text alone without a model, without pgvector, or when
 * the query cannot be embedded.
 */
export async function rankArtworks(deps: SearchDeps, opts: RankOptions): Promise<RankedIds> {
  const q = typeof opts.q === "string" ? await interpretSearchQuery(deps.db, opts.q) : opts.q;
  const correctedQuery = correctedText(q);
  const vector = (await canSearchVectors(deps)) ? await embedQuery(deps.embeddings, correctedQuery ?? q.text) : null;
  if (!vector) return { ids: await fullTextIds(deps.db, { ...opts, q }), mode: "fulltext", correctedQuery };
  const pool = { ...opts, q, take: Math.max(CANDIDATES, opts.take) };
  const [fts, vec] = await Promise.all([fullTextIds(deps.db, pool), vectorIds(deps.db, vector, pool, VECTOR_MIN_SIMILARITY)]);
  return { ids: reciprocalRankFusion([fts, vec]).slice(0, opts.take), mode: "hybrid", correctedQuery };
}
