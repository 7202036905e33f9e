import type { EffectiveTerms } from "./effective.ts";

/**
 * What a licensed order item records of the terms it was sold under (a JSON column written by checkout), so
 * that changing terms never rewrites a sale: reports, refunds and disputes read the snapshot, never the
 * current terms.
 */
export interface LicensingTermsSnapshot {
  royaltyBps: number;
  minimumPriceAmount: number;
  minimumPriceCurrency: string;
  maxDiscountBps: number;
  allowThirdPartyStores: boolean;
  allowedProductTypes: string[];
  artistTermsVersion: number | null;
  artworkTermsVersion: number | null;
  /** the platform's fee on licensed products at the time (COMMISSION_LICENSED_BPS) */
  platformFeeBps: number;
  takenAt: string;
}

export function snapshotTerms(terms: EffectiveTerms, platformFeeBps: number, at: Date): LicensingTermsSnapshot {
  return {
    royaltyBps: terms.royaltyBps,
    minimumPriceAmount: terms.minimumPriceAmount,
    minimumPriceCurrency: terms.minimumPriceCurrency,
    maxDiscountBps: terms.maxDiscountBps,
    allowThirdPartyStores: terms.allowThirdPartyStores,
    allowedProductTypes: [...terms.allowedProductTypes],
    artistTermsVersion: terms.artistTermsVersion,
    artworkTermsVersion: terms.artworkTermsVersion,
    platformFeeBps,
    takenAt: at.toISOString(),
  };
}
