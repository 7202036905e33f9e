/** The catalogue SQL builder and cursor codec, exported for the benchmark (it times the same SQL through `pg`). */
export { buildCatalogueSql, type CatalogueQuery } from "./query.ts";
export { decodeCursor, encodeCursor } from "./cursor.ts";
