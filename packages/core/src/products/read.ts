import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { ensureProductCatalogue } from "./sync.ts";

export interface CatalogueVariantView {
  code: string;
  name: string;
  printWidthMm: number | null;
  printHeightMm: number | null;
  /** what the print lab charges for one unit, in minor units of `currency` */
  productionCostAmount: number;
  suggestedPriceAmount: number;
}

export interface CatalogueTypeView {
  code: string;
  name: string;
  description: string;
  fulfilment: "PRINT_LAB" | "DIGITAL";
  variants: CatalogueVariantView[];
}

export interface ProductCatalogue {
  currency: string;
  productTypes: CatalogueTypeView[];
}

/** The products on offer (active types and variants, in catalogue order) with the price table in one currency. */
export async function readProductCatalogue(db: Db, currency: string): Promise<ProductCatalogue> {
  await ensureProductCatalogue(db);
  const types = await db.productType.findMany({
    where: { active: true },
    orderBy: { position: "asc" },
    include: {
      variants: {
        where: { active: true },
        orderBy: { position: "asc" },
        include: { prices: { where: { currency }, select: { productionCostAmount: true, suggestedPriceAmount: true } } },
      },
    },
  });
  const productTypes = types.map((t) => ({
    code: t.code,
    name: t.name,
    description: t.description,
    fulfilment: t.fulfilment,
    variants: t.variants.map((v) => {
      const price = v.prices[0];
      if (!price)
        throw new AppError("BAD_REQUEST", `Products are not priced in ${currency}.`, {
          fieldErrors: { currency: [`Products are not priced in ${currency}.`] },
        });
      return {
        code: v.code,
        name: v.name,
        printWidthMm: v.printWidthMm,
        printHeightMm: v.printHeightMm,
        productionCostAmount: price.productionCostAmount,
        suggestedPriceAmount: price.suggestedPriceAmount,
      };
    }),
  }));
  return { currency, productTypes };
}

/** One variant's production cost in one currency, for listings and checkout; NOT_FOUND for an unknown or retired variant. */
export async function productionCostOf(db: Db, variantCode: string, currency: string) {
  await ensureProductCatalogue(db);
  const row = await db.productVariantPrice.findFirst({
    where: { variantCode, currency, variant: { active: true, productType: { active: true } } },
    select: { productionCostAmount: true, variant: { select: { productTypeCode: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "This product is not offered.");
  return { productTypeCode: row.variant.productTypeCode, productionCostAmount: row.productionCostAmount };
}
