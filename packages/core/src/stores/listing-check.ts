import type { Db } from "@atelier/db";
import { AppError, type FieldErrors } from "../errors.ts";
import { checkListingCompliance, type ComplianceProblem } from "../licensing/compliance.ts";
import { effectiveTermsOfArtwork } from "../licensing/read.ts";
import { isCurrency, parseMajorUnits } from "../money/index.ts";
import { productionCostOf } from "../products/read.ts";
import type { LicensedSeller } from "../money/licensed-split.ts";

/** Which field of the listing form fixes each problem (the compliance check's own names: store, productType, price, discount). */
const FORM_FIELD: Record<ComplianceProblem["field"], string> = { store: "artworkId", productType: "variantCode", price: "price", discount: "discount" };

const NO_PICTURE = "This work has no picture yet: its products are made from it, so the artist must add one first.";

/** The price typed in the artwork's currency, as minor units; a field error on `price` otherwise. */
export function parseListingPrice(text: string, currency: string): number {
  if (!isCurrency(currency)) throw AppError.field("BAD_REQUEST", "price", `Products of this work cannot be priced in ${currency}.`);
  const r = parseMajorUnits(text, currency);
  if (!r.ok) throw AppError.field("BAD_REQUEST", "price", r.message);
  if (r.minor <= 0) throw AppError.field("BAD_REQUEST", "price", "The price must be more than zero");
  return r.minor;
}

/** A variant's production cost in a currency; an unknown or retired variant is a field error on `variantCode`. */
export async function variantCost(db: Db, variantCode: string, currency: string) {
  try {
    return await productionCostOf(db, variantCode, currency);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") throw AppError.field("BAD_REQUEST", "variantCode", "Choose a product from the list.");
    throw e;
  }
}

/**
 * Refuses a listing (new, repriced or resumed) that does not keep the artwork's licensing terms as they are now:
 * stores not allowed, product type not licensed, price under the floor, discount over the cap, price not covering
 * production, royalty and fee. One BAD_REQUEST with every problem on the form field that fixes it.
 */
export async function assertListingCompliant(
  db: Db,
  platformFeeBps: number,
  l: { seller: LicensedSeller; artworkId: string; variantCode: string; currency: string; unitAmount: number; discountBps: number },
) {
  const [terms, cost, pictures] = await Promise.all([
    effectiveTermsOfArtwork(db, l.artworkId),
    variantCost(db, l.variantCode, l.currency),
    db.artworkImage.count({ where: { artworkId: l.artworkId } }),
  ]);
  const r = checkListingCompliance(
    {
      seller: l.seller,
      productTypeCode: cost.productTypeCode,
      currency: l.currency,
      unitAmount: l.unitAmount,
      discountBps: l.discountBps,
      productionCostAmount: cost.productionCostAmount,
    },
    terms,
    { platformFeeBps },
  );
  // every product is made from the work's picture (the lab prints it, a download is it)
  const problems = r.compliant ? [] : r.problems.map((p) => ({ field: FORM_FIELD[p.field], message: p.message }));
  if (pictures === 0) problems.push({ field: "artworkId", message: NO_PICTURE });
  if (problems.length === 0) return { terms, cost };
  const fieldErrors: FieldErrors = {};
  for (const p of problems) (fieldErrors[p.field] ??= []).push(p.message);
  throw new AppError("BAD_REQUEST", problems[0]!.message, { fieldErrors });
}
