import { vectorSearchAvailable } from "@atelier/db/vector";
import { beforeAll, describe, expect, it } from "vitest";
import { embedQuery, fullTextIds, rankArtworks, vectorIds } from "@atelier/core/search";
import { useTestDatabase } from "../harness.ts";
import { seedSearchCatalogue, testEmbeddings } from "./seeded-catalogue.ts";

/**
 * Retrieval quality on the seeded demo catalogue with the deterministic lexical embedding model:
 * each query's expected artwork must be in the top 5 of full-text, vector (exact and HNSW) and
 * hybrid search. Vector assertions need pgvector (PGlite has it; Debian's PostgreSQL 15 does not).
 */
const h = useTestDatabase();
let seeded: Awaited<ReturnType<typeof seedSearchCatalogue>>;
let vectors = false;
const NO_PGVECTOR = "this database has no pgvector (e.g. Debian PostgreSQL 15): only full-text search runs here";

beforeAll(async () => {
  seeded = await seedSearchCatalogue(h.db);
  vectors = await vectorSearchAvailable(h.db);
}, 120_000);

const filters = { availability: "available" as const };

/** query → the artwork a collector typing it is looking for */
const QUERIES: [string, string][] = [
  ["small blue abstract painting", "small-blue-study-i"],
  ["japanese woodcut wave", "great-wave-small-boat"],
  ["bronze bird", "small-bronze-bird"],
  ["watercolour fern", "fern-unfurling"],
  ["scotland landscape rain", "rain-over-glen-coe"],
  ["stoneware bowl", "ash-glaze-bowl"],
  ["night photography stockholm", "stockholm-blue-hour"],
  ["berlin collage map", "map-of-nowhere-berlin"],
  ["snow mountains woodcut", "snow-at-kurama"],
  ["koi screenprint", "koi-circles"],
  ["black clay sphere", "black-moon-oaxaca"],
];

/** Misspelt or US-spelt queries: vectors catch them, and so does full-text since it corrects and widens words (typo-retrieval.int.test.ts). */
const FUZZY: [string, string][] = [
  ["watercolor fern", "fern-unfurling"],
  ["risograph persimon", "persimmons-risograph"],
];

const top5 = async (ids: Promise<string[]>) => (await ids).slice(0, 5).map(seeded.slugOf);

describe("retrieval quality on the seeded catalogue (top 5)", () => {
  it("the seed embedded every public artwork with the lexical model", (ctx) => {
    if (!vectors) ctx.skip(NO_PGVECTOR);
    expect(seeded.backfill).toMatchObject({
      available: true,
      model: "atelier/lexical-hash-768-v2",
      embedded: seeded.backfill.available ? seeded.backfill.scanned : -1,
    });
  });

  it.each(QUERIES)("full-text: %s → %s", async (q, slug) => {
    expect(await top5(fullTextIds(h.db, { q, filters, take: 5 }))).toContain(slug);
  });

  it.for([...QUERIES, ...FUZZY])("vector, exact and HNSW: %s → %s", async ([q, slug], ctx) => {
    if (!vectors) ctx.skip(NO_PGVECTOR);
    const v = (await embedQuery(testEmbeddings, q))!;
    const exact = await top5(vectorIds(h.db, v, { filters, take: 5, strategy: "exact" }));
    expect(exact).toContain(slug);
    // on a catalogue this small HNSW (ef_search 100) finds exactly the same neighbours
    expect(await top5(vectorIds(h.db, v, { filters, take: 5, strategy: "hnsw" }))).toEqual(exact);
  });

  it.for([...QUERIES, ...FUZZY])("hybrid: %s → %s", async ([q, slug], ctx) => {
    if (!vectors) ctx.skip(NO_PGVECTOR);
    const { ids, mode } = await rankArtworks({ db: h.db, embeddings: testEmbeddings }, { q, filters, take: 5 });
    expect(mode).toBe("hybrid");
    expect(ids.map(seeded.slugOf)).toContain(slug);
  });

  it.each(FUZZY)("full-text alone finds the fuzzy query %s → %s too", async (q, slug) => {
    expect(await top5(fullTextIds(h.db, { q, filters, take: 5 }))).toContain(slug);
  });
});
