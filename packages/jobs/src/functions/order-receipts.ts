import { receiptMails } from "@atelier/core/checkout/receipts";
import { emailEvent, orderPaid } from "@atelier/events";
import { defineJob } from "../define.ts";

/** order.paid → the buyer's receipt and each artist's sale notice (one mail each, deduplicated by id). */
export const orderReceiptsJob = defineJob({
  id: "order-receipts",
  name: "Mail an order's receipts",
  triggers: [orderPaid],
  retries: 6,
  async handler({ event, step, deps }) {
    const mails = await step.run("compose", () => receiptMails(deps.db, event.data.orderId, deps.appUrl));
    if (mails.length === 0) return { sent: 0 };
    await step.sendEvent(
      "mail",
      mails.map((m) => emailEvent(m, `${m.template}:${event.data.orderId}:${m.to}`)),
    );
    return { sent: mails.length };
  },
});
