import { PRODUCT_CATALOGUE } from "@atelier/core/products/catalogue";
import { productionCostOf } from "@atelier/core/products/read";
import { syncProductCatalogue } from "@atelier/core/products/sync";
import { CURRENCIES } from "@atelier/core/money";
import { describe, expect, it } from "vitest";
import { callerAs, useTestDatabase } from "../harness.ts";
import { outcomeOf } from "../orders/helpers.ts";

const h = useTestDatabase();
const VARIANTS = PRODUCT_CATALOGUE.reduce((n, t) => n + t.variants.length, 0);

describe("the product catalogue", () => {
  it("loads the repo's file once: every variant priced in every accepted currency; a second sync writes nothing", async () => {
    const first = await syncProductCatalogue(h.db);
    expect(first).toEqual({ productTypes: 7, variants: VARIANTS, written: 7 + VARIANTS + VARIANTS * CURRENCIES.length, retired: 0 });
    expect(await syncProductCatalogue(h.db)).toMatchObject({ written: 0, retired: 0 });
    expect(await h.db.productVariantPrice.count()).toBe(VARIANTS * CURRENCIES.length);
  });

  it("the public price table, in euros and converted at the reference rates (rounded up)", async () => {
    const anyone = await callerAs(h.db, null);
    const eur = await anyone.product.catalogue({});
    expect(eur.currency).toBe("EUR");
    expect(eur.productTypes.map((t) => t.code)).toEqual(["giclee-print", "canvas", "poster", "postcard", "tote", "tshirt", "digital-download"]);
    expect(eur.productTypes[0]!.variants.map((v) => [v.code, v.productionCostAmount, v.printWidthMm, v.printHeightMm])).toEqual([
      ["giclee-a4", 1_250, 210, 297],
      ["giclee-a3", 1_900, 297, 420],
      ["giclee-a2", 2_900, 420, 594],
    ]);
    const usd = await anyone.product.catalogue({ currency: "USD" });
    expect(usd.productTypes[0]!.variants[0]).toMatchObject({ productionCostAmount: 1_450, suggestedPriceAmount: 4_060 });
    expect((await outcomeOf(anyone.product.catalogue({ currency: "XYZ" }))).fields).toHaveProperty("currency");
  });

  it("a file that drops a variant retires it (kept for what was sold), and a changed cost is rewritten", async () => {
    const changed = PRODUCT_CATALOGUE.map((t) => (t.code === "poster" ? { ...t, variants: [{ ...t.variants[0], productionCostEuroCents: 800 }] } : t));
    const r = await syncProductCatalogue(h.db, changed);
    expect(r.retired).toBe(1);
    expect(r.written).toBe(CURRENCIES.length);
    expect(await productionCostOf(h.db, "poster-a3", "EUR")).toEqual({ productTypeCode: "poster", productionCostAmount: 800 });
    await expect(productionCostOf(h.db, "poster-50x70", "EUR")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await syncProductCatalogue(h.db);
    expect(await h.db.productVariant.findUniqueOrThrow({ where: { code: "poster-50x70" } })).toMatchObject({ active: true });
  });
});
