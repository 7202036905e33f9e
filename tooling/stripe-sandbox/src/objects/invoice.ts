import type { Obj } from "../store.ts";
import { embeddedList } from "./shapes.ts";

/** A Customer with the fields Stripe returns for the pinned API version. */
export function customerObject(i: {
  id: string;
  created: number;
  email: string | null;
  name: string | null;
  description: string | null;
  phone: string | null;
  metadata: Record<string, string>;
  prefix: string;
}): Obj {
  return {
    id: i.id,
    object: "customer",
    address: null,
    balance: 0,
    created: i.created,
    currency: null,
    default_source: null,
    delinquent: false,
    description: i.description,
    discount: null,
    email: i.email,
    invoice_prefix: i.prefix,
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: i.metadata,
    name: i.name,
    next_invoice_sequence: 1,
    phone: i.phone,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
}

export interface InvoiceInput {
  id: string;
  created: number;
  customer: Obj;
  currency: string;
  collectionMethod: string;
  autoAdvance: boolean;
  dueDate: number | null;
  description: string | null;
  footer: string | null;
  metadata: Record<string, string>;
  onBehalfOf: string | null;
  accountName: string | null;
}

/** A draft Invoice with every field Stripe returns (the pinned API version has no `charge`/`payment_intent`: see `payments`). */
export function invoiceObject(i: InvoiceInput): Obj {
  return {
    id: i.id,
    object: "invoice",
    account_country: "IE",
    account_name: i.accountName,
    account_tax_ids: null,
    amount_due: 0,
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: 0,
    amount_shipping: 0,
    application: null,
    attempt_count: 0,
    attempted: false,
    auto_advance: i.autoAdvance,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: i.autoAdvance ? i.created + 3_600 : null,
    billing_reason: "manual",
    collection_method: i.collectionMethod,
    created: i.created,
    currency: i.currency,
    custom_fields: null,
    customer: i.customer.id,
    customer_account: null,
    customer_address: null,
    customer_email: i.customer.email ?? null,
    customer_name: i.customer.name ?? null,
    customer_phone: i.customer.phone ?? null,
    customer_shipping: null,
    customer_tax_exempt: "none",
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: i.description,
    discounts: [],
    due_date: i.dueDate,
    effective_at: null,
    ending_balance: null,
    footer: i.footer,
    from_invoice: null,
    hosted_invoice_url: null,
    invoice_pdf: null,
    issuer: i.onBehalfOf ? { account: i.onBehalfOf, type: "account" } : { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    lines: embeddedList(`/v1/invoices/${i.id}/lines`),
    livemode: false,
    metadata: i.metadata,
    next_payment_attempt: null,
    number: null,
    on_behalf_of: i.onBehalfOf,
    parent: null,
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: i.created,
    period_start: i.created,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: "draft",
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: 0,
    subtotal_excluding_tax: 0,
    test_clock: null,
    total: 0,
    total_discount_amounts: [],
    total_excluding_tax: 0,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: null,
  };
}

export interface InvoiceItemInput {
  id: string;
  created: number;
  customer: string;
  invoice: string | null;
  currency: string;
  unitAmount: number;
  quantity: number;
  description: string | null;
  metadata: Record<string, string>;
  product: string | null;
}

const pricing = (i: InvoiceItemInput) =>
  i.product
    ? { price_details: { price: `price_${i.id.slice(3)}`, product: i.product }, type: "price_details", unit_amount_decimal: String(i.unitAmount) }
    : null;

/** An InvoiceItem (`ii_…`). */
export function invoiceItemObject(i: InvoiceItemInput): Obj {
  return {
    id: i.id,
    object: "invoiceitem",
    amount: i.unitAmount * i.quantity,
    currency: i.currency,
    customer: i.customer,
    customer_account: null,
    date: i.created,
    description: i.description,
    discountable: true,
    discounts: [],
    invoice: i.invoice,
    livemode: false,
    metadata: i.metadata,
    net_amount: i.unitAmount * i.quantity,
    parent: null,
    period: { end: i.created, start: i.created },
    pricing: pricing(i),
    proration: false,
    proration_details: { credited_items: null, discount_amounts: [] },
    quantity: i.quantity,
    quantity_decimal: String(i.quantity),
    tax_rates: [],
    test_clock: null,
  };
}

/** The invoice line (`il_…`) an invoice item becomes on its invoice. */
export function invoiceLineObject(ii: Obj, lineId: string): Obj {
  return {
    id: lineId,
    object: "line_item",
    amount: ii.amount,
    currency: ii.currency,
    description: ii.description,
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice: ii.invoice,
    livemode: false,
    metadata: structuredClone(ii.metadata),
    parent: {
      invoice_item_details: { invoice_item: ii.id, proration: false, proration_details: { credited_items: null }, subscription: null },
      subscription_item_details: null,
      type: "invoice_item_details",
    },
    period: structuredClone(ii.period),
    pretax_credit_amounts: [],
    pricing: structuredClone(ii.pricing),
    quantity: ii.quantity,
    quantity_decimal: ii.quantity_decimal,
    subscription: null,
    subtotal: ii.amount,
    taxes: [],
  };
}

/** An InvoicePayment (`inpay_…`): the invoice's default payment, its PaymentIntent, open until paid or canceled. */
export function invoicePaymentObject(i: { id: string; invoice: Obj; paymentIntent: string; created: number }): Obj {
  return {
    id: i.id,
    object: "invoice_payment",
    amount_paid: null,
    amount_requested: i.invoice.amount_due,
    created: i.created,
    currency: i.invoice.currency,
    invoice: i.invoice.id,
    is_default: true,
    livemode: false,
    payment: { payment_intent: i.paymentIntent, type: "payment_intent" },
    status: "open",
    status_transitions: { canceled_at: null, paid_at: null },
  };
}
