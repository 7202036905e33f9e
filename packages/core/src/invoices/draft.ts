import type { Prisma } from "@atelier/db";
import { AppError } from "../errors.ts";
import { reserveUnits } from "../inventory/reserve.ts";
import type { Tx } from "../inventory/tx.ts";
import { randomReference } from "../orders/number.ts";
import { invoiceSplit, type InvoiceSplit } from "./amounts.ts";

export interface DraftLine {
  title: string;
  unitAmount: number;
  quantity: number;
  artworkId?: string | null;
  claimId?: string | null;
  /** hold one unit of the artwork for this invoice now (private invoices); a live-show claim already holds its unit */
  holdNow?: boolean;
  /** the unit held (by `holdNow`, or by the line's live-show claim) is this invoice's to sell or release */
  holdsUnit?: boolean;
}

export interface InvoiceDraft {
  sellerId: string;
  buyer: { name: string; email?: string | null; handle?: string | null };
  currency: string;
  lines: DraftLine[];
  source: "LIVE_SHOW" | "PRIVATE";
  part?: "FULL" | "DEPOSIT" | "BALANCE";
  depositId?: string | null;
  showId?: string | null;
  memo: string;
  dueAt: Date;
  graceDays: number;
  /** a deposit or balance carries its share of the whole price's split */
  split?: InvoiceSplit;
}

export const newInvoiceReference = () => `INV-${randomReference(8)}`;

/**
 * Writes a DRAFT invoice with its lines inside the caller's transaction. Lines with `holdNow` hold one unit
 * of their artwork exactly as checkout does (the conditional UPDATE of reserveUnits: never two holders), or
 * the whole draft is refused with a field error naming the work. The split is the platform's fee on the total.
 */
export async function writeInvoiceDraft(tx: Tx, draft: InvoiceDraft, commissionBps: number) {
  const lines = draft.lines.map((l) => ({ ...l, amount: l.unitAmount * l.quantity }));
  const total = lines.reduce((s, l) => s + l.amount, 0);
  const split = draft.split ?? invoiceSplit(total, commissionBps);
  const toHold = lines.filter((l) => l.holdNow && l.artworkId).map((l) => ({ artworkId: l.artworkId!, quantity: 1 }));
  const refused = await reserveUnits(tx, toHold);
  if (refused.length) {
    const names = lines.filter((l) => l.artworkId && refused.includes(l.artworkId)).map((l) => `${l.title} is no longer available`);
    throw new AppError("CONFLICT", `${names.join(". ")}.`, { fieldErrors: { artworkId: names } });
  }
  const buyer = draft.buyer.email ? await tx.user.findUnique({ where: { email: draft.buyer.email.toLowerCase() }, select: { id: true } }) : null;
  const data: Prisma.InvoiceUncheckedCreateInput = {
    reference: newInvoiceReference(),
    sellerId: draft.sellerId,
    buyerName: draft.buyer.name,
    buyerEmail: draft.buyer.email?.toLowerCase() ?? null,
    buyerHandle: draft.buyer.handle ?? null,
    buyerId: buyer?.id ?? null,
    currency: draft.currency,
    totalAmount: split.totalAmount,
    commissionBps: split.commissionBps,
    commissionAmount: split.commissionAmount,
    artistAmount: split.artistAmount,
    source: draft.source,
    part: draft.part ?? "FULL",
    depositId: draft.depositId ?? null,
    showId: draft.showId ?? null,
    memo: draft.memo,
    dueAt: draft.dueAt,
    graceDays: draft.graceDays,
    lines: {
      create: lines.map((l) => ({
        title: l.title,
        quantity: l.quantity,
        unitAmount: l.unitAmount,
        amount: l.amount,
        artworkId: l.artworkId ?? null,
        claimId: l.claimId ?? null,
        holdsUnit: !!(l.claimId || (l.artworkId && (l.holdsUnit || l.holdNow))),
      })),
    },
  };
  return tx.invoice.create({ data, include: { lines: true } });
}
