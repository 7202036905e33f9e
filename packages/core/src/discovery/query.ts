import { Prisma } from "@atelier/db";
import type { Currency } from "../money/index.ts";
import type { ArtworkFilters, ArtworkSort } from "../schemas/discovery.ts";
import type { Cursor } from "./cursor.ts";
import { filterConditions } from "./filter-sql.ts";
import { eurMicrosBounds } from "./price-sql.ts";
import { parseSearchQuery, searchTsQuery, type SearchQuery } from "../search/query-text.ts";
import { relevancePageSql } from "./relevance-sql.ts";
import { literalCount } from "./literal-sql.ts";

export { filterConditions } from "./filter-sql.ts";

/**
 * The one place the public catalogue query is built. Returns ids and sort keys only; the page
 * statement (cataloguePageSql, card-sql.ts) joins the cards to it, and the bench times that statement
 * directly through `pg`. Relevance pages rank a bounded candidate set (relevance-sql.ts).
 * Everything user-supplied is a bound parameter (Prisma.sql tagged templates).
 */
export interface CatalogueQuery {
  filters: ArtworkFilters;
  sort: ArtworkSort;
  cursor: Cursor | null;
  /** rows to fetch (page size + 1, to know whether there is a next page) */
  take: number;
  /**
   * full-text query (websearch syntax); relevance sort needs it. A string is widened to other
   * spellings and synonyms; a SearchQuery from interpretSearchQuery also carries typo corrections.
   */
  q?: string | SearchQuery;
}

export interface CatalogueRow {
  id: string;
  sortKey: string;
}

/**
 * The search's tsquery as a sub-select, computed once per execution: in a generic plan (the statements
 * are prepared) a bare websearch_to_tsquery($n) would be evaluated again for every row it is matched
 * and ranked against.
 */
const tsQuery = (q: string | SearchQuery) => Prisma.sql`(SELECT ${searchTsQuery(typeof q === "string" ? parseSearchQuery(q) : q)})`;

/** sort key expression, its SQL type (for casting the cursor back), and direction */
function sortSpec(sort: ArtworkSort, q: string | SearchQuery | undefined): { expr: Prisma.Sql; type: Prisma.Sql; desc: boolean } {
  switch (sort) {
    // by the euro value at the latest reference rate, so works in every currency sort together (index-driven)
    case "price_asc":
      return { expr: Prisma.sql`a."priceEurMicros"`, type: Prisma.sql`bigint`, desc: false };
    case "price_desc":
      return { expr: Prisma.sql`a."priceEurMicros"`, type: Prisma.sql`bigint`, desc: true };
    case "relevance":
      // float8 so the key prints and parses back exactly
      return { expr: Prisma.sql`ts_rank(a."searchVector", ${tsQuery(q ?? "")})::float8`, type: Prisma.sql`float8`, desc: true };
    default:
      return { expr: Prisma.sql`coalesce(a."publishedAt", a."createdAt")`, type: Prisma.sql`timestamp(3)`, desc: true };
  }
}

export function buildCatalogueSql(query: CatalogueQuery): Prisma.Sql {
  const where = filterConditions(query.filters);
  if (query.sort === "price_asc" || query.sort === "price_desc") {
    // a work whose currency has no rate has no euro value and no place in price order
    where.push(Prisma.sql`a."priceEurMicros" IS NOT NULL`);
    const f = query.filters;
    if (f.currency && (f.minPrice !== undefined || f.maxPrice !== undefined)) where.push(...eurMicrosBounds(f.currency as Currency, f.minPrice, f.maxPrice));
  }
  const { expr, type, desc } = sortSpec(query.sort, query.q);
  if (query.sort === "relevance" && query.q !== undefined) {
    return relevancePageSql({ filters: where, tsquery: tsQuery(query.q), rank: expr, rankType: type, cursor: query.cursor, take: query.take });
  }
  if (query.q !== undefined) where.push(Prisma.sql`a."searchVector" @@ ${tsQuery(query.q)}`);
  if (query.cursor) {
    const k = Prisma.sql`${query.cursor.key}::${type}`;
    where.push(desc ? Prisma.sql`(${expr}, a."id") < (${k}, ${query.cursor.id})` : Prisma.sql`(${expr}, a."id") > (${k}, ${query.cursor.id})`);
  }
  const dir = desc ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  return Prisma.sql`
    SELECT a."id", (${expr})::text AS "sortKey"
    FROM "Artwork" a JOIN "ArtistProfile" p ON p."id" = a."artistId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${expr} ${dir}, a."id" ${dir}
    LIMIT ${literalCount(query.take)}`;
}
