import { z } from "zod";
import type { PrintRecipient } from "./print-lab.ts";

/** The shipping details checkout stores on the order (Stripe's `collected_information.shipping_details`). */
const stripeShipping = z.object({
  name: z.string().min(1),
  address: z.object({
    line1: z.string().min(1),
    line2: z.string().nullish(),
    city: z.string().min(1),
    state: z.string().nullish(),
    postal_code: z.string().nullish(),
    country: z.string().length(2),
  }),
});

/** Where the lab ships an order item: the order's shipping address and the buyer's email (for the carrier's notices). Null when the order has none. */
export function recipientFromOrder(shippingAddress: unknown, buyerEmail: string | null): PrintRecipient | null {
  const s = stripeShipping.safeParse(shippingAddress);
  if (!s.success) return null;
  const a = s.data.address;
  return {
    name: s.data.name,
    address1: a.line1,
    address2: a.line2 || null,
    city: a.city,
    // Stripe gives US/CA/AU states as their ISO 3166-2 code without the country ("CA"), which is what labs want
    stateCode: a.state && /^[A-Z0-9]{1,3}$/.test(a.state) ? a.state : null,
    countryCode: a.country.toUpperCase(),
    zip: a.postal_code || null,
    email: buyerEmail,
  };
}
