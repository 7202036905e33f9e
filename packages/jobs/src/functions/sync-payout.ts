import { defineJob } from "../define.ts";
import { emailEvent, stripePayoutEvents } from "@atelier/events";
import { syncPayout } from "@atelier/core/payments/payouts";
import { trackStripeEvent } from "../stripe-event-tracking.ts";

const RETRIES = 8;

/** payout.* on a connected account → the artist's Payout record (forward-only), and a mail when it lands or fails. */
export const syncPayoutJob = defineJob({
  id: "sync-payout",
  name: "Sync connected-account payout",
  triggers: stripePayoutEvents,
  retries: RETRIES,
  async handler({ event, step, attempt, deps }) {
    const { stripeEventId, account, objectId } = event.data;
    return trackStripeEvent(deps.db, stripeEventId, { attempt, retries: RETRIES, now: deps.now }, async () => {
      // the platform's own payouts carry no `account`; only artists' payouts are mirrored
      if (!account || !objectId) return { skipped: "platform payout" };
      const r = await step.run("sync", async () => {
        const s = await syncPayout(deps, account, objectId);
        return {
          ...s,
          payout: { id: s.payout.id, amount: s.payout.amount, currency: s.payout.currency, status: s.payout.status, failureMessage: s.payout.failureMessage },
        };
      });
      const paymentsUrl = `${deps.appUrl}/studio/payments`;
      const base = { displayName: r.owner.displayName, amount: r.payout.amount, currency: r.payout.currency, paymentsUrl };
      if (r.becamePaid) {
        await step.sendEvent("mail-paid", emailEvent({ template: "payout-paid", to: r.owner.email, props: base }, `payout-paid:${objectId}`));
      }
      if (r.becameFailed) {
        const reason = r.payout.failureMessage ?? "the bank returned it";
        await step.sendEvent(
          "mail-failed",
          emailEvent({ template: "payout-failed", to: r.owner.email, props: { ...base, reason } }, `payout-failed:${objectId}`),
        );
      }
      return { payoutId: objectId, status: r.payout.status };
    });
  },
});
