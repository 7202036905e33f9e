import type { Db } from "@atelier/db";
import { CURRENCIES } from "../money/currencies.ts";
import { convertAtReferenceRate } from "../money/reference-rates.ts";
import { logger } from "../observability/logger.ts";
import { PRODUCT_CATALOGUE, type CatalogueProductType } from "./catalogue.ts";

export interface ProductSyncSummary {
  productTypes: number;
  variants: number;
  /** rows inserted or changed (types, variants, prices) */
  written: number;
  /** types and variants in the database but no longer in the file: kept for what was sold, marked inactive */
  retired: number;
}

type Row = Record<string, unknown>;
const same = (a: Row | undefined, b: Row) => a !== undefined && Object.keys(b).every((k) => a[k] === b[k]);

/**
 * Loads the repo's catalogue (./catalogue.ts) into ProductType, ProductVariant and ProductVariantPrice: the
 * price table gets every accepted currency, converted from euro cents at the reference rates (rounded up).
 * Only what differs is written, in one transaction (the price table in one statement); a second run writes nothing. Types and variants that left
 * the file are marked inactive, never deleted (sold items keep their codes).
 */
export async function syncProductCatalogue(db: Db, catalogue: readonly CatalogueProductType[] = PRODUCT_CATALOGUE): Promise<ProductSyncSummary> {
  const types = catalogue.map((t, position) => ({
    code: t.code,
    name: t.name,
    description: t.description,
    fulfilment: t.fulfilment,
    position,
    active: t.active ?? true,
  }));
  const variants = catalogue.flatMap((t) =>
    t.variants.map((v, position) => ({
      code: v.code,
      productTypeCode: t.code,
      name: v.name,
      printWidthMm: v.printMm?.width ?? null,
      printHeightMm: v.printMm?.height ?? null,
      position,
      active: v.active ?? true,
    })),
  );
  const prices = catalogue.flatMap((t) =>
    t.variants.flatMap((v) =>
      CURRENCIES.map((currency) => ({
        variantCode: v.code,
        currency,
        productionCostAmount: convertAtReferenceRate(v.productionCostEuroCents, "EUR", currency),
        suggestedPriceAmount: convertAtReferenceRate(v.suggestedPriceEuroCents, "EUR", currency),
      })),
    ),
  );
  return db.$transaction(
    async (tx) => {
      const [storedTypes, storedVariants, storedPrices] = await Promise.all([
        tx.productType.findMany(),
        tx.productVariant.findMany(),
        tx.productVariantPrice.findMany(),
      ]);
      const byCode = <T extends { code: string }>(rows: T[]) => new Map(rows.map((r) => [r.code, r as unknown as Row]));
      const typeRows = byCode(storedTypes);
      const variantRows = byCode(storedVariants);
      const priceRows = new Map(storedPrices.map((p) => [`${p.variantCode}/${p.currency}`, p as unknown as Row]));
      let written = 0;
      for (const t of types.filter((t) => !same(typeRows.get(t.code), t))) {
        await tx.productType.upsert({ where: { code: t.code }, create: t, update: t });
        written++;
      }
      for (const v of variants.filter((v) => !same(variantRows.get(v.code), v))) {
        await tx.productVariant.upsert({ where: { code: v.code }, create: v, update: v });
        written++;
      }
      const changedPrices = prices.filter((p) => !same(priceRows.get(`${p.variantCode}/${p.currency}`), p));
      if (changedPrices.length) {
        await tx.$executeRaw`
        INSERT INTO "ProductVariantPrice" ("variantCode", "currency", "productionCostAmount", "suggestedPriceAmount")
        SELECT r."variantCode", r.currency, r."productionCostAmount", r."suggestedPriceAmount"
          FROM jsonb_to_recordset(${JSON.stringify(changedPrices)}::jsonb)
            AS r("variantCode" text, currency text, "productionCostAmount" int, "suggestedPriceAmount" int)
        ON CONFLICT ("variantCode", "currency") DO UPDATE
          SET "productionCostAmount" = EXCLUDED."productionCostAmount", "suggestedPriceAmount" = EXCLUDED."suggestedPriceAmount"`;
        written += changedPrices.length;
      }
      const retiredTypes = await tx.productType.updateMany({ where: { code: { notIn: types.map((t) => t.code) }, active: true }, data: { active: false } });
      const retiredVariants = await tx.productVariant.updateMany({
        where: { code: { notIn: variants.map((v) => v.code) }, active: true },
        data: { active: false },
      });
      return { productTypes: types.length, variants: variants.length, written, retired: retiredTypes.count + retiredVariants.count };
    },
    { timeout: 30_000 },
  );
}

const loaded = new WeakMap<object, Promise<void>>();

/**
 * Makes sure this database holds the repo's catalogue before it is read: the first call per database client
 * syncs (usually the seed already did, and nothing is written); later calls wait for that one. A failure is
 * logged and forgotten, so the next read tries again.
 */
export function ensureProductCatalogue(db: Db): Promise<void> {
  let p = loaded.get(db);
  if (!p) {
    p = syncProductCatalogue(db).then(
      () => undefined,
      (e: unknown) => {
        loaded.delete(db);
        logger().error("products: could not load the product catalogue", { err: e });
        throw e;
      },
    );
    loaded.set(db, p);
  }
  return p;
}
