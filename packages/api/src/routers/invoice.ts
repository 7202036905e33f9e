import { invoiceOf, listInvoices } from "@atelier/core/invoices/read";
import { openAtStripe } from "@atelier/core/invoices/open-at-stripe";
import { createPrivateInvoice } from "@atelier/core/invoices/private";
import { messageInvoiceLink } from "@atelier/core/invoices/direct-message";
import { mailInvoice } from "@atelier/core/invoices/send";
import { voidInvoice } from "@atelier/core/invoices/void";
import { assertPlanAllows } from "@atelier/core/plans/gate";
import { enforceRateLimit } from "@atelier/core/rate-limit";
import { invoiceIdSchema, listInvoicesSchema, messageInvoiceSchema, privateInvoiceSchema, voidInvoiceSchema } from "@atelier/core/schemas/invoices";
import { invoiceDeps } from "../invoice-deps.ts";
import { artistProcedure, createTRPCRouter } from "../trpc.ts";

/** A buyer is mailed at most this many invoice emails by one artist per hour (sends and resends). */
const INVOICE_MAILS = { name: "invoice-mails", limit: 30, windowMs: 60 * 60_000 };

/** The artist's invoices: private invoices to collectors, and the rollups of their live shows (own invoices only). */
export const invoiceRouter = createTRPCRouter({
  list: artistProcedure.input(listInvoicesSchema).query(({ ctx, input }) => listInvoices(ctx.db, ctx.identity.id, input)),
  get: artistProcedure.input(invoiceIdSchema).query(({ ctx, input }) => invoiceOf(ctx.db, ctx.identity.id, input.invoiceId)),
  /** one invoice, or a deposit and a balance; the work (if any) is held until paid */
  createPrivate: artistProcedure.input(privateInvoiceSchema).mutation(async ({ ctx, input }) => {
    const made = await createPrivateInvoice(invoiceDeps(ctx), ctx.identity.id, input);
    return made.map((i) => ({ id: i.id, reference: i.reference, part: i.part, totalAmount: i.totalAmount, hostedUrl: i.hostedUrl, status: i.status }));
  }),
  /** mail (or mail again) the hosted link to the buyer */
  send: artistProcedure.input(invoiceIdSchema).mutation(async ({ ctx, input }) => {
    await invoiceOf(ctx.db, ctx.identity.id, input.invoiceId);
    await assertPlanAllows(ctx.db, ctx.identity.id, "invoicing");
    await enforceRateLimit(ctx.db, INVOICE_MAILS, ctx.identity.id, ctx.now());
    await mailInvoice(invoiceDeps(ctx), input.invoiceId, "new");
    return invoiceOf(ctx.db, ctx.identity.id, input.invoiceId);
  }),
  /** message the hosted link to the buyer's handle on Instagram or Facebook: the answer says honestly when that is not set up */
  messageLink: artistProcedure.input(messageInvoiceSchema).mutation(async ({ ctx, input }) => {
    await invoiceOf(ctx.db, ctx.identity.id, input.invoiceId);
    await assertPlanAllows(ctx.db, ctx.identity.id, "invoicing");
    await enforceRateLimit(ctx.db, INVOICE_MAILS, ctx.identity.id, ctx.now());
    const result = await messageInvoiceLink({ db: ctx.db, now: ctx.now, settings: ctx.settings }, input.invoiceId, input.channel);
    return { ...result, invoice: await invoiceOf(ctx.db, ctx.identity.id, input.invoiceId) };
  }),
  /** a draft Stripe has not finalized yet (Stripe was down when it was made): try again */
  retry: artistProcedure.input(invoiceIdSchema).mutation(async ({ ctx, input }) => {
    await invoiceOf(ctx.db, ctx.identity.id, input.invoiceId);
    await assertPlanAllows(ctx.db, ctx.identity.id, "invoicing");
    await openAtStripe(invoiceDeps(ctx), input.invoiceId);
    return invoiceOf(ctx.db, ctx.identity.id, input.invoiceId);
  }),
  void: artistProcedure.input(voidInvoiceSchema).mutation(async ({ ctx, input }) => {
    await invoiceOf(ctx.db, ctx.identity.id, input.invoiceId);
    await voidInvoice(invoiceDeps(ctx), input.invoiceId, input.reason || "Voided by the artist");
    return invoiceOf(ctx.db, ctx.identity.id, input.invoiceId);
  }),
});
