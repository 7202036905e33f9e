import { embeddingContentHash, embeddingModelName, embeddingText, type AtelierEmbeddingModel } from "@atelier/ai";
import type { Db } from "@atelier/db";

/** Statuses whose artworks appear in the public catalogue (and so are embedded). */
export const PUBLIC_STATUSES = ["PUBLISHED", "SOLD"] as const;
export const isPublicStatus = (status: string) => (PUBLIC_STATUSES as readonly string[]).includes(status);

export const sourceSelect = {
  id: true,
  status: true,
  title: true,
  medium: true,
  tags: true,
  description: true,
  images: { select: { altText: true }, orderBy: { position: "asc" } },
  embedding: { select: { contentHash: true } },
} as const;

export interface SourceRow {
  id: string;
  status: string;
  title: string;
  medium: string;
  tags: string[];
  description: string;
  images: { altText: string }[];
  embedding: { contentHash: string } | null;
}

export interface EmbeddingPlan {
  artworkId: string;
  text: string;
  contentHash: string;
  /** the stored embedding was made from exactly this text by this model */
  upToDate: boolean;
}

/**
 * What to embed for an artwork and whether the stored embedding is still current. The images' alt
 * texts stand in as the image description (they describe what the picture shows).
 */
export function planEmbedding(model: AtelierEmbeddingModel, row: SourceRow): EmbeddingPlan {
  const imageDescription = row.images
    .map((i) => i.altText.trim())
    .filter(Boolean)
    .join(". ");
  const text = embeddingText({ title: row.title, medium: row.medium, tags: row.tags, description: row.description, imageDescription });
  const contentHash = embeddingContentHash(embeddingModelName(model), text);
  return { artworkId: row.id, text, contentHash, upToDate: row.embedding?.contentHash === contentHash };
}

export function loadSource(db: Db, artworkId: string): Promise<SourceRow | null> {
  return db.artwork.findUnique({ where: { id: artworkId }, select: sourceSelect });
}
