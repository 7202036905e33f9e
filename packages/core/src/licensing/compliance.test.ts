import { describe, expect, it } from "vitest";
import { PLATFORM_LICENSING_DEFAULTS } from "./defaults.ts";
import { checkListingCompliance, noncompliantListings, type ListingForCompliance } from "./compliance.ts";
import { effectiveTerms } from "./effective.ts";

const terms = effectiveTerms({ ...PLATFORM_LICENSING_DEFAULTS, allowThirdPartyStores: true, allowedProductTypes: ["giclee-print", "poster"], version: 1 });
const a3: ListingForCompliance = {
  seller: "STORE",
  productTypeCode: "giclee-print",
  currency: "EUR",
  unitAmount: 4_500,
  discountBps: 0,
  productionCostAmount: 1_900,
};
const fee = { platformFeeBps: 1_000 };

describe("listing compliance (what the stores part runs after a terms change)", () => {
  it("a listing within the terms complies", () => {
    expect(checkListingCompliance(a3, terms, fee)).toEqual({ compliant: true, problems: [], pauseReason: null });
    expect(checkListingCompliance({ ...a3, discountBps: 2_000 }, terms, fee).compliant).toBe(true);
  });

  it("names every reason, with the field and the words the store is told", () => {
    const closed = effectiveTerms({
      ...PLATFORM_LICENSING_DEFAULTS,
      minimumPriceAmount: 5_000,
      maxDiscountBps: 1_000,
      allowedProductTypes: ["poster"],
      version: 2,
    });
    const r = checkListingCompliance({ ...a3, discountBps: 1_500 }, closed, fee);
    expect(r.compliant).toBe(false);
    expect(r.problems.map((p) => [p.code, p.field])).toEqual([
      ["STORES_NOT_ALLOWED", "store"],
      ["PRODUCT_TYPE_NOT_ALLOWED", "productType"],
      ["BELOW_MINIMUM_PRICE", "price"],
      ["DISCOUNT_ABOVE_CAP", "discount"],
    ]);
    expect(r.pauseReason).toBe(
      "Paused: The artist does not allow third-party stores to sell this work. The artist does not license this work as a giclée print. " +
        "The artist's minimum price is €50.00 a unit; this price is €45.00. The artist allows at most 10% off (€4.50 here); this discount is €6.75.",
    );
  });

  it("the artist's own shop is never stopped by the stores switch, but keeps the floor and the product list", () => {
    const noStores = effectiveTerms({ ...PLATFORM_LICENSING_DEFAULTS, version: 1 });
    expect(checkListingCompliance({ ...a3, seller: "ARTIST_SHOP" }, noStores, fee).compliant).toBe(true);
    expect(checkListingCompliance({ ...a3, seller: "ARTIST_SHOP", unitAmount: 400, productionCostAmount: 0 }, noStores, fee).problems[0]?.code).toBe(
      "BELOW_MINIMUM_PRICE",
    );
  });

  it("floors in another currency are converted before comparing (¥ listing, € floor)", () => {
    const yen = { ...a3, currency: "JPY", unitAmount: 889, productionCostAmount: 0, productTypeCode: "poster" };
    expect(checkListingCompliance(yen, terms, fee).problems.map((p) => p.message)).toEqual([
      "The artist's minimum price is JP¥890 a unit; this price is JP¥889.",
    ]);
  });

  it("picks out the listings a change leaves non-compliant", () => {
    const stricter = effectiveTerms({ ...PLATFORM_LICENSING_DEFAULTS, allowThirdPartyStores: true, minimumPriceAmount: 4_000, version: 2 });
    const listings = [
      { id: "ok", ...a3 },
      { id: "cheap", ...a3, unitAmount: 3_500 },
      { id: "deep", ...a3, discountBps: 2_000 },
    ];
    expect(noncompliantListings(listings, stricter, fee).map((x) => [x.listing.id, x.problems[0]?.code])).toEqual([
      ["cheap", "BELOW_MINIMUM_PRICE"],
      ["deep", "DISCOUNT_BELOW_MINIMUM_PRICE"],
    ]);
  });
});
