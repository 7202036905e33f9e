import { AppError } from "../errors.ts";
import { callStripe } from "../payments/stripe-errors.ts";
import { stripeOf } from "./deps.ts";
import { syncInvoice, type InvoiceSyncDeps } from "./sync.ts";
import { releaseInvoiceHolds } from "./settle.ts";

/**
 * Voids an unpaid invoice (the artist's "void", the automatic void after the grace period, or a voided deposit
 * taking its balance with it). At Stripe first, when it is there, then our row follows Stripe through syncInvoice
 * — the same path as the webhook, so whichever comes first releases the holds and the other changes nothing. A
 * draft Stripe never saw is voided here alone. A paid invoice cannot be voided (refund it instead).
 */
export async function voidInvoice(deps: InvoiceSyncDeps, invoiceId: string, reason: string) {
  const { db } = deps;
  const inv = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { lines: true, balance: { select: { id: true, status: true } } } });
  if (inv.status === "PAID") throw new AppError("CONFLICT", `Invoice ${inv.reference} is paid: it cannot be voided.`);
  if (inv.status === "VOID") return inv;
  await db.invoice.updateMany({ where: { id: inv.id, voidReason: null }, data: { voidReason: reason } });
  if (inv.stripeInvoiceId) {
    const stripe = stripeOf(deps);
    const remote = await callStripe("void the invoice", () => stripe.invoices.retrieve(inv.stripeInvoiceId!));
    if (remote.status === "draft") await callStripe("delete the draft invoice", () => stripe.invoices.del(inv.stripeInvoiceId!));
    else if (remote.status === "open" || remote.status === "uncollectible")
      await callStripe("void the invoice", () => stripe.invoices.voidInvoice(inv.stripeInvoiceId!));
    if (remote.status !== "draft") await syncInvoice(deps, inv.stripeInvoiceId);
  }
  // never finalized (or a draft deleted at Stripe): void it here
  await db.$transaction(async (tx) => {
    const m = await tx.invoice.updateMany({ where: { id: inv.id, status: "DRAFT" }, data: { status: "VOID", voidedAt: deps.now() } });
    if (m.count === 1) await releaseInvoiceHolds(tx, inv, deps.releaseClaim);
  });
  // an unpaid deposit takes its balance with it
  if (inv.part === "DEPOSIT" && inv.balance && inv.balance.status !== "PAID" && inv.balance.status !== "VOID") {
    await voidInvoice(deps, inv.balance.id, `The deposit ${inv.reference} was voided`);
  }
  return db.invoice.findUniqueOrThrow({ where: { id: inv.id } });
}
