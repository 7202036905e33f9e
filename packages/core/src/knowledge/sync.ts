import crypto from "node:crypto";
import { embeddingContentHash, embeddingModelName, type AtelierEmbeddingModel } from "@atelier/ai";
import type { Db } from "@atelier/db";
import { toVectorLiteral } from "@atelier/db/vector";
import { embedMany } from "ai";
import { logger } from "../observability/logger.ts";
import { KNOWLEDGE_ENTRIES } from "./entries/index.ts";
import type { KnowledgeEntryData } from "./entry.ts";

export interface KnowledgeSyncSummary {
  entries: number;
  written: number;
  removed: number;
  /** entries (re-)embedded; null when there are no vectors here (no pgvector or no model) */
  embedded: number | null;
}

const contentHash = (e: KnowledgeEntryData) =>
  crypto
    .createHash("sha256")
    .update(JSON.stringify([e.title, e.topic, e.body, e.tags, e.sources]))
    .digest("hex");

/** What is embedded for an entry: its title, tags and body (the sources name places, not meaning). */
export const knowledgeEmbeddingText = (e: Pick<KnowledgeEntryData, "title" | "tags" | "body">) => `${e.title}\nTags: ${e.tags.join(", ")}\n${e.body}`;

/**
 * Loads the repo's knowledge entries into KnowledgeEntry: new and changed entries are written in one
 * statement, entries removed from the repo are deleted, and entries whose embedding is missing or
 * stale are embedded (where pgvector and a model exist). Idempotent: a second run writes nothing.
 */
export async function syncKnowledgeBase(deps: {
  db: Db;
  embeddings?: AtelierEmbeddingModel | null;
  entries?: readonly KnowledgeEntryData[];
}): Promise<KnowledgeSyncSummary> {
  const { db } = deps;
  const entries = deps.entries ?? KNOWLEDGE_ENTRIES;
  const stored = new Map(
    (await db.knowledgeEntry.findMany({ select: { slug: true, contentHash: true, embeddingModel: true, embeddingHash: true } })).map((r) => [r.slug, r]),
  );
  const changed = entries.map((e) => ({ ...e, contentHash: contentHash(e) })).filter((e) => stored.get(e.slug)?.contentHash !== e.contentHash);
  if (changed.length) {
    await db.$executeRaw`
      INSERT INTO "KnowledgeEntry" ("slug", "title", "topic", "body", "tags", "sources", "contentHash", "updatedAt")
      SELECT r.slug, r.title, r.topic, r.body,
             ARRAY(SELECT jsonb_array_elements_text(r.tags)), ARRAY(SELECT jsonb_array_elements_text(r.sources)), r."contentHash", now()
        FROM jsonb_to_recordset(${JSON.stringify(changed)}::jsonb)
          AS r(slug text, title text, topic text, body text, tags jsonb, sources jsonb, "contentHash" text)
      ON CONFLICT ("slug") DO UPDATE SET "title" = EXCLUDED."title", "topic" = EXCLUDED."topic", "body" = EXCLUDED."body", "tags" = EXCLUDED."tags",
        "sources" = EXCLUDED."sources", "contentHash" = EXCLUDED."contentHash", "updatedAt" = now()`;
  }
  const keep = entries.map((e) => e.slug);
  const removed = await db.knowledgeEntry.deleteMany({ where: { slug: { notIn: keep } } });
  return { entries: entries.length, written: changed.length, removed: removed.count, embedded: await embedStale(db, deps.embeddings, entries, stored) };
}

async function embedStale(
  db: Db,
  model: AtelierEmbeddingModel | null | undefined,
  entries: readonly KnowledgeEntryData[],
  stored: Map<string, { embeddingModel: string | null; embeddingHash: string | null }>,
): Promise<number | null> {
  if (!model) return null;
  const [enabled] = await db.$queryRaw<{ ok: boolean }[]>`SELECT "atelier_enable_knowledge_vectors"() AS ok`;
  if (!enabled?.ok) return null;
  const name = embeddingModelName(model);
  const stale = entries
    .map((e) => ({ slug: e.slug, text: knowledgeEmbeddingText(e) }))
    .map((e) => ({ ...e, hash: embeddingContentHash(name, e.text) }))
    .filter((e) => {
      const s = stored.get(e.slug);
      return !s || s.embeddingModel !== name || s.embeddingHash !== e.hash;
    });
  if (!stale.length) return 0;
  const { embeddings } = await embedMany({ model, values: stale.map((e) => e.text), maxParallelCalls: 2 });
  await db.$executeRaw`
    UPDATE "KnowledgeEntry" k SET "embedding" = t.vec::vector, "embeddingModel" = ${name}, "embeddingHash" = t.hash
      FROM unnest(${stale.map((e) => e.slug)}::text[], ${stale.map((e) => e.hash)}::text[], ${embeddings.map((v) => toVectorLiteral(v))}::text[]) AS t(slug, hash, vec)
     WHERE k."slug" = t.slug`;
  return stale.length;
}

const loaded = new WeakMap<object, Promise<boolean>>();

/**
 * Makes sure this database holds the repo's entries before a lookup: the first call per database
 * client syncs (the seed has usually done it already, and then nothing is written); later calls
 * wait for that one. Answers whether the entries have vectors from this model (hybrid search can
 * run). A failure is logged and forgotten, so the next lookup tries again; search stays lexical.
 */
export function ensureKnowledgeBase(deps: { db: Db; embeddings?: AtelierEmbeddingModel | null }): Promise<boolean> {
  let p = loaded.get(deps.db);
  if (!p) {
    p = syncKnowledgeBase(deps).then(
      (s) => s.embedded !== null,
      (e: unknown) => {
        loaded.delete(deps.db);
        logger().error("knowledge: could not load the knowledge base", { err: e });
        return false;
      },
    );
    loaded.set(deps.db, p);
  }
  return p;
}
