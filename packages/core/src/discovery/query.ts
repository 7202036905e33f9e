import { availableSql } from "../artwork/availability.ts";
import { Prisma } from "@atelier/db";
import type { ArtworkCategory, ArtworkFilters, ArtworkSize, ArtworkSort } from "../schemas/discovery.ts";
import type { Cursor } from "./cursor.ts";
import { parseSearchQuery, searchTsQuery, type SearchQuery } from "../search/query-text.ts";
import { relevancePageSql } from "./relevance-sql.ts";

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

/** Visible to the public: published (or sold, when asked for) works of an existing artist profile. */
function visibility(availability: ArtworkFilters["availability"]): Prisma.Sql {
  if (availability === "sold") return Prisma.sql`a."status" = 'SOLD'`;
  if (availability === "all") return Prisma.sql`a."status" IN ('PUBLISHED', 'SOLD')`;
  return availableSql;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** Case-insensitive POSIX patterns on the medium; a work can be in more than one category. */
export const CATEGORY_PATTERNS: Record<ArtworkCategory, string> = {
  painting: "(oil|acrylic|watercolou?r|gouache|tempera|encaustic)",
  print: "(print|woodcut|etching|lithograph|linocut|engraving|giclée|giclee)",
  photography: "(photograph|pigment print|gelatin|c-type|cyanotype)",
  drawing: "(drawing|charcoal|graphite|pencil|pastel|sumi ink|ink on)",
  collage: "(collage|mixed media)",
  sculpture: "(sculpture|bronze|carved|cast |plaster|steel|marble)",
  ceramics: "(ceramic|stoneware|porcelain|clay|earthenware)",
};

/** Longest side in tenths of a centimetre (inches × 2.54). */
const longestSideTenthsCm = Prisma.sql`(GREATEST(a."widthTenths", a."heightTenths") * CASE WHEN a."dimensionUnit" = 'IN' THEN 2.54 ELSE 1 END)`;
const SIZE_BOUNDS_TENTHS_CM: Record<ArtworkSize, [number, number]> = { small: [0, 400], medium: [400, 1000], large: [1000, 1e9] };

export function filterConditions(f: ArtworkFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [visibility(f.availability)];
  if (f.medium) where.push(Prisma.sql`a."medium" ILIKE ${`%${escapeLike(f.medium)}%`}`);
  if (f.currency) where.push(Prisma.sql`a."currency" = ${f.currency}`);
  if (f.minPrice !== undefined) where.push(Prisma.sql`a."priceAmount" >= ${f.minPrice}`);
  if (f.maxPrice !== undefined) where.push(Prisma.sql`a."priceAmount" <= ${f.maxPrice}`);
  if (f.kind) where.push(Prisma.sql`a."kind" = ${f.kind}::"ArtworkKind"`);
  if (f.artist) where.push(Prisma.sql`p."slug" = ${f.artist}`);
  if (f.category) where.push(Prisma.sql`a."medium" ~* ${CATEGORY_PATTERNS[f.category]}`);
  if (f.size) {
    const [lo, hi] = SIZE_BOUNDS_TENTHS_CM[f.size];
    where.push(Prisma.sql`${longestSideTenthsCm} > ${lo} AND ${longestSideTenthsCm} <= ${hi}`);
  }
  if (f.tags?.length) where.push(Prisma.sql`a."tags" && ${f.tags}::text[]`);
  return where;
}

const tsQuery = (q: string | SearchQuery) => searchTsQuery(typeof q === "string" ? parseSearchQuery(q) : q);

/** sort key expression, its SQL type (for casting the cursor back), and direction */
function sortSpec(sort: ArtworkSort, q: string | SearchQuery | undefined): { expr: Prisma.Sql; type: Prisma.Sql; desc: boolean } {
  switch (sort) {
    case "price_asc":
      return { expr: Prisma.sql`a."priceAmount"`, type: Prisma.sql`int`, desc: false };
    case "price_desc":
      return { expr: Prisma.sql`a."priceAmount"`, type: Prisma.sql`int`, desc: true };
    case "relevance":
      // float8 so the key prints and parses back exactly
      return { expr: Prisma.sql`ts_rank_cd(a."searchVector", ${tsQuery(q ?? "")})::float8`, type: Prisma.sql`float8`, desc: true };
    default:
      return { expr: Prisma.sql`coalesce(a."publishedAt", a."createdAt")`, type: Prisma.sql`timestamp(3)`, desc: true };
  }
}

export function buildCatalogueSql(query: CatalogueQuery): Prisma.Sql {
  const where = filterConditions(query.filters);
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
    LIMIT ${query.take}`;
}
