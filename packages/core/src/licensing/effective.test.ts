import { describe, expect, it } from "vitest";
import { PLATFORM_LICENSING_DEFAULTS } from "./defaults.ts";
import { effectiveTerms, termsInCurrency, type ArtistTermsRow, type ArtworkOverrideRow } from "./effective.ts";
import { snapshotTerms } from "./snapshot.ts";

const artist: ArtistTermsRow = {
  royaltyBps: 1_500,
  minimumPriceAmount: 1_000,
  minimumPriceCurrency: "GBP",
  maxDiscountBps: 1_000,
  allowThirdPartyStores: true,
  allowedProductTypes: ["giclee-print", "poster"],
  version: 3,
};
const noOverride: ArtworkOverrideRow = {
  royaltyBps: null,
  minimumPriceAmount: null,
  minimumPriceCurrency: null,
  maxDiscountBps: null,
  allowThirdPartyStores: null,
  productTypesOverridden: false,
  allowedProductTypes: [],
  version: 2,
};

describe("effective terms: artwork override ?? artist ?? platform", () => {
  it("an artist with no terms gets the platform's defaults (10%, €5, 20%, every product, no third-party stores)", () => {
    const t = effectiveTerms(null);
    expect(t).toMatchObject({ ...PLATFORM_LICENSING_DEFAULTS, artistTermsVersion: null, artworkTermsVersion: null });
    expect(new Set(Object.values(t.sources))).toEqual(new Set(["platform"]));
  });

  it("the artist's terms replace the defaults; an empty override changes nothing but its version", () => {
    const t = effectiveTerms(artist, noOverride);
    expect(t).toMatchObject({ royaltyBps: 1_500, minimumPriceAmount: 1_000, minimumPriceCurrency: "GBP", allowedProductTypes: ["giclee-print", "poster"] });
    expect(new Set(Object.values(t.sources))).toEqual(new Set(["artist"]));
    expect([t.artistTermsVersion, t.artworkTermsVersion]).toEqual([3, 2]);
  });

  it("each field the artwork sets wins on its own; the floor and its currency travel together", () => {
    const t = effectiveTerms(artist, {
      ...noOverride,
      royaltyBps: 2_500,
      minimumPriceAmount: 90_000,
      minimumPriceCurrency: "JPY",
      allowThirdPartyStores: false,
    });
    expect(t).toMatchObject({
      royaltyBps: 2_500,
      minimumPriceAmount: 90_000,
      minimumPriceCurrency: "JPY",
      maxDiscountBps: 1_000,
      allowThirdPartyStores: false,
    });
    expect(t.sources).toEqual({
      royalty: "artwork",
      minimumPrice: "artwork",
      maxDiscount: "artist",
      allowThirdPartyStores: "artwork",
      allowedProductTypes: "artist",
    });
    // an override over the platform's defaults
    const onDefaults = effectiveTerms(null, { ...noOverride, productTypesOverridden: true, allowedProductTypes: [] });
    expect(onDefaults.allowedProductTypes).toEqual([]);
    expect(onDefaults.sources.allowedProductTypes).toBe("artwork");
    expect(onDefaults.sources.royalty).toBe("platform");
  });

  it("converts the floor into a line's currency at the reference rates, rounded up", () => {
    expect(termsInCurrency(PLATFORM_LICENSING_DEFAULTS, "EUR")).toEqual({ royaltyBps: 1_000, minimumUnitAmount: 500, maxDiscountBps: 2_000 });
    expect(termsInCurrency(PLATFORM_LICENSING_DEFAULTS, "JPY").minimumUnitAmount).toBe(890);
    expect(termsInCurrency(artist, "EUR").minimumUnitAmount).toBe(1_150); // £10 at 0.87 = €11.494… → €11.50
  });

  it("a snapshot is a copy: changing the terms afterwards never rewrites it", () => {
    const terms = effectiveTerms(artist);
    const snap = snapshotTerms(terms, 1_000, new Date("2026-01-02T03:04:05Z"));
    terms.allowedProductTypes.push("tshirt");
    terms.royaltyBps = 9_999;
    expect(snap).toMatchObject({
      royaltyBps: 1_500,
      allowedProductTypes: ["giclee-print", "poster"],
      artistTermsVersion: 3,
      platformFeeBps: 1_000,
      takenAt: "2026-01-02T03:04:05.000Z",
    });
  });
});
