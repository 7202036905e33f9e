import type Stripe from "stripe";
import { countryName } from "../cart/shipping.ts";

export interface SessionOrder {
  id: string;
  number: string;
  currency: string;
  /** null: nothing ships (event tickets), no address is collected */
  shipTo: string | null;
  shippingAmount: number;
  expiresAt: Date;
  buyerEmail: string;
  items: { title: string; artistName: string; quantity: number; unitAmount: number }[];
}

/**
 * The Checkout Session of one order: a line per work, shipping as its own line, 30 minutes to pay,
 * the address collected for the one country the shipping was priced for, and the order id everywhere
 * Stripe lets us put it (metadata, client_reference_id, the payment intent's metadata and transfer_group).
 * Idempotent per order, so a retried create never opens a second session.
 */
export function createOrderSession(stripe: Stripe, appUrl: string, o: SessionOrder): Promise<Stripe.Checkout.Session> {
  const currency = o.currency.toLowerCase();
  const lines: Stripe.Checkout.SessionCreateParams.LineItem[] = o.items.map((i) => ({
    quantity: i.quantity,
    price_data: { currency, unit_amount: i.unitAmount, product_data: { name: i.title, description: `by ${i.artistName}` } },
  }));
  if (o.shippingAmount > 0 && o.shipTo) {
    lines.push({ quantity: 1, price_data: { currency, unit_amount: o.shippingAmount, product_data: { name: `Shipping to ${countryName(o.shipTo)}` } } });
  }
  const ref = encodeURIComponent(o.id);
  return stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: lines,
      client_reference_id: o.id,
      customer_email: o.buyerEmail,
      metadata: { orderId: o.id, orderNumber: o.number },
      payment_intent_data: { transfer_group: o.id, metadata: { orderId: o.id, orderNumber: o.number }, description: `Atelier order ${o.number}` },
      expires_at: Math.floor(o.expiresAt.getTime() / 1000),
      ...(o.shipTo
        ? { shipping_address_collection: { allowed_countries: [o.shipTo as Stripe.Checkout.SessionCreateParams.ShippingAddressCollection.AllowedCountry] } }
        : {}),
      success_url: `${appUrl}/checkout/success?order=${ref}`,
      cancel_url: `${appUrl}/checkout/cancelled?order=${ref}`,
    },
    { idempotencyKey: `checkout-session-${o.id}` },
  );
}
