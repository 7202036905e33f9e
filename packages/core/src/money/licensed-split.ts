import { AppError, type FieldErrors } from "../errors.ts";
import { apportionCumulative } from "./apportion.ts";
import { formatMoney } from "./format.ts";

/**
 * The four-party split of one licensed product line (a print, a T-shirt, a download of an artist's work).
 * The rule is written down in split.ts's header and the README (Money); this file is its implementation.
 */

const BPS = 10_000n;

/** Who sells the line: a third-party store (creator royalty + store share), or the artist's own shop (no store share). */
export type LicensedSeller = "STORE" | "ARTIST_SHOP";

/** The artist's terms that bind a price, already in the line's currency (core/licensing: termsInCurrency). */
export interface LicensedPriceTerms {
  /** the creator's royalty on a store's sale, in basis points of the charged amount */
  royaltyBps: number;
  /** the least one unit may be charged, after any discount */
  minimumUnitAmount: number;
  /** the largest discount, in basis points of the list price */
  maxDiscountBps: number;
}

export interface LicensedSplitInput {
  /** ISO code of the order's currency (only for the wording of refusals: every amount is in its minor units) */
  currency: string;
  seller: LicensedSeller;
  /** the listing's price of one unit */
  unitAmount: number;
  quantity: number;
  /** off the whole line (unitAmount × quantity), in minor units; 0 for none */
  discountAmount: number;
  /** what the print lab charges for one unit (core/products) */
  productionCostAmount: number;
  /** the print lab's shipping charge, passed through to the lab */
  shippingAmount: number;
  /** the platform's fee on licensed products, in basis points of the charged amount (COMMISSION_LICENSED_BPS) */
  platformFeeBps: number;
  terms: LicensedPriceTerms;
}

export interface LicensedItemSplit {
  seller: LicensedSeller;
  quantity: number;
  unitAmount: number;
  /** unitAmount × quantity */
  grossAmount: number;
  discountAmount: number;
  /** gross − discount: what the split divides */
  chargedAmount: number;
  shippingAmount: number;
  /** charged + shipping: what the buyer pays for the line */
  totalAmount: number;
  /** productionCostAmount × quantity, to the print lab */
  productionAmount: number;
  /** production + shipping: everything the print lab is paid */
  labAmount: number;
  /** the rate applied (0 in the artist's own shop, where the creator takes the rest instead) */
  royaltyBps: number;
  /** the creator's royalty; in the artist's own shop, everything after production and the platform's fee */
  creatorAmount: number;
  /** the store's share: the rest after production, royalty and fee (0 in the artist's own shop) */
  storeAmount: number;
  platformFeeBps: number;
  platformFeeAmount: number;
}

export type TermsViolationCode = "BELOW_MINIMUM_PRICE" | "DISCOUNT_ABOVE_CAP" | "DISCOUNT_BELOW_MINIMUM_PRICE" | "PRICE_BELOW_COSTS";

/** One way a price breaks the artist's terms or cannot pay its parties, named by the form field that fixes it. */
export interface TermsViolation {
  code: TermsViolationCode;
  field: "price" | "discount";
  message: string;
}

function assertMinorUnits(name: string, value: number, min = 0): void {
  if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`${name} must be a whole number of minor units ≥ ${min} (got ${value})`);
}

function assertBps(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 10_000) throw new RangeError(`${name} must be 0–10000 (got ${value})`);
}

/** floor(amount × bps ÷ 10 000), exactly: integer arithmetic while the product is a safe integer, BigInt beyond. */
function bpsOf(amount: number, bps: number): number {
  const product = amount * bps;
  if (Number.isSafeInteger(product)) return (product - (product % 10_000)) / 10_000;
  return Number((BigInt(amount) * BigInt(bps)) / BPS);
}

/** The largest discount the terms allow on a line of `grossAmount`: floor(gross × maxDiscountBps ÷ 10 000). */
export function maxDiscountAmount(grossAmount: number, maxDiscountBps: number): number {
  return bpsOf(grossAmount, maxDiscountBps);
}

/** What is left of `charged` for the last party after production, royalty (stores only) and fee. */
function restOf(charged: number, productionAmount: number, royaltyBps: number, platformFeeBps: number): number {
  return charged - productionAmount - bpsOf(charged, royaltyBps) - bpsOf(charged, platformFeeBps);
}

/**
 * The least a line may be charged (after any discount) so that it, and every higher amount, pays production,
 * the creator's royalty (stores only) and the platform's fee. Start from ceil(production × 10 000 ÷ (10 000 −
 * royalty − fee)), which is always enough (royalty and fee are rounded down, so they never take more than
 * their exact rate), and step down while the amount still covers everything: rounding down lets a few minor
 * units less do. Null when the rates alone take 100% or more.
 */
