/** The one money module: integer minor units plus an ISO currency, parsed and formatted without floats. Used by pages, mails and the domain. */
export { CURRENCIES, CURRENCY_EXPONENTS, currencyExponent, isCurrency, type Currency } from "./currencies.ts";
export { MAX_PRICE_MAJOR, parseMajorUnits, parseOptionalAmount, type ParseMoneyResult } from "./parse.ts";
export { exponentOf, formatMajorUnits, formatMoney, formatPrice, MONEY_LOCALE, type FormatMoneyOptions } from "./format.ts";
export { refundSplit, splitItem, splitOrder, type ItemSplit, type OrderSplit, type RefundSplit, type SplitInput } from "./split.ts";
export {
  licensedRefundSplit,
  licensedTermsViolations,
  lowestViableAmount,
  maxDiscountAmount,
  splitLicensedItem,
  type LicensedItemSplit,
  type LicensedPriceTerms,
  type LicensedRefundSplit,
  type LicensedSeller,
  type LicensedSplitInput,
  type TermsViolation,
} from "./split.ts";
export { convertAtReferenceRate, inEveryCurrency, REFERENCE_RATES_MICROS } from "./reference-rates.ts";
export { convertMinor, formatApproxPrice, rateMillionths, type RateTable } from "./convert.ts";
