import { EXPIRY_GRACE_MS } from "@atelier/core/checkout/deps";
import { expireDueCheckout } from "@atelier/core/checkout/cancel";
import { checkoutOpened } from "@atelier/events";
import { defineJob } from "../define.ts";

/**
 * The backstop for Stripe's expired event: sleeps until the checkout's expiry plus a grace period, then
 * expires the session at Stripe and releases the hold if the order is still unpaid (nothing if it was paid or released).
 */
export const expireCheckoutJob = defineJob({
  id: "expire-checkout",
  name: "Expire an unpaid checkout",
  triggers: [checkoutOpened],
  retries: 8,
  async handler({ event, step, deps }) {
    await step.sleepUntil("until-expiry", new Date(new Date(event.data.expiresAt).getTime() + EXPIRY_GRACE_MS));
    return step.run("expire", () => expireDueCheckout(deps, event.data.orderId));
  },
});
