/** "€1,234.50" from integer minor units; Intl formats the decimal string exactly (no float maths). */
export function money(amount: number, currency: string): string {
  const fmt = new Intl.NumberFormat("en-IE", { style: "currency", currency: currency.toUpperCase() });
  const digits = fmt.resolvedOptions().maximumFractionDigits ?? 2;
  const abs = String(Math.abs(amount)).padStart(digits + 1, "0");
  const decimal = digits ? `${abs.slice(0, -digits)}.${abs.slice(-digits)}` : abs;
  return fmt.format(`${amount < 0 ? "-" : ""}${decimal}` as Intl.StringNumericLiteral);
}