export function lowestViableAmount(p: { seller: LicensedSeller; productionAmount: number; royaltyBps: number; platformFeeBps: number }): number | null {
  const royaltyBps = p.seller === "STORE" ? p.royaltyBps : 0;
  const rates = royaltyBps + p.platformFeeBps;
  if (p.productionAmount === 0 && rates <= 10_000) return 0;
  if (rates >= 10_000) return null;
  const numerator = BigInt(p.productionAmount) * BPS;
  const denominator = BPS - BigInt(rates);
  let lowest = Number((numerator + denominator - 1n) / denominator);
  while (lowest > 0 && restOf(lowest - 1, p.productionAmount, royaltyBps, p.platformFeeBps) >= 0) lowest--;
  return lowest;
}

function validateShape(i: LicensedSplitInput): void {
  assertMinorUnits("unitAmount", i.unitAmount);
  assertMinorUnits("quantity", i.quantity, 1);
  assertMinorUnits("discountAmount", i.discountAmount);
  assertMinorUnits("productionCostAmount", i.productionCostAmount);
  assertMinorUnits("shippingAmount", i.shippingAmount);
  assertMinorUnits("minimumUnitAmount", i.terms.minimumUnitAmount);
  assertBps("platformFeeBps", i.platformFeeBps);
  assertBps("royaltyBps", i.terms.royaltyBps);
  assertBps("maxDiscountBps", i.terms.maxDiscountBps);
  assertMinorUnits("gross", i.unitAmount * i.quantity);
  if (i.discountAmount > i.unitAmount * i.quantity) throw new RangeError("discountAmount exceeds the line's price");
}

/** The parts before any check: production exact, royalty and fee rounded down, the rest to the store (or, in the artist's shop, to the creator). */
function parts(i: LicensedSplitInput) {
  const grossAmount = i.unitAmount * i.quantity;
  const chargedAmount = grossAmount - i.discountAmount;
  const productionAmount = i.productionCostAmount * i.quantity;
  const platformFeeAmount = bpsOf(chargedAmount, i.platformFeeBps);
  const royaltyBps = i.seller === "STORE" ? i.terms.royaltyBps : 0;
  const royalty = bpsOf(chargedAmount, royaltyBps);
  const rest = restOf(chargedAmount, productionAmount, royaltyBps, i.platformFeeBps);
  return { grossAmount, chargedAmount, productionAmount, platformFeeAmount, royaltyBps, royalty, rest };
}

/** charged < floor × quantity, exactly (BigInt only when the product leaves the safe integers). */
function belowFloor(charged: number, floor: number, quantity: number): boolean {
  const least = floor * quantity;
  return Number.isSafeInteger(least) ? charged < least : BigInt(charged) < BigInt(floor) * BigInt(quantity);
}

/** Every way the line breaks the terms or cannot pay its parties (empty: it may be sold). Listings and checkout both ask this. */
export function licensedTermsViolations(i: LicensedSplitInput): TermsViolation[] {
  validateShape(i);
  const p = parts(i);
  const out: TermsViolation[] = [];
  const floor = i.terms.minimumUnitAmount;
  if (i.unitAmount < floor) {
    out.push({
      code: "BELOW_MINIMUM_PRICE",
      field: "price",
      message: `The artist's minimum price is ${formatMoney(floor, i.currency)} a unit; this price is ${formatMoney(i.unitAmount, i.currency)}.`,
    });
  }
  const cap = maxDiscountAmount(p.grossAmount, i.terms.maxDiscountBps);
  if (i.discountAmount > cap) {
    const pct = (i.terms.maxDiscountBps / 100).toLocaleString("en", { maximumFractionDigits: 2 });
    out.push({
      code: "DISCOUNT_ABOVE_CAP",
      field: "discount",
      message: `The artist allows at most ${pct}% off (${formatMoney(cap, i.currency)} here); this discount is ${formatMoney(i.discountAmount, i.currency)}.`,
    });
  } else if (i.unitAmount >= floor && belowFloor(p.chargedAmount, floor, i.quantity)) {
    const each = i.quantity === 1 ? "" : ` for ${i.quantity}`;
    out.push({
      code: "DISCOUNT_BELOW_MINIMUM_PRICE",
      field: "discount",
      message: `With this discount the price comes to ${formatMoney(p.chargedAmount, i.currency)}${each}, below the artist's minimum of ${formatMoney(floor, i.currency)} a unit.`,
    });
  }
  if (p.rest < 0) {
    const lowest = lowestViableAmount({
      seller: i.seller,
      productionAmount: p.productionAmount,
      royaltyBps: i.terms.royaltyBps,
      platformFeeBps: i.platformFeeBps,
    });
    const covered =
      i.seller === "STORE"
        ? `production (${formatMoney(p.productionAmount, i.currency)}), the artist's royalty (${formatMoney(p.royalty, i.currency)}) and Atelier's fee (${formatMoney(p.platformFeeAmount, i.currency)})`
        : `production (${formatMoney(p.productionAmount, i.currency)}) and Atelier's fee (${formatMoney(p.platformFeeAmount, i.currency)})`;
    const ask =
      lowest === null ? "" : ` Charge at least ${formatMoney(lowest, i.currency)}${i.quantity === 1 ? "" : ` for the ${i.quantity}`} after any discount.`;
    out.push({
      code: "PRICE_BELOW_COSTS",
      field: "price",
      message: `At ${formatMoney(p.chargedAmount, i.currency)} the price does not cover ${covered}.${ask}`,
    });
  }
  return out;
}

