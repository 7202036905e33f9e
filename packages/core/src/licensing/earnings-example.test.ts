import { describe, expect, it } from "vitest";
import { convertAtReferenceRate } from "../money/reference-rates.ts";
import { PRODUCT_CATALOGUE } from "../products/catalogue.ts";
import type { ProductCatalogue } from "../products/read.ts";
import { PLATFORM_LICENSING_DEFAULTS } from "./defaults.ts";
import { earningsExample } from "./earnings-example.ts";
import { effectiveTerms } from "./effective.ts";

/** The catalogue file priced in one currency, as readProductCatalogue returns it from the database. */
const catalogueIn = (currency: string): ProductCatalogue => ({
  currency,
  productTypes: PRODUCT_CATALOGUE.map((t) => ({
    code: t.code,
    name: t.name,
    description: t.description,
    fulfilment: t.fulfilment,
    variants: t.variants.map((v) => ({
      code: v.code,
      name: v.name,
      printWidthMm: v.printMm?.width ?? null,
      printHeightMm: v.printMm?.height ?? null,
      productionCostAmount: convertAtReferenceRate(v.productionCostEuroCents, "EUR", currency),
      suggestedPriceAmount: convertAtReferenceRate(v.suggestedPriceEuroCents, "EUR", currency),
    })),
  })),
});

describe("the studio's earnings example", () => {
  const stores = effectiveTerms({
    ...PLATFORM_LICENSING_DEFAULTS,
    allowThirdPartyStores: true,
    allowedProductTypes: ["giclee-print", "digital-download"],
    version: 1,
  });

  it("shows every product type and variant; what the artist earns at the suggested price, at the deepest discount, and in their own shop", () => {
    const ex = earningsExample(stores, catalogueIn("EUR"), 1_000);
    expect(ex.rows).toHaveLength(PRODUCT_CATALOGUE.reduce((n, t) => n + t.variants.length, 0));
    expect(ex.rows.find((r) => r.variantCode === "giclee-a3")).toEqual({
      productTypeCode: "giclee-print",
      productTypeName: "Giclée print",
      variantCode: "giclee-a3",
      variantName: "A3 (29.7 × 42 cm)",
      licensed: true,
      productionCostAmount: 1_900,
      examplePriceAmount: 4_500,
      lowestStorePriceAmount: 2_374,
      store: { atExamplePrice: { chargedAmount: 4_500, creatorAmount: 450 }, atDeepestDiscount: { chargedAmount: 3_600, creatorAmount: 360 } },
      ownShop: { chargedAmount: 4_500, creatorAmount: 2_150 },
    });
    expect(ex.rows.find((r) => r.variantCode === "digital-personal")?.ownShop).toEqual({ chargedAmount: 1_200, creatorAmount: 1_080 });
    expect(ex.rows.filter((r) => r.productTypeCode === "tshirt").every((r) => !r.licensed && r.store === null && r.ownShop === null)).toBe(true);
  });

  it("without third-party stores only the own shop earns; a high floor raises the example price and stops the discount there", () => {
    const closed = effectiveTerms({ ...PLATFORM_LICENSING_DEFAULTS, version: 1 });
    const row = earningsExample(closed, catalogueIn("EUR"), 1_000).rows.find((r) => r.variantCode === "poster-a3")!;
    expect([row.store, row.lowestStorePriceAmount, row.ownShop?.creatorAmount]).toEqual([null, null, 2_400 - 750 - 240]);
    const high = effectiveTerms({ ...PLATFORM_LICENSING_DEFAULTS, allowThirdPartyStores: true, minimumPriceAmount: 3_000, version: 1 });
    const postcard = earningsExample(high, catalogueIn("EUR"), 1_000).rows.find((r) => r.variantCode === "postcard-a6")!;
    expect(postcard.examplePriceAmount).toBe(3_000);
    expect(postcard.store?.atDeepestDiscount).toEqual({ chargedAmount: 3_000, creatorAmount: 300 });
  });

  it("works in the currency asked for (the floor converted), e.g. yen", () => {
    const row = earningsExample(stores, catalogueIn("JPY"), 1_000).rows.find((r) => r.variantCode === "giclee-a4")!;
    expect(row.productionCostAmount).toBe(2_225); // €12.50 × 178
    expect(row.examplePriceAmount).toBe(6_230);
    expect(row.store?.atExamplePrice.creatorAmount).toBe(623);
  });
});
