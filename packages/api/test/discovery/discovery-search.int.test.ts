import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, useTestDatabase } from "../harness.ts";
import { insertWorks, makeArtists, type Spec } from "./catalogue.ts";

const h = useTestDatabase();
let artists: Awaited<ReturnType<typeof makeArtists>>;

const work = (slug: string, artist: number, title: string, extra: Partial<Spec> = {}): Spec => ({
  slug,
  artist,
  title,
  medium: "Oil on canvas",
  priceAmount: 50_000,
  currency: "EUR",
  kind: "ORIGINAL",
  editionSize: null,
  editionsSold: 0,
  status: "PUBLISHED",
  tags: [],
  description: "",
  publishedAt: new Date(Date.UTC(2026, 0, 1)),
  ...extra,
});

const catalogue: Spec[] = [
  work("harbour-at-dawn", 0, "Harbour at Dawn", { tags: ["sea", "boats"], description: "Fishing boats in the early light." }),
  work("lighthouse-study", 0, "Lighthouse Study", { description: "A quiet harbour seen from the lighthouse steps." }),
  work("paintings-of-the-north", 1, "Paintings of the North", { medium: "Acrylic on board" }),
  work("blue-hour", 1, "Blue Hour", { tags: ["botanical"], medium: "Watercolour on paper" }),
  work("fern-index", 2, "Fern Index", { tags: ["botanical", "green"], medium: "Cyanotype", description: "Pressed ferns printed in sunlight." }),
  work("copper-vessel", 2, "Copper Vessel", { medium: "Bronze sculpture", priceAmount: 250_000, description: "Lost-wax casting." }),
  work("night-market", 0, "Night Market", { tags: ["city"], description: "Lanterns, stalls and rain." }),
  work("secret-draft", 0, "Harbour Draft", { status: "DRAFT", publishedAt: null }),
  work("archived-harbour", 1, "Harbour Archived", { status: "ARCHIVED", publishedAt: null }),
];

beforeAll(async () => {
  artists = await makeArtists(h.db, ["Mara Lindqvist", "Tomasz Wren", "Ines Okafor"]);
  await insertWorks(
    h.db,
    artists.map((a) => a.id),
    catalogue,
  );
});

async function search(q: string, extra: Record<string, unknown> = {}) {
  const caller = await callerAs(h.db, null);
  const res = await caller.artwork.search({ q, ...extra });
  return res.items.map((i) => i.slug);
}

describe("artwork.search", () => {
  it("a title match outranks a description-only match; drafts and archived never appear", async () => {
    expect(await search("harbour")).toEqual(["harbour-at-dawn", "lighthouse-study"]);
  });

  it("finds an artist's works by their name", async () => {
    expect(new Set(await search("Tomasz Wren"))).toEqual(new Set(["paintings-of-the-north", "blue-hour"]));
  });

  it("matches tags, media and stems (painting ↔ paintings)", async () => {
    expect(new Set(await search("botanical"))).toEqual(new Set(["blue-hour", "fern-index"]));
    expect(await search("painting")).toEqual(["paintings-of-the-north"]);
    expect(await search("sculptures")).toEqual(["copper-vessel"]);
  });

  it("known queries put the expected works in the top 5", async () => {
    const expectations: [string, string][] = [
      ["boats", "harbour-at-dawn"],
      ["lighthouse", "lighthouse-study"],
      ["fern", "fern-index"],
      ["watercolour", "blue-hour"],
      ["bronze", "copper-vessel"],
      ["lanterns in the rain", "night-market"],
      ['"blue hour"', "blue-hour"],
      ["ines okafor", "fern-index"],
      ["harbour -lighthouse", "harbour-at-dawn"],
    ];
    for (const [q, slug] of expectations) expect((await search(q)).slice(0, 5), q).toContain(slug);
    expect(await search("harbour -lighthouse")).not.toContain("lighthouse-study");
  });

  it("combines with filters and paginates", async () => {
    expect(await search("botanical", { filters: { medium: "cyanotype" } })).toEqual(["fern-index"]);
    const caller = await callerAs(h.db, null);
    const first = await caller.artwork.search({ q: "harbour", limit: 1 });
    const second = await caller.artwork.search({ q: "harbour", limit: 1, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((i) => i.slug)).toEqual(["harbour-at-dawn", "lighthouse-study"]);
    expect(second.nextCursor).toBeNull();
  });

  it("editing title, tags or description updates results (triggers)", async () => {
    await h.db.artwork.update({ where: { slug: "night-market" }, data: { title: "Evening Bazaar" } });
    expect(await search("bazaar")).toEqual(["night-market"]);
    await h.db.artwork.update({ where: { slug: "night-market" }, data: { tags: ["festival"] } });
    expect(await search("festival")).toEqual(["night-market"]);
    expect(await search("city")).not.toContain("night-market");
    await h.db.artwork.update({ where: { slug: "night-market" }, data: { description: "Paper kites over the square." } });
    expect(await search("kites")).toEqual(["night-market"]);
    expect(await search("lanterns")).toEqual([]);
  });

  it("renaming an artist re-indexes their works", async () => {
    await h.db.artistProfile.update({ where: { id: artists[2]!.id }, data: { displayName: "Ines Marlowe" } });
    expect(new Set(await search("marlowe"))).toEqual(new Set(["fern-index", "copper-vessel"]));
    expect(await search("okafor")).toEqual([]);
  });

  it("empty, whitespace and over-long queries are field errors", async () => {
    const caller = await callerAs(h.db, null);
    for (const q of ["", "   ", "x".repeat(201)]) {
      const err = await caller.artwork.search({ q }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TRPCError);
      expect((err as TRPCError).code).toBe("BAD_REQUEST");
    }
    // user input is a bound parameter, never SQL
    expect(await search('\'); DROP TABLE "Artwork"; --')).toEqual([]);
    expect(await h.db.artwork.count()).toBe(catalogue.length);
  });
});
