/** Currencies Atelier accepts, with their ISO 4217 minor-unit exponent (JPY has no minor unit). */
export const CURRENCY_EXPONENTS = {
  EUR: 2,
  USD: 2,
  GBP: 2,
  CHF: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  JPY: 0,
  CAD: 2,
  AUD: 2,
} as const;

export type Currency = keyof typeof CURRENCY_EXPONENTS;
export const CURRENCIES = Object.keys(CURRENCY_EXPONENTS) as [Currency, ...Currency[]];

export function isCurrency(code: string): code is Currency {
  return Object.hasOwn(CURRENCY_EXPONENTS, code);
}

export function currencyExponent(currency: Currency): number {
  return CURRENCY_EXPONENTS[currency];
}
