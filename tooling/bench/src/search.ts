/**
 * `pnpm bench search`: search latency at 10k and 100k synthetic artworks on PGlite with pgvector —
 * full-text, exact vector scan, HNSW and hybrid (RRF) — through the same service functions the app
 * calls, plus HNSW recall@10 against the exact scan. Vectors come from the local lexical model.
 * Where the database has no pgvector (Debian's PostgreSQL 15) it measures full-text only and says so.
 */
import { embeddingModelName, lexicalHashEmbeddingModel } from "@atelier/ai";
import { buildVectorSql, embedQuery, fullTextIds, rankArtworks, runVectorQuery, vectorIds, HNSW_EF_SEARCH } from "@atelier/core/search";
import { applyMigrations, createDb, type Db } from "@atelier/db";
import { startEmbeddedPostgres } from "@atelier/db/embedded";
import { vectorSearchAvailable } from "@atelier/db/vector";
import { performance } from "node:perf_hooks";
import { seedCatalogue } from "./seed-catalogue.ts";
import { benchQueries, loadEmbeddings } from "./search-data.ts";

const model = lexicalHashEmbeddingModel();
const filters = { availability: "available" as const };
const K = 10;
const ROUNDS = 3;
const EF_SEARCH_VALUES = [...new Set([40, 100, HNSW_EF_SEARCH, 400])].sort((a, b) => a - b);

/** What a size can afford in a few minutes on PGlite (one WASM thread): the exact scan is O(n) per query. */
function budget(artworks: number) {
  return artworks >= 50_000 ? { exactQueries: 20, exactRounds: 1, indexTimeoutS: 1800 } : { exactQueries: 50, exactRounds: ROUNDS, indexTimeoutS: 600 };
}

export interface SearchRow {
  target: string;
  artworks: number;
  name: string;
  p50: number;
  p95: number;
  note?: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Each query once to warm up, then `rounds` passes over all queries; p50/p95 per call in ms. */
async function time(queries: string[], fn: (q: string) => Promise<unknown>, rounds = ROUNDS) {
  for (const q of queries) await fn(q);
  const ms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      await fn(q);
      ms.push(performance.now() - t);
    }
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

/**
 * HNSW recall@10 against the exact scan, two ways: by id (|approx ∩ exact| / 10), and by distance
 * (approx results no further than the exact 10th neighbour). The synthetic catalogue repeats texts
 * that differ only in a number, so exact top-10s hold near-ties whose order is arbitrary: the id
 * figure understates what a user would notice; the distance figure counts a tie as a hit.
 */
async function recallAt10(db: Db, vectors: number[][]): Promise<{ efSearch: number; byId: number; byDistance: number }[]> {
  const exact = [];
  for (const vector of vectors) exact.push(await runVectorQuery(db, buildVectorSql({ filters, vector, take: K }), "exact"));
  const out = [];
  for (const efSearch of EF_SEARCH_VALUES) {
    let byId = 0;
    let byDistance = 0;
    for (const [i, vector] of vectors.entries()) {
      const approx = await runVectorQuery(db, buildVectorSql({ filters, vector, take: K }), "hnsw", efSearch);
      const ids = new Set(exact[i]!.map((r) => r.id));
      const tenth = exact[i]!.at(-1)?.distance ?? Infinity;
      byId += approx.filter((r) => ids.has(r.id)).length;
      byDistance += approx.filter((r) => r.distance <= tenth + 1e-6).length;
    }
    out.push({ efSearch, byId: byId / (vectors.length * K), byDistance: byDistance / (vectors.length * K) });
  }
  return out;
}

async function usesHnsw(db: Db, v: number[]): Promise<boolean> {
  const plan = await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL hnsw.ef_search = ${HNSW_EF_SEARCH}`);
    return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT "artworkId" FROM "ArtworkEmbedding" ORDER BY "embedding" <=> $1::vector LIMIT ${K}`,
      `[${v.join(",")}]`,
    );
  });
  return plan.some((r) => r["QUERY PLAN"].includes("hnsw_idx"));
}

