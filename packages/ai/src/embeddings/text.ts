import crypto from "node:crypto";

/** What an artwork's embedding is made of. */
export interface EmbeddableArtwork {
  title: string;
  medium: string;
  tags: readonly string[];
  description: string;
  /** a description of the artwork's image(s) (alt text, or one generated from the image) when there is one */
  imageDescription?: string | null;
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The one text an artwork is embedded from, in a fixed order and shape so that the same artwork
 * always gives the same text (and so the same content hash). Empty parts are left out.
 */
export function embeddingText(artwork: EmbeddableArtwork): string {
  const tags = artwork.tags.map(clean).filter(Boolean);
  const parts = [
    clean(artwork.title),
    clean(artwork.medium),
    tags.length ? `Tags: ${tags.join(", ")}` : "",
    clean(artwork.description),
    artwork.imageDescription ? `Image: ${clean(artwork.imageDescription)}` : "",
  ];
  return parts.filter(Boolean).join("\n");
}

/**
 * Identifies what a stored embedding was computed from: the model and the exact text. An artwork
 * whose hash is unchanged need not be embedded again; switching models re-embeds everything.
 */
export function embeddingContentHash(modelId: string, text: string): string {
  return crypto.createHash("sha256").update(modelId).update("\n").update(text).digest("hex");
}
