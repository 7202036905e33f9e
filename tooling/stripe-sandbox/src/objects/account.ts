import type { Obj } from "../store.ts";

/** Default currency per country of a new connected account (eur where not listed). */
export const CURRENCY: Record<string, string> = {
  US: "usd",
  GB: "gbp",
  JP: "jpy",
  CA: "cad",
  AU: "aud",
  NZ: "nzd",
  CH: "chf",
  SE: "sek",
  NO: "nok",
  DK: "dkk",
  PL: "pln",
  CZ: "czk",
  HU: "huf",
  RO: "ron",
  BG: "bgn",
  MX: "mxn",
  SG: "sgd",
};
/** What Stripe asks an Express account for before it can be paid. */
export const ONBOARDING_DUE = [
  "business_profile.url",
  "external_account",
  "individual.address.city",
  "individual.address.line1",
  "individual.address.postal_code",
  "individual.dob.day",
  "individual.dob.month",
  "individual.dob.year",
  "individual.email",
  "individual.first_name",
  "individual.last_name",
  "individual.phone",
  "tos_acceptance.date",
  "tos_acceptance.ip",
];

export interface AccountInput {
  id: string;
  type: string;
  country: string;
  email: string | null;
  businessType: string | null;
  bp: Record<string, unknown>;
  capabilities: Record<string, string>;
  metadata: Record<string, string>;
  created: number;
}

/** A new connected account with every field Stripe returns for it, before onboarding. */
export function accountObject(i: AccountInput): Obj {
  const { id, type, country, bp, capabilities } = i;
  return {
    id,
    object: "account",
    type,
    country,
    email: i.email,
    default_currency: CURRENCY[country] ?? "eur",
    business_type: i.businessType,
    business_profile: {
      annual_revenue: null,
      estimated_worker_count: null,
      mcc: bp.mcc ?? null,
      minority_owned_business_designation: null,
      monthly_estimated_revenue: { amount: 0, currency: CURRENCY[country] ?? "eur" },
      name: bp.name ?? null,
      product_description: bp.product_description ?? null,
      specified_commercial_transactions_act_url: null,
      support_address: null,
      support_email: null,
      support_phone: null,
      support_url: null,
      url: bp.url ?? null,
    },
    capabilities,
    charges_enabled: false,
    payouts_enabled: false,
    details_submitted: false,
    requirements: {
      alternatives: [],
      current_deadline: null,
      currently_due: [...ONBOARDING_DUE],
      disabled_reason: "requirements.past_due",
      errors: [],
      eventually_due: [...ONBOARDING_DUE],
      past_due: [...ONBOARDING_DUE],
      pending_verification: [],
    },
    future_requirements: {
      alternatives: [],
      current_deadline: null,
      currently_due: [],
      disabled_reason: null,
      errors: [],
      eventually_due: [],
      past_due: [],
      pending_verification: [],
    },
    controller: {
      fees: { payer: "application" },
      is_controller: true,
      losses: { payments: "application" },
      requirement_collection: "stripe",
      stripe_dashboard: { type: type === "express" ? "express" : "full" },
      type: "application",
    },
    external_accounts: { object: "list", data: [], has_more: false, total_count: 0, url: `/v1/accounts/${id}/external_accounts` },
    settings: {
      bacs_debit_payments: { display_name: null, service_user_number: null },
      branding: { icon: null, logo: null, primary_color: null, secondary_color: null },
      card_issuing: { tos_acceptance: { date: null, ip: null } },
      card_payments: {
        decline_on: { avs_failure: false, cvc_failure: false },
        statement_descriptor_prefix: null,
        statement_descriptor_prefix_kana: null,
        statement_descriptor_prefix_kanji: null,
      },
      dashboard: { display_name: bp.name ?? null, timezone: "Etc/UTC" },
      invoices: { default_account_tax_ids: null, hosted_payment_method_save: "offer" },
      payments: {
        statement_descriptor: null,
        statement_descriptor_kana: null,
        statement_descriptor_kanji: null,
        statement_descriptor_prefix_kana: null,
        statement_descriptor_prefix_kanji: null,
      },
      payouts: { debit_negative_balances: true, schedule: { delay_days: 7, interval: "daily" }, statement_descriptor: null },
      sepa_debit_payments: {},
    },
    tos_acceptance: { date: null, ip: null, user_agent: null },
    metadata: i.metadata,
    created: i.created,
  };
}
