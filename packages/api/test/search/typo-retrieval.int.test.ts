import { beforeAll, describe, expect, it } from "vitest";
import { fullTextIds, interpretSearchQuery, correctedText, rankArtworks } from "@atelier/core/search";
import { callerAs, useTestDatabase } from "../harness.ts";
import { seedSearchCatalogue, testEmbeddings } from "./seeded-catalogue.ts";

/**
 * Search that forgives typos, on the seeded demo catalogue: misspelt words are corrected to words the
 * public catalogue uses (pg_trgm similarity against the trigger-kept dictionary), British and US
 * spellings and a few synonyms find each other — in full-text search (no model) and in hybrid search —
 * while exact queries keep their exact match first and nonsense finds nothing.
 */
const h = useTestDatabase();
let seeded: Awaited<ReturnType<typeof seedSearchCatalogue>>;

beforeAll(async () => {
  seeded = await seedSearchCatalogue(h.db);
}, 120_000);

const filters = { availability: "available" as const };
const fullText = async (q: string) => (await fullTextIds(h.db, { q, filters, take: 10 })).map(seeded.slugOf);
const hybrid = async (q: string) => (await rankArtworks({ db: h.db, embeddings: testEmbeddings }, { q, filters, take: 10 })).ids.map(seeded.slugOf);

/** query → a work it must find (top 5), and the query as corrected (null: searched as typed) */
const FORGIVEN: [string, string, string | null][] = [
  ["harbur", "ferry-lights", "harbour"],
  ["hrbour", "ferry-lights", "harbour"],
  ["indgo", "indigo-hour", "indigo"],
  ["indgo hour", "indigo-hour", "indigo hour"],
  ["watercolor fern", "fern-unfurling", null],
  ["watercolor", "rain-over-glen-coe", null],
  ["ocean", "baltic-mirror", null],
  ["gray sea", "baltic-mirror", null],
  ["gray", "baltic-mirror", null],
  ["color field", "the-long-blue", null],
  ["risograph persimon", "persimmons-risograph", "risograph persimmons"],
  ["stonware bowl", "ash-glaze-bowl", "stoneware bowl"],
  ["sunset", "indigo-hour", null],
];

describe("typos, spellings and synonyms (top 5)", () => {
  it.each(FORGIVEN)("full-text: %s → %s", async (q, slug, corrected) => {
    expect(correctedText(await interpretSearchQuery(h.db, q))).toBe(corrected);
    expect((await fullText(q)).slice(0, 5)).toContain(slug);
  });

  it.each(FORGIVEN)("hybrid: %s → %s", async (q, slug) => {
    expect((await hybrid(q)).slice(0, 5)).toContain(slug);
  });

  it("an artist's misspelt name finds their works", async () => {
    expect(correctedText(await interpretSearchQuery(h.db, "tomas lindqvst"))).toBe("tomas lindqvist");
    const found = await h.db.artwork.findMany({ where: { slug: { in: await fullText("lindqvst") } }, select: { artist: { select: { slug: true } } } });
    expect(found.length).toBeGreaterThanOrEqual(5);
    expect(new Set(found.map((f) => f.artist.slug))).toEqual(new Set(["tomas-lindqvist"]));
  });

  it("exact queries rank the exact match first, unchanged", async () => {
    for (const [q, slug] of [
      ["Indigo Hour", "indigo-hour"],
      ["Baltic Mirror", "baltic-mirror"],
      ["Fern, Unfurling", "fern-unfurling"],
      ['"great wave"', "great-wave-small-boat"],
      ["harbour", "ferry-lights"],
    ] as const) {
      expect(correctedText(await interpretSearchQuery(h.db, q)), q).toBeNull();
      expect((await fullText(q))[0], q).toBe(slug);
      expect((await hybrid(q))[0], q).toBe(slug);
    }
  });

  it("nonsense finds nothing, corrected or not", async () => {
    for (const q of ["xyzzy", "qwrtpsdf", "zzzz qqqq", "blorptang"]) {
      expect(correctedText(await interpretSearchQuery(h.db, q)), q).toBeNull();
      expect(await fullText(q), q).toEqual([]);
      expect(await hybrid(q), q).toEqual([]);
    }
  });

  it("stop words, short words, phrases and exclusions are left as typed", async () => {
    for (const q of ['"indgo hour"', "-harbur", "the", "sea"]) expect(correctedText(await interpretSearchQuery(h.db, q)), q).toBeNull();
    expect(await fullText("harbour -ferry")).not.toContain("ferry-lights");
    expect(await fullText("gray -baltic")).not.toContain("baltic-mirror");
  });

  it("words of private works never become corrections", async () => {
    // "Rowan Berries" is a DRAFT and "Night Field" is IN_REVIEW in the seed: their words are not in the dictionary
    expect(correctedText(await interpretSearchQuery(h.db, "rowna"))).toBeNull();
    const words = await h.db.searchWord.findMany({ where: { word: { in: ["rowan", "berries"] } } });
    expect(words).toEqual([]);
  });

  it("artwork.search says what it searched for instead", async () => {
    const caller = await callerAs(h.db, null);
    const res = await caller.artwork.search({ q: "hrbour" });
    expect(res.correctedQuery).toBe("harbour");
    expect(res.items.map((i) => i.slug)).toContain("ferry-lights");
    expect((await caller.artwork.search({ q: "harbour" })).correctedQuery).toBeNull();
    const hybridCaller = await callerAs(h.db, null, {}, { embeddings: testEmbeddings });
    expect((await hybridCaller.artwork.search({ q: "indgo" })).correctedQuery).toBe("indigo");
  });
});

