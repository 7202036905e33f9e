import Stripe from "stripe";

export type StripeFailure =
  /** Stripe down, erroring (5xx), rate limiting, a lost connection or a timeout: try again with the same idempotency key */
  | { kind: "transient"; message: string }
  /** the destination account can't take transfers right now: park and retry when it can */
  | { kind: "not-payable"; message: string }
  /** the connected account's balance is too low (reversals) */
  | { kind: "insufficient-balance"; message: string }
  /** Stripe refused the request for good (never retried) */
  | { kind: "refused"; message: string };

const NOT_PAYABLE = new Set(["insufficient_capabilities_for_transfer", "account_invalid", "account_closed"]);
const INSUFFICIENT = new Set(["balance_insufficient", "insufficient_funds"]);

/** How to treat an error thrown by a Stripe call. Anything that is not a Stripe refusal is transient. */
export function classifyStripeError(e: unknown): StripeFailure {
  const message = e instanceof Error ? e.message : String(e);
  if (!(e instanceof Stripe.errors.StripeError)) return { kind: "transient", message };
  if (
    e instanceof Stripe.errors.StripeConnectionError ||
    e instanceof Stripe.errors.StripeAPIError ||
    e instanceof Stripe.errors.StripeRateLimitError ||
    e instanceof Stripe.errors.StripeIdempotencyError ||
    (e.statusCode ?? 0) >= 500 ||
    e.statusCode === 409 ||
    e.statusCode === undefined
  ) {
    return { kind: "transient", message };
  }
  if (e.code && INSUFFICIENT.has(e.code)) return { kind: "insufficient-balance", message };
  if (e.code && NOT_PAYABLE.has(e.code)) return { kind: "not-payable", message };
  return { kind: "refused", message };
}
