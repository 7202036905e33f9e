-- CreateTable
-- (the "embedding" vector(768) column Prisma generated here is added below, only where pgvector exists)
CREATE TABLE "KnowledgeEntry" (
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sources" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "contentHash" TEXT NOT NULL,
    "embeddingModel" TEXT,
    "embeddingHash" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector,

    CONSTRAINT "KnowledgeEntry_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "KnowledgeEntry_searchVector_idx" ON "KnowledgeEntry" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "KnowledgeEntry_topic_idx" ON "KnowledgeEntry"("topic");

-- hand-written: the weighted full-text document, title (A) > tags (B) > body (C).
CREATE FUNCTION "knowledge_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector('english', array_to_string(NEW."tags", ' ')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW."body", '')), 'C');
  RETURN NEW;
END
$$;

CREATE TRIGGER "knowledge_search_refresh"
  BEFORE INSERT OR UPDATE OF "title", "tags", "body" ON "KnowledgeEntry"
  FOR EACH ROW EXECUTE FUNCTION "knowledge_search_refresh"();

-- hand-written: the vector column exists only where pgvector is installed (as for ArtworkEmbedding).
-- syncKnowledgeBase calls this again, so a database that gains pgvector later gets the column then.
-- About 250 rows: an exact scan is faster than any index, so there is none.
CREATE FUNCTION "atelier_enable_knowledge_vectors"() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
    RETURN false;
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = 'KnowledgeEntry' AND column_name = 'embedding'
  ) THEN
    ALTER TABLE "KnowledgeEntry" ADD COLUMN "embedding" vector(768);
  END IF;
  RETURN true;
END
$$;

SELECT "atelier_enable_knowledge_vectors"();
