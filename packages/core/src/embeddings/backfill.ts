import { embeddingModelName, type AtelierEmbeddingModel } from "@atelier/ai";
import type { Db } from "@atelier/db";
import { forgetVectorSearchAvailability, vectorSearchAvailable } from "@atelier/db/vector";
import { embedMany } from "ai";
import { PUBLIC_STATUSES, planEmbedding, sourceSelect } from "./source.ts";
import { removeEmbeddingsOfPrivateArtworks, writeEmbeddings } from "./store.ts";

export interface BackfillOptions {
  db: Db;
  model: AtelierEmbeddingModel | null | undefined;
  now?: () => Date;
  /** artworks read and embedded per round trip (embedMany splits further by the model's limit) */
  batchSize?: number;
  log?: (line: string) => void;
}

export type BackfillSummary =
  { available: false; reason: string } | { available: true; model: string; scanned: number; embedded: number; unchanged: number; removed: number; ms: number };

/**
 * Embeds every public artwork whose embedding is missing or out of date (other text, other model),
 * in batches through the AI SDK's embedMany, and deletes embeddings of artworks that are no longer
 * public. Safe to run again: up-to-date artworks are only hashed. First asks the database to add the
 * vector column if pgvector became available after the migrations ran.
 */
export async function backfillEmbeddings({ db, model, now = () => new Date(), batchSize = 100, log = () => {} }: BackfillOptions): Promise<BackfillSummary> {
  const started = Date.now();
  const [enabled] = await db.$queryRaw<{ ok: boolean }[]>`SELECT "atelier_enable_vector_search"() AS ok`;
  forgetVectorSearchAvailability(db);
  if (!enabled?.ok || !(await vectorSearchAvailable(db))) return { available: false, reason: "this database has no pgvector (full-text search only)" };
  if (!model) return { available: false, reason: "no embedding model configured" };
  const name = embeddingModelName(model);
  const removed = await removeEmbeddingsOfPrivateArtworks(db);
  let scanned = 0;
  let embedded = 0;
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.artwork.findMany({
      where: { status: { in: [...PUBLIC_STATUSES] }, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: batchSize,
      select: sourceSelect,
    });
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    scanned += rows.length;
    const stale = rows.map((r) => planEmbedding(model, r)).filter((p) => !p.upToDate);
    if (stale.length) {
      const { embeddings } = await embedMany({ model, values: stale.map((p) => p.text), maxParallelCalls: 2 });
      await writeEmbeddings(
        db,
        stale.map((p, i) => ({ artworkId: p.artworkId, model: name, contentHash: p.contentHash, embedding: embeddings[i]! })),
        now(),
      );
      embedded += stale.length;
      log(`embedded ${embedded} (${scanned} scanned)`);
    }
  }
  return { available: true, model: name, scanned, embedded, unchanged: scanned - embedded, removed, ms: Date.now() - started };
}
