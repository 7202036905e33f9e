import { defineJob } from "../define.ts";
import { syncArtworkEmbedding } from "@atelier/core/embeddings/embed-artwork";
import { artworkChanged } from "@atelier/events";

/**
 * atelier/artwork.changed → the artwork's embedding: written when it is public and its text changed
 * (content hash), deleted when it left the public catalogue; skipped without a model or pgvector.
 */
export const embedArtwork = defineJob({
  id: "embed-artwork",
  name: "Embed artwork for search",
  triggers: [artworkChanged],
  retries: 5,
  async handler({ event, step, deps }) {
    return step.run("sync-embedding", () => syncArtworkEmbedding({ db: deps.db, model: deps.embeddings, now: deps.now }, event.data.artworkId));
  },
});
