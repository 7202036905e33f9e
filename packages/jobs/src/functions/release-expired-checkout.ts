import { releaseExpiredSession } from "@atelier/core/checkout/cancel";
import { stripeCheckoutExpiredEvents } from "@atelier/events";
import { defineJob } from "../define.ts";
import { trackStripeEvent } from "../stripe-event-tracking.ts";

const RETRIES = 8;

/** checkout.session.expired → the order's hold is released (EXPIRED), once however often Stripe says so. */
export const releaseExpiredCheckoutJob = defineJob({
  id: "release-expired-checkout",
  name: "Release an expired checkout",
  triggers: stripeCheckoutExpiredEvents,
  retries: RETRIES,
  async handler({ event, step, attempt, deps }) {
    const { stripeEventId, objectId, account } = event.data;
    return trackStripeEvent(deps.db, stripeEventId, { attempt, retries: RETRIES, now: deps.now }, async () => {
      if (!objectId || account) return { skipped: "not a platform session" };
      return step.run("release", () => releaseExpiredSession(deps, objectId));
    });
  },
});
