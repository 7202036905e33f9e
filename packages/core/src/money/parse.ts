import { currencyExponent, isCurrency, type Currency } from "./currencies.ts";

export type ParseMoneyResult = { ok: true; minor: number } | { ok: false; message: string };

/** Highest price a listing may ask, in major units. */
export const MAX_PRICE_MAJOR = 1_000_000;

/**
 * Parses a price typed in major units ("1200", "1200.5", "1,200.50") into integer minor units,
 * with string arithmetic only (never floats). Rejects signs, zero, too many decimals and absurd amounts.
 */
export function parseMajorUnits(input: string, currency: Currency): ParseMoneyResult {
  const exp = currencyExponent(currency);
  const text = input.trim().replace(/[,_ ](?=\d{3}(\D|$))/g, "");
  if (text === "") return { ok: false, message: "Enter a price" };
  if (text.startsWith("-")) return { ok: false, message: "The price cannot be negative" };
  const m = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!m) return { ok: false, message: "Enter the price as a number, e.g. 1200 or 1200.50" };
  const whole = m[1] ?? "0";
  const frac = m[2] ?? "";
  if (frac.length > exp) {
    return { ok: false, message: exp === 0 ? `${currency} prices have no decimals` : `${currency} prices have at most ${exp} decimals` };
  }
  const wholeDigits = whole.replace(/^0+(?=\d)/, "");
  if (wholeDigits.length > String(MAX_PRICE_MAJOR).length) return { ok: false, message: tooHigh(currency) };
  const minor = Number(wholeDigits + frac.padEnd(exp, "0"));
  if (minor === 0) return { ok: false, message: "The price must be more than zero" };
  if (minor > MAX_PRICE_MAJOR * 10 ** exp) return { ok: false, message: tooHigh(currency) };
  return { ok: true, minor };
}

function tooHigh(currency: Currency): string {
  return `Prices above ${MAX_PRICE_MAJOR.toLocaleString("en")} ${currency} are not accepted`;
}

/** A typed amount for a filter ("min price"): minor units when it parses, else undefined (a filter simply doesn't apply). */
export function parseOptionalAmount(input: string | undefined, currency: string): number | undefined {
  const code = currency.toUpperCase();
  if (!input || !isCurrency(code)) return undefined;
  const r = parseMajorUnits(input, code);
  return r.ok ? r.minor : undefined;
}
