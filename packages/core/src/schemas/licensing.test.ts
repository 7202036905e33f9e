import { describe, expect, it } from "vitest";
import { artworkLicensingTermsSchema, licensingTermsSchema, parsePercentToBps } from "./licensing.ts";

const valid = { royalty: "10", minimumPrice: "5", currency: "EUR", maxDiscount: "20", allowThirdPartyStores: true, productTypes: ["poster", "giclee-print"] };
const fieldsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join("."));

describe("licensing schemas", () => {
  it("percentages to basis points", () => {
    expect(["10", "12.5", "12.55", "0", " 7 %", "3,5"].map((s) => parsePercentToBps(s))).toEqual([
      { ok: true, bps: 1_000 },
      { ok: true, bps: 1_250 },
      { ok: true, bps: 1_255 },
      { ok: true, bps: 0 },
      { ok: true, bps: 700 },
      { ok: true, bps: 350 },
    ]);
    for (const bad of ["", "ten", "-5", "12.555", "1e3"]) expect(parsePercentToBps(bad).ok).toBe(false);
  });

  it("parses the artist's form into stored terms (catalogue order, no duplicates)", () => {
    expect(licensingTermsSchema.parse({ ...valid, productTypes: ["poster", "giclee-print", "poster"] })).toEqual({
      royaltyBps: 1_000,
      minimumPriceAmount: 500,
      minimumPriceCurrency: "EUR",
      maxDiscountBps: 2_000,
      allowThirdPartyStores: true,
      allowedProductTypes: ["giclee-print", "poster"],
    });
    expect(licensingTermsSchema.parse({ ...valid, minimumPrice: "0", currency: "JPY" })).toMatchObject({ minimumPriceAmount: 0, minimumPriceCurrency: "JPY" });
  });

  it("names the field of every mistake at once", () => {
    const r = licensingTermsSchema.safeParse({
      royalty: "60",
      minimumPrice: "5.001",
      currency: "EUR",
      maxDiscount: "95",
      allowThirdPartyStores: "yes",
      productTypes: ["mug"],
    });
    expect(fieldsOf(r).sort()).toEqual(["allowThirdPartyStores", "maxDiscount", "minimumPrice", "productTypes.0", "royalty"]);
    expect(r.error?.issues.find((i) => i.path[0] === "royalty")?.message).toBe("The royalty can be at most 50%");
    expect(fieldsOf(licensingTermsSchema.safeParse({ ...valid, currency: "XYZ" }))).toEqual(["currency"]);
  });

  it("an artwork override: null or absent follows the artist; a minimum price needs its currency", () => {
    expect(artworkLicensingTermsSchema.parse({ artworkId: "a1" })).toEqual({
      artworkId: "a1",
      royaltyBps: null,
      minimumPriceAmount: null,
      minimumPriceCurrency: null,
      maxDiscountBps: null,
      allowThirdPartyStores: null,
      productTypesOverridden: false,
      allowedProductTypes: [],
    });
    expect(artworkLicensingTermsSchema.parse({ artworkId: "a1", royalty: "15", minimumPrice: "40", currency: "GBP", productTypes: [] })).toMatchObject({
      royaltyBps: 1_500,
      minimumPriceAmount: 4_000,
      minimumPriceCurrency: "GBP",
      productTypesOverridden: true,
      allowedProductTypes: [],
    });
    expect(fieldsOf(artworkLicensingTermsSchema.safeParse({ artworkId: "a1", minimumPrice: "40" }))).toEqual(["currency"]);
  });
});
