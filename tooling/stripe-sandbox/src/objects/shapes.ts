/** Small pieces several Stripe objects share. */
export interface Address {
  city: string | null;
  country: string | null;
  line1: string | null;
  line2: string | null;
  postal_code: string | null;
  state: string | null;
}

export const emptyAddress = (): Address => ({ city: null, country: null, line1: null, line2: null, postal_code: null, state: null });

/** A list as Stripe embeds it in an object (`external_accounts`, `reversals`). */
export const embeddedList = (url: string, data: unknown[] = []) => ({ object: "list", data, has_more: false, total_count: data.length, url });

/** `{ name, address }`: what Checkout collects and Stripe copies onto the PaymentIntent and Charge. */
export interface ShippingDetails {
  name: string;
  address: Address;
}

/** The `shipping` field of a PaymentIntent or Charge built from collected shipping details. */
export const shippingField = (s: ShippingDetails | null) =>
  s ? { address: { ...s.address }, carrier: null, name: s.name, phone: null, tracking_number: null } : null;
