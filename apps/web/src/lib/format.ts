/** Display formatting for money and dimensions. Values stay integers everywhere else; we divide only here. */

export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** `formatPrice(120000, "EUR")` → "€1,200". Whole amounts drop the cents, like price tags do. */
export function formatPrice(minor: number, currency: string, locale = "en-GB"): string {
  const digits = currencyDigits(currency);
  const scale = 10 ** digits;
  const whole = minor % scale === 0;
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: whole ? 0 : digits,
      maximumFractionDigits: digits,
    }).format(minor / scale);
  } catch {
    return `${(minor / scale).toFixed(digits)} ${currency}`;
  }
}

/** Converts a major-unit string typed by a visitor ("1200" / "1,200.50") to minor units, or undefined. */
export function parseMajorToMinor(input: string | undefined, currency: string): number | undefined {
  if (!input) return undefined;
  const m = /^\s*(\d{1,9})(?:[.,](\d{1,3}))?\s*$/.exec(input.replace(/[,\s](?=\d{3}\b)/g, ""));
  if (!m) return undefined;
  const digits = currencyDigits(currency);
  const frac = (m[2] ?? "").padEnd(digits, "0").slice(0, digits);
  return Number(m[1]) * 10 ** digits + (frac ? Number(frac) : 0);
}

/** Minor units back to a plain major-unit string for form fields ("1200", "12.5"). */
export function minorToMajorInput(minor: number | undefined, currency: string): string {
  if (minor === undefined) return "";
  const digits = currencyDigits(currency);
  const scale = 10 ** digits;
  const whole = Math.floor(minor / scale);
  const frac = minor % scale;
  return frac ? `${whole}.${String(frac).padStart(digits, "0").replace(/0+$/, "")}` : String(whole);
}

function tenths(n: number): string {
  return n % 10 === 0 ? String(n / 10) : `${Math.floor(n / 10)}.${n % 10}`;
}

/** 605, 800, null, "CM" → "60.5 × 80 cm" */
export function formatDimensions(w: number, h: number, d: number | null, unit: "CM" | "IN"): string {
  const parts = [w, h, ...(d ? [d] : [])].map(tenths);
  return `${parts.join(" × ")} ${unit === "CM" ? "cm" : "in"}`;
}
