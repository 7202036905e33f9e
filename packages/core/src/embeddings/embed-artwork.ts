import { embeddingModelName, type AtelierEmbeddingModel } from "@atelier/ai";
import type { Db } from "@atelier/db";
import { vectorSearchAvailable } from "@atelier/db/vector";
import { embed } from "ai";
import { isPublicStatus, loadSource, planEmbedding } from "./source.ts";
import { writeEmbeddings } from "./store.ts";

export type EmbedOutcome =
  | { action: "embedded"; model: string; contentHash: string }
  | { action: "unchanged"; contentHash: string }
  | { action: "removed"; reason: "not public" | "deleted" }
  | { action: "skipped"; reason: string };

export interface EmbedDeps {
  db: Db;
  model: AtelierEmbeddingModel | null | undefined;
  now: () => Date;
}

/**
 * Brings one artwork's embedding up to date: embeds it when public and its text (or the model)
 * changed since the stored one, deletes it when the artwork left the public catalogue, and does
 * nothing without an embedding model or without pgvector.
 */
export async function syncArtworkEmbedding({ db, model, now }: EmbedDeps, artworkId: string): Promise<EmbedOutcome> {
  if (!(await vectorSearchAvailable(db))) return { action: "skipped", reason: "this database has no pgvector (full-text search only)" };
  const row = await loadSource(db, artworkId);
  if (!row || !isPublicStatus(row.status)) {
    await db.artworkEmbedding.deleteMany({ where: { artworkId } });
    return { action: "removed", reason: row ? "not public" : "deleted" };
  }
  if (!model) return { action: "skipped", reason: "no embedding model configured" };
  const plan = planEmbedding(model, row);
  if (plan.upToDate) return { action: "unchanged", contentHash: plan.contentHash };
  const { embedding } = await embed({ model, value: plan.text, maxRetries: 0 });
  const name = embeddingModelName(model);
  await writeEmbeddings(db, [{ artworkId, model: name, contentHash: plan.contentHash, embedding }], now());
  return { action: "embedded", model: name, contentHash: plan.contentHash };
}
