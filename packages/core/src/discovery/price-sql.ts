import { Prisma } from "@atelier/db";
import { CURRENCIES, CURRENCY_EXPONENTS, type Currency } from "../money/index.ts";

/**
 * A price filter in the buyer's currency over works listed in every currency, in SQL.
 *
 * The rule (the same as convertMinor in @atelier/core/money, which shows the "≈" prices): a work priced
 * p minor units of C costs round½↑(p × rate(X) × 10^exp(X) / (rate(C) × 10^exp(C))) minor units of X,
 * with each currency's latest reference rate (units per euro), and matches when that amount is within
 * [min, max], both ends included. Rather than converting every row, the range is turned round once per
 * listing currency into a range of p — exactly, with integer bounds:
 *
 *   round(p·k) ≥ min  ⇔  p ≥ (2·min − 1) / (2k)          →  lo = ceil((2·min − 1) / 2k)
 *   round(p·k) ≤ max  ⇔  p < (2·max + 1) / (2k)          →  hi = ceil((2·max + 1) / 2k), excluded
 *
 * where 1/k = rate(C) × 10^exp(C) / (rate(X) × 10^exp(X)). Rates have at most 6 decimals and the division
 * is carried to 30, so the ceiling is exact (a non-integer quotient is never within 10^-20 of an integer).
 * Each currency's range is one uncorrelated sub-select (computed once per statement), so a row costs a
 * text comparison and an integer range test. Works in X compare directly; a currency without a rate matches
 * nothing.
 */

const latestRate = (currency: string) => Prisma.sql`(SELECT r."perEuro" FROM "ExchangeRate" r WHERE r."currency" = ${currency} ORDER BY r."date" DESC LIMIT 1)`;

const pow10 = (n: number) => Prisma.raw(`1${"0".repeat(n)}`);

function boundSql(edge: number, from: Currency, to: Currency): Prisma.Sql {
  // (edge × rate(from) × 10^exp(from)) / (2 × rate(to) × 10^exp(to)), edge = 2·min − 1 or 2·max + 1
  return Prisma.sql`ceil((${edge}::numeric * c.rate * ${pow10(CURRENCY_EXPONENTS[from])})::numeric(60,30) / (2 * x.rate * ${pow10(CURRENCY_EXPONENTS[to])}))::bigint`;
}

/** `a."priceAmount"` is within [min, max] of `currency` after conversion (see above); undefined ends are open. */
export function convertedPriceCondition(currency: Currency, min: number | undefined, max: number | undefined): Prisma.Sql {
  const ranges = CURRENCIES.map((listed) => {
    if (listed === currency) {
      const parts = [Prisma.sql`a."currency" = ${listed}`];
      if (min !== undefined) parts.push(Prisma.sql`a."priceAmount" >= ${min}`);
      if (max !== undefined) parts.push(Prisma.sql`a."priceAmount" <= ${max}`);
      return Prisma.sql`(${Prisma.join(parts, " AND ")})`;
    }
    const lo = min === undefined ? Prisma.sql`NULL::bigint` : boundSql(2 * min - 1, listed, currency);
    const hi = max === undefined ? Prisma.sql`NULL::bigint` : boundSql(2 * max + 1, listed, currency);
    return Prisma.sql`(a."currency" = ${listed} AND a."priceAmount"::bigint <@ (
      SELECT int8range(${lo}, ${hi}, '[)') FROM (SELECT ${latestRate(listed)} AS rate) c, (SELECT ${latestRate(currency)} AS rate) x
      WHERE c.rate IS NOT NULL AND x.rate IS NOT NULL))`;
  });
  return Prisma.sql`(${Prisma.join(ranges, " OR ")})`;
}

/**
 * A loose bound on the stored euro value (`priceEurMicros`, rounded to a millionth of a euro) that every
 * match of the filter above satisfies, with a margin of a few millionths: it lets price order read the
 * price index from the right place. The exact decision stays with convertedPriceCondition.
 */
export function eurMicrosBounds(currency: Currency, min: number | undefined, max: number | undefined): Prisma.Sql[] {
  const perUnit = Prisma.sql`(${pow10(6)}::numeric / ${pow10(CURRENCY_EXPONENTS[currency])}) / ${latestRate(currency)}`;
  const out: Prisma.Sql[] = [];
  if (min !== undefined) out.push(Prisma.sql`a."priceEurMicros" >= coalesce(floor((${min}::numeric - 0.5) * ${perUnit})::bigint - 2, 0)`);
  if (max !== undefined) out.push(Prisma.sql`a."priceEurMicros" <= coalesce(ceil((${max}::numeric + 0.5) * ${perUnit})::bigint + 2, 9223372036854775807)`);
  return out;
}
