import { defineJob } from "../define.ts";
import { deliveriesSweepRequested } from "@atelier/events";
import { syncOpenFulfilments } from "@atelier/core/fulfilment";

/** On the hourly deliveries sweep: asks the print lab about orders no webhook has moved for an hour (lost events; Printful's deliveries). */
export const syncPrintLabOrders = defineJob({
  id: "sync-print-lab-orders",
  name: "Sync open print-lab orders",
  triggers: [deliveriesSweepRequested],
  retries: 3,
  async handler({ step, deps }) {
    return step.run("sync", () => syncOpenFulfilments({ ...deps, lab: deps.printLab ?? null }));
  },
});
