import { defineJob } from "../define.ts";
import { artistApproved } from "@atelier/events";
import { ensureConnectAccount } from "@atelier/core/payments/connect-accounts";

/**
 * On approval, opens the artist's Stripe Connect Express account, so onboarding can start from the
 * studio. Retries while Stripe is unreachable; the idempotency key means a retry never opens a
 * second account.
 */
export const createConnectAccount = defineJob({
  id: "create-connect-account",
  name: "Create Connect account for a new artist",
  triggers: [artistApproved],
  retries: 8,
  async handler({ event, step, deps }) {
    return step.run("create-account", async () => {
      const row = await ensureConnectAccount(deps, event.data.userId);
      return { stripeAccountId: row.stripeAccountId };
    });
  },
});
