-- Relevance search ranks a bounded candidate set (packages/core/src/discovery/relevance-sql.ts): works whose
-- title or artist name — weights A and B of the search vector — match the whole query first, then other
-- matches. ts_rank_cd over every match was most of a search's time (29 ms for the 2,500 matches of
-- "harbour light" at 100,000 works). This index finds the first tier without reading the others:
-- the search vector's A and B lexemes only, over public works.
-- Prisma's differ ignores expression and partial indexes, so this is not in schema.prisma.
--
-- The search indexes go without GIN's pending list (fastupdate): a list of not-yet-merged entries that
-- every search reads in full until a vacuum merges them (413 pages, 9 ms a search, right after the bench
-- inserted 100,000 works). Works are written rarely and searched often, so entries go straight in.
CREATE INDEX IF NOT EXISTS "Artwork_searchVector_titles_idx"
  ON "Artwork" USING GIN (ts_filter("searchVector", '{a,b}')) WITH (fastupdate = off)
  WHERE "status" IN ('PUBLISHED', 'SOLD');

-- ANALYZE keeps no statistics for a GIN index's expression, so the planner guessed 0.5% of rows for any
-- title match and chose nested loops that rescan the artists per row; these let it count lexemes.
CREATE STATISTICS IF NOT EXISTS "Artwork_searchVector_titles_stats" ON (ts_filter("searchVector", '{a,b}')) FROM "Artwork";

ALTER INDEX "Artwork_searchVector_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('"Artwork_searchVector_idx"'::regclass);
ALTER INDEX "SearchWord_word_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('"SearchWord_word_idx"'::regclass);
