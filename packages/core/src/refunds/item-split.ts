import { licensedRefundSplit, refundSplit } from "../money/index.ts";

/** A refund's parts as the Refund row stores them: amount = artist + store + lab + platform. */
export interface RefundParts {
  artistAmount: number;
  storeAmount: number;
  /** taken back from the print lab (its order cancelled before production) */
  labAmount: number;
  platformAmount: number;
  /** of platformAmount: the lab's part the platform bears because the lab keeps its cost */
  labCostBorneAmount: number;
}

export interface RefundableItem {
  listingSeller: "STORE" | "ARTIST_SHOP" | null;
  subtotalAmount: number;
  shippingAmount: number;
  commissionAmount: number;
  artistAmount: number;
  storeAmount: number;
  labAmount: number;
}

/** The print lab's order can still be cancelled (or never existed): its cost comes back with a full refund. */
export const LAB_CANCELLABLE = new Set(["PENDING", "CREATED", "CANCELLED", "FAILED"]);

/**
 * How a refund of `amount` of one order item divides (core/money/split.ts has the rules): an artwork between artist
 * and platform (refundSplit); a licensed product among creator, store, print lab and platform (licensedRefundSplit),
 * where the lab gives its part back only when `labGivesBack` — a full refund whose lab order is cancelled before
 * production (or a download: nothing was made). Otherwise the lab keeps its cost and the platform bears its part.
 */
export function refundPartsOf(item: RefundableItem, alreadyRefunded: number, amount: number, labGivesBack: boolean): RefundParts {
  const totalAmount = item.subtotalAmount + item.shippingAmount;
  if (!item.listingSeller) {
    const s = refundSplit({ totalAmount, artistAmount: item.artistAmount }, alreadyRefunded, amount);
    return { artistAmount: s.artistAmount, storeAmount: 0, labAmount: 0, platformAmount: s.platformAmount, labCostBorneAmount: 0 };
  }
  const s = licensedRefundSplit(
    { totalAmount, labAmount: item.labAmount, creatorAmount: item.artistAmount, storeAmount: item.storeAmount, platformFeeAmount: item.commissionAmount },
    alreadyRefunded,
    amount,
    { labKeepsItsCost: !labGivesBack },
  );
  return {
    artistAmount: s.creatorAmount,
    storeAmount: s.storeAmount,
    labAmount: s.labAmount,
    platformAmount: s.platformAmount,
    labCostBorneAmount: s.labCostBorneByPlatformAmount,
  };
}
