import { Prisma } from "@atelier/db";
import { literalCount } from "./literal-sql.ts";

/**
 * How many matching works a relevance-sorted search ranks. ts_rank_cd is the expensive part of a
 * search (several µs a row, about five times what finding and reading the row costs): ranking every
 * match of a common query ("harbour light" matches 2,500 of 100,000 bench works) took 29 ms. So
 * relevance ranks a bounded candidate set, and its pages (keyset on the rank) go as deep as it — the
 * depth hybrid search pages to (MAX_HYBRID_RESULTS). The ranking is exact whenever a query matches
 * this many works or fewer; sorted by date or price, a search still reaches every match.
 */
export const RELEVANCE_CANDIDATES = 200;

/**
 * Which works are ranked when more match: works whose title or artist name (weights A and B of the
 * search vector) match the whole query first — found through their own GIN index
 * ("Artwork_searchVector_titles_idx" on ts_filter(searchVector, '{a,b}')) — then other matches.
 * ts_rank_cd weighs A and B 10 and 4 times a description word, so these are the works that can rank
 * highest; within a tier, candidates are taken in the order the scan finds them (table order).
 */
export const TITLE_WEIGHTS = Prisma.sql`'{a,b}'::"char"[]`;

export interface RelevanceQuery {
  /** the filters (`a` = Artwork, `p` = ArtistProfile) */
  filters: Prisma.Sql[];
  tsquery: Prisma.Sql;
  /** the relevance expression over `a` (sortSpec's) and its SQL type, to cast the cursor key back */
  rank: Prisma.Sql;
  rankType: Prisma.Sql;
  cursor: { key: string; id: string } | null;
  take: number;
}

/**
 * The relevance page: the candidates (title/artist matches, then the rest, RELEVANCE_CANDIDATES in all)
 * ranked with their rank computed once, highest first, keyset after the cursor. Same columns as the
 * other sorts ("id", "sortKey").
 */
export function relevancePageSql(q: RelevanceQuery): Prisma.Sql {
  const from = Prisma.sql`FROM "Artwork" a JOIN "ArtistProfile" p ON p."id" = a."artistId"`;
  const filters = Prisma.join(q.filters, " AND ");
  const after = q.cursor ? Prisma.sql`WHERE (c."rank", c."id") < (${q.cursor.key}::${q.rankType}, ${q.cursor.id})` : Prisma.empty;
  // A title match is a match unless the query excludes a word found elsewhere (-dawn), so the whole
  // vector is checked too — as ts_match_vq (what @@ calls), which no index is asked to answer: the
  // planner would otherwise AND in the main index's bitmap of every match, the cost this avoids.
  return Prisma.sql`
    WITH titles AS MATERIALIZED (
      SELECT a."id", ${q.rank} AS "rank" ${from}
      WHERE ${filters} AND ts_filter(a."searchVector", ${TITLE_WEIGHTS}) @@ ${q.tsquery} AND ts_match_vq(a."searchVector", ${q.tsquery})
      LIMIT ${literalCount(RELEVANCE_CANDIDATES)}
    ), others AS MATERIALIZED (
      SELECT a."id", ${q.rank} AS "rank" ${from}
      WHERE ${filters} AND a."searchVector" @@ ${q.tsquery} AND a."id" NOT IN (SELECT "id" FROM titles)
      LIMIT greatest(${literalCount(RELEVANCE_CANDIDATES)} - (SELECT count(*) FROM titles), 0)
    )
    SELECT c."id", c."rank"::text AS "sortKey"
    FROM (SELECT * FROM titles UNION ALL SELECT * FROM others) c
    ${after}
    ORDER BY c."rank" DESC, c."id" DESC
    LIMIT ${literalCount(q.take)}`;
}
