import { CURRENCIES, currencyExponent, isCurrency, type Currency } from "./currencies.ts";

/**
 * Fixed reference rates: units of each currency per euro, in millionths (1.16 USD per EUR = 1_160_000).
 *
 * They are the platform's price-list rates, not live market rates. They convert the print lab's euro price
 * list into every currency Atelier accepts (core/products) and an artist's minimum price into the currency
 * of a listing (core/licensing). They change only with a commit here (and the next catalogue sync), so a
 * price or a floor never moves under a listing with the market. Set 2025-12 from ECB reference rates,
 * rounded.
 *
 * Rule: amount in `to` = ceil(amount × rate(to) × 10^exp(to) / (rate(from) × 10^exp(from))), in integer
 * arithmetic — one rounding, always up to the next minor unit, so the lab is never paid less than its euro
 * price and a converted floor is never below the artist's.
 */
export const REFERENCE_RATES_MICROS: Record<Currency, bigint> = {
  EUR: 1_000_000n,
  USD: 1_160_000n,
  GBP: 870_000n,
  CHF: 935_000n,
  SEK: 10_950_000n,
  NOK: 11_750_000n,
  DKK: 7_465_000n,
  JPY: 178_000_000n,
  CAD: 1_620_000n,
  AUD: 1_770_000n,
};

/** `amount` minor units of `from` in minor units of `to`, at the reference rates, rounded up (see the rule above). */
export function convertAtReferenceRate(amount: number, from: string, to: string): number {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`amount must be a whole number of minor units ≥ 0 (got ${amount})`);
  if (!isCurrency(from) || !isCurrency(to)) throw new RangeError(`no reference rate for ${isCurrency(from) ? to : from}`);
  if (from === to) return amount;
  const numerator = BigInt(amount) * REFERENCE_RATES_MICROS[to] * 10n ** BigInt(currencyExponent(to));
  const denominator = REFERENCE_RATES_MICROS[from] * 10n ** BigInt(currencyExponent(from));
  return Number((numerator + denominator - 1n) / denominator);
}

/** A euro-cent amount in every accepted currency (the catalogue's price table). */
export function inEveryCurrency(euroCents: number): Record<Currency, number> {
  return Object.fromEntries(CURRENCIES.map((c) => [c, convertAtReferenceRate(euroCents, "EUR", c)])) as Record<Currency, number>;
}
