import { fulfilPaymentIntent, fulfilSession } from "@atelier/core/orders/fulfil";
import { stripeOrderPaidEvents } from "@atelier/events";
import { defineJob } from "../define.ts";
import { trackStripeEvent } from "../stripe-event-tracking.ts";

const RETRIES = 8;

/**
 * checkout.session.completed / payment_intent.succeeded → the order is PAID (core/orders/fulfil.ts
 * re-reads the session, payment intent, charge and balance transaction at Stripe; the event only says which).
 * Whichever arrives first pays the order; the other, and any repeat, finds it paid and changes nothing.
 */
export const fulfilOrderJob = defineJob({
  id: "fulfil-order",
  name: "Fulfil a paid order",
  triggers: stripeOrderPaidEvents,
  retries: RETRIES,
  async handler({ event, step, attempt, deps }) {
    const { stripeEventId, objectId, account } = event.data;
    return trackStripeEvent(deps.db, stripeEventId, { attempt, retries: RETRIES, now: deps.now }, async () => {
      // payments on connected accounts are not Atelier checkouts
      if (!objectId || account) return { skipped: "not a platform payment" };
      return step.run("fulfil", () =>
        event.name === "stripe/checkout.session.completed" ? fulfilSession(deps, objectId) : fulfilPaymentIntent(deps, objectId),
      );
    });
  },
});
