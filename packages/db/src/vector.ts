import type { Db } from "./client.ts";

const cache = new WeakMap<object, Promise<boolean>>();

/**
 * Whether this database can do vector search: the `vector` extension is installed and the
 * ArtworkEmbedding.embedding column exists (the migration adds both only where pgvector is
 * available). Asked once per client; a failed check is not cached.
 */
export function vectorSearchAvailable(db: Db): Promise<boolean> {
  let answer = cache.get(db);
  if (!answer) {
    answer = db.$queryRaw<{ ok: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector')
           AND EXISTS (SELECT 1 FROM information_schema.columns
                        WHERE table_schema = current_schema() AND table_name = 'ArtworkEmbedding' AND column_name = 'embedding') AS ok`.then(
      (rows) => rows[0]?.ok === true,
    );
    answer.catch(() => cache.delete(db));
    cache.set(db, answer);
  }
  return answer;
}

/** Forgets the cached answer (after `atelier_enable_vector_search()` added the column). */
export function forgetVectorSearchAvailability(db: Db): void {
  cache.delete(db);
}

/** pgvector's text form of an embedding, for a `${…}::vector` parameter. Rejects NaN/Infinity. */
export function toVectorLiteral(embedding: readonly number[]): string {
  for (const x of embedding) if (!Number.isFinite(x)) throw new Error("An embedding contains a non-finite number");
  return `[${embedding.join(",")}]`;
}
