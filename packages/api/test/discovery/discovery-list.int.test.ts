import { latestRates } from "@atelier/core/exchange-rates";
import { convertMinor, type RateTable } from "@atelier/core/money";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, useTestDatabase } from "../harness.ts";
import { insertWorks, isAvailable, knownCatalogue, makeArtists, type Spec } from "./catalogue.ts";

const h = useTestDatabase();
const specs = knownCatalogue("known");
let artists: Awaited<ReturnType<typeof makeArtists>>;
let rates: RateTable;

beforeAll(async () => {
  rates = await latestRates(h.db);
  artists = await makeArtists(h.db, ["Mara Lindqvist", "Tomasz Wren", "Ines Okafor"]);
  await insertWorks(
    h.db,
    artists.map((a) => a.id),
    specs,
  );
});

type Caller = Awaited<ReturnType<typeof callerAs>>;
type ListInput = Parameters<Caller["artwork"]["list"]>[0];

async function walk(input: ListInput, limit = 5, between?: (page: number) => Promise<void>) {
  const caller = await callerAs(h.db, null);
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const res = await caller.artwork.list({ ...input, limit, cursor });
    seen.push(...res.items.map((i) => i.slug));
    await between?.(page);
    if (!res.nextCursor) break;
    cursor = res.nextCursor;
  }
  return seen;
}

/** A work's price in euro cents at the embedded default rates (what the price filter and order compare). */
const inEur = (s: Spec) => convertMinor(s.priceAmount, s.currency, "EUR", rates)!;
const newest = (a: Spec, b: Spec) => b.publishedAt!.getTime() - a.publishedAt!.getTime();
const slugs = (xs: Spec[]) => xs.map((s) => s.slug);

describe("artwork.list", () => {
  it("shows only available published works by default, newest first; drafts, review, archived, unpublished never appear", async () => {
    const got = await walk({});
    expect(got).toEqual(slugs(specs.filter(isAvailable).sort(newest)));
    const hidden = specs.filter((s) => !["PUBLISHED", "SOLD"].includes(s.status)).map((s) => s.slug);
    expect(hidden.length).toBeGreaterThan(4);
    const all = await walk({ filters: { availability: "all" } });
    expect(all.filter((s) => hidden.includes(s))).toEqual([]);
  });

  it("availability sold / all", async () => {
    expect(new Set(await walk({ filters: { availability: "sold" } }))).toEqual(new Set(slugs(specs.filter((s) => s.status === "SOLD"))));
    expect(new Set(await walk({ filters: { availability: "all" } }))).toEqual(
      new Set(slugs(specs.filter((s) => s.status === "PUBLISHED" || s.status === "SOLD"))),
    );
  });

  it("filters by medium, kind, artist, tags and price range, combined", async () => {
    const avail = specs.filter(isAvailable);
    expect(new Set(await walk({ filters: { medium: "watercolour" } }))).toEqual(new Set(slugs(avail.filter((s) => s.medium.startsWith("Watercolour")))));
    expect(new Set(await walk({ filters: { kind: "EDITION" } }))).toEqual(new Set(slugs(avail.filter((s) => s.kind === "EDITION"))));
    expect(new Set(await walk({ filters: { artist: artists[1]!.slug } }))).toEqual(new Set(slugs(avail.filter((s) => s.artist === 1))));
    expect(new Set(await walk({ filters: { tags: ["abstract", "nothing"] } }))).toEqual(new Set(slugs(avail.filter((s) => s.tags.includes("abstract")))));
    // a price range in euros matches the dollar-priced works too, by their converted price
    const priced = await walk({ filters: { minPrice: 20_000, maxPrice: 40_000, currency: "eur", tags: ["sea"] } });
    const expected = avail.filter((s) => {
      const eur = inEur(s);
      return eur >= 20_000 && eur <= 40_000 && s.tags.includes("sea");
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.some((s) => s.currency === "USD")).toBe(true);
    expect(new Set(priced)).toEqual(new Set(slugs(expected)));
  });

  it("sorts by price both ways, across currencies by their converted price, with a stable id tie-break", async () => {
    const avail = specs.filter(isAvailable);
    const bySlug = (slug: string) => inEur(specs.find((s) => s.slug === slug)!);
    const asc = await walk({ sort: "price_asc", filters: { currency: "EUR", minPrice: 0 } }, 4);
    expect(asc.map(bySlug)).toEqual(avail.map(inEur).sort((a, b) => a - b));
    const desc = await walk({ sort: "price_desc" }, 3);
    expect(desc.map(bySlug)).toEqual(avail.map(inEur).sort((a, b) => b - a));
    expect(new Set(desc).size).toBe(desc.length);
  });

  it("keyset pagination visits every work exactly once even when works are published mid-walk", async () => {
    for (const sort of ["newest", "price_asc", "price_desc"] as const) {
      const before = specs.filter(isAvailable).map((s) => s.slug);
      let extra = 0;
      const seen = await walk({ sort }, 4, async (page) => {
        if (page > 1) return;
        const fresh = {
          ...knownCatalogue(`mid-${sort}-${page}`)[0]!,
          slug: `mid-${sort}-${page}-${++extra}`,
          priceAmount: 25_000 + page,
          publishedAt: new Date(),
        };
        await insertWorks(h.db, [artists[0]!.id], [{ ...fresh, artist: 0 }]);
      });
      expect(new Set(seen).size).toBe(seen.length);
      for (const slug of before) expect(seen).toContain(slug);
    }
  });

  it("rejects bad input with field errors: limit, tampered cursor, price without currency", async () => {
    const caller = await callerAs(h.db, null);
    const fail = async (input: unknown) => {
      try {
        await caller.artwork.list(input as ListInput);
      } catch (e) {
        if (e instanceof TRPCError) return { code: e.code, cause: e.cause };
        throw e;
      }
      throw new Error("expected a failure");
    };
    expect((await fail({ limit: 61 })).code).toBe("BAD_REQUEST");
    expect((await fail({ cursor: "not-a-cursor" })).code).toBe("BAD_REQUEST");
    const first = await caller.artwork.list({ limit: 2 });
    // a cursor from one sort can't be replayed against another
    expect((await fail({ sort: "price_asc", cursor: first.nextCursor })).code).toBe("BAD_REQUEST");
    expect((await fail({ filters: { minPrice: 100 } })).code).toBe("BAD_REQUEST");
    expect((await fail({ filters: { minPrice: 500, maxPrice: 100, currency: "EUR" } })).code).toBe("BAD_REQUEST");
  });
});
