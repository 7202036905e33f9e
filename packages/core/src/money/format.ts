import { CURRENCY_EXPONENTS } from "./currencies.ts";

/** The locale money is shown in everywhere (pages, mails, assistants, CSV): "€1,200.50", "US$12", "JP¥5,000". */
export const MONEY_LOCALE = "en-GB";

/** Minor-unit exponent of any ISO 4217 code (ours from the table, others from Intl); Stripe's lowercase codes are accepted. */
export function exponentOf(currency: string): number {
  const code = currency.toUpperCase();
  if (Object.hasOwn(CURRENCY_EXPONENTS, code)) return CURRENCY_EXPONENTS[code as keyof typeof CURRENCY_EXPONENTS];
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Integer minor units → plain major-unit string ("1200.50", JPY "1200"): the form's editable value. String arithmetic only. */
export function formatMajorUnits(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Not an integer amount: ${minor}`);
  const exp = exponentOf(currency);
  const sign = minor < 0 ? "-" : "";
  const digits = String(Math.abs(minor)).padStart(exp + 1, "0");
  if (exp === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exp)}.${digits.slice(-exp)}`;
}

export interface FormatMoneyOptions {
  /** "tag": whole amounts without zero cents, like a price tag ("€1,200"); "exact" (default): always the minor digits ("€1,200.00") */
  style?: "exact" | "tag";
  locale?: string;
}

/**
 * Human display with grouping and symbol, built from the exact decimal string (Intl formats a
 * decimal string without binary float rounding). Receipts, ledgers and mails use "exact"; labels
 * on artworks use "tag" (see formatPrice).
 */
export function formatMoney(minor: number, currency: string, { style = "exact", locale = MONEY_LOCALE }: FormatMoneyOptions = {}): string {
  const code = currency.toUpperCase();
  const exp = exponentOf(code);
  const whole = exp === 0 || minor % 10 ** exp === 0;
  const fraction = style === "tag" && whole ? 0 : exp;
  const decimal = formatMajorUnits(minor, code);
  try {
    const nf = new Intl.NumberFormat(locale, { style: "currency", currency: code, minimumFractionDigits: fraction, maximumFractionDigits: exp });
    return nf.format(decimal as Intl.StringNumericLiteral);
  } catch {
    return `${decimal} ${code}`;
  }
}

/** A price as it is shown on an artwork: "€1,200", "€899.50". */
export function formatPrice(minor: number, currency: string): string {
  return formatMoney(minor, currency, { style: "tag" });
}
