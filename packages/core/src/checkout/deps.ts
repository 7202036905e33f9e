import type { Db } from "@atelier/db";
import type { EventSender } from "@atelier/events";
import type { CoreSettings } from "../env.ts";
import type { PaymentsConfig } from "../payments/index.ts";
import type { RateLimitRule } from "../rate-limit/index.ts";

export interface CheckoutDeps {
  db: Db;
  payments: PaymentsConfig | null;
  events: EventSender;
  now: () => Date;
  /** public origin for Stripe's return URLs */
  appUrl: string;
  settings: CoreSettings;
}

/** How long a buyer has to pay: Stripe's minimum Checkout Session lifetime. */
export const CHECKOUT_MINUTES = 30;
/**
 * Stripe refuses an expires_at less than 30 minutes after it creates the session, so the clock starts
 * a minute later than ours (request latency, clock skew); the hold ends when the session does.
 */
export const EXPIRY_MARGIN_MS = 60_000;
/** The sleeper wakes this long after expiry, giving Stripe's own expired event the first go. */
export const EXPIRY_GRACE_MS = 5 * 60_000;

export function checkoutRateLimit(settings: Pick<CoreSettings, "RATE_LIMIT_CHECKOUTS_PER_10_MIN">): RateLimitRule {
  return { name: "checkout", limit: settings.RATE_LIMIT_CHECKOUTS_PER_10_MIN, windowMs: 10 * 60_000 };
}
