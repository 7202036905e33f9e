import { SHIP_TO_COUNTRIES } from "../schemas/cart.ts";

export interface ShippingQuote {
  /** minor units of the work's currency; null when the work cannot be shipped there (or no country is chosen yet) */
  amount: number | null;
  international: boolean;
  /** why there is no price, e.g. "Ships only within France" */
  note: string | null;
}

export function countryName(code: string): string {
  return (SHIP_TO_COUNTRIES as Record<string, string>)[code] ?? code;
}

/**
 * One shipping price per cart line (one parcel per work, whatever the quantity): the artist's domestic
 * price to their own country (ArtistProfile.country), the international price elsewhere, or none when
 * the artist ships only within their country (shippingInternational null).
 */
export function shippingQuote(
  art: { shippingDomestic: number; shippingInternational: number | null },
  artistCountry: string,
  shipTo: string | null,
): ShippingQuote {
  if (!shipTo) return { amount: null, international: false, note: "Choose where to ship to see the shipping price" };
  if (shipTo === artistCountry) return { amount: art.shippingDomestic, international: false, note: null };
  if (art.shippingInternational === null) return { amount: null, international: true, note: `Ships only within ${countryName(artistCountry)}` };
  return { amount: art.shippingInternational, international: true, note: null };
}
