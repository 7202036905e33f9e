import { syncSubscription } from "@atelier/core/plans/subscriptions";
import { stripeSubscriptionEvents } from "@atelier/events";
import { defineJob } from "../define.ts";
import { trackStripeEvent } from "../stripe-event-tracking.ts";

const RETRIES = 8;

/**
 * customer.subscription.created / updated / deleted → the seller's plan (core/plans/subscriptions.ts re-reads the
 * subscription at Stripe, so replayed and shuffled events end in one state; an ended subscription is never revived).
 */
export const syncSellerPlan = defineJob({
  id: "sync-seller-plan",
  name: "Sync a seller's plan from their subscription",
  triggers: stripeSubscriptionEvents,
  retries: RETRIES,
  async handler({ event, step, attempt, deps }) {
    const { stripeEventId, objectId, account } = event.data;
    return trackStripeEvent(deps.db, stripeEventId, { attempt, retries: RETRIES, now: deps.now }, async () => {
      if (!objectId?.startsWith("sub_") || account) return { skipped: "not a platform subscription" };
      return step.run("sync", () => syncSubscription(deps, objectId));
    });
  },
});
