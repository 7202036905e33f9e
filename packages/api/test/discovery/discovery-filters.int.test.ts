import { latestRates } from "@atelier/core/exchange-rates";
import { CURRENCIES, convertMinor, type RateTable } from "@atelier/core/money";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, useTestDatabase } from "../harness.ts";
import { FILTER_WORKS, addImage, insertFilterCatalogue } from "./filter-catalogue.ts";

const h = useTestDatabase();
let rates: RateTable;
let ids: Map<string, string>;

beforeAll(async () => {
  ({ ids } = await insertFilterCatalogue(h.db));
  rates = await latestRates(h.db);
});

type Caller = Awaited<ReturnType<typeof callerAs>>;
type Filters = NonNullable<Parameters<Caller["artwork"]["list"]>[0]>["filters"];

async function slugs(filters: Filters, sort: "newest" | "price_asc" | "price_desc" = "newest"): Promise<string[]> {
  const caller = await callerAs(h.db, null);
  const out: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page++) {
    const res = await caller.artwork.list({ filters, sort, limit: 3, cursor });
    out.push(...res.items.map((i) => i.slug));
    if (!res.nextCursor) break;
    cursor = res.nextCursor;
  }
  return out;
}
const set = async (filters: Filters) => new Set(await slugs(filters));

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    const { fieldErrorsOf } = await import("../../src/errors.ts");
    return { code: e.code, fields: fieldErrorsOf(e.cause) ?? {} };
  }
  throw new Error("expected the call to fail");
}

