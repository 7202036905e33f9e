import { vectorSearchAvailable } from "@atelier/db/vector";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { searchCatalogue } from "@atelier/core/search";
import { callerAs, useTestDatabase } from "../harness.ts";
import { seedSearchCatalogue, testEmbeddings } from "./seeded-catalogue.ts";

/**
 * artwork.search through the router: hybrid where pgvector and a model are there, full-text
 * otherwise (and it says which), under the same filters, never showing private work.
 */
const h = useTestDatabase();
let vectors = false;
const PRIVATE = ["green-interval", "rowan-berries", "night-field"]; // DRAFT, DRAFT, IN_REVIEW in the seed
const NO_PGVECTOR = "this database has no pgvector (e.g. Debian PostgreSQL 15): hybrid search falls back to full-text here";

beforeAll(async () => {
  await seedSearchCatalogue(h.db);
  vectors = await vectorSearchAvailable(h.db);
  // an artwork that left the catalogue but whose embedding is still stored must stay hidden too
  await h.db.artwork.update({ where: { slug: "small-blue-study-ii" }, data: { status: "UNPUBLISHED" } });
}, 120_000);

const withModel = () => callerAs(h.db, null, {}, { embeddings: testEmbeddings });
const withoutModel = () => callerAs(h.db, null);
const slugs = (items: { slug: string }[]) => items.map((i) => i.slug);

describe("artwork.search modes", () => {
  it("is hybrid with a model and pgvector, full-text otherwise, and says so", async () => {
    const res = await (await withModel()).artwork.search({ q: "blue abstract" });
    expect(res.mode).toBe(vectors ? "hybrid" : "fulltext");
    const plain = await (await withoutModel()).artwork.search({ q: "blue abstract" });
    expect(plain.mode).toBe("fulltext");
    expect(plain.items.length).toBeGreaterThan(0);
  });

  it("hybrid finds what full-text misses (a partial word too short to correct)", async (ctx) => {
    if (!vectors) ctx.skip(NO_PGVECTOR);
    expect(slugs((await (await withoutModel()).artwork.search({ q: "risograph persim" })).items)).toEqual([]);
    expect(slugs((await (await withModel()).artwork.search({ q: "risograph persim" })).items)[0]).toBe("persimmons-risograph");
  });

  it("both modes correct a misspelling and search other spellings", async () => {
    expect(slugs((await (await withoutModel()).artwork.search({ q: "watercolor fern" })).items)[0]).toBe("fern-unfurling");
    expect(slugs((await (await withModel()).artwork.search({ q: "watercolor fern" })).items)[0]).toBe("fern-unfurling");
  });

  it("a query with no match at all returns nothing, not the nearest noise", async () => {
    expect((await (await withModel()).artwork.search({ q: "xyzzy" })).items).toEqual([]);
  });

  it("sorting by price is a filter over full-text matches, not a ranking: full-text mode", async () => {
    const res = await (await withModel()).artwork.search({ q: "blue", sort: "price_asc" });
    expect(res.mode).toBe("fulltext");
    const prices = res.items.map((i) => i.priceAmount);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it("pages through the fused ranking without repeats", async () => {
    const caller = await withModel();
    const first = await caller.artwork.search({ q: "blue", limit: 4 });
    expect(first.nextCursor).not.toBeNull();
    const second = await caller.artwork.search({ q: "blue", limit: 4, cursor: first.nextCursor });
    expect(second.mode).toBe(first.mode);
    expect(slugs(second.items).filter((s) => slugs(first.items).includes(s))).toEqual([]);
    const all = await caller.artwork.search({ q: "blue", limit: 8 });
    expect(slugs(all.items)).toEqual([...slugs(first.items), ...slugs(second.items)]);
  });

  it("a cursor from another sort is a field error, not a 500", async () => {
    const caller = await withModel();
    const byPrice = await caller.artwork.search({ q: "blue", sort: "price_asc", limit: 2 });
    const err = await caller.artwork.search({ q: "blue", limit: 2, cursor: byPrice.nextCursor }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe("BAD_REQUEST");
  });
});

describe("filters and visibility in hybrid search", () => {
  it("respects price, medium, kind and artist filters", async () => {
    const caller = await withModel();
    const cheap = await caller.artwork.search({ q: "blue", filters: { currency: "EUR", maxPrice: 50_000 } });
    expect(cheap.items.length).toBeGreaterThan(0);
    for (const i of cheap.items) expect(i.priceAmount).toBeLessThanOrEqual(50_000);
    const woodcuts = await caller.artwork.search({ q: "blue rain", filters: { medium: "woodcut" } });
    expect(slugs(woodcuts.items)).toContain("indigo-rain");
    for (const i of woodcuts.items) expect(i.medium.toLowerCase()).toContain("woodcut");
    const editions = await caller.artwork.search({ q: "print", filters: { kind: "EDITION" } });
    for (const i of editions.items) expect(i.kind).toBe("EDITION");
    const hana = await caller.artwork.search({ q: "night", filters: { artist: "hana-sato" } });
    for (const i of hana.items) expect(i.artist.slug).toBe("hana-sato");
  });

  it("never returns drafts, work in review, or unpublished work (even with a stored embedding)", async () => {
    const caller = await withModel();
    for (const q of ["green interval acrylic", "rowan berries", "night field", "small blue study"]) {
      const found = slugs((await caller.artwork.search({ q, limit: 60 })).items);
      for (const hidden of [...PRIVATE, "small-blue-study-ii"]) expect(found, q).not.toContain(hidden);
    }
  });
});

describe("searchCatalogue (for the assistant's tools)", () => {
  const deps = () => ({ db: h.db, embeddings: testEmbeddings });

  it("answers with cards and the mode; without a query it browses the newest", async () => {
    const hit = await searchCatalogue(deps(), { q: "bronze bird", filters: { availability: "available" }, limit: 3 });
    expect(hit.mode).toBe(vectors ? "hybrid" : "fulltext");
    expect(slugs(hit.items)).toContain("small-bronze-bird");
    expect(hit.items.length).toBeLessThanOrEqual(3);
    const browse = await searchCatalogue(deps(), { filters: { availability: "available", medium: "bronze" }, limit: 5 });
    expect(browse.mode).toBe("browse");
    for (const i of browse.items) expect(i.medium.toLowerCase()).toContain("bronze");
  });

  it("rejects bad input with field errors", async () => {
    const err = await searchCatalogue(deps(), { q: "x".repeat(300), filters: { availability: "available", minPrice: 10 }, limit: 500 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(z.ZodError);
    const paths = (err as z.ZodError).issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["q", "limit", "filters.currency"]));
  });
});
