import type { Obj } from "../store.ts";
import type { ShippingDetails } from "./shapes.ts";

export interface SessionInput {
  id: string;
  created: number;
  expiresAt: number;
  currency: string;
  amountSubtotal: number;
  url: string;
  successUrl: string | null;
  cancelUrl: string | null;
  clientReferenceId: string | null;
  customerEmail: string | null;
  metadata: Record<string, string>;
  allowedCountries: string[] | null;
  mode: "payment" | "subscription";
  customer: string | null;
}

/** A Checkout Session with every field Stripe returns (API version pinned in package.json), in its `open` state. */
export function checkoutSessionObject(i: SessionInput): Obj {
  return {
    id: i.id,
    object: "checkout.session",
    adaptive_pricing: { enabled: false },
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: null,
    amount_subtotal: i.amountSubtotal,
    amount_total: i.amountSubtotal,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: i.cancelUrl,
    client_reference_id: i.clientReferenceId,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: i.created,
    currency: i.currency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: i.customer,
    customer_account: null,
    customer_creation: i.mode === "payment" ? "if_required" : null,
    customer_details: i.customerEmail
      ? { address: null, business_name: null, email: i.customerEmail, individual_name: null, name: null, phone: null, tax_exempt: "none", tax_ids: [] }
      : null,
    customer_email: i.customerEmail,
    discounts: [],
    expires_at: i.expiresAt,
    integration_identifier: null,
    invoice: null,
    invoice_creation: {
      enabled: false,
      invoice_data: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: null, metadata: {}, rendering_options: null },
    },
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata: i.metadata,
    mode: i.mode,
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: i.mode === "subscription" ? "always" : "if_required",
    payment_method_configuration_details: null,
    payment_method_options: { card: { request_three_d_secure: "automatic" } },
    payment_method_types: ["card"],
    payment_status: "unpaid",
    permissions: null,
    phone_number_collection: { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: i.allowedCountries ? { allowed_countries: i.allowedCountries } : null,
    shipping_cost: null,
    shipping_options: [],
    status: "open",
    submit_type: null,
    subscription: null,
    success_url: i.successUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted",
    url: i.url,
    wallet_options: null,
  };
}

/** What completing the hosted page writes onto the session. */
export function completedFields(s: Obj, paid: { email: string | null; name: string | null; shipping: ShippingDetails | null }): Partial<Obj> {
  return {
    status: "complete",
    payment_status: "paid",
    url: null,
    collected_information: {
      business_name: null,
      individual_name: null,
      shipping_details: paid.shipping ? { address: { ...paid.shipping.address }, name: paid.shipping.name } : null,
    },
    customer_details: {
      address: paid.shipping ? { ...paid.shipping.address } : null,
      business_name: null,
      email: paid.email ?? (s.customer_email as string | null),
      individual_name: null,
      name: paid.name ?? paid.shipping?.name ?? null,
      phone: null,
      tax_exempt: "none",
      tax_ids: [],
    },
  };
}
