import { currencyExponent, type Currency } from "./currencies.ts";

/** Integer minor units → plain major-unit string ("1200.50", JPY "1200"): the form's editable value. */
export function formatMajorUnits(minor: number, currency: Currency): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Not an integer amount: ${minor}`);
  const exp = currencyExponent(currency);
  const sign = minor < 0 ? "-" : "";
  const digits = String(Math.abs(minor)).padStart(exp + 1, "0");
  if (exp === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exp)}.${digits.slice(-exp)}`;
}

/** Human display with grouping and symbol, e.g. "€1,200.50", built from the exact string (no float maths). */
export function formatMoney(minor: number, currency: Currency, locale = "en"): string {
  const exp = currencyExponent(currency);
  const nf = new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: exp, maximumFractionDigits: exp });
  // Intl accepts decimal strings exactly (no binary float rounding).
  return nf.format(formatMajorUnits(minor, currency) as unknown as number);
}
