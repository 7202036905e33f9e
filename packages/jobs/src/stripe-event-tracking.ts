import type { Db } from "@atelier/db";
import { NonRetriableError } from "inngest";

/**
 * Runs the processing of one stored Stripe event and records the outcome on its StripeEvent row:
 * PROCESSED, or the error (FAILED once the function's retries are used up, so admins see it and can
 * replay it). Writes set values rather than increment them, so a re-run of the handler (Inngest
 * re-enters it for every step) records the same thing.
 */
export async function trackStripeEvent<T>(
  db: Db,
  stripeEventId: string,
  run: { attempt: number; retries: number; now: () => Date },
  body: () => Promise<T>,
): Promise<T> {
  try {
    const value = await body();
    await db.stripeEvent.updateMany({
      where: { id: stripeEventId },
      data: { status: "PROCESSED", processedAt: run.now(), attempts: run.attempt + 1, lastError: null },
    });
    return value;
  } catch (e) {
    const final = e instanceof NonRetriableError || run.attempt >= run.retries;
    const lastError = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 2000);
    await db.stripeEvent.updateMany({
      where: { id: stripeEventId, status: { not: "PROCESSED" } },
      data: { status: final ? "FAILED" : "RECEIVED", attempts: run.attempt + 1, lastError },
    });
    throw e;
  }
}
