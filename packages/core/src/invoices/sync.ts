import { eventsWithTransaction } from "@atelier/events";
import type Stripe from "stripe";
import { logger } from "../observability/logger.ts";
import { recordOperationalError } from "../observability/operational-errors.ts";
import { stripeFeeInOrderCurrency } from "../orders/fee.ts";
import { canMove, INVOICE_NEXT, stripeOf, type InvoiceDeps } from "./deps.ts";
import { bookPaidInvoice, reHoldInvoiceUnits, releaseInvoiceHolds, type InvoicePaidFacts, type ReleaseClaim } from "./settle.ts";

const STATUS_OF: Record<string, "DRAFT" | "OPEN" | "PAID" | "VOID" | "UNCOLLECTIBLE"> = {
  draft: "DRAFT",
  open: "OPEN",
  paid: "PAID",
  void: "VOID",
  uncollectible: "UNCOLLECTIBLE",
};

export type InvoiceSyncOutcome = "not_ours" | "unchanged" | "moved" | "paid_after_release_unavailable";

export interface InvoiceSyncDeps extends InvoiceDeps {
  /** a voided live-show invoice hands each claim's unit to the next claimer */
  releaseClaim: ReleaseClaim | null;
}

/**
 * invoice.finalized / paid / payment_failed / voided / marked_uncollectible → our Invoice row. The event only
 * says which invoice: its state is re-read from Stripe, so however the events arrive (late, twice, shuffled) the
 * row ends where Stripe's invoice is. Moves only forward (INVOICE_NEXT): a conditional update from the statuses
 * that may precede the new one, so a paid invoice never opens again and each move's effects (sold units and the
 * ledger, or released holds) happen exactly once. A payment_failed event leaves the invoice open.
 */
export async function syncInvoice(deps: InvoiceSyncDeps, stripeInvoiceId: string): Promise<{ outcome: InvoiceSyncOutcome; invoiceId: string | null }> {
  const { db } = deps;
  const stripe = stripeOf(deps);
  const remote = await stripe.invoices.retrieve(stripeInvoiceId, { expand: ["payments"] });
  const ours = await db.invoice.findFirst({
    where: { OR: [{ stripeInvoiceId }, ...(remote.metadata?.invoiceId ? [{ id: remote.metadata.invoiceId }] : [])] },
    include: { lines: true, balance: { select: { id: true, status: true } } },
  });
  if (!ours) return { outcome: "not_ours", invoiceId: null };
  const target = STATUS_OF[remote.status ?? ""];
  const base = { stripeNumber: remote.number ?? ours.stripeNumber, hostedUrl: remote.hosted_invoice_url ?? ours.hostedUrl };
  if (!target || target === ours.status || !canMove(ours.status, target)) {
    if (base.hostedUrl !== ours.hostedUrl || base.stripeNumber !== ours.stripeNumber) await db.invoice.update({ where: { id: ours.id }, data: base });
    return { outcome: "unchanged", invoiceId: ours.id };
  }
  // the statuses that may precede the new one (INVOICE_NEXT)
  const from = (Object.keys(INVOICE_NEXT) as (typeof target)[]).filter((s) => canMove(s, target));
  const now = deps.now();

  if (target === "PAID") {
    const facts = await paidFacts(stripe, remote, ours.currency, now);
    const late = ours.status === "UNCOLLECTIBLE";
    const after = await db.$transaction(async (tx) => {
      const moved = await tx.invoice.updateMany({ where: { id: ours.id, status: { in: from } }, data: { ...base, ...facts, status: "PAID" } });
      if (moved.count !== 1) return null;
      if (late && !(await reHoldInvoiceUnits(tx, ours))) return "taken" as const;
      await bookPaidInvoice(tx, ours, facts);
      return eventsWithTransaction(deps.events, tx, { name: "atelier/invoice.paid", data: { invoiceId: ours.id }, id: `invoice-paid:${ours.id}` });
    });
    if (after === "taken") {
      const message = `Invoice ${ours.reference} was paid after it was marked uncollectible, and a work on it has been sold since: refund needed`;
      logger().error(`invoices: ${message}`);
      await recordOperationalError(db, { source: "invoices", message, now });
      return { outcome: "paid_after_release_unavailable", invoiceId: ours.id };
    }
    if (!after) return { outcome: "unchanged", invoiceId: ours.id };
    await after();
    return { outcome: "moved", invoiceId: ours.id };
  }

  const moved = await db.$transaction(async (tx) => {
    const data =
      target === "VOID"
        ? { ...base, status: target, voidedAt: now, voidReason: ours.voidReason ?? "Voided at Stripe" }
        : target === "OPEN"
          ? { ...base, status: target, finalizedAt: ours.finalizedAt ?? now }
          : { ...base, status: target };
    const m = await tx.invoice.updateMany({ where: { id: ours.id, status: { in: from } }, data });
    if (m.count !== 1) return false;
    // an uncollectible invoice that is voided later released its holds already
    if ((target === "VOID" || target === "UNCOLLECTIBLE") && ours.status !== "UNCOLLECTIBLE") await releaseInvoiceHolds(tx, ours, deps.releaseClaim);
    return true;
  });
  return { outcome: moved ? "moved" : "unchanged", invoiceId: ours.id };
}

/** What the paid invoice's charge says: the payment intent, the charge, Stripe's fee and the destination transfer. */
async function paidFacts(stripe: Stripe, remote: Stripe.Invoice, currency: string, now: Date): Promise<InvoicePaidFacts> {
  const paidAt = remote.status_transitions?.paid_at ? new Date(remote.status_transitions.paid_at * 1000) : now;
  const payment = remote.payments?.data.find((p) => p.status === "paid") ?? remote.payments?.data[0];
  const piRef = payment?.payment?.payment_intent;
  const piId = typeof piRef === "string" ? piRef : (piRef?.id ?? null);
  // paid out of band (the artist marked it paid): no charge, no fee
  if (!piId) return { paidAt, stripeFeeAmount: 0, stripePaymentIntent: null, stripeChargeId: null, stripeTransferId: null };
  const pi = await stripe.paymentIntents.retrieve(piId);
  const chargeId = typeof pi.latest_charge === "string" ? pi.latest_charge : (pi.latest_charge?.id ?? null);
  if (!chargeId) return { paidAt, stripeFeeAmount: 0, stripePaymentIntent: piId, stripeChargeId: null, stripeTransferId: null };
  const charge = await stripe.charges.retrieve(chargeId);
  const btId = typeof charge.balance_transaction === "string" ? charge.balance_transaction : charge.balance_transaction?.id;
  if (!btId) throw new Error(`charge ${charge.id} has no balance transaction yet`);
  const fee = stripeFeeInOrderCurrency(await stripe.balanceTransactions.retrieve(btId), currency);
  const transfer = typeof charge.transfer === "string" ? charge.transfer : (charge.transfer?.id ?? null);
  return { paidAt, stripeFeeAmount: fee, stripePaymentIntent: piId, stripeChargeId: charge.id, stripeTransferId: transfer };
}
