import { describe, expect, it } from "vitest";
import { artworkFiltersSchema } from "../../src/schemas/discovery.ts";
import { describeSearch, readStoredFilters, savedSearchGalleryPath } from "../../src/saved-searches/filters.ts";

const f = (raw: Record<string, unknown>) => artworkFiltersSchema.parse(raw);

describe("saved searches and the new filters", () => {
  it("names a search by every filter", () => {
    expect(
      describeSearch(
        "harbour",
        f({ category: "mixed-media", colour: "blue", orientation: "portrait", minSize: 30, maxSize: 60, country: "PT", currency: "USD", maxPrice: 80_000 }),
      ),
    ).toBe("harbour · 30–60 cm · portrait · mixed media · blue · up to US$800 · by artists in Portugal");
    expect(describeSearch(null, f({ maxSize: 16, sizeUnit: "in" }))).toBe("up to 16 in");
  });

  it("links to the gallery with the gallery's own parameter names, and reads back what it stored", () => {
    const filters = f({
      category: "print",
      colour: "red",
      orientation: "square",
      minSize: 40,
      sizeUnit: "in",
      country: "jp",
      size: "medium",
      currency: "JPY",
      minPrice: 5_000,
    });
    const path = savedSearchGalleryPath("woodcut", filters);
    const params = new URL(path, "http://x").searchParams;
    expect(Object.fromEntries(params)).toEqual({
      q: "woodcut",
      category: "print",
      colour: "red",
      orientation: "square",
      minSize: "40",
      unit: "in",
      country: "JP",
      size: "medium",
      currency: "JPY",
      min: "5000",
    });
    // a search saved under the old categories keeps the rest of its filters
    expect(readStoredFilters({ category: "collage", colour: "blue" })).toEqual({ colour: "blue", availability: "available" });
  });
});
