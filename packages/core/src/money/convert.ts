import { exponentOf, formatMoney } from "./format.ts";

/**
 * Reference rates as the exchange-rate table stores them: units of each currency one euro buys, as exact
 * decimal strings ("1.0784", "169.58"; at most 6 decimals). EUR is "1".
 */
export interface RateTable {
  /** the day the rates are from ("2024-06-13") */
  date: string;
  perEuro: Readonly<Record<string, string>>;
}

const RATE_DECIMALS = 6;

/** "1.0784" → 1078400n (millionths), exactly; null for anything that is not a positive decimal with ≤ 6 decimals. */
export function rateMillionths(rate: string): bigint | null {
  const m = /^(\d{1,12})(?:\.(\d{1,6}))?$/.exec(rate.trim());
  if (!m) return null;
  const value = BigInt(m[1]! + (m[2] ?? "").padEnd(RATE_DECIMALS, "0"));
  return value > 0n ? value : null;
}

/**
 * `amount` (minor units of `from`) in minor units of `to`, through the euro:
 * amount × rate(to) × 10^exp(to) / (rate(from) × 10^exp(from)), rounded half up to the minor unit.
 * Integer arithmetic only (BigInt), so it agrees exactly with the SQL filter (discovery/price-sql.ts),
 * which applies the same rule. Null when either currency has no rate.
 */
export function convertMinor(amount: number, from: string, to: string, rates: RateTable): number | null {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Not a price in minor units: ${amount}`);
  const src = from.toUpperCase();
  const dst = to.toUpperCase();
  if (src === dst) return amount;
  const rFrom = rates.perEuro[src] === undefined ? null : rateMillionths(rates.perEuro[src]);
  const rTo = rates.perEuro[dst] === undefined ? null : rateMillionths(rates.perEuro[dst]);
  if (rFrom === null || rTo === null) return null;
  const numerator = BigInt(amount) * rTo * 10n ** BigInt(exponentOf(dst));
  const denominator = rFrom * 10n ** BigInt(exponentOf(src));
  // round half up: floor((2n + d) / 2d)
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** A converted amount as shown beside a price: whole major units, rounded half up ("≈ US$520"). */
export function formatApproxPrice(minor: number, currency: string): string {
  const unit = 10 ** exponentOf(currency);
  const whole = Math.floor((minor + unit / 2) / unit) * unit;
  return `≈ ${formatMoney(whole, currency, { style: "tag" })}`;
}
