import { defineJob } from "../define.ts";
import { emailEvent, orderItemShipped } from "@atelier/events";
import { itemShippedMail } from "@atelier/core/orders/shipping";

/** order-item.shipped → the item-shipped mail to the buyer (once per item: the mail event's id is the item's). */
export const notifyItemShipped = defineJob({
  id: "notify-item-shipped",
  name: "Mail the buyer that an item shipped",
  triggers: [orderItemShipped],
  retries: 4,
  async handler({ event, step, deps }) {
    const { orderItemId } = event.data;
    const mail = await step.run("load", () => itemShippedMail(deps.db, orderItemId));
    if (!mail) return { skipped: "not shipped" };
    const { to, orderId, ...props } = mail;
    await step.sendEvent(
      "mail",
      emailEvent(
        {
          template: "item-shipped",
          to,
          props: { ...props, orderUrl: `${deps.appUrl}/orders/${orderId}`, autoConfirmDays: deps.deliveryAutoConfirmDays ?? 21 },
        },
        `item-shipped:${orderItemId}`,
      ),
    );
    return { mailed: to };
  },
});
