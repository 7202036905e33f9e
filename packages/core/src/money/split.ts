/**
 * The split engine: who gets what of one order item, in integer minor units of the order's currency.
 * Rules (documented in the README's Money section, property-tested in split.test.ts and licensed-split.test.ts):
 *
 * Originals and editions (splitItem):
 * - The item's subtotal is unitAmount × quantity. The platform's commission is
 *   floor(subtotal × commissionBps / 10 000) — rounded down, so any fraction of a minor unit goes to
 *   the artist. The artist's share is everything else: subtotal − commission + shipping (shipping
 *   carries no commission and goes to the artist who ships).
 * - Parts therefore add up to the item's total exactly, in every currency: the split never divides the
 *   charged amount into fractions, it only takes one rounded-down part and gives the rest away.
 * - Stripe's fee is borne by the platform: the platform's net on an order = commission − Stripe's fee
 *   (the fee is only known from the charge's balance transaction, so it is recorded when the order is paid).
 * - Refunds split in proportion: refundSplit() gives the artist floor(refund × artistAmount / total)
 *   and the platform the rest; partial refunds of one item never give back more than the item's parts.
 *
 * Licensed products — prints, merchandise, downloads of an artist's work (splitLicensedItem, licensed-split.ts):
 * - Discounts come first: gross = unit price × quantity; charged = gross − discount. Everything below divides
 *   the charged amount, so a discount is shared by everyone in proportion, never taken out of one party.
 * - Four parts of the charged amount: production = the print lab's cost per unit × quantity (exact, from the
 *   platform's price table); creator royalty = floor(charged × royaltyBps / 10 000); platform fee =
 *   floor(charged × COMMISSION_LICENSED_BPS / 10 000); the store's share = the rest. In the artist's own
 *   shop there is no store share: the creator takes the rest. Shipping goes to the print lab with production.
 *   Only the royalty and the fee are rounded (down); the last part is what is left, so the parts add up to
 *   the charged amount (and, with shipping, to the line's total) to the minor unit in every currency.
 * - The artist's terms are enforced on the same numbers: a unit price below the floor (`price`), a discount
 *   above the cap or one that takes a unit below the floor (`discount`), or a charge that cannot pay
 *   production, royalty and fee (`price`) is refused with an AppError naming the field.
 * - Refunds (licensedRefundSplit) divide in proportion among lab, creator, store and platform by highest
 *   averages, cumulatively (apportion.ts): any sequence of partial refunds gives back exactly what one
 *   refund of the same total would, and a full refund exactly the split. The print lab keeps its cost once
 *   it has made or shipped the product; the platform then bears the lab's part (see licensedRefundSplit).
 */

export interface SplitInput {
  unitAmount: number;
  quantity: number;
  shippingAmount: number;
  commissionBps: number;
}

export interface ItemSplit {
  subtotalAmount: number;
  shippingAmount: number;
  totalAmount: number;
  commissionBps: number;
  commissionAmount: number;
  /** subtotal − commission + shipping */
  artistAmount: number;
}

const BPS = 10_000;

function assertMinorUnits(name: string, value: number, min = 0): void {
  if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`${name} must be a whole number of minor units ≥ ${min} (got ${value})`);
}

export function splitItem(input: SplitInput): ItemSplit {
  assertMinorUnits("unitAmount", input.unitAmount);
  assertMinorUnits("quantity", input.quantity, 1);
  assertMinorUnits("shippingAmount", input.shippingAmount);
  if (!Number.isInteger(input.commissionBps) || input.commissionBps < 0 || input.commissionBps > BPS)
    throw new RangeError(`commissionBps must be 0–${BPS} (got ${input.commissionBps})`);
  const subtotalAmount = input.unitAmount * input.quantity;
  assertMinorUnits("subtotal", subtotalAmount);
  // BigInt: subtotal × bps can pass 2^53 for large JPY amounts
  const commissionAmount = Number((BigInt(subtotalAmount) * BigInt(input.commissionBps)) / BigInt(BPS));
  const artistAmount = subtotalAmount - commissionAmount + input.shippingAmount;
  return {
    subtotalAmount,
    shippingAmount: input.shippingAmount,
    totalAmount: subtotalAmount + input.shippingAmount,
    commissionBps: input.commissionBps,
    commissionAmount,
    artistAmount,
  };
}

export interface OrderSplit {
  items: ItemSplit[];
  itemsAmount: number;
  shippingAmount: number;
  totalAmount: number;
  commissionAmount: number;
  /** per seller (payee id → what the one transfer to them carries) */
  artistAmounts: Map<string, number>;
}

/** The items of one order (one currency) and their sums; `sellerId` groups the artists' shares into one transfer each. */
export function splitOrder(items: (SplitInput & { sellerId: string })[]): OrderSplit {
  const splits = items.map((i) => splitItem(i));
  const artistAmounts = new Map<string, number>();
  splits.forEach((s, i) => artistAmounts.set(items[i]!.sellerId, (artistAmounts.get(items[i]!.sellerId) ?? 0) + s.artistAmount));
  const sum = (f: (s: ItemSplit) => number) => splits.reduce((acc, s) => acc + f(s), 0);
  return {
    items: splits,
    itemsAmount: sum((s) => s.subtotalAmount),
    shippingAmount: sum((s) => s.shippingAmount),
    totalAmount: sum((s) => s.totalAmount),
    commissionAmount: sum((s) => s.commissionAmount),
    artistAmounts,
  };
}

export interface RefundSplit {
  artistAmount: number;
  platformAmount: number;
}

/**
 * How a refund of `amount` of one item divides between artist and platform, given what was already
 * refunded of it. Cumulative rounding: the artist's part of everything refunded so far is
 * floor(refundedTotal × artistAmount / total), so any sequence of partial refunds adds up to exactly
 * the parts of one refund of the same total, and a full refund gives back exactly the item's split.
 */
export function refundSplit(item: Pick<ItemSplit, "totalAmount" | "artistAmount">, alreadyRefunded: number, amount: number): RefundSplit {
  assertMinorUnits("amount", amount, 1);
  assertMinorUnits("alreadyRefunded", alreadyRefunded);
  if (alreadyRefunded + amount > item.totalAmount)
    throw new RangeError(`refund of ${amount} exceeds what is left to refund (${item.totalAmount - alreadyRefunded})`);
  const artistShareOf = (refunded: number) => (item.totalAmount === 0 ? 0 : Number((BigInt(refunded) * BigInt(item.artistAmount)) / BigInt(item.totalAmount)));
  const artistAmount = artistShareOf(alreadyRefunded + amount) - artistShareOf(alreadyRefunded);
  return { artistAmount, platformAmount: amount - artistAmount };
}

export {
  licensedRefundSplit,
  licensedTermsViolations,
  lowestViableAmount,
  maxDiscountAmount,
  splitLicensedItem,
  violationsToError,
  type LicensedItemSplit,
  type LicensedPriceTerms,
  type LicensedRefundSplit,
  type LicensedSeller,
  type LicensedSplitInput,
  type TermsViolation,
  type TermsViolationCode,
} from "./licensed-split.ts";
