import { defineJob } from "../define.ts";
import { emailEvent, stripeAccountEvents, transfersUnparkedEvent } from "@atelier/events";
import { readyToSellMail, syncConnectAccount } from "@atelier/core/payments/connect-accounts";
import { trackStripeEvent } from "../stripe-event-tracking.ts";

const RETRIES = 8;

/**
 * account.updated / capability.updated / account.application.deauthorized → re-read the account
 * from Stripe and store whether the artist can sell. An event for an account we have not stored
 * yet fails its step and retries until it applies. Mails the artist when selling starts or stops.
 */
export const syncConnectAccountJob = defineJob({
  id: "sync-connect-account",
  name: "Sync Connect account",
  triggers: stripeAccountEvents,
  retries: RETRIES,
  async handler({ event, step, attempt, deps }) {
    const { stripeEventId, type, account, objectId } = event.data;
    return trackStripeEvent(deps.db, stripeEventId, { attempt, retries: RETRIES, now: deps.now }, async () => {
      const stripeAccountId = account ?? objectId;
      if (!stripeAccountId?.startsWith("acct_")) return { skipped: "not about a connected account" };
      const r = await step.run("sync", () => syncConnectAccount(deps, stripeAccountId, { deauthorized: type === "account.application.deauthorized" }));
      const paymentsUrl = `${deps.appUrl}${r.owner.paymentsPath ?? "/studio/payments"}`;
      if (r.becameReady) await step.sendEvent("mail-ready", readyToSellMail(r, deps.appUrl));
      if (r.becameDisabled && type === "account.application.deauthorized") {
        await step.sendEvent(
          "mail-disabled",
          emailEvent(
            { template: "payouts-disabled", to: r.owner.email, props: { displayName: r.owner.displayName, paymentsUrl } },
            `payouts-disabled:${stripeAccountId}`,
          ),
        );
      }
      if (r.ready) {
        // a payable account: retry the artist's parked transfers (unpark-transfers finds none when there are none)
        const userId = await step.run(
          "owner",
          async () => (await deps.db.connectAccount.findUniqueOrThrow({ where: { stripeAccountId }, select: { userId: true } })).userId,
        );
        await step.sendEvent("unpark", transfersUnparkedEvent(userId, stripeEventId));
      }
      return { stripeAccountId, ready: r.ready };
    });
  },
});
