import type { LicensedPriceTerms } from "../money/split.ts";
import { convertAtReferenceRate } from "../money/reference-rates.ts";
import { PLATFORM_LICENSING_DEFAULTS, type LicensingTermsValues } from "./defaults.ts";

/** Where a term came from: the artwork's own override, the artist's terms, or the platform's defaults. */
export type TermsSource = "artwork" | "artist" | "platform";
export type TermKey = "royalty" | "minimumPrice" | "maxDiscount" | "allowThirdPartyStores" | "allowedProductTypes";

export interface EffectiveTerms extends LicensingTermsValues {
  sources: Record<TermKey, TermsSource>;
  /** the versions they were read at (null: no row), for snapshots */
  artistTermsVersion: number | null;
  artworkTermsVersion: number | null;
}

/** An ArtistLicensingTerms row (or its shape). */
export type ArtistTermsRow = LicensingTermsValues & { version: number };

/** An ArtworkLicensingTerms row (or its shape): null fields follow the artist. */
export interface ArtworkOverrideRow {
  royaltyBps: number | null;
  minimumPriceAmount: number | null;
  minimumPriceCurrency: string | null;
  maxDiscountBps: number | null;
  allowThirdPartyStores: boolean | null;
  productTypesOverridden: boolean;
  allowedProductTypes: string[];
  version: number;
}

/**
 * The terms that bind a work, field by field: the artwork's override ?? the artist's terms ?? the platform's
 * defaults. The minimum price and its currency travel together. Pure; the database readers are in read.ts.
 */
export function effectiveTerms(
  artist: ArtistTermsRow | null,
  artwork: ArtworkOverrideRow | null = null,
  defaults = PLATFORM_LICENSING_DEFAULTS,
): EffectiveTerms {
  const base: LicensingTermsValues = artist ?? defaults;
  const baseSource: TermsSource = artist ? "artist" : "platform";
  const pick = <T>(own: T | null | undefined, inherited: T): [T, TermsSource] =>
    own === null || own === undefined ? [inherited, baseSource] : [own, "artwork"];
  const [royaltyBps, royaltySource] = pick(artwork?.royaltyBps, base.royaltyBps);
  const [maxDiscountBps, discountSource] = pick(artwork?.maxDiscountBps, base.maxDiscountBps);
  const [allowThirdPartyStores, storesSource] = pick(artwork?.allowThirdPartyStores, base.allowThirdPartyStores);
  const ownFloor = artwork?.minimumPriceAmount !== null && artwork?.minimumPriceAmount !== undefined && artwork.minimumPriceCurrency !== null;
  const ownTypes = artwork?.productTypesOverridden === true;
  return {
    royaltyBps,
    minimumPriceAmount: ownFloor ? artwork.minimumPriceAmount! : base.minimumPriceAmount,
    minimumPriceCurrency: ownFloor ? artwork.minimumPriceCurrency! : base.minimumPriceCurrency,
    maxDiscountBps,
    allowThirdPartyStores,
    allowedProductTypes: ownTypes ? [...artwork.allowedProductTypes] : [...base.allowedProductTypes],
    sources: {
      royalty: royaltySource,
      minimumPrice: ownFloor ? "artwork" : baseSource,
      maxDiscount: discountSource,
      allowThirdPartyStores: storesSource,
      allowedProductTypes: ownTypes ? "artwork" : baseSource,
    },
    artistTermsVersion: artist?.version ?? null,
    artworkTermsVersion: artwork?.version ?? null,
  };
}

/** The terms the split engine enforces, in the currency of a line: the floor converted at the reference rates, rounded up. */
export function termsInCurrency(
  terms: Pick<LicensingTermsValues, "royaltyBps" | "minimumPriceAmount" | "minimumPriceCurrency" | "maxDiscountBps">,
  currency: string,
): LicensedPriceTerms {
  return {
    royaltyBps: terms.royaltyBps,
    minimumUnitAmount: convertAtReferenceRate(terms.minimumPriceAmount, terms.minimumPriceCurrency, currency),
    maxDiscountBps: terms.maxDiscountBps,
  };
}
