import { lowestViableAmount, maxDiscountAmount, splitLicensedItem, type LicensedSeller } from "../money/split.ts";
import type { ProductCatalogue } from "../products/read.ts";
import { termsInCurrency, type EffectiveTerms } from "./effective.ts";

/** One sale as the artist would see it: the price the buyer pays and the artist's part of it. */
export interface ExampleSale {
  chargedAmount: number;
  creatorAmount: number;
}

export interface EarningsExampleRow {
  productTypeCode: string;
  productTypeName: string;
  variantCode: string;
  variantName: string;
  /** false: the terms do not license the work as this product (nothing below is computed) */
  licensed: boolean;
  productionCostAmount: number;
  /** the catalogue's suggested price, raised to the least these terms allow */
  examplePriceAmount: number;
  /** the least a unit may be charged after any discount: the floor, or what pays production, royalty and fee */
  lowestStorePriceAmount: number | null;
  /** a third-party store's sale at the example price, and at the deepest discount the terms allow; null when stores may not sell */
  store: { atExamplePrice: ExampleSale; atDeepestDiscount: ExampleSale } | null;
  /** the same sale in the artist's own shop (no store share) */
  ownShop: ExampleSale | null;
}

export interface EarningsExample {
  currency: string;
  platformFeeBps: number;
  rows: EarningsExampleRow[];
}

/**
 * What the artist earns on each product type and variant under `terms`, computed by the split engine itself
 * (so the studio shows exactly what a sale would pay). Pure: the catalogue and the fee come in.
 */
export function earningsExample(terms: EffectiveTerms, catalogue: ProductCatalogue, platformFeeBps: number): EarningsExample {
  const currency = catalogue.currency;
  const priceTerms = termsInCurrency(terms, currency);
  const sale = (seller: LicensedSeller, unitAmount: number, discountAmount: number, productionCostAmount: number): ExampleSale => {
    const s = splitLicensedItem({
      currency,
      seller,
      unitAmount,
      quantity: 1,
      discountAmount,
      productionCostAmount,
      shippingAmount: 0,
      platformFeeBps,
      terms: priceTerms,
    });
    return { chargedAmount: s.chargedAmount, creatorAmount: s.creatorAmount };
  };
  const rows = catalogue.productTypes.flatMap((type) =>
    type.variants.map((v): EarningsExampleRow => {
      const licensed = terms.allowedProductTypes.includes(type.code);
      const viable = (seller: LicensedSeller) =>
        lowestViableAmount({ seller, productionAmount: v.productionCostAmount, royaltyBps: priceTerms.royaltyBps, platformFeeBps }) ?? Number.MAX_SAFE_INTEGER;
      const lowestStore = Math.max(priceTerms.minimumUnitAmount, viable("STORE"));
      const lowestShop = Math.max(priceTerms.minimumUnitAmount, viable("ARTIST_SHOP"));
      const examplePriceAmount = Math.max(v.suggestedPriceAmount, lowestStore, lowestShop);
      const base = {
        productTypeCode: type.code,
        productTypeName: type.name,
        variantCode: v.code,
        variantName: v.name,
        licensed,
        productionCostAmount: v.productionCostAmount,
        examplePriceAmount,
      };
      if (!licensed || examplePriceAmount === Number.MAX_SAFE_INTEGER)
        return { ...base, licensed: false, lowestStorePriceAmount: null, store: null, ownShop: null };
      const deepest = Math.max(0, Math.min(maxDiscountAmount(examplePriceAmount, priceTerms.maxDiscountBps), examplePriceAmount - lowestStore));
      return {
        ...base,
        lowestStorePriceAmount: terms.allowThirdPartyStores ? lowestStore : null,
        store: terms.allowThirdPartyStores
          ? {
              atExamplePrice: sale("STORE", examplePriceAmount, 0, v.productionCostAmount),
              atDeepestDiscount: sale("STORE", examplePriceAmount, deepest, v.productionCostAmount),
            }
          : null,
        ownShop: sale("ARTIST_SHOP", examplePriceAmount, 0, v.productionCostAmount),
      };
    }),
  );
  return { currency, platformFeeBps, rows };
}
