import type { Db, Prisma } from "@atelier/db";
import type { CartLine } from "../cart/lines.ts";
import { productLineDiscount, productProblem, loadListingForCart } from "../cart/product-lines.ts";
import { AppError } from "../errors.ts";
import type { Tx } from "../inventory/tx.ts";
import { checkListingCompliance } from "../licensing/compliance.ts";
import { termsInCurrency } from "../licensing/effective.ts";
import { effectiveTermsOfArtwork } from "../licensing/read.ts";
import { snapshotTerms } from "../licensing/snapshot.ts";
import { splitLicensedItem } from "../money/licensed-split.ts";
import { labShippingAmount } from "../products/lab-shipping.ts";
import { productionCostOf } from "../products/read.ts";

/** One licensed product line, priced and split for the order (the OrderItem's columns). */
export type LicensedOrderItem = Omit<Prisma.OrderItemCreateManyInput, "orderId"> & {
  sellerId: string;
  title: string;
  artistName: string;
  quantity: number;
  unitAmount: number;
  subtotalAmount: number;
  shippingAmount: number;
  discountAmount: number;
  listingId: string;
  listingUpdatedAt: Date;
};

const refuse = (message: string) => new AppError("CONFLICT", message, { fieldErrors: { items: [message] } });

/**
 * The licensed lines of a checkout, each checked again against the artist's terms as they are now and split
 * four ways (core/money/licensed-split.ts): the listing must still be on sale, the store still allowed, the product
 * type still licensed, and the price after its discount at or above the floor and able to pay production, royalty
 * and fee. A listing that no longer keeps the terms is refused here even if the job that pauses such listings has
 * not run yet (the terms changed a moment ago). Read before the order's transaction; `confirmListingsUnchanged`
 * checks under it that no listing moved meanwhile.
 */
export async function priceLicensedLines(db: Db, platformFeeBps: number, buyerId: string, lines: CartLine[], now: Date): Promise<LicensedOrderItem[]> {
  const out: LicensedOrderItem[] = [];
  for (const line of lines) {
    const listing = line.product ? await loadListingForCart(db, line.product.listingId) : null;
    if (!listing) throw refuse(`${line.title} is no longer on sale: remove it from your cart.`);
    const name = `${listing.variant.productType.name} of ${listing.artwork.title}`;
    const problem = productProblem(listing, buyerId, line.quantity);
    if (problem) throw refuse(`${problem}.`);
    const [terms, cost] = await Promise.all([effectiveTermsOfArtwork(db, listing.artworkId), productionCostOf(db, listing.variantCode, listing.currency)]);
    const compliance = checkListingCompliance(
      {
        seller: listing.seller,
        productTypeCode: cost.productTypeCode,
        currency: listing.currency,
        unitAmount: listing.unitAmount,
        discountBps: listing.discountBps,
        productionCostAmount: cost.productionCostAmount,
      },
      terms,
      { platformFeeBps },
    );
    if (!compliance.compliant) throw refuse(`The ${name} can't be sold as it stands: ${compliance.problems[0]!.message} Remove it from your cart.`);
    const shippingAmount = labShippingAmount(cost.productTypeCode, listing.currency);
    let split;
    try {
      split = splitLicensedItem({
        currency: listing.currency,
        seller: listing.seller,
        unitAmount: listing.unitAmount,
        quantity: line.quantity,
        discountAmount: productLineDiscount(listing.unitAmount, listing.discountBps, line.quantity),
        productionCostAmount: cost.productionCostAmount,
        shippingAmount,
        platformFeeBps,
        terms: termsInCurrency(terms, listing.currency),
      });
    } catch (e) {
      if (e instanceof AppError) throw refuse(`The ${name} can't be sold as it stands: ${e.message} Remove it from your cart.`);
      throw e;
    }
    const storeOwnerId = listing.seller === "STORE" ? listing.store!.ownerUserId : null;
    out.push({
      artworkId: listing.artworkId,
      sellerId: listing.artwork.artist.userId,
      artistName: listing.artwork.artist.displayName,
      title: `${listing.artwork.title} — ${listing.variant.productType.name}, ${listing.variant.name}`,
      kind: listing.artwork.kind,
      quantity: split.quantity,
      unitAmount: split.unitAmount,
      grossAmount: split.grossAmount,
      discountAmount: split.discountAmount,
      subtotalAmount: split.chargedAmount,
      shippingAmount: split.shippingAmount,
      commissionBps: split.platformFeeBps,
      commissionAmount: split.platformFeeAmount,
      artistAmount: split.creatorAmount,
      storeAmount: split.storeAmount,
      productionAmount: split.productionAmount,
      labAmount: split.labAmount,
      royaltyBps: split.royaltyBps,
      listingId: listing.id,
      listingUpdatedAt: listing.updatedAt,
      listingSeller: listing.seller,
      storeId: listing.storeId,
      storeOwnerId,
      variantCode: listing.variantCode,
      productTypeCode: cost.productTypeCode,
      licensingTerms: snapshotTerms(terms, platformFeeBps, now) as unknown as Prisma.InputJsonValue,
    });
  }
  return out;
}

/** Under the order's transaction: every listing priced is still ACTIVE and unchanged since it was read (else the buyer reviews the cart). */
export async function confirmListingsUnchanged(tx: Tx, items: LicensedOrderItem[]): Promise<void> {
  for (const i of items) {
    const same = await tx.listing.count({ where: { id: i.listingId, status: "ACTIVE", updatedAt: i.listingUpdatedAt } });
    if (same !== 1) throw refuse(`${i.title} changed while you were checking out: review your cart and try again.`);
  }
}
