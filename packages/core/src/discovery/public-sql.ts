/**
 * The catalogue's statements, exported for the benchmark: it times the same SQL the app sends through
 * `pg` — the page statement (keyset ids joined to the cards) and, for a search, the spelling check with
 * the page of the query as typed (then the corrected page when a word was corrected).
 */
export { buildCatalogueSql, type CatalogueQuery } from "./query.ts";
export { cataloguePageSql, checkedSearchPageSql, type CheckedSearchRow } from "./card-sql.ts";
export { decodeCursor, encodeCursor } from "./cursor.ts";
export { correctionSql, withCorrections, type CorrectionRow } from "../search/correction.ts";
export { parseSearchQuery } from "../search/query-text.ts";
