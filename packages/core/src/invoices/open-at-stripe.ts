import type Stripe from "stripe";
import { AppError } from "../errors.ts";
import { canReceivePayments } from "../payments/connect-accounts.ts";
import { callStripe } from "../payments/stripe-errors.ts";
import { stripeOf, type InvoiceDeps } from "./deps.ts";

/** The artist's connected account, when it can be paid; otherwise a clear refusal naming where to fix it. */
export async function payableAccountOf(deps: Pick<InvoiceDeps, "db">, sellerId: string): Promise<string> {
  const account = await deps.db.connectAccount.findUnique({ where: { userId: sellerId } });
  if (!account || !canReceivePayments(account)) {
    throw new AppError("PRECONDITION_FAILED", "Finish setting up payments at /studio/payments before sending invoices: Stripe pays you through that account.");
  }
  return account.stripeAccountId;
}

/**
 * Creates the invoice at Stripe and finalizes it, so it has a number and a hosted payment page: a customer for
 * the buyer, a `send_invoice` invoice that is a destination charge to the artist's connected account
 * (`transfer_data[destination]`, `on_behalf_of` so the artist's name is on the email, PDF and page, the
 * platform's commission as `application_fee_amount`), one invoice item per line, then finalize. Every call
 * carries an idempotency key derived from our ids, so a retry after a timeout never makes a second invoice.
 * Idempotent on our side too: an invoice already OPEN (or further) is returned as it is.
 */
export async function openAtStripe(deps: InvoiceDeps, invoiceId: string) {
  const { db } = deps;
  const inv = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { lines: true, seller: { select: { name: true, email: true } } } });
  if (inv.status !== "DRAFT") return inv;
  const destination = await payableAccountOf(deps, inv.sellerId);
  const stripe = stripeOf(deps);
  const currency = inv.currency.toLowerCase();
  const metadata = { invoiceId: inv.id, reference: inv.reference };

  const finalized = await callStripe("create the invoice", async () => {
    const customerId =
      inv.stripeCustomerId ??
      (
        await stripe.customers.create(
          { name: inv.buyerName, ...(inv.buyerEmail ? { email: inv.buyerEmail } : {}), metadata: { ...metadata, handle: inv.buyerHandle ?? "" } },
          { idempotencyKey: `invoice-customer-${inv.id}` },
        )
      ).id;
    let draft: Stripe.Invoice;
    if (inv.stripeInvoiceId) draft = await stripe.invoices.retrieve(inv.stripeInvoiceId);
    else {
      draft = await stripe.invoices.create(
        {
          customer: customerId,
          collection_method: "send_invoice",
          due_date: Math.floor(inv.dueAt.getTime() / 1000),
          currency,
          on_behalf_of: destination,
          transfer_data: { destination },
          application_fee_amount: inv.commissionAmount,
          auto_advance: false,
          pending_invoice_items_behavior: "exclude",
          description: inv.memo || undefined,
          metadata,
        },
        { idempotencyKey: `invoice-${inv.id}` },
      );
      await db.invoice.update({ where: { id: inv.id }, data: { stripeCustomerId: customerId, stripeInvoiceId: draft.id } });
    }
    if (draft.status !== "draft") return draft;
    if ((draft.lines?.data.length ?? 0) === 0) {
      for (const line of inv.lines) {
        await stripe.invoiceItems.create(
          {
            customer: customerId,
            invoice: draft.id,
            currency,
            description: line.quantity === 1 ? line.title : `${line.title} × ${line.quantity}`,
            amount: line.amount,
            metadata: { invoiceId: inv.id, lineId: line.id },
          },
          { idempotencyKey: `invoice-line-${line.id}` },
        );
      }
    }
    return stripe.invoices.finalizeInvoice(draft.id!, { auto_advance: false }, { idempotencyKey: `invoice-finalize-${inv.id}` });
  });
  if (finalized.total !== inv.totalAmount) {
    throw new Error(`Stripe's invoice ${finalized.id} is for ${finalized.total}, ours for ${inv.totalAmount}: not sent`);
  }
  await db.invoice.updateMany({
    where: { id: inv.id, status: "DRAFT" },
    data: {
      status: finalized.status === "open" ? "OPEN" : "DRAFT",
      stripeNumber: finalized.number ?? null,
      hostedUrl: finalized.hosted_invoice_url ?? null,
      finalizedAt: deps.now(),
    },
  });
  return db.invoice.findUniqueOrThrow({ where: { id: inv.id }, include: { lines: true, seller: { select: { name: true, email: true } } } });
}
