import type { Obj } from "../store.ts";
import { embeddedList } from "./shapes.ts";

/** Builders for the objects money moves through, with every field Stripe returns. */

export function balanceTransactionObject(i: {
  id: string;
  amount: number;
  currency: string;
  fee: number;
  type: string;
  reportingCategory: string;
  source: string;
  created: number;
  description: string | null;
}): Obj {
  return {
    id: i.id,
    object: "balance_transaction",
    amount: i.amount,
    available_on: i.created,
    balance_type: "payments",
    created: i.created,
    currency: i.currency,
    description: i.description,
    exchange_rate: null,
    fee: i.fee,
    fee_details: i.fee ? [{ amount: i.fee, application: null, currency: i.currency, description: "Stripe processing fees", type: "stripe_fee" }] : [],
    net: i.amount - i.fee,
    reporting_category: i.reportingCategory,
    source: i.source,
    status: "available",
    type: i.type,
  };
}

export function refundObject(i: {
  id: string;
  amount: number;
  charge: Obj;
  created: number;
  metadata: Record<string, string>;
  reason: string | null;
  arn: string;
}): Obj {
  return {
    id: i.id,
    object: "refund",
    amount: i.amount,
    balance_transaction: null,
    charge: i.charge.id,
    created: i.created,
    currency: i.charge.currency,
    customer: null,
    customer_account: null,
    destination_details: {
      card: { reference: i.arn, reference_status: "available", reference_type: "acquirer_reference_number", type: "refund" },
      type: "card",
    },
    metadata: i.metadata,
    payment_intent: i.charge.payment_intent,
    payment_method: i.charge.payment_method,
    reason: i.reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
  };
}

export function transferObject(i: {
  id: string;
  amount: number;
  currency: string;
  created: number;
  description: string | null;
  destination: string;
  destinationPayment: string;
  metadata: Record<string, string>;
  sourceTransaction: string | null;
  transferGroup: string | null;
}): Obj {
  return {
    id: i.id,
    object: "transfer",
    amount: i.amount,
    amount_reversed: 0,
    balance_transaction: null,
    created: i.created,
    currency: i.currency,
    description: i.description,
    destination: i.destination,
    destination_payment: i.destinationPayment,
    livemode: false,
    metadata: i.metadata,
    reversals: embeddedList(`/v1/transfers/${i.id}/reversals`),
    reversed: false,
    source_transaction: i.sourceTransaction,
    source_type: "card",
    transfer_group: i.transferGroup,
  };
}

export function transferReversalObject(i: {
  id: string;
  amount: number;
  currency: string;
  created: number;
  transfer: string;
  destinationPaymentRefund: string;
  metadata: Record<string, string>;
}): Obj {
  return {
    id: i.id,
    object: "transfer_reversal",
    amount: i.amount,
    balance_transaction: null,
    created: i.created,
    currency: i.currency,
    destination_payment_refund: i.destinationPaymentRefund,
    metadata: i.metadata,
    source_refund: null,
    transfer: i.transfer,
  };
}

export function payoutObject(i: {
  id: string;
  amount: number;
  currency: string;
  created: number;
  description: string | null;
  destination: string;
  metadata: Record<string, string>;
  statementDescriptor: string | null;
}): Obj {
  return {
    id: i.id,
    object: "payout",
    amount: i.amount,
    application_fee: null,
    application_fee_amount: null,
    arrival_date: i.created + 2 * 86_400,
    automatic: false,
    balance_transaction: null,
    created: i.created,
    currency: i.currency,
    description: i.description,
    destination: i.destination,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    livemode: false,
    metadata: i.metadata,
    method: "standard",
    original_payout: null,
    payout_method: null,
    reconciliation_status: "not_applicable",
    reversed_by: null,
    source_type: "card",
    statement_descriptor: i.statementDescriptor,
    status: "pending",
    trace_id: { status: "pending", value: null },
    type: "bank_account",
  };
}

const EVIDENCE_FIELDS = [
  "access_activity_log",
  "billing_address",
  "cancellation_policy",
  "cancellation_policy_disclosure",
  "cancellation_rebuttal",
  "customer_communication",
  "customer_email_address",
  "customer_name",
  "customer_purchase_ip",
  "customer_signature",
  "duplicate_charge_documentation",
  "duplicate_charge_explanation",
  "duplicate_charge_id",
  "product_description",
  "receipt",
  "refund_policy",
  "refund_policy_disclosure",
  "refund_refusal_explanation",
  "service_date",
  "service_documentation",
  "shipping_address",
  "shipping_carrier",
  "shipping_date",
  "shipping_documentation",
  "shipping_tracking_number",
  "uncategorized_file",
  "uncategorized_text",
];
export const DISPUTE_EVIDENCE_FIELDS: readonly string[] = EVIDENCE_FIELDS;

export function disputeObject(i: {
  id: string;
  charge: Obj;
  amount: number;
  reason: string;
  created: number;
  dueBy: number;
  customerEmail: string | null;
}): Obj {
  const card = (i.charge.payment_method_details as { card?: { brand?: string } } | null)?.card;
  return {
    id: i.id,
    object: "dispute",
    amount: i.amount,
    balance_transactions: [],
    charge: i.charge.id,
    created: i.created,
    currency: i.charge.currency,
    enhanced_eligibility_types: [],
    evidence: {
      ...Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f, null])),
      customer_email_address: i.customerEmail,
      enhanced_evidence: {},
    },
    evidence_details: { due_by: i.dueBy, enhanced_eligibility: {}, has_evidence: false, past_due: false, submission_count: 0, submission_method: "manual" },
    intended_submission_method: null,
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    network_reason_code: i.reason === "fraudulent" ? "10.4" : "13.1",
    payment_intent: i.charge.payment_intent,
    payment_method_details: {
      card: {
        brand: card?.brand ?? "visa",
        case_type: "chargeback",
        network: card?.brand ?? "visa",
        network_reason_code: i.reason === "fraudulent" ? "10.4" : "13.1",
      },
      type: "card",
    },
    reason: i.reason,
    status: "needs_response",
  };
}