export async function benchSearchAt(target: string, url: string, artworks: number, log: (l: string) => void): Promise<SearchRow[]> {
  await applyMigrations(url);
  let t = Date.now();
  // varied texts: the repeated ones (a few thousand texts differing in a number) measure the data, not search; `pnpm bench hnsw` compares both
  await seedCatalogue(url, artworks, 50, "varied");
  log(`${target} ${artworks}: seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const db = createDb({ connectionString: url, max: 4 });
  const queries = benchQueries();
  const rows: SearchRow[] = [];
  const row = (name: string, s: { p50: number; p95: number }, note?: string) => rows.push({ target, artworks, name, ...s, note });
  try {
    const vectors = await vectorSearchAvailable(db);
    const fts = await time(queries, (q) => fullTextIds(db, { q, filters, take: K }));
    row("full-text (ts_rank_cd)", fts);
    if (!vectors) {
      log(`${target} ${artworks}: VECTORS UNAVAILABLE (no pgvector) — search falls back to full-text; only full-text measured`);
      rows[rows.length - 1]!.note = "vectors unavailable: full-text fallback";
      return rows;
    }
    const plan = budget(artworks);
    const load = await loadEmbeddings(url, embeddingModelName(model), plan.indexTimeoutS);
    log(
      `${target} ${artworks}: ${load.rows} embeddings — computed in ${load.embedS.toFixed(1)} s, inserted in ${load.insertS.toFixed(1)} s, ` +
        (load.indexS === null ? `HNSW index NOT built: gave up after ${plan.indexTimeoutS} s` : `HNSW index built in ${load.indexS.toFixed(1)} s`),
    );
    const qv = new Map<string, number[]>();
    for (const q of queries) qv.set(q, (await embedQuery(model, q)) ?? []);
    const embedded = queries.filter((q) => qv.get(q)!.length);
    const exactSet = embedded.slice(0, plan.exactQueries);
    const exactNote = exactSet.length < embedded.length || plan.exactRounds < ROUNDS ? `${exactSet.length} queries × ${plan.exactRounds}` : undefined;
    row("vector, exact scan", await time(exactSet, (q) => vectorIds(db, qv.get(q)!, { filters, take: K, strategy: "exact" }), plan.exactRounds), exactNote);
    if (load.indexS === null) {
      log(`${target} ${artworks}: no HNSW index — HNSW and recall not measured; hybrid below uses the exact scan`);
      row(
        "hybrid (FTS + exact vector, RRF)",
        await time(exactSet, (q) => rankArtworks({ db, embeddings: model }, { q, filters, take: K }), plan.exactRounds),
        "no HNSW index",
      );
      return rows;
    }
    if (!(await usesHnsw(db, qv.get(embedded[0]!)!))) log(`${target} ${artworks}: WARNING — the planner did not pick the HNSW index`);
    row(`vector, HNSW (ef_search ${HNSW_EF_SEARCH})`, await time(embedded, (q) => vectorIds(db, qv.get(q)!, { filters, take: K, strategy: "hnsw" })));
    row(
      "hybrid (FTS + HNSW, RRF k=60)",
      await time(queries, (q) => rankArtworks({ db, embeddings: model }, { q, filters, take: K })),
      "incl. embedding the query",
    );
    t = Date.now();
    const recall = await recallAt10(
      db,
      exactSet.map((q) => qv.get(q)!),
    );
    log(`${target} ${artworks}: HNSW recall@10 over ${exactSet.length} queries in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    for (const r of recall) {
      rows.push({ target, artworks, name: `HNSW recall@10, ef_search ${r.efSearch}`, p50: r.byId, p95: r.byDistance, note: "recall" });
    }
    return rows;
  } finally {
    await db.$disconnect();
  }
}

export async function benchSearch(log: (l: string) => void, sizes = [10_000, 100_000]): Promise<SearchRow[]> {
  const rows: SearchRow[] = [];
  for (const n of sizes) {
    const embedded = await startEmbeddedPostgres();
    try {
      rows.push(...(await benchSearchAt("PGlite", embedded.url, n, log)));
    } finally {
      await embedded.stop();
    }
  }
  return rows;
}

export function printSearchTable(rows: SearchRow[]) {
  const f = (n: number) => n.toFixed(2).padStart(8);
  console.log(
    `\nSearch, top ${K} of "available" artworks, ${benchQueries().length} queries × ${ROUNDS} rounds after a warm-up pass; times in ms (lexical-hash-768-v2 embeddings)`,
  );
  console.log(
    `${"database".padEnd(11)} ${"artworks".padStart(8)} ${"retrieval".padEnd(32)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"p50 ×FTS".padStart(9)} ${"p95 ×FTS".padStart(9)}`,
  );
  for (const x of rows) {
    if (x.note === "recall") {
      console.log(
        `${x.target.padEnd(11)} ${String(x.artworks).padStart(8)} ${x.name.padEnd(32)} ${x.p50.toFixed(3).padStart(8)} ${x.p95.toFixed(3).padStart(8)}  (recall by id / by distance)`,
      );
      continue;
    }
    const fts = rows.find((r) => r.target === x.target && r.artworks === x.artworks && r.name.startsWith("full-text"))!;
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`.padStart(9);
    console.log(
      `${x.target.padEnd(11)} ${String(x.artworks).padStart(8)} ${x.name.padEnd(32)} ${f(x.p50)} ${f(x.p95)} ${ratio(x.p50, fts.p50)} ${ratio(x.p95, fts.p95)}${x.note ? `  (${x.note})` : ""}`,
    );
  }
  console.log(
    "Each row calls the app's own search functions through Prisma (the same code artwork.search runs); ratios are against full-text in the same run.",
  );
  console.log(
    "Recall: by id = |HNSW ∩ exact top 10| / 10; by distance = HNSW results no further than the exact 10th (near-ties in the synthetic texts count as hits).",
  );
}
