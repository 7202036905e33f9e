import { defineJob } from "../define.ts";
import { printLabSubmitRequested } from "@atelier/events";
import { submitOrderItemToLab } from "@atelier/core/fulfilment";

/** print-lab.submit-requested → the paid order item's print order is created at the lab (once: the lab order's id is fixed per item). */
export const submitPrintOrder = defineJob({
  id: "submit-print-order",
  name: "Send a print order to the lab",
  triggers: [printLabSubmitRequested],
  retries: 8,
  async handler({ event, step, deps }) {
    return step.run("submit", () => submitOrderItemToLab({ ...deps, lab: deps.printLab ?? null }, event.data.orderItemId));
  },
});
