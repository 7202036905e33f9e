import type { Obj } from "../store.ts";

export type Interval = "day" | "week" | "month" | "year";

/** The end of one billing period that starts at `start` (calendar months and years, as Stripe bills them). */
export function periodEnd(start: number, interval: Interval, count: number): number {
  const d = new Date(start * 1000);
  if (interval === "day") d.setUTCDate(d.getUTCDate() + count);
  else if (interval === "week") d.setUTCDate(d.getUTCDate() + 7 * count);
  else if (interval === "month") d.setUTCMonth(d.getUTCMonth() + count);
  else d.setUTCFullYear(d.getUTCFullYear() + count);
  return Math.floor(d.getTime() / 1000);
}

export interface SubscriptionInput {
  id: string;
  created: number;
  customer: string;
  currency: string;
  metadata: Record<string, string>;
  /** the Checkout line items (price carries `recurring`) */
  items: { id: string; price: Obj; quantity: number }[];
  periodStart: number;
  periodEnd: number;
}

/** The legacy `plan` Stripe still returns beside each item's price (same amount, interval and product). */
function planOf(price: Obj): Obj {
  const r = price.recurring as { interval: string; interval_count: number; trial_period_days: number | null; usage_type: string };
  return {
    id: price.id,
    object: "plan",
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: price.billing_scheme,
    created: price.created,
    currency: price.currency,
    interval: r.interval,
    interval_count: r.interval_count,
    livemode: false,
    metadata: price.metadata,
    meter: null,
    nickname: null,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: r.trial_period_days,
    usage_type: r.usage_type,
  };
}

/** A subscription item: since API 2025-03-31 the billing period lives here, not on the subscription. */
function subscriptionItem(i: SubscriptionInput, item: SubscriptionInput["items"][number]): Obj {
  return {
    id: item.id,
    object: "subscription_item",
    billing_thresholds: null,
    created: i.created,
    current_period_end: i.periodEnd,
    current_period_start: i.periodStart,
    current_trial: null,
    discounts: [],
    metadata: {},
    plan: planOf(item.price),
    price: item.price,
    quantity: item.quantity,
    subscription: i.id,
    tax_rates: [],
  };
}

/** An active subscription as Checkout creates it (collection_method charge_automatically, no trial). */
export function subscriptionObject(i: SubscriptionInput): Obj {
  return {
    id: i.id,
    object: "subscription",
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: i.periodStart,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: "classic" },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: "charge_automatically",
    created: i.created,
    currency: i.currency,
    customer: i.customer,
    customer_account: null,
    days_until_due: null,
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    ended_at: null,
    invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: "self" } },
    items: { object: "list", data: i.items.map((it) => subscriptionItem(i, it)), has_more: false, url: `/v1/subscription_items?subscription=${i.id}` },
    latest_invoice: null,
    livemode: false,
    managed_payments: null,
    metadata: i.metadata,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: "off" },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: i.created,
    status: "active",
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: { end_behavior: { billing_cycle_anchor: null, missing_payment_method: "create_invoice" } },
    trial_start: null,
  };
}
