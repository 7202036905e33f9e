export { backfillEmbeddings, type BackfillOptions, type BackfillSummary } from "./backfill.ts";
export { syncArtworkEmbedding, type EmbedDeps, type EmbedOutcome } from "./embed-artwork.ts";
export { isPublicStatus, PUBLIC_STATUSES } from "./source.ts";
export { writeEmbeddings, type StoredEmbedding } from "./store.ts";