/** The violations as an AppError's field errors (several messages per field are kept in order). */
export function violationsToError(violations: TermsViolation[]): AppError {
  const fieldErrors: FieldErrors = {};
  for (const v of violations) (fieldErrors[v.field] ??= []).push(v.message);
  return new AppError("BAD_REQUEST", violations[0]!.message, { fieldErrors });
}

/**
 * Splits one licensed line, or refuses it with a BAD_REQUEST AppError naming the field (`price` below the
 * artist's floor or not covering production, royalty and fee; `discount` above the cap or below the floor).
 */
export function splitLicensedItem(i: LicensedSplitInput): LicensedItemSplit {
  const violations = licensedTermsViolations(i);
  if (violations.length) throw violationsToError(violations);
  const p = parts(i);
  const store = i.seller === "STORE";
  return {
    seller: i.seller,
    quantity: i.quantity,
    unitAmount: i.unitAmount,
    grossAmount: p.grossAmount,
    discountAmount: i.discountAmount,
    chargedAmount: p.chargedAmount,
    shippingAmount: i.shippingAmount,
    totalAmount: p.chargedAmount + i.shippingAmount,
    productionAmount: p.productionAmount,
    labAmount: p.productionAmount + i.shippingAmount,
    royaltyBps: p.royaltyBps,
    creatorAmount: store ? p.royalty : p.rest,
    storeAmount: store ? p.rest : 0,
    platformFeeBps: i.platformFeeBps,
    platformFeeAmount: p.platformFeeAmount,
  };
}

export interface LicensedRefundSplit {
  /** taken back from the print lab (its order cancelled before production); 0 when the lab keeps its cost */
  labAmount: number;
  creatorAmount: number;
  storeAmount: number;
  /** the platform's fee part, plus the lab's part when the lab keeps its cost */
  platformAmount: number;
  /** of platformAmount: the lab's part the platform bears because the lab made (or shipped) the product */
  labCostBorneByPlatformAmount: number;
}

type RefundableLine = Pick<LicensedItemSplit, "totalAmount" | "labAmount" | "creatorAmount" | "storeAmount" | "platformFeeAmount">;

/**
 * How a refund of `amount` of one licensed line divides, given what was already refunded of it: in
 * proportion to the line's parts, cumulatively by apportionCumulative (ties: platform, store, creator, lab),
 * so partial refunds add up to one refund of the same total and a full refund gives back exactly the split.
 *
 * Who bears the print lab's cost: the lab is paid for what it made. Once its order is in production or
 * shipped (`labKeepsItsCost`), nothing comes back from the lab, and the lab's part of the refund is borne by
 * the platform — the merchant that charged the buyer and chose the lab, as it bears Stripe's fee. The creator
 * and the store give back only their own proportional parts, never the lab's. Before production the lab's
 * order is cancelled and its part comes back from the lab.
 */
export function licensedRefundSplit(line: RefundableLine, alreadyRefunded: number, amount: number, opts: { labKeepsItsCost: boolean }): LicensedRefundSplit {
  assertMinorUnits("amount", amount, 1);
  assertMinorUnits("alreadyRefunded", alreadyRefunded);
  if (alreadyRefunded + amount > line.totalAmount)
    throw new RangeError(`refund of ${amount} exceeds what is left to refund (${line.totalAmount - alreadyRefunded})`);
  const shares = [line.platformFeeAmount, line.storeAmount, line.creatorAmount, line.labAmount];
  if (shares[0]! + shares[1]! + shares[2]! + shares[3]! !== line.totalAmount) throw new RangeError("the line's parts do not add up to its total");
  const before = apportionCumulative(shares, alreadyRefunded);
  const after = apportionCumulative(shares, alreadyRefunded + amount);
  const platform = after[0]! - before[0]!;
  const store = after[1]! - before[1]!;
  const creator = after[2]! - before[2]!;
  const lab = after[3]! - before[3]!;
  const borne = opts.labKeepsItsCost ? lab : 0;
  return { labAmount: lab - borne, creatorAmount: creator, storeAmount: store, platformAmount: platform + borne, labCostBorneByPlatformAmount: borne };
}
