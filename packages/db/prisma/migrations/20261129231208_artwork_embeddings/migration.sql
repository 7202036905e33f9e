-- CreateTable
-- (the "embedding" vector(768) column Prisma generated here is added below, only where pgvector exists)
CREATE TABLE "ArtworkEmbedding" (
    "artworkId" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "embeddedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArtworkEmbedding_pkey" PRIMARY KEY ("artworkId")
);

-- AddForeignKey
ALTER TABLE "ArtworkEmbedding" ADD CONSTRAINT "ArtworkEmbedding_artworkId_fkey" FOREIGN KEY ("artworkId") REFERENCES "Artwork"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- hand-written: the vector column and its HNSW (cosine) index exist only where the `vector`
-- extension can be installed (PGlite, Neon, Supabase, RDS…; not Debian's PostgreSQL 15). Search
-- detects the column at run time and falls back to full-text search without it. The function can be
-- called again after installing pgvector (`pnpm ai:backfill` does) and answers whether vectors exist.
CREATE FUNCTION "atelier_enable_vector_search"() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
    RETURN false;
  END IF;
  CREATE EXTENSION IF NOT EXISTS vector;
  IF NOT EXISTS (
    SELECT 1 FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = 'ArtworkEmbedding' AND column_name = 'embedding'
  ) THEN
    ALTER TABLE "ArtworkEmbedding" ADD COLUMN "embedding" vector(768);
  END IF;
  CREATE INDEX IF NOT EXISTS "ArtworkEmbedding_embedding_hnsw_idx"
    ON "ArtworkEmbedding" USING hnsw ("embedding" vector_cosine_ops);
  RETURN true;
EXCEPTION WHEN insufficient_privilege THEN
  -- available but this role may not install it: ask the database owner, then call this again
  RAISE NOTICE 'pgvector is available but could not be installed (%); vector search stays off', SQLERRM;
  RETURN false;
END
$$;

SELECT "atelier_enable_vector_search"();
