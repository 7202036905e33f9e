import { countryName } from "../cart/shipping.ts";
import { teamEmail, type CoreSettings } from "../env.ts";
import { formatPrice } from "../money/index.ts";
import { CHECKOUT_MINUTES } from "./deps.ts";

export interface PurchaseTerms {
  shipsFrom: string;
  /** one line per destination: the artist's country, then the rest of the world */
  shipping: { to: string; price: string | null; note: string | null }[];
  /** how shipping works, as checkout and fulfilment do it */
  shippingNotes: string[];
  /** what happens with returns and refunds, as the refund rules (core/refunds/request.ts) allow */
  returns: string[];
}

/**
 * The artwork page's "Shipping and returns", said from the rules the cart, checkout, shipping and refunds
 * actually apply: shipping from the artist's country (cart/shipping.ts), one parcel per work, the artist ships
 * with tracking (orders/shipping.ts), refunds by the artist before shipping and by Atelier's team after
 * (refunds/request.ts), delivery confirmed by the buyer or after DELIVERY_AUTO_CONFIRM_DAYS (orders/delivery.ts).
 */
export function purchaseTerms(
  art: { shippingDomestic: number; shippingInternational: number | null; currency: string },
  artistCountry: string,
  settings: Pick<CoreSettings, "DELIVERY_AUTO_CONFIRM_DAYS" | "ADMIN_EMAIL">,
): PurchaseTerms {
  const home = countryName(artistCountry);
  const price = (amount: number) => (amount === 0 ? "Free" : formatPrice(amount, art.currency));
  return {
    shipsFrom: home,
    shipping: [
      { to: `Within ${home}`, price: price(art.shippingDomestic), note: null },
      art.shippingInternational === null
        ? { to: "Rest of the world", price: null, note: `The artist ships only within ${home}` }
        : { to: "Rest of the world", price: price(art.shippingInternational), note: null },
    ],
    shippingNotes: [
      "One shipping price per work, whatever the quantity, added at checkout once you choose where it goes.",
      "The artist packs and ships it, and you get a mail with the carrier and tracking number when it is on its way.",
      `Paid by card through Stripe; the work is held for you for ${CHECKOUT_MINUTES} minutes while you pay.`,
    ],
    returns: [
      "Until the work ships, the artist can cancel your order and refund it, in full or in part.",
      `Once it has shipped, refunds are made by Atelier's team: write to ${teamEmail(settings)} with your order number.`,
      "Refunds go back to the card you paid with.",
      `When it arrives, confirm receipt on your order page; if you don't, it counts as delivered ${settings.DELIVERY_AUTO_CONFIRM_DAYS} days after shipping.`,
    ],
  };
}
