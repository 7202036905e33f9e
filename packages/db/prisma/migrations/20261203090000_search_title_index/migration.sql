-- Relevance search ranks a bounded candidate set (packages/core/src/discovery/relevance-sql.ts): works whose
-- title or artist name — weights A and B of the search vector — match the whole query first, then other
-- matches. ts_rank_cd over every match was most of a search's time (29 ms for the 2,500 matches of
-- "harbour light" at 100,000 works). This index finds the first tier without reading the others:
-- the search vector's A and B lexemes only, over public works.
-- Prisma's differ ignores expression and partial indexes, so this is not in schema.prisma.
CREATE INDEX IF NOT EXISTS "Artwork_searchVector_titles_idx"
  ON "Artwork" USING GIN (ts_filter("searchVector", '{a,b}'))
  WHERE "status" IN ('PUBLISHED', 'SOLD');
