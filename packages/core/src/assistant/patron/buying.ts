import type { Db } from "@atelier/db";
import { getPublicArtwork } from "../../discovery/artwork-page.ts";
import { countryName } from "../../cart/shipping.ts";
import { formatPrice } from "../../money/index.ts";
import { findPublicArtwork } from "./resolve.ts";

/** The steps of buying on Atelier, as the cart and checkout work today (cart/, checkout/). */
export const HOW_BUYING_WORKS = [
  "Open the artwork's page and choose “Add to cart” (editions let you pick a quantity).",
  "Open your cart and choose the country to ship to: it shows the shipping price for each work.",
  "Choose “Check out” (you need to be signed in). The work is held for you while the checkout is open, up to 30 minutes.",
  "Pay on Stripe's secure payment page. Works in different currencies are checked out separately.",
  "Your order then appears under Orders, with shipping status and tracking once the artist sends it.",
];

/**
 * What someone needs to buy one artwork: whether it can be bought now (the same availability the
 * page shows), its price, shipping from the artist's country, the link and the real steps. Not
 * found is a plain answer, not an error.
 */
export async function purchaseGuide(db: Db, ref: string, viewerId: string | null) {
  const found = await findPublicArtwork(db, ref);
  if (!found) return { found: false as const, message: `I couldn't find a public artwork called “${ref}”.`, steps: HOW_BUYING_WORKS };
  const a = await getPublicArtwork(db, found.slug, viewerId);
  const from = countryName(a.artist.country);
  return {
    found: true as const,
    title: a.title,
    url: `/artworks/${a.slug}`,
    artist: a.artist.displayName,
    price: formatPrice(a.priceAmount, a.currency),
    kind: a.kind,
    availability: a.availability.state,
    availabilityLabel: a.availability.label ?? (a.availability.purchasable ? "Available" : "Not for sale"),
    purchasable: a.availability.purchasable,
    editionsLeft: a.availability.editionsLeft,
    shipping: {
      from,
      domestic: formatPrice(a.shippingDomestic, a.currency),
      international: a.shippingInternational === null ? null : formatPrice(a.shippingInternational, a.currency),
    },
    signedIn: viewerId !== null,
    steps: HOW_BUYING_WORKS,
  };
}
export type PurchaseGuide = Awaited<ReturnType<typeof purchaseGuide>>;
