-- The public gallery's "newest" order is coalesce("publishedAt", "createdAt") DESC, "id" DESC over public works
-- (packages/core/src/discovery/query.ts, sortSpec). No index covered that expression, so every first page
-- sorted all public works (a top-N heapsort over ~95,000 rows at 100,000 artworks). This partial expression
-- index has exactly the ORDER BY's keys and directions, so the first page and every keyset page
-- ((key, id) < (cursor key, cursor id)) are the next 25 entries of one index scan. The predicate covers
-- both visibilities the gallery asks for ("available": PUBLISHED; "all": PUBLISHED or SOLD).
-- Prisma's differ ignores partial and expression indexes, so this is not in schema.prisma.
CREATE INDEX IF NOT EXISTS "Artwork_public_newest_idx"
  ON "Artwork" ((coalesce("publishedAt", "createdAt")) DESC, "id" DESC)
  WHERE "status" IN ('PUBLISHED', 'SOLD');

-- Price order over both visibilities ("all" is status IN (…), which the (status, priceAmount, id) index
-- cannot return in price order): the same idea for priceAmount.
CREATE INDEX IF NOT EXISTS "Artwork_public_price_idx"
  ON "Artwork" ("priceAmount", "id")
  WHERE "status" IN ('PUBLISHED', 'SOLD');
