import { Prisma, prepared, type Db } from "@atelier/db";
import { parseSearchQuery, searchedWords, type QueryWord, type SearchQuery } from "./query-text.ts";

/** Shorter words are left as typed: at three letters a trigram match is as likely wrong as right. */
export const MIN_CORRECTABLE_LENGTH = 4;

/**
 * How alike (pg_trgm similarity: shared trigrams over all trigrams) a dictionary word must be to be
 * taken for a misspelt query word. One-letter slips score 0.44–0.6 (indgo → indigo 0.44, harbur →
 * harbour 0.5, hrbour → harbour 0.5); unrelated words of the demo catalogue stay below 0.38.
 */
export const MIN_CORRECTION_SIMILARITY = 0.4;

/** A correction is a slip, not another word: at most this many letters longer or shorter (rowna ↛ row). */
export const MAX_LENGTH_CHANGE = 2;

export interface CorrectionRow {
  i: number;
  correction: string;
}

/**
 * Corrects each plain query word that no public work or artist name uses (neither it, nor its other
 * spelling or synonyms, by English stem) to the most similar word of the search dictionary
 * ("SearchWord", kept by triggers), when one is similar enough. One statement for the whole query;
 * in its plan the lexeme index answers first, and only a word it does not know reaches the trigram
 * lookup (the `%` operator lets the trigram GIN index find its candidates). Stop words, words with
 * digits, phrases and exclusions are left as typed. Null when no word could be corrected.
 */
export function correctionSql(query: SearchQuery): Prisma.Sql | null {
  const words = query.pieces.flatMap((p, i) => (p.kind === "word" && p.word.length >= MIN_CORRECTABLE_LENGTH ? [{ i, piece: p }] : []));
  if (!words.length) return null;
  const known = words.flatMap(({ i, piece }) =>
    searchedWords(piece)
      .filter((w) => !w.includes(" "))
      .map((w) => ({ i, w })),
  );
  return Prisma.sql`
    WITH q AS (SELECT * FROM unnest(${words.map((w) => w.i)}::int[], ${words.map((w) => w.piece.word)}::text[]) AS q(i, word)),
         k AS (SELECT * FROM unnest(${known.map((k) => k.i)}::int[], ${known.map((k) => k.w)}::text[]) AS k(i, word))
    SELECT q.i, c."word" AS "correction"
    FROM q
    CROSS JOIN LATERAL (
      SELECT s."word" FROM "SearchWord" s
      WHERE s."word" % q.word AND similarity(s."word", q.word) >= ${MIN_CORRECTION_SIMILARITY}
        AND length(s."word") BETWEEN greatest(${MIN_CORRECTABLE_LENGTH}, length(q.word) - ${MAX_LENGTH_CHANGE}) AND length(q.word) + ${MAX_LENGTH_CHANGE}
      ORDER BY similarity(s."word", q.word) DESC, s."documents" DESC, s."word"
      LIMIT 1
    ) c
    WHERE "atelier_search_lexeme"(q.word) IS NOT NULL
      AND NOT EXISTS (
        SELECT 1 FROM "SearchWord" s
        WHERE s."lexeme" = ANY (ARRAY(SELECT "atelier_search_lexeme"(k.word) FROM k WHERE k.i = q.i))
      )`;
}

/** The query with the corrections correctionSql found put in (the same query when there were none). */
export function withCorrections(query: SearchQuery, rows: readonly CorrectionRow[]): SearchQuery {
  if (!rows.length) return query;
  const fixes = new Map(rows.map((r) => [Number(r.i), r.correction]));
  return {
    ...query,
    pieces: query.pieces.map((p, i) => (fixes.has(i) ? { ...(p as QueryWord), correction: fixes.get(i)! } : p)),
  };
}

/** correctionSql run and applied. */
export async function correctSearchQuery(db: Db, query: SearchQuery): Promise<SearchQuery> {
  const sql = correctionSql(query);
  return sql ? withCorrections(query, await db.$queryRaw<CorrectionRow[]>(prepared(sql))) : query;
}

/** The query as the catalogue will search it: parsed, widened and corrected. */
export function interpretSearchQuery(db: Db, text: string): Promise<SearchQuery> {
  return correctSearchQuery(db, parseSearchQuery(text));
}
