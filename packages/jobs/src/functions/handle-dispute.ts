import { stripeDisputeEvents } from "@atelier/events";
import { closeDispute, openDispute, settleClosedDispute } from "@atelier/core/disputes/handle";
import { sendTransfer } from "@atelier/core/transfers/send-transfer";
import { defineJob } from "../define.ts";
import { trackStripeEvent } from "../stripe-event-tracking.ts";

const RETRIES = 8;

/** charge.dispute.created → hold the order's money and tell the admins and artists; charge.dispute.closed → lift the hold (won) or take the shares back (lost). */
export const handleDispute = defineJob({
  id: "handle-dispute",
  name: "Handle a dispute",
  triggers: stripeDisputeEvents,
  retries: RETRIES,
  timeoutMs: 60_000,
  async handler({ event, step, attempt, deps }) {
    const { stripeEventId, type, objectId } = event.data;
    return trackStripeEvent(deps.db, stripeEventId, { attempt, retries: RETRIES, now: deps.now }, async () => {
      if (!objectId?.startsWith("dp_") && !objectId?.startsWith("du_")) return { skipped: "not a dispute" };
      if (type === "charge.dispute.created") {
        const opened = await step.run("open", () => openDispute(deps, objectId));
        if (opened.mails.length) await step.sendEvent("mail", opened.mails);
        return { disputeId: opened.disputeId, held: opened.held };
      }
      const closed = await step.run("close", () => closeDispute(deps, objectId));
      const settled = await step.run("settle", () => settleClosedDispute(deps, closed));
      for (const id of settled.retryTransferIds) await step.run(`send-${id}`, () => sendTransfer(deps, id));
      return { disputeId: closed.disputeId, status: closed.status, recoveries: settled.recoveries };
    });
  },
});
