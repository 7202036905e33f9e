import type { Obj } from "../store.ts";
import type { Address } from "./shapes.ts";

export interface Card {
  brand: string;
  last4: string;
  fingerprint: string;
}

export interface ChargeInput {
  id: string;
  pi: Obj;
  card: Card;
  paymentMethod: string;
  created: number;
  /** the decline reason, or undefined when the card is approved */
  decline?: "generic_decline" | "insufficient_funds";
  declineMessage?: string;
  billing: { email: string | null; name: string | null; address: Address | null };
  receiptUrl: string;
}

/** A card Charge with every field Stripe returns: succeeded, or failed with Stripe's decline outcome. */
export function chargeObject(i: ChargeInput): Obj {
  const declined = !!i.decline;
  const pi = i.pi;
  return {
    id: i.id,
    object: "charge",
    amount: pi.amount,
    amount_captured: declined ? 0 : pi.amount,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: null,
    billing_details: { address: i.billing.address, email: i.billing.email, name: i.billing.name, phone: null, tax_id: null },
    calculated_statement_descriptor: "ATELIER",
    captured: !declined,
    created: i.created,
    currency: pi.currency,
    customer: null,
    description: pi.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: declined ? "card_declined" : null,
    failure_message: declined ? i.declineMessage! : null,
    fraud_details: {},
    livemode: false,
    metadata: structuredClone(pi.metadata),
    on_behalf_of: null,
    outcome: declined
      ? {
          advice_code: i.decline === "insufficient_funds" ? "try_again_later" : "do_not_try_again",
          network_advice_code: null,
          network_decline_code: i.decline === "insufficient_funds" ? "51" : "05",
          network_status: "declined_by_network",
          reason: i.decline,
          risk_level: "normal",
          risk_score: 20,
          seller_message: "The bank did not return any further details with this decline.",
          type: "issuer_declined",
        }
      : {
          advice_code: null,
          network_advice_code: null,
          network_decline_code: null,
          network_status: "approved_by_network",
          reason: null,
          risk_level: "normal",
          risk_score: 20,
          seller_message: "Payment complete.",
          type: "authorized",
        },
    paid: !declined,
    payment_intent: pi.id,
    payment_method: i.paymentMethod,
    payment_method_details: {
      card: {
        amount_authorized: declined ? null : pi.amount,
        authorization_code: declined ? null : "123456",
        brand: i.card.brand,
        checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "pass" },
        country: "US",
        description: null,
        electronic_commerce_indicator: null,
        exp_month: 12,
        exp_year: new Date(i.created * 1000).getUTCFullYear() + 3,
        extended_authorization: { status: "disabled" },
        fingerprint: i.card.fingerprint,
        funding: "credit",
        incremental_authorization: { status: "unavailable" },
        installments: null,
        last4: i.card.last4,
        mandate: null,
        multicapture: { status: "unavailable" },
        network: i.card.brand,
        network_token: { used: false },
        network_transaction_id: declined ? null : "104557651805572",
        overcapture: { maximum_amount_capturable: pi.amount, status: "unavailable" },
        regulated_status: "unregulated",
        three_d_secure: null,
        transaction_link_id: null,
        wallet: null,
      },
      type: "card",
    },
    receipt_email: pi.receipt_email ?? null,
    receipt_number: null,
    receipt_url: declined ? null : i.receiptUrl,
    refunded: false,
    review: null,
    shipping: structuredClone(pi.shipping ?? null),
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: declined ? "failed" : "succeeded",
    transfer_data: null,
    transfer_group: pi.transfer_group,
  };
}
