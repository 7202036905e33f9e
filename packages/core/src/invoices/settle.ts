import type { Tx } from "../inventory/tx.ts";
import { postLines, postSettlingLine } from "../ledger/post.ts";

export interface InvoicePaidFacts {
  paidAt: Date;
  stripeFeeAmount: number;
  stripePaymentIntent: string | null;
  stripeChargeId: string | null;
  stripeTransferId: string | null;
}

export interface SettledInvoice {
  id: string;
  reference: string;
  sellerId: string;
  currency: string;
  totalAmount: number;
  commissionAmount: number;
  artistAmount: number;
  lines: { id: string; artworkId: string | null; claimId: string | null; holdsUnit: boolean; title: string }[];
}

/** Hands a line's held unit back; a live-show claim's goes to the next claimer in the queue (live-shows module). */
export type ReleaseClaim = (tx: Tx, claimId: string) => Promise<unknown>;

/**
 * The invoice was paid (Stripe says so), inside the caller's transaction, after the conditional status update
 * that makes this run once: the units its lines hold become sold (an original becomes SOLD), and the ledger
 * gets what checkout writes for a paid order — ARTIST SALE, PLATFORM SALE (the application fee), PLATFORM
 * STRIPE_FEE — plus the destination charge's own transfer: ARTIST TRANSFER settling the SALE line, so the
 * artist's balance for it is 0 (Stripe moved the money with the charge; nothing is left to send).
 */
export async function bookPaidInvoice(tx: Tx, inv: SettledInvoice, facts: InvoicePaidFacts): Promise<void> {
  for (const line of inv.lines) {
    if (!line.holdsUnit || !line.artworkId) continue;
    await tx.$executeRaw`
      UPDATE "Artwork" SET "unitsHeld" = "unitsHeld" - 1, "editionsSold" = "editionsSold" + 1,
        status = CASE WHEN kind = 'ORIGINAL' THEN 'SOLD'::"ArtworkStatus" ELSE status END, "updatedAt" = now()
      WHERE id = ${line.artworkId}`;
  }
  const base = { currency: inv.currency, invoiceId: inv.id };
  const title = inv.lines.length === 1 ? inv.lines[0]!.title : `${inv.lines.length} items`;
  await postLines(tx, [
    { ...base, payee: "PLATFORM", payeeId: null, kind: "SALE", amount: inv.commissionAmount, memo: `Commission on invoice ${inv.reference}` },
    { ...base, payee: "PLATFORM", payeeId: null, kind: "STRIPE_FEE", amount: -facts.stripeFeeAmount, memo: `Stripe's fee on invoice ${inv.reference}` },
  ]);
  const sale = await tx.ledgerEntry.create({
    data: { ...base, payee: "ARTIST", payeeId: inv.sellerId, kind: "SALE", amount: inv.artistAmount, memo: `Invoice ${inv.reference}: ${title}` },
    select: { id: true },
  });
  if (inv.artistAmount > 0) {
    await postSettlingLine(
      tx,
      {
        ...base,
        payee: "ARTIST",
        payeeId: inv.sellerId,
        kind: "TRANSFER",
        amount: -inv.artistAmount,
        memo: `Paid with the invoice's charge${facts.stripeTransferId ? ` (${facts.stripeTransferId})` : ""}`,
      },
      [{ entryId: sale.id, amount: inv.artistAmount }],
    );
  }
}

/**
 * The invoice will not be paid (voided, or marked uncollectible), inside the caller's transaction after the
 * conditional status update: every unit its lines hold is given back exactly once — a live-show claim's to the
 * next claimer in line, any other line's to the catalogue.
 */
export async function releaseInvoiceHolds(tx: Tx, inv: Pick<SettledInvoice, "lines">, releaseClaim: ReleaseClaim | null): Promise<void> {
  for (const line of inv.lines) {
    if (!line.holdsUnit) continue;
    if (line.claimId && releaseClaim) {
      await releaseClaim(tx, line.claimId);
      continue;
    }
    if (!line.artworkId) continue;
    await tx.$executeRaw`UPDATE "Artwork" SET "unitsHeld" = "unitsHeld" - 1, "updatedAt" = now() WHERE id = ${line.artworkId} AND "unitsHeld" > 0`;
  }
}

/** An uncollectible invoice paid after all: its units are held again if every one still can be (all or nothing). */
export async function reHoldInvoiceUnits(tx: Tx, inv: Pick<SettledInvoice, "lines">): Promise<boolean> {
  for (const line of inv.lines) {
    if (!line.holdsUnit || !line.artworkId) continue;
    const held = await tx.$executeRaw`
      UPDATE "Artwork" SET "unitsHeld" = "unitsHeld" + 1, "updatedAt" = now()
      WHERE id = ${line.artworkId} AND status = 'PUBLISHED'
        AND "editionsSold" + "unitsHeld" + 1 <= CASE WHEN kind = 'ORIGINAL' THEN 1 ELSE COALESCE("editionSize", 0) END`;
    if (held !== 1) return false;
  }
  return true;
}
