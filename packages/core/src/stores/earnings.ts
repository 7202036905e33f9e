import type { Db } from "@atelier/db";
import { effectiveTermsOfArtwork } from "../licensing/read.ts";
import { termsInCurrency } from "../licensing/effective.ts";
import { licensedTermsViolations, maxDiscountAmount, splitLicensedItem } from "../money/licensed-split.ts";
import { productionCostOf } from "../products/read.ts";
import type { ListingView } from "./listing-view.ts";

/** Where one unit's price goes at the listing's price and discount under the artwork's terms now (the split engine's parts). */
export interface ListingEarnings {
  chargedAmount: number;
  productionAmount: number;
  creatorAmount: number;
  storeAmount: number;
  platformFeeAmount: number;
}

/**
 * The seller's listings with what one sale pays each party (null when the listing no longer keeps the terms:
 * it cannot be sold until repriced). Terms are read once per artwork.
 */
export async function withEarnings(db: Db, platformFeeBps: number, listings: ListingView[]) {
  const terms = new Map<string, Awaited<ReturnType<typeof effectiveTermsOfArtwork>>>();
  const out: (ListingView & { earnings: ListingEarnings | null })[] = [];
  for (const l of listings) {
    if (!terms.has(l.artwork.id)) terms.set(l.artwork.id, await effectiveTermsOfArtwork(db, l.artwork.id));
    const cost = await productionCostOf(db, l.product.variantCode, l.currency).catch(() => null);
    const input = {
      currency: l.currency,
      seller: l.seller,
      unitAmount: l.unitAmount,
      quantity: 1,
      discountAmount: maxDiscountAmount(l.unitAmount, l.discountBps),
      productionCostAmount: cost?.productionCostAmount ?? 0,
      shippingAmount: 0,
      platformFeeBps,
      terms: termsInCurrency(terms.get(l.artwork.id)!, l.currency),
    };
    if (!cost || licensedTermsViolations(input).length) {
      out.push({ ...l, earnings: null });
      continue;
    }
    const s = splitLicensedItem(input);
    out.push({
      ...l,
      earnings: {
        chargedAmount: s.chargedAmount,
        productionAmount: s.productionAmount,
        creatorAmount: s.creatorAmount,
        storeAmount: s.storeAmount,
        platformFeeAmount: s.platformFeeAmount,
      },
    });
  }
  return out;
}
