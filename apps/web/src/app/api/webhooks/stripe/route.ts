import { handleStripeWebhook } from "@atelier/api";
import { db } from "~/server/db";
import { jobs } from "~/server/jobs";
import { getPayments } from "~/server/payments";

/** Stripe (or the local sandbox) delivers signed events here; see packages/api/src/services/payments/webhook-ingest.ts. */
export async function POST(req: Request) {
  const payments = getPayments();
  return handleStripeWebhook(
    req,
    payments && { db, stripe: payments.stripe, webhookSecret: payments.webhookSecret, events: jobs().sender, now: () => new Date() },
  );
}
