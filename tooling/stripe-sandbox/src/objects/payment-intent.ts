import type { Obj } from "../store.ts";
import { shippingField, type ShippingDetails } from "./shapes.ts";

export interface PaymentIntentInput {
  id: string;
  secret: string;
  amount: number;
  currency: string;
  created: number;
  description?: string | null;
  metadata?: Record<string, string>;
  transferGroup?: string | null;
  paymentMethod?: string | null;
  automaticPaymentMethods?: boolean;
  receiptEmail?: string | null;
  shipping?: ShippingDetails | null;
}

/** A PaymentIntent with every field Stripe returns, waiting for a payment method (or for confirmation when it has one). */
export function paymentIntentObject(i: PaymentIntentInput): Obj {
  return {
    id: i.id,
    object: "payment_intent",
    allowed_payment_method_types: null,
    amount: i.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: i.automaticPaymentMethods ? { allow_redirects: "never", enabled: true } : null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: "automatic",
    client_secret: `${i.id}_secret_${i.secret}`,
    confirmation_method: "automatic",
    created: i.created,
    currency: i.currency,
    customer: null,
    customer_account: null,
    description: i.description ?? null,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: i.metadata ?? {},
    next_action: null,
    on_behalf_of: null,
    payment_method: i.paymentMethod ?? null,
    payment_method_configuration_details: null,
    payment_method_options: { card: { installments: null, mandate_options: null, network: null, request_three_d_secure: "automatic" } },
    payment_method_types: ["card"],
    payment_record: null,
    processing: null,
    receipt_email: i.receiptEmail ?? null,
    review: null,
    setup_future_usage: null,
    shipping: shippingField(i.shipping ?? null),
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: i.paymentMethod ? "requires_confirmation" : "requires_payment_method",
    transfer_data: null,
    transfer_group: i.transferGroup ?? null,
  };
}
