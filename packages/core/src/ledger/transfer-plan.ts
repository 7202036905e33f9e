import type { OpenLine } from "./open-lines.ts";
import type { Settlement } from "./post.ts";

export interface TransferPlan {
  /** what the transfer carries (≥ 0) */
  amount: number;
  /** the order's own lines it settles in full, and the debts (older negative lines) it nets */
  settles: Settlement[];
  /** of which: the debts netted */
  debtsNetted: number;
}

/**
 * What one order's transfer to one payee carries, from the payee's open lines (a pure function):
 * 1. every open positive line of the order (its SALE shares) is settled in full: S;
 * 2. the order's own open negative lines (refunds made before the transfer) are netted, oldest first, up to S;
 * 3. then the payee's debts (negative lines of orders already transferred), oldest first, up to what is left.
 * amount = S − netted. It never goes below zero: a debt larger than the sale keeps its rest open.
 *
 * With `fixedAmount` (a transfer whose amount was bound to its idempotency key before it was sent),
 * the same settlements are rebuilt for that amount: step 3 nets exactly S − own − fixedAmount.
 */
export function planTransfer(lines: OpenLine[], orderId: string, fixedAmount?: number): TransferPlan {
  const own = lines.filter((l) => l.orderId === orderId);
  const positive = own.filter((l) => l.amount > 0);
  const sales = positive.reduce((s, l) => s + l.remaining, 0);
  const settles: Settlement[] = positive.map((l) => ({ entryId: l.id, amount: l.remaining }));
  let left = sales;
  const net = (l: OpenLine, cap: number) => {
    const take = Math.min(l.remaining, cap);
    if (take > 0) settles.push({ entryId: l.id, amount: take });
    return take;
  };
  for (const l of own.filter((x) => x.amount < 0)) left -= net(l, left);
  const debtBudget = fixedAmount === undefined ? left : left - fixedAmount;
  if (debtBudget < 0) throw new RangeError(`transfer of ${fixedAmount} is more than the order's open lines allow (${left})`);
  let debtsNetted = 0;
  for (const l of lines.filter((x) => x.orderId !== orderId && x.amount < 0 && x.orderTransferred)) {
    debtsNetted += net(l, debtBudget - debtsNetted);
  }
  if (fixedAmount !== undefined && debtsNetted !== debtBudget) {
    throw new RangeError(`the payee's debts (${debtsNetted}) no longer cover the ${debtBudget} netted when the transfer's amount was fixed`);
  }
  return { amount: left - debtsNetted, settles, debtsNetted };
}
