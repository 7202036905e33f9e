import { licensedTermsViolations, maxDiscountAmount, type LicensedSeller, type TermsViolationCode } from "../money/split.ts";
import { PRODUCT_CATALOGUE } from "../products/catalogue.ts";
import { termsInCurrency, type EffectiveTerms } from "./effective.ts";

/**
 * Does a listing still keep its artwork's licensing terms? The stores part calls this whenever terms change
 * (event atelier/licensing-terms.changed) and pauses every listing that does not, telling its store why; and
 * at listing time and at checkout through the same split engine checks. Pure: no database, no clock.
 */

/** A listing as the check needs it (a store's, or the artist's own shop's): its own price and discount, and its variant's cost. */
export interface ListingForCompliance {
  seller: LicensedSeller;
  productTypeCode: string;
  currency: string;
  /** the listing's price of one unit, in minor units of `currency` */
  unitAmount: number;
  /** the listing's running discount in basis points of its price (0: none) */
  discountBps: number;
  /** the variant's production cost in `currency` (core/products: productionCostOf) */
  productionCostAmount: number;
}

export type ComplianceProblemCode = TermsViolationCode | "STORES_NOT_ALLOWED" | "PRODUCT_TYPE_NOT_ALLOWED";

export interface ComplianceProblem {
  code: ComplianceProblemCode;
  /** the listing form's field that fixes it ("store" and "productType" cannot be fixed by the store: only the artist can) */
  field: "store" | "productType" | "price" | "discount";
  message: string;
}

export interface ComplianceResult {
  compliant: boolean;
  problems: ComplianceProblem[];
  /** what the store is told when the listing is paused; null when compliant */
  pauseReason: string | null;
}

const productTypeName = (code: string) => PRODUCT_CATALOGUE.find((t) => t.code === code)?.name.toLowerCase() ?? code;

export function checkListingCompliance(listing: ListingForCompliance, terms: EffectiveTerms, opts: { platformFeeBps: number }): ComplianceResult {
  const problems: ComplianceProblem[] = [];
  if (listing.seller === "STORE" && !terms.allowThirdPartyStores) {
    problems.push({ code: "STORES_NOT_ALLOWED", field: "store", message: "The artist does not allow third-party stores to sell this work." });
  }
  if (!terms.allowedProductTypes.includes(listing.productTypeCode)) {
    problems.push({
      code: "PRODUCT_TYPE_NOT_ALLOWED",
      field: "productType",
      message: `The artist does not license this work as a ${productTypeName(listing.productTypeCode)}.`,
    });
  }
  const violations = licensedTermsViolations({
    currency: listing.currency,
    seller: listing.seller,
    unitAmount: listing.unitAmount,
    quantity: 1,
    discountAmount: maxDiscountAmount(listing.unitAmount, listing.discountBps),
    productionCostAmount: listing.productionCostAmount,
    shippingAmount: 0,
    platformFeeBps: opts.platformFeeBps,
    terms: termsInCurrency(terms, listing.currency),
  });
  problems.push(...violations);
  return { compliant: problems.length === 0, problems, pauseReason: problems.length ? `Paused: ${problems.map((p) => p.message).join(" ")}` : null };
}

/** The listings a terms change leaves out of compliance, each with the reason its store is told. */
export function noncompliantListings<L extends ListingForCompliance>(listings: readonly L[], terms: EffectiveTerms, opts: { platformFeeBps: number }) {
  return listings.flatMap((listing) => {
    const r = checkListingCompliance(listing, terms, opts);
    return r.compliant ? [] : [{ listing, problems: r.problems, reason: r.pauseReason! }];
  });
}
