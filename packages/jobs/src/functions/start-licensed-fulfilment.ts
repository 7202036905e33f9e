import { startLicensedFulfilment } from "@atelier/core/fulfilment/start-licensed";
import { orderPaid } from "@atelier/events";
import { defineJob } from "../define.ts";

/** order.paid → each licensed product of the order goes to the print lab, or becomes the buyer's download (core/fulfilment/start-licensed.ts). */
export const startLicensedFulfilmentJob = defineJob({
  id: "start-licensed-fulfilment",
  name: "Send licensed products to the print lab or the buyer's downloads",
  triggers: [orderPaid],
  retries: 8,
  async handler({ event, step, deps }) {
    return step.run("start", () => startLicensedFulfilment(deps, event.data.orderId));
  },
});