describe("the search dictionary follows the catalogue (triggers)", () => {
  const count = async (word: string) => (await h.db.searchWord.findUnique({ where: { word } }))?.documents ?? 0;

  it("publishing, editing, unpublishing and deleting works and renaming artists", async () => {
    const artistId = seeded.profiles.get("ada-novak")!;
    const before = await count("tram");
    const work = await h.db.artwork.create({
      data: {
        artistId,
        slug: "zeppelin-draft",
        title: "Zeppelin over Tempelhof",
        medium: "Acrylic on paper",
        widthTenths: 300,
        heightTenths: 400,
        priceAmount: 10_000,
        currency: "EUR",
        tags: ["tram"],
      },
    });
    expect(await count("zeppelin")).toBe(0); // a draft
    await h.db.artwork.update({ where: { id: work.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect(await count("zeppelin")).toBe(1);
    expect(await count("tram")).toBe(before + 1);
    expect(correctedText(await interpretSearchQuery(h.db, "zepelin"))).toBe("zeppelin");
    await h.db.artwork.update({ where: { id: work.id }, data: { title: "Airship over Tempelhof" } });
    expect(await count("zeppelin")).toBe(0);
    expect(await count("airship")).toBe(1);
    await h.db.artwork.update({ where: { id: work.id }, data: { status: "UNPUBLISHED" } });
    expect(await count("airship")).toBe(0);
    expect(await count("tram")).toBe(before);
    await h.db.artwork.update({ where: { id: work.id }, data: { status: "PUBLISHED" } });
    await h.db.artwork.delete({ where: { id: work.id } });
    expect(await count("airship")).toBe(0);

    await h.db.artistProfile.update({ where: { id: artistId }, data: { displayName: "Ada Nowakowska" } });
    expect(await count("nowakowska")).toBe(1);
    expect(await count("novak")).toBe(0);
    expect(correctedText(await interpretSearchQuery(h.db, "nowakowsk"))).toBe("nowakowska");
  });

  it("matches a rebuild from scratch", async () => {
    const kept = await h.db.searchWord.findMany({ orderBy: { word: "asc" } });
    await h.db.$executeRaw`SELECT "atelier_rebuild_search_words"()`;
    expect(await h.db.searchWord.findMany({ orderBy: { word: "asc" } })).toEqual(kept);
  });
});
