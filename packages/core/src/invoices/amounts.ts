import { splitItem } from "../money/split.ts";

export interface InvoiceSplit {
  totalAmount: number;
  commissionBps: number;
  /** the platform's application fee */
  commissionAmount: number;
  /** what the destination charge leaves on the artist's connected account */
  artistAmount: number;
}

/** The split of one invoice: the fee is the commission rounded down, the artist gets the rest (the same rounding as checkout). */
export function invoiceSplit(totalAmount: number, commissionBps: number): InvoiceSplit {
  if (!Number.isSafeInteger(totalAmount) || totalAmount < 1) throw new RangeError(`an invoice is for at least one minor unit (got ${totalAmount})`);
  const s = splitItem({ unitAmount: totalAmount, quantity: 1, shippingAmount: 0, commissionBps });
  return { totalAmount, commissionBps, commissionAmount: s.commissionAmount, artistAmount: s.artistAmount };
}

export interface DepositSplit {
  deposit: InvoiceSplit;
  balance: InvoiceSplit;
}

/**
 * A price in two invoices: the deposit is `depositPercent` of the price rounded to the minor unit, the
 * balance the rest. The fee of the whole price is shared the same way (the deposit's fee rounded down, the
 * balance's the rest), so deposit + balance = the price and their fees = the fee of one invoice for it.
 */
export function depositSplit(totalAmount: number, depositPercent: number, commissionBps: number): DepositSplit {
  if (!Number.isInteger(depositPercent) || depositPercent < 1 || depositPercent > 90) throw new RangeError(`a deposit is 1–90% (got ${depositPercent})`);
  const whole = invoiceSplit(totalAmount, commissionBps);
  const depositAmount = Math.round((totalAmount * depositPercent) / 100);
  if (depositAmount < 1 || depositAmount >= totalAmount) throw new RangeError("the price is too small to split into a deposit and a balance");
  const depositFee = Math.floor((whole.commissionAmount * depositAmount) / totalAmount);
  const deposit = { totalAmount: depositAmount, commissionBps, commissionAmount: depositFee, artistAmount: depositAmount - depositFee };
  const balanceAmount = totalAmount - depositAmount;
  const balanceFee = whole.commissionAmount - depositFee;
  return { deposit, balance: { totalAmount: balanceAmount, commissionBps, commissionAmount: balanceFee, artistAmount: balanceAmount - balanceFee } };
}

/** Stripe wants due dates in whole seconds, in the future; ours is the end of the day `days` from now (UTC). */
export function dueDateIn(days: number, now: Date): Date {
  const d = new Date(now.getTime() + days * 86_400_000);
  d.setUTCHours(23, 59, 59, 0);
  return d;
}
