import { PRODUCT_TYPE_CODES } from "../products/catalogue.ts";

/** One set of licensing terms as stored: an artist's, or what an artwork ends up with. Amounts in minor units. */
export interface LicensingTermsValues {
  /** the creator's royalty on a third-party store's sale, in basis points of the charged price (after discount) */
  royaltyBps: number;
  /** the least one unit may be charged after any discount, in minor units of minimumPriceCurrency */
  minimumPriceAmount: number;
  minimumPriceCurrency: string;
  /** the largest discount a seller may give, in basis points of the list price */
  maxDiscountBps: number;
  allowThirdPartyStores: boolean;
  /** ProductType codes the work may be made into */
  allowedProductTypes: string[];
}

/**
 * The platform's terms for an artist who has set none (the seed's defaults: 10% royalty, a €5 floor, at most
 * 20% off, every product type). Third-party stores are NOT allowed until the artist says so: a stranger's shop
 * selling T-shirts of someone's work needs that artist's yes, not their silence. The artist's own shop needs no
 * such consent.
 */
export const PLATFORM_LICENSING_DEFAULTS: LicensingTermsValues = {
  royaltyBps: 1_000,
  minimumPriceAmount: 500,
  minimumPriceCurrency: "EUR",
  maxDiscountBps: 2_000,
  allowThirdPartyStores: false,
  allowedProductTypes: [...PRODUCT_TYPE_CODES],
};

/** Limits people are held to (the database's CHECKs allow 0–100%). A royalty above half leaves a store too little to sell on; a discount above 90% is a giveaway. */
export const MAX_ROYALTY_BPS = 5_000;
export const MAX_DISCOUNT_BPS = 9_000;
