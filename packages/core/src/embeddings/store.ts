import { Prisma, type Db } from "@atelier/db";
import { toVectorLiteral } from "@atelier/db/vector";

export interface StoredEmbedding {
  artworkId: string;
  model: string;
  contentHash: string;
  embedding: readonly number[];
}

/** Upserts embeddings in one statement (the vector column is raw SQL: Prisma cannot write it). */
export async function writeEmbeddings(db: Db, rows: StoredEmbedding[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "ArtworkEmbedding" ("artworkId", "model", "contentHash", "embeddedAt", "embedding")
    SELECT t.id, t.model, t.hash, ${now}, t.vec::vector
      FROM unnest(${rows.map((r) => r.artworkId)}::text[], ${rows.map((r) => r.model)}::text[],
                  ${rows.map((r) => r.contentHash)}::text[], ${rows.map((r) => toVectorLiteral(r.embedding))}::text[]) AS t(id, model, hash, vec)
    ON CONFLICT ("artworkId") DO UPDATE
      SET "model" = EXCLUDED."model", "contentHash" = EXCLUDED."contentHash", "embeddedAt" = EXCLUDED."embeddedAt", "embedding" = EXCLUDED."embedding"`;
}

/** Removes the embeddings of artworks that are no longer public. Returns how many went. */
export async function removeEmbeddingsOfPrivateArtworks(db: Db, artworkIds?: string[]): Promise<number> {
  const only = artworkIds ? Prisma.sql`AND e."artworkId" = ANY(${artworkIds}::text[])` : Prisma.empty;
  return db.$executeRaw`
    DELETE FROM "ArtworkEmbedding" e USING "Artwork" a
     WHERE a."id" = e."artworkId" AND a."status" NOT IN ('PUBLISHED', 'SOLD') ${only}`;
}
