import { stripeChargeRefunded } from "@atelier/events";
import { syncChargeRefunds } from "@atelier/core/refunds/dashboard-refunds";
import { defineJob } from "../define.ts";
import { trackStripeEvent } from "../stripe-event-tracking.ts";

const RETRIES = 8;

/** charge.refunded → refunds made in Stripe's dashboard become Refund rows (our own refunds echoing back are recognised and skipped). */
export const syncChargeRefundsJob = defineJob({
  id: "sync-charge-refunds",
  name: "Sync refunds made in Stripe",
  triggers: [stripeChargeRefunded],
  retries: RETRIES,
  async handler({ event, step, attempt, deps }) {
    const { stripeEventId, objectId } = event.data;
    return trackStripeEvent(deps.db, stripeEventId, { attempt, retries: RETRIES, now: deps.now }, async () => {
      if (!objectId?.startsWith("ch_")) return { skipped: "not a charge" };
      return step.run("sync", () => syncChargeRefunds(deps, objectId));
    });
  },
});
