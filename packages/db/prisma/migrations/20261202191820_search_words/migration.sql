-- Typo-forgiving search: trigram similarity (pg_trgm, in PostgreSQL's contrib and in PGlite).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,
    "lexeme" TEXT NOT NULL,
    "documents" INTEGER NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "SearchWord_lexeme_idx" ON "SearchWord"("lexeme");

-- hand-written: the dictionary is kept by triggers from the public catalogue (published and sold
-- works' titles, tags, media and descriptions) and from artist names (public on /artists). Words of
-- drafts, works in review and archived works never enter it, so a correction cannot reveal them.

-- A word's English stem, as full-text search (to_tsvector('english')) stems it; NULL for a stop word.
CREATE FUNCTION "atelier_search_lexeme"(word text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (ts_lexize('english_stem', word))[1]
$$;

-- The distinct dictionary words of a text: lower-cased runs between spaces and punctuation, 3–32
-- characters, not only digits, not stop words.
CREATE FUNCTION "atelier_search_words"(doc text) RETURNS TABLE ("word" text, "lexeme" text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT w, l
  FROM (
    SELECT DISTINCT w FROM regexp_split_to_table(lower(coalesce(doc, '')), '[[:space:][:punct:]’‘“”«»–—…·×]+') AS w
    WHERE length(w) BETWEEN 3 AND 32 AND w !~ '^[0-9]+$'
  ) words
  CROSS JOIN LATERAL (SELECT "atelier_search_lexeme"(w) AS l) stem
  WHERE l IS NOT NULL AND l <> ''
$$;

-- The text of an artwork the dictionary reads (the artist's name is counted once per artist instead).
CREATE FUNCTION "atelier_artwork_search_text"(title text, tags text[], medium text, description text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT concat_ws(' ', title, array_to_string(tags, ' '), medium, description)
$$;

-- Counts documents out (removed) and in (added). Rows are written in word order, so concurrent
-- changes lock shared words in the same order; a word no document holds any more is deleted.
CREATE FUNCTION "atelier_search_words_change"(removed text[], added text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  words text[];
  lexemes text[];
  deltas int[];
BEGIN
  SELECT array_agg(c."word" ORDER BY c."word"), array_agg(c."lexeme" ORDER BY c."word"), array_agg(c."delta" ORDER BY c."word")
    INTO words, lexemes, deltas
  FROM (
    SELECT w."word", min(w."lexeme") AS "lexeme", sum(d."delta")::int AS "delta"
    FROM (
      SELECT -1 AS "delta", doc FROM unnest(removed) AS doc
      UNION ALL
      SELECT 1, doc FROM unnest(added) AS doc
    ) d
    CROSS JOIN LATERAL "atelier_search_words"(d.doc) w
    GROUP BY w."word"
    HAVING sum(d."delta") <> 0
  ) c;
  IF words IS NULL THEN
    RETURN;
  END IF;
  INSERT INTO "SearchWord" AS s ("word", "lexeme", "documents")
  SELECT * FROM unnest(words, lexemes, deltas)
  ON CONFLICT ("word") DO UPDATE SET "documents" = s."documents" + EXCLUDED."documents";
  DELETE FROM "SearchWord" WHERE "word" = ANY (words) AND "documents" <= 0;
END
$$;

-- Statement-level, with transition tables: a bulk insert of 100,000 works updates each word once.
CREATE FUNCTION "artwork_search_words_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  removed text[];
  added text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg("atelier_artwork_search_text"(n."title", n."tags", n."medium", n."description")) INTO added
    FROM new_rows n WHERE n."status" IN ('PUBLISHED', 'SOLD');
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg("atelier_artwork_search_text"(o."title", o."tags", o."medium", o."description")) INTO removed
    FROM old_rows o WHERE o."status" IN ('PUBLISHED', 'SOLD');
  ELSE
    SELECT array_agg(p.before) FILTER (WHERE p.before IS NOT NULL), array_agg(p.after) FILTER (WHERE p.after IS NOT NULL)
      INTO removed, added
    FROM (
      SELECT CASE WHEN o."status" IN ('PUBLISHED', 'SOLD') THEN "atelier_artwork_search_text"(o."title", o."tags", o."medium", o."description") END AS before,
             CASE WHEN n."status" IN ('PUBLISHED', 'SOLD') THEN "atelier_artwork_search_text"(n."title", n."tags", n."medium", n."description") END AS after
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    ) p
    WHERE p.before IS DISTINCT FROM p.after;
  END IF;
  PERFORM "atelier_search_words_change"(coalesce(removed, '{}'), coalesce(added, '{}'));
  RETURN NULL;
END
$$;

CREATE TRIGGER "artwork_search_words_insert" AFTER INSERT ON "Artwork"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "artwork_search_words_refresh"();
CREATE TRIGGER "artwork_search_words_update" AFTER UPDATE ON "Artwork"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "artwork_search_words_refresh"();
CREATE TRIGGER "artwork_search_words_delete" AFTER DELETE ON "Artwork"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "artwork_search_words_refresh"();

CREATE FUNCTION "artist_search_words_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "atelier_search_words_change"('{}', ARRAY[NEW."displayName"]);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "atelier_search_words_change"(ARRAY[OLD."displayName"], '{}');
  ELSE
    PERFORM "atelier_search_words_change"(ARRAY[OLD."displayName"], ARRAY[NEW."displayName"]);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "artist_search_words_refresh"
  AFTER INSERT OR DELETE OR UPDATE OF "displayName" ON "ArtistProfile"
  FOR EACH ROW EXECUTE FUNCTION "artist_search_words_refresh"();

-- The whole dictionary from scratch: for the rows that exist when this migration runs, after a
-- TRUNCATE, and by hand if it is ever in doubt (SELECT "atelier_rebuild_search_words"()).
CREATE FUNCTION "atelier_rebuild_search_words"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchWord";
  INSERT INTO "SearchWord" ("word", "lexeme", "documents")
  SELECT w."word", min(w."lexeme"), count(*)::int
  FROM (
    SELECT "atelier_artwork_search_text"(a."title", a."tags", a."medium", a."description") FROM "Artwork" a WHERE a."status" IN ('PUBLISHED', 'SOLD')
    UNION ALL
    SELECT p."displayName" FROM "ArtistProfile" p
  ) d(doc)
  CROSS JOIN LATERAL "atelier_search_words"(d.doc) w
  GROUP BY w."word";
END
$$;

CREATE FUNCTION "search_words_after_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "atelier_rebuild_search_words"();
  RETURN NULL;
END
$$;

CREATE TRIGGER "artwork_search_words_truncate" AFTER TRUNCATE ON "Artwork" FOR EACH STATEMENT EXECUTE FUNCTION "search_words_after_truncate"();
CREATE TRIGGER "artist_search_words_truncate" AFTER TRUNCATE ON "ArtistProfile" FOR EACH STATEMENT EXECUTE FUNCTION "search_words_after_truncate"();

SELECT "atelier_rebuild_search_words"();
