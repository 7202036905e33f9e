import { convertAtReferenceRate } from "../money/reference-rates.ts";
import { PRODUCT_CATALOGUE } from "./catalogue.ts";

/**
 * The print lab's shipping of one licensed-product line (one parcel, whatever the quantity), in minor units of
 * `currency`: the catalogue's euro price converted at the reference rates, rounded up like production costs, so
 * the lab is never paid less than its euro price. It is passed through to the lab with production. 0 for a download.
 */
export function labShippingAmount(productTypeCode: string, currency: string): number {
  const type = PRODUCT_CATALOGUE.find((t) => t.code === productTypeCode);
  if (!type) throw new RangeError(`unknown product type ${productTypeCode}`);
  return type.labShippingEuroCents === 0 ? 0 : convertAtReferenceRate(type.labShippingEuroCents, "EUR", currency);
}

/** Made and posted by the print lab (true), or a file the buyer downloads (false). */
export function isPhysicalProduct(productTypeCode: string): boolean {
  return PRODUCT_CATALOGUE.find((t) => t.code === productTypeCode)?.fulfilment === "PRINT_LAB";
}
