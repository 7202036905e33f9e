import { AppError } from "../errors.ts";
import type { PaymentsConfig } from "./index.ts";
import Stripe from "stripe";

/** The configured payments, or a clear error when this server has none. */
export function requirePayments(payments: PaymentsConfig | null): PaymentsConfig {
  if (!payments) {
    throw new AppError(
      "SERVICE_UNAVAILABLE",
      "Payments are not configured on this server (set STRIPE_SECRET_KEY, or start it with `pnpm dev`, which runs the local sandbox).",
    );
  }
  return payments;
}

/**
 * Runs a Stripe call and turns Stripe's failures into messages a person can act on: Stripe down or
 * erroring → SERVICE_UNAVAILABLE ("try again"), a refused request → BAD_REQUEST with Stripe's words.
 */
export async function callStripe<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (e instanceof Stripe.errors.StripeConnectionError || e instanceof Stripe.errors.StripeAPIError || e instanceof Stripe.errors.StripeRateLimitError) {
      throw new AppError("SERVICE_UNAVAILABLE", `Stripe could not ${what} right now. Nothing was changed — please try again in a minute.`, { cause: e });
    }
    if (e instanceof Stripe.errors.StripeError) {
      throw new AppError("BAD_REQUEST", `Stripe could not ${what}: ${e.message}`, { cause: e });
    }
    throw e;
  }
}
