import { defineJob } from "../define.ts";
import { deliveriesSweepRequested } from "@atelier/events";
import { autoConfirmDeliveries } from "@atelier/core/orders/delivery";

/**
 * Auto-confirms delivery DELIVERY_AUTO_CONFIRM_DAYS after shipping. Our StepApi has no sleepUntil, and job
 * definitions have no cron trigger, so this is a periodic sweep: the app sends `deliveries.sweep-requested`
 * once an hour (packages/jobs/src/schedule.ts, one event id per hour so several servers sweep once) and
 * this function confirms every SHIPPED item shipped at least `afterDays` ago in one conditional update.
 */
export const confirmDeliveryJob = defineJob({
  id: "confirm-delivery",
  name: "Auto-confirm deliveries",
  triggers: [deliveriesSweepRequested],
  retries: 3,
  async handler({ event, step, deps }) {
    const r = await step.run("confirm", () => autoConfirmDeliveries(deps, event.data.afterDays));
    return { confirmed: r.confirmed };
  },
});
