import { emailEvent } from "@atelier/events";
import { AppError } from "../errors.ts";
import type { InvoiceDeps } from "./deps.ts";

export type InvoiceMailKind = "new" | "reminder-before" | "reminder-after";

/**
 * Mails the buyer the invoice's hosted payment link (Atelier's mail, so the sandbox's /dev/mailbox shows it too;
 * Stripe's own invoice emails are not used). Needs the buyer's email and an OPEN invoice. The mail's event id
 * counts the sends, so a double click in the same instant sends once and "resend" sends again.
 */
export async function mailInvoice(deps: InvoiceDeps, invoiceId: string, kind: InvoiceMailKind = "new") {
  const { db } = deps;
  const inv = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { lines: true } });
  if (!inv.buyerEmail) throw AppError.field("BAD_REQUEST", "buyerEmail", "Add the buyer's email to send the invoice, or copy the link and send it yourself.");
  if (inv.status !== "OPEN" || !inv.hostedUrl)
    throw new AppError("CONFLICT", `Invoice ${inv.reference} is ${inv.status.toLowerCase()}: only open invoices can be sent.`);
  const artist = await db.artistProfile.findUnique({ where: { userId: inv.sellerId }, select: { displayName: true } });
  const count = kind === "new" ? inv.sendCount + 1 : inv.sendCount;
  await deps.events.send(
    emailEvent(
      {
        template: "invoice-issued",
        to: inv.buyerEmail,
        props: {
          buyerName: inv.buyerName,
          artistName: artist?.displayName ?? "Your artist",
          reference: inv.reference,
          currency: inv.currency,
          totalAmount: inv.totalAmount,
          dueDate: inv.dueAt.toISOString(),
          payUrl: inv.hostedUrl,
          lines: inv.lines.map((l) => ({ title: l.quantity > 1 ? `${l.title} × ${l.quantity}` : l.title, amount: l.amount })),
          memo: inv.memo,
          kind,
          part: inv.part,
        },
      },
      `invoice-mail:${inv.id}:${kind}:${count}`,
    ),
  );
  if (kind === "new") return db.invoice.update({ where: { id: inv.id }, data: { sentAt: deps.now(), sendCount: count } });
  return inv;
}
