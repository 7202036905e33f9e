/** Search and discovery beyond the keyword catalogue: hybrid (full-text + vectors, RRF), similar works, recommendations. */
export { searchArtworksPage, searchCatalogue, MAX_HYBRID_RESULTS, type SearchPage } from "./catalogue-search.ts";
export {
  canSearchVectors,
  fullTextIds,
  rankArtworks,
  vectorIds,
  CANDIDATES,
  VECTOR_MIN_SIMILARITY,
  type RankedIds,
  type SearchDeps,
  type SearchMode,
} from "./search.ts";
export { correctSearchQuery, interpretSearchQuery, MIN_CORRECTABLE_LENGTH, MIN_CORRECTION_SIMILARITY } from "./correction.ts";
export { correctedText, parseSearchQuery, searchTsQuery, type SearchQuery } from "./query-text.ts";
export { alternativesOf } from "./spelling.ts";
export { moreLikeThis, type SimilarMode } from "./similar.ts";
export { recommendedFor, type Recommendations } from "./recommended.ts";
export { reciprocalRankFusion, RRF_K } from "./rrf.ts";
export { buildVectorSql, runVectorQuery, HNSW_EF_SEARCH, type VectorStrategy } from "./vector-query.ts";
export { embedQuery } from "./query-embedding.ts";
