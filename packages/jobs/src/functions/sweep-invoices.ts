import { sweepInvoices } from "@atelier/core/invoices/reminders";
import { invoiceSweepRequested } from "@atelier/events";
import { defineJob } from "../define.ts";
import { invoiceDeps } from "../invoice-deps.ts";

/** The hourly sweep (packages/jobs/src/schedule.ts): reminders before and after the due date, voiding past the grace period. */
export const sweepInvoicesJob = defineJob({
  id: "sweep-invoices",
  name: "Remind and void unpaid invoices",
  triggers: [invoiceSweepRequested],
  retries: 3,
  timeoutMs: 120_000,
  async handler({ step, deps }) {
    return step.run("sweep", () => sweepInvoices(invoiceDeps(deps)));
  },
});
