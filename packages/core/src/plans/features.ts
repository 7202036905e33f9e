export type PlanId = "FREE" | "PRO" | "BUSINESS";
export type PlanFeature = "invoicing" | "paymentIntegrations" | "liveShows";

export interface PlanDefinition {
  id: PlanId;
  name: string;
  /** monthly price in minor units of `currency` (0 for Free) */
  monthlyPrice: number;
  currency: string;
  summary: string;
  /** what the plan includes, in the words shown on the upgrade card */
  highlights: string[];
  features: Record<PlanFeature, boolean>;
  /** how many payment integrations with the seller's own keys (Stripe Connect through Atelier is always included); null = no limit */
  paymentIntegrationLimit: number | null;
}

/** The one table of what each plan includes: the server gate, the hub and the upgrade page all read it. */
export const PLANS: Record<PlanId, PlanDefinition> = {
  FREE: {
    id: "FREE",
    name: "Free",
    monthlyPrice: 0,
    currency: "eur",
    summary: "Sell through Atelier's checkout with Stripe Connect.",
    highlights: ["Checkout, payouts and the ledger", "Stripe Connect through Atelier", "The integrations hub, locked"],
    features: { invoicing: false, paymentIntegrations: false, liveShows: false },
    paymentIntegrationLimit: 0,
  },
  PRO: {
    id: "PRO",
    name: "Pro",
    monthlyPrice: 1_900,
    currency: "eur",
    summary: "Invoice collectors and run live sales.",
    highlights: ["Invoices, deposits and reminders", "Live-show sales", "One payment integration with your own keys"],
    features: { invoicing: true, paymentIntegrations: true, liveShows: true },
    paymentIntegrationLimit: 1,
  },
  BUSINESS: {
    id: "BUSINESS",
    name: "Business",
    monthlyPrice: 4_900,
    currency: "eur",
    summary: "For galleries: everything in Pro, with no limit on integrations.",
    highlights: ["Everything in Pro", "Unlimited payment integrations", "Priority support"],
    features: { invoicing: true, paymentIntegrations: true, liveShows: true },
    paymentIntegrationLimit: null,
  },
};

export const PLAN_ORDER: PlanId[] = ["FREE", "PRO", "BUSINESS"];
export const PAID_PLANS = ["PRO", "BUSINESS"] as const;
export type PaidPlanId = (typeof PAID_PLANS)[number];

const FEATURE_NAMES: Record<PlanFeature, string> = {
  invoicing: "Invoicing",
  paymentIntegrations: "Payment integrations with your own keys",
  liveShows: "Live-show sales",
};

export const planAllows = (plan: PlanId, feature: PlanFeature) => PLANS[plan].features[feature];

/** The cheapest plan that includes a feature. */
export function cheapestPlanWith(feature: PlanFeature): PlanDefinition {
  return PLAN_ORDER.map((id) => PLANS[id]).find((p) => p.features[feature])!;
}

/** "Invoicing is available on the Pro plan — upgrade at /studio/integrations" */
export const featureLockedMessage = (feature: PlanFeature) =>
  `${FEATURE_NAMES[feature]} ${feature === "paymentIntegrations" ? "are" : "is"} available on the ${cheapestPlanWith(feature).name} plan — upgrade at /studio/integrations`;

export const isPlanId = (v: unknown): v is PlanId => v === "FREE" || v === "PRO" || v === "BUSINESS";
