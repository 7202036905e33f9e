import { defineJob } from "../define.ts";
import { printLabEventReceived } from "@atelier/events";
import { applyPrintLabEvent, markPrintLabEventFailed } from "@atelier/core/fulfilment";

const RETRIES = 8;

/** A stored print-lab webhook → its fulfilment moves forward (and the order item ships or is delivered). Failures retry, then show as FAILED. */
export const applyPrintLabEventJob = defineJob({
  id: "apply-print-lab-event",
  name: "Apply a print-lab event",
  triggers: [printLabEventReceived],
  retries: RETRIES,
  async handler({ event, step, attempt, deps }) {
    const { printLabEventId } = event.data;
    try {
      return await step.run("apply", () => applyPrintLabEvent({ ...deps, lab: deps.printLab ?? null }, printLabEventId));
    } catch (e) {
      if (attempt >= RETRIES) await markPrintLabEventFailed(deps, printLabEventId, e instanceof Error ? e.message : String(e));
      throw e;
    }
  },
});
