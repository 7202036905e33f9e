import type Stripe from "stripe";
import { currencyExponent, isCurrency } from "../money/index.ts";

/**
 * Stripe's fee on a charge, in minor units of the order's currency. The balance transaction is in the
 * platform's settlement currency: when that is the order's currency the fee is exact; otherwise it is
 * converted back with Stripe's own exchange rate (amount in order currency × rate = settlement amount),
 * rounded to the minor unit, the only place a rate (a float Stripe gives us) touches money.
 */
export function stripeFeeInOrderCurrency(bt: Pick<Stripe.BalanceTransaction, "fee" | "currency" | "exchange_rate">, orderCurrency: string): number {
  const settle = bt.currency.toUpperCase();
  if (settle === orderCurrency || !bt.exchange_rate) return bt.fee;
  const exp = (c: string) => (isCurrency(c) ? currencyExponent(c) : 2);
  const major = bt.fee / 10 ** exp(settle) / bt.exchange_rate;
  return Math.round(major * 10 ** exp(orderCurrency));
}
