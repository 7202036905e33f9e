import { AppError } from "../errors.ts";
import { assertPlanAllows } from "../plans/gate.ts";
import { buyerRollup } from "../live-shows/rollup.ts";
import { dueDateIn } from "./amounts.ts";
import type { InvoiceCreateDeps } from "./deps.ts";
import { writeInvoiceDraft } from "./draft.ts";
import { openAtStripe, payableAccountOf } from "./open-at-stripe.ts";
import { mailInvoice } from "./send.ts";
import type { InvoiceSyncDeps } from "./sync.ts";

/** Live-show invoices are short: due in three days, voided (and the work passed to the next claimer) four days later. */
export const SHOW_INVOICE_DUE_DAYS = 3;
export const SHOW_INVOICE_GRACE_DAYS = 4;

export interface ShowInvoicing {
  created: { invoiceId: string; reference: string; buyer: string; totalAmount: number; status: string; mailed: boolean }[];
  /** buyers whose invoice Stripe could not finalize (kept as DRAFT with a retry button) */
  failed: { buyer: string; reference: string; message: string }[];
}

/**
 * The rollup of a show becomes one invoice per buyer: every HOLDING claim of the buyer is a line (the claim's
 * held unit is the invoice's to sell or to pass on), the claims become INVOICED with the invoice's id, in one
 * transaction per buyer — a claim already invoiced is never billed twice, so running this again (a second click,
 * or after the next claimer took over a voided invoice's work) only invoices what is newly held. Each invoice is
 * then created and finalized at Stripe (destination charge to the artist, fee to the platform, the artist's name
 * on it) and mailed when the buyer's email is known; the hosted link is on the console either way.
 */
export async function invoiceShow(deps: InvoiceSyncDeps & InvoiceCreateDeps, sellerId: string, showId: string): Promise<ShowInvoicing> {
  const { db, now } = deps;
  const show = await db.liveShow.findFirst({ where: { id: showId, artist: { userId: sellerId } }, select: { id: true, title: true, status: true } });
  if (!show) throw new AppError("NOT_FOUND", "We couldn't find that show.");
  if (show.status === "DRAFT") throw new AppError("PRECONDITION_FAILED", "Start the show and take claims before invoicing.");
  const rollup = await buyerRollup(db, showId);
  if (rollup.buyers.length) await assertPlanAllows(db, sellerId, "invoicing");
  if (rollup.buyers.length) await payableAccountOf(deps, sellerId);
  const memo = `Thank you for buying at “${show.title}”. Please pay within ${SHOW_INVOICE_DUE_DAYS} days; unpaid invoices are cancelled ${SHOW_INVOICE_GRACE_DAYS} days after the due date and the pieces go to the next person in line.`;
  const result: ShowInvoicing = { created: [], failed: [] };

  for (const buyer of rollup.buyers) {
    const draft = await db.$transaction(async (tx) => {
      const taken = await tx.liveClaim.updateMany({
        where: { id: { in: buyer.lines.map((l) => l.claimId) }, status: "HOLDING" },
        data: { status: "INVOICED" },
      });
      if (taken.count !== buyer.lines.length) throw new AppError("CONFLICT", `@${buyer.handle}'s claims changed while invoicing: try again.`);
      const inv = await writeInvoiceDraft(
        tx,
        {
          sellerId,
          buyer: { name: `@${buyer.handle}`, email: buyer.email, handle: buyer.handle },
          currency: rollup.currency,
          lines: buyer.lines.map((l) => ({
            title: l.title,
            unitAmount: l.unitAmount,
            quantity: 1,
            artworkId: l.artworkId,
            claimId: l.claimId,
            holdsUnit: true,
          })),
          source: "LIVE_SHOW",
          showId,
          memo,
          dueAt: dueDateIn(SHOW_INVOICE_DUE_DAYS, now()),
          graceDays: SHOW_INVOICE_GRACE_DAYS,
        },
        deps.settings.COMMISSION_INVOICES_BPS,
      );
      await tx.liveClaim.updateMany({ where: { id: { in: buyer.lines.map((l) => l.claimId) } }, data: { invoiceId: inv.id } });
      return inv;
    });
    try {
      const opened = await openAtStripe(deps, draft.id);
      const mailed = !!opened.buyerEmail;
      if (mailed) await mailInvoice(deps, opened.id, "new");
      result.created.push({
        invoiceId: opened.id,
        reference: opened.reference,
        buyer: buyer.handle,
        totalAmount: opened.totalAmount,
        status: opened.status,
        mailed,
      });
    } catch (e) {
      result.failed.push({ buyer: buyer.handle, reference: draft.reference, message: (e as Error).message });
    }
  }
  return result;
}
