import { refundRequested } from "@atelier/events";
import { cancelPrintForRefund } from "@atelier/core/refunds/cancel-print";
import { recordRefund, refundAtStripe, refundIssuedMail, settleRefundArtistShare } from "@atelier/core/refunds/process";
import { defineJob } from "../define.ts";

/** refund.requested → the print lab's order cancelled (a full refund before production), the Stripe refund, the ledger and item/order state, the artist's share (reversal, smaller transfer or debt), the buyer's mail. */
export const processRefund = defineJob({
  id: "process-refund",
  name: "Process a refund",
  triggers: [refundRequested],
  retries: 8,
  timeoutMs: 60_000,
  async handler({ event, step, deps }) {
    const { refundId } = event.data;
    // a full refund of a print the lab has not started: cancel the lab order first (its cost then comes back)
    await step.run("cancel-print", () => cancelPrintForRefund({ ...deps, lab: deps.printLab ?? null }, refundId));
    const stripe = await step.run("stripe-refund", () => refundAtStripe(deps, refundId));
    if (!stripe.ok) return { refundId, failed: stripe.error };
    const recorded = await step.run("record", () => recordRefund(deps, refundId));
    const artist = await step.run("artist-share", () => settleRefundArtistShare(deps, refundId));
    await step.sendEvent("mail-buyer", await step.run("mail", () => refundIssuedMail(deps, refundId, deps.appUrl)));
    return { refundId, ...recorded, artist };
  },
});
