export { CURRENCIES, CURRENCY_EXPONENTS, currencyExponent, isCurrency, type Currency } from "./currencies.ts";
export { MAX_PRICE_MAJOR, parseMajorUnits, type ParseMoneyResult } from "./parse.ts";
export { formatMajorUnits, formatMoney } from "./format.ts";
