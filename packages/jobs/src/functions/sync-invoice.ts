import { syncInvoice } from "@atelier/core/invoices/sync";
import { voidInvoice } from "@atelier/core/invoices/void";
import { stripeInvoiceEvents } from "@atelier/events";
import { defineJob } from "../define.ts";
import { invoiceDeps } from "../invoice-deps.ts";
import { trackStripeEvent } from "../stripe-event-tracking.ts";

const RETRIES = 8;

/**
 * invoice.finalized / paid / payment_failed / voided / marked_uncollectible → our Invoice follows Stripe's (re-read)
 * state, forward only (core/invoices/sync.ts). A voided deposit voids its unpaid balance, releasing the work.
 */
export const syncInvoiceJob = defineJob({
  id: "sync-invoice",
  name: "Follow a Stripe invoice",
  triggers: stripeInvoiceEvents,
  retries: RETRIES,
  async handler({ event, step, attempt, deps }) {
    const { stripeEventId, objectId, account } = event.data;
    return trackStripeEvent(deps.db, stripeEventId, { attempt, retries: RETRIES, now: deps.now }, async () => {
      // invoices on connected accounts' own Stripe are not Atelier's
      if (!objectId?.startsWith("in_") || account) return { skipped: "not a platform invoice" };
      const synced = await step.run("sync", () => syncInvoice(invoiceDeps(deps), objectId));
      if (synced.invoiceId) {
        const balance = await step.run("voided-deposit", async () => {
          const inv = await deps.db.invoice.findUnique({
            where: { id: synced.invoiceId! },
            select: { part: true, status: true, reference: true, balance: { select: { id: true, status: true } } },
          });
          if (inv?.part !== "DEPOSIT" || inv.status !== "VOID" || !inv.balance || inv.balance.status === "PAID" || inv.balance.status === "VOID") return null;
          await voidInvoice(invoiceDeps(deps), inv.balance.id, `The deposit ${inv.reference} was voided`);
          return inv.balance.id;
        });
        return { ...synced, balanceVoided: balance };
      }
      return synced;
    });
  },
});
