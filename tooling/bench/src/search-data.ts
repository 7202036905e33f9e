import { embeddingText, lexicalHashEmbedding } from "@atelier/ai";
import pg from "pg";

/** The index the app's migrations build (pgvector's defaults until the HNSW migration of issue 12). */
export const HNSW_BUILD = { m: 16, efConstruction: 64 };

/**
 * Embeddings for every public synthetic artwork, from the local lexical model, written in bulk
 * (unnest of text vectors, 1,000 rows per statement) with the HNSW index dropped during the load and
 * built once afterwards — the fast way to load vectors. Returns the seconds each phase took.
 */
export async function loadEmbeddings(
  url: string,
  modelName: string,
  indexTimeoutS: number,
  index: { m: number; efConstruction: number } = HNSW_BUILD,
): Promise<{ rows: number; embedS: number; insertS: number; indexS: number | null }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`DROP INDEX IF EXISTS "ArtworkEmbedding_embedding_hnsw_idx"`);
    const { rows } = await c.query<{ id: string; title: string; medium: string; tags: string[]; description: string }>(
      `SELECT "id", "title", "medium", "tags", "description" FROM "Artwork" WHERE "status" IN ('PUBLISHED', 'SOLD') ORDER BY "id"`,
    );
    let t = performance.now();
    const vectors = rows.map(
      (r) =>
        `[${lexicalHashEmbedding(embeddingText(r))
          .map((x) => (x === 0 ? "0" : x.toFixed(6)))
          .join(",")}]`,
    );
    const embedS = (performance.now() - t) / 1000;
    t = performance.now();
    for (let i = 0; i < rows.length; i += 1_000) {
      const batch = rows.slice(i, i + 1_000);
      await c.query(
        `INSERT INTO "ArtworkEmbedding" ("artworkId", "model", "contentHash", "embedding")
         SELECT id, $1, 'bench', vec::vector FROM unnest($2::text[], $3::text[]) AS t(id, vec)`,
        [modelName, batch.map((r) => r.id), vectors.slice(i, i + 1_000)],
      );
    }
    const insertS = (performance.now() - t) / 1000;
    t = performance.now();
    await c.query(`SET maintenance_work_mem = '512MB'`);
    await c.query(`SET statement_timeout = '${indexTimeoutS}s'`);
    let indexS: number | null = null;
    try {
      await c.query(
        `CREATE INDEX "ArtworkEmbedding_embedding_hnsw_idx" ON "ArtworkEmbedding" USING hnsw ("embedding" vector_cosine_ops) WITH (m = ${index.m}, ef_construction = ${index.efConstruction})`,
      );
      indexS = (performance.now() - t) / 1000;
    } catch (e) {
      if (!(e instanceof Error && /statement timeout/.test(e.message))) throw e;
    }
    await c.query(`SET statement_timeout = 0`);
    await c.query(`ANALYZE "ArtworkEmbedding"`);
    return { rows: rows.length, embedS, insertS, indexS };
  } finally {
    await c.end();
  }
}

const SUBJECTS = ["harbour", "dawn", "blue hour", "fern", "copper", "rain", "garden", "tide", "lantern", "meridian", "orchard", "salt"];
const FORMS = ["study", "nocturne", "drift", "vessel", "field", "light", "morning"];
const MEDIA = ["oil", "watercolour", "bronze", "cyanotype", "woodblock print", "charcoal", "acrylic"];
const TAGS = ["sea", "city", "botanical", "abstract", "portrait", "landscape", "minimal", "night", "blue", "green", "red", "gold", "grey"];

/** ~50 deterministic queries in the synthetic catalogue's vocabulary, one to three words, some misspelt. */
export function benchQueries(n = 50): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const pick = <T>(xs: T[], k: number) => xs[(i * k + Math.floor(i / xs.length)) % xs.length]!;
    const kind = i % 5;
    if (kind === 0) out.push(`${pick(SUBJECTS, 5)} ${pick(FORMS, 3)}`);
    else if (kind === 1) out.push(`${pick(TAGS, 7)} ${pick(MEDIA, 2)}`);
    else if (kind === 2) out.push(`${pick(TAGS, 3)} ${pick(SUBJECTS, 7)} ${pick(MEDIA, 5)}`);
    else if (kind === 3) out.push(pick(SUBJECTS, 11));
    else out.push(`${pick(SUBJECTS, 3).replace(/our/, "or").replace(/ss/, "s")} ${pick(TAGS, 5)}`);
  }
  return out;
}
