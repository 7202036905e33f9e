import { RELEVANCE_CANDIDATES } from "@atelier/core/discovery/relevance-sql";
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, useTestDatabase } from "../harness.ts";
import { makeArtists } from "../discovery/catalogue.ts";

/**
 * Relevance search ranks a bounded candidate set (relevance-sql.ts): when more works match than
 * RELEVANCE_CANDIDATES, works whose title matches are ranked first even when they were added last,
 * and pages stop at the candidate set without repeats.
 */
const h = useTestDatabase();
const DESCRIPTION_ONLY = RELEVANCE_CANDIDATES + 60;
const TITLED = 5;

beforeAll(async () => {
  const [artist] = await makeArtists(h.db, ["Candidate Painter"]);
  const row = (slug: string, title: string, description: string, i: number) => ({
    artistId: artist!.id,
    slug,
    title,
    description,
    medium: "Ink on paper",
    widthTenths: 300,
    heightTenths: 400,
    priceAmount: 5_000 + i,
    currency: "EUR",
    status: "PUBLISHED" as const,
    publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
  });
  await h.db.artwork.createMany({
    data: Array.from({ length: DESCRIPTION_ONLY }, (_, i) => row(`plain-${i}`, `Study ${i}`, `A paper lantern hung by the door, sheet ${i}.`, i)),
  });
  // added last, so an index or heap order alone would reach them last
  await h.db.artwork.createMany({
    data: Array.from({ length: TITLED }, (_, i) => row(`titled-${i}`, `Lantern ${i}`, "Quiet evening light.", DESCRIPTION_ONLY + i)),
  });
});

describe("relevance over many matches", () => {
  it("ranks title matches first, pages to the candidate depth, never repeats", async () => {
    const caller = await callerAs(h.db, null);
    const first = await caller.artwork.search({ q: "lantern", limit: 24 });
    expect(new Set(first.items.slice(0, TITLED).map((c) => c.slug))).toEqual(new Set(Array.from({ length: TITLED }, (_, i) => `titled-${i}`)));
    const seen = [...first.items.map((c) => c.slug)];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await caller.artwork.search({ q: "lantern", limit: 24, cursor });
      seen.push(...page.items.map((c) => c.slug));
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(RELEVANCE_CANDIDATES);
    expect(new Set(seen).size).toBe(RELEVANCE_CANDIDATES);
  });

  it("sorted by date, a search still reaches every match", async () => {
    const caller = await callerAs(h.db, null);
    let total = 0;
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof caller.artwork.search>> = await caller.artwork.search({ q: "lantern", sort: "newest", limit: 60, cursor });
      total += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    expect(total).toBe(DESCRIPTION_ONLY + TITLED);
  });
});