describe("gallery filters", () => {
  it("the embedded default rates are the ECB's of 13 June 2024", () => {
    expect(rates.date).toBe("2024-06-13");
    expect(rates.perEuro).toMatchObject({ EUR: "1.000000", USD: "1.078400", JPY: "169.580000", GBP: "0.844680" });
  });

  it("category, size class, orientation, colour and country each narrow the catalogue", async () => {
    expect(await set({ category: "print" })).toEqual(new Set(["f-square-print", "f-yen-woodcut"]));
    // by the longest side: 40.0 cm is small, 40.1 cm medium, 16 in (40.6 cm) medium, 100 cm medium, 120 cm large
    expect(await set({ size: "small" })).toEqual(new Set(["f-blue-oil", "f-yen-woodcut", "f-white-bowl"]));
    expect(await set({ size: "medium" })).toEqual(new Set(["f-square-print", "f-inch-photo", "f-tall-bronze", "f-grey-drawing"]));
    expect(await set({ size: "large" })).toEqual(new Set(["f-red-oil"]));
    // 50 × 52 is within 5%: square
    expect(await set({ orientation: "square" })).toEqual(new Set(["f-square-print"]));
    expect(await set({ orientation: "portrait" })).toEqual(new Set(["f-blue-oil", "f-yen-woodcut", "f-tall-bronze"]));
    expect(await set({ orientation: "landscape" })).toEqual(new Set(["f-red-oil", "f-inch-photo", "f-grey-drawing", "f-white-bowl"]));
    const byColour = {
      blue: "f-blue-oil",
      red: "f-red-oil",
      pink: "f-square-print",
      yellow: "f-yen-woodcut",
      green: "f-inch-photo",
      brown: "f-tall-bronze",
      grey: "f-grey-drawing",
      white: "f-white-bowl",
    } as const;
    for (const [colour, slug] of Object.entries(byColour)) expect([colour, await slugs({ colour: colour as "blue" })]).toEqual([colour, [slug]]);
    expect(await set({ country: "jp" })).toEqual(new Set(["f-square-print", "f-yen-woodcut", "f-white-bowl"]));
  });

  it("exact sizes in cm or inches, both ends included, to the millimetre", async () => {
    expect(await set({ minSize: 40, maxSize: 40.1 })).toEqual(new Set(["f-blue-oil", "f-grey-drawing"]));
    // 16 in = 406 mm: the 16 × 12 in photograph is on both edges
    expect(await set({ minSize: 16, sizeUnit: "in" })).toEqual(new Set(["f-inch-photo", "f-square-print", "f-tall-bronze", "f-red-oil"]));
    expect(await set({ maxSize: 16, sizeUnit: "in" })).toEqual(new Set(["f-blue-oil", "f-yen-woodcut", "f-white-bowl", "f-grey-drawing", "f-inch-photo"]));
    expect(await set({ minSize: 100, maxSize: 100, size: "medium" })).toEqual(new Set(["f-tall-bronze"]));
  });

  it("filters combine (every one must hold), with availability and the artist's country", async () => {
    expect(await set({ category: "painting", colour: "blue", availability: "all" })).toEqual(new Set(["f-blue-oil", "f-sold-blue"]));
    expect(await set({ category: "painting", colour: "blue", availability: "sold" })).toEqual(new Set(["f-sold-blue"]));
    expect(await set({ country: "PT", size: "medium" })).toEqual(new Set(["f-grey-drawing"]));
    expect(await set({ country: "JP", orientation: "landscape", colour: "white" })).toEqual(new Set(["f-white-bowl"]));
    expect(await set({ country: "JP", category: "print", currency: "USD", maxPrice: 3_000 })).toEqual(new Set(["f-square-print"]));
    expect(await set({ category: "sculpture", country: "PT" })).toEqual(new Set());
  });

  it("the colour follows the primary image: added, moved first, deleted", async () => {
    const colourOf = async (slug: string) => (await h.db.artwork.findUniqueOrThrow({ where: { slug }, select: { colourFamily: true } })).colourFamily;
    const red = ids.get("f-red-oil")!;
    expect(await colourOf("f-red-oil")).toBe("RED");
    const images = await h.db.artworkImage.findMany({ where: { artworkId: red }, orderBy: { position: "asc" } });
    await h.db.$transaction([
      h.db.artworkImage.update({ where: { id: images[0]!.id }, data: { position: 1 } }),
      h.db.artworkImage.update({ where: { id: images[1]!.id }, data: { position: 0 } }),
    ]);
    expect(await colourOf("f-red-oil")).toBe("BLUE");
    await h.db.artworkImage.delete({ where: { id: images[1]!.id } });
    expect(await colourOf("f-red-oil")).toBe("RED");
    await h.db.artworkImage.delete({ where: { id: images[0]!.id } });
    expect(await colourOf("f-red-oil")).toBeNull();
    await addImage(h.db, red, 0, "#b22222");
    expect(await colourOf("f-red-oil")).toBe("RED");
  });

  it("a price in the buyer's currency matches works in any currency at the edge of their converted price", async () => {
    // €500.00 × 1.0784 = US$539.20 exactly: both ends are inclusive
    const blue = (f: Filters) => set({ category: "painting", ...f });
    expect(await blue({ currency: "USD", maxPrice: 53_920 })).toContain("f-blue-oil");
    expect(await blue({ currency: "USD", maxPrice: 53_919 })).not.toContain("f-blue-oil");
    expect(await blue({ currency: "USD", minPrice: 53_920 })).toContain("f-blue-oil");
    expect(await blue({ currency: "USD", minPrice: 53_921 })).not.toContain("f-blue-oil");
    // €25.00 × 169.58 = ¥4,239.5: half a yen rounds up, to ¥4,240
    const print = (f: Filters) => set({ category: "print", ...f });
    expect(await print({ currency: "JPY", minPrice: 4_240, maxPrice: 4_240 })).toEqual(new Set(["f-square-print"]));
    expect(await print({ currency: "JPY", maxPrice: 4_239 })).not.toContain("f-square-print");
    expect(await print({ currency: "JPY", minPrice: 4_241 })).not.toContain("f-square-print");
    // US$134.80 → £105.585 through the euro: £105.59
    expect(await set({ currency: "GBP", minPrice: 10_559, maxPrice: 10_559 })).toEqual(new Set(["f-inch-photo"]));
    expect(await set({ currency: "GBP", maxPrice: 10_558, category: "photography" })).toEqual(new Set());
    // listed in the buyer's own currency: compared as it is
    expect(await set({ currency: "EUR", minPrice: 50_000, maxPrice: 50_000 })).toEqual(new Set(["f-blue-oil"]));
    expect(convertMinor(50_000, "EUR", "USD", rates)).toBe(53_920);
    expect(convertMinor(2_500, "EUR", "JPY", rates)).toBe(4_240);
    expect(convertMinor(13_480, "USD", "GBP", rates)).toBe(10_559);
  });

  it("SQL and the shown ≈ price agree: every work matches exactly at its converted price, in every buyer currency, and not a minor unit beyond", async () => {
    const listed = FILTER_WORKS.filter((w) => !w.status);
    for (const currency of CURRENCIES) {
      for (const w of listed) {
        const c = convertMinor(w.priceAmount, w.currency, currency, rates)!;
        const where = { category: w.category.toLowerCase().replace("_", "-") as "print", currency };
        const at = [currency, w.slug];
        expect([...at, (await set({ ...where, minPrice: c, maxPrice: c })).has(w.slug)]).toEqual([...at, true]);
        expect([...at, (await set({ ...where, minPrice: c + 1 })).has(w.slug)]).toEqual([...at, false]);
        if (c > 0) expect([...at, (await set({ ...where, maxPrice: c - 1 })).has(w.slug)]).toEqual([...at, false]);
      }
    }
  });

  it("price order is by converted price across currencies, with stable keyset pages and a price range", async () => {
    const inEur = (slug: string) => {
      const w = FILTER_WORKS.find((x) => x.slug === slug)!;
      return convertMinor(w.priceAmount, w.currency, "EUR", rates)!;
    };
    const asc = await slugs({}, "price_asc");
    expect(asc).toHaveLength(8);
    expect(asc.map(inEur)).toEqual(asc.map(inEur).sort((a, b) => a - b));
    const desc = await slugs({}, "price_desc");
    expect(desc).toEqual([...asc].reverse());
    const ranged = await slugs({ currency: "USD", minPrice: 10_000, maxPrice: 300_000 }, "price_asc");
    const expected = asc.filter((s) => {
      const w = FILTER_WORKS.find((x) => x.slug === s)!;
      const usd = convertMinor(w.priceAmount, w.currency, "USD", rates)!;
      return usd >= 10_000 && usd <= 300_000;
    });
    expect(ranged).toEqual(expected);
    expect(ranged.length).toBeGreaterThan(2);
  });

  it("cards and the artwork page carry the ≈ price in the display currency, never for works already in it", async () => {
    const caller = await callerAs(h.db, null);
    const page = await caller.artwork.list({ displayCurrency: "USD", limit: 20 });
    for (const card of page.items) {
      if (card.currency === "USD") expect(card.approxPrice).toBeNull();
      else expect(card.approxPrice).toEqual({ amount: convertMinor(card.priceAmount, card.currency, "USD", rates), currency: "USD", ratesDate: "2024-06-13" });
    }
    expect((await caller.artwork.list({ limit: 20 })).items.every((c) => c.approxPrice === null)).toBe(true);
    const art = await caller.artwork.bySlug({ slug: "f-blue-oil", displayCurrency: "usd" });
    expect(art.approxPrice).toEqual({ amount: 53_920, currency: "USD", ratesDate: "2024-06-13" });
    expect((await caller.artwork.bySlug({ slug: "f-blue-oil", displayCurrency: "EUR" })).approxPrice).toBeNull();
  });

  it("the facets count what each choice would show", async () => {
    const facets = await (await callerAs(h.db, null)).artwork.facets({ availability: "available" });
    expect(facets.categories).toEqual(
      expect.arrayContaining([
        { value: "print", count: 2 },
        { value: "painting", count: 2 },
      ]),
    );
    expect(facets.colours).toEqual(expect.arrayContaining([{ value: "blue", count: 1 }]));
    expect(facets.countries).toEqual(expect.arrayContaining([{ value: "JP", count: 3, name: "Japan" }]));
    expect(facets.ratesDate).toBe("2024-06-13");
  });

  it("bad filter input is refused with a field error, never a 500", async () => {
    const caller = await callerAs(h.db, null);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ category: "collage" }, "filters.category", /Choose one of: painting, drawing, print/],
      [{ colour: "teal" }, "filters.colour", /Choose one of: red, orange/],
      [{ orientation: "diagonal" }, "filters.orientation", /portrait, landscape or square/],
      [{ size: "huge" }, "filters.size", /small, medium or large/],
      [{ minSize: "wide" }, "filters.minSize", /number/],
      [{ minSize: -3 }, "filters.minSize", /more than zero/],
      [{ minSize: 50, maxSize: 40 }, "filters.maxSize", /at least the smallest/],
      [{ minSize: 40, sizeUnit: "ft" }, "filters.sizeUnit", /cm or in/],
      [{ country: "Portugal" }, "filters.country", /two-letter/],
      [{ currency: "XYZ", maxPrice: 100 }, "filters.currency", /Choose one of EUR, USD/],
      [{ maxPrice: 100 }, "filters.currency", /Choose a currency/],
      [{ currency: "USD", minPrice: 500, maxPrice: 100 }, "filters.maxPrice", /at least the minimum/],
      [{ currency: "USD", minPrice: 1.5 }, "filters.minPrice", /whole minor units/],
    ];
    for (const [filters, field, message] of cases) {
      const { code, fields } = await failure(caller.artwork.list({ filters: filters as Filters }));
      expect([JSON.stringify(filters), code, fields[field]?.[0]]).toEqual([JSON.stringify(filters), "BAD_REQUEST", expect.stringMatching(message)]);
    }
    const { fields } = await failure(caller.artwork.list({ displayCurrency: "BTC" }));
    expect(fields.displayCurrency?.[0]).toMatch(/Choose one of EUR/);
    expect((await failure(caller.artwork.search({ q: "blue", filters: { colour: "teal" } as unknown as Filters }))).fields["filters.colour"]).toBeDefined();
  });
});
