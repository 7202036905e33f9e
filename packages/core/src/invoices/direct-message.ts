import { AppError } from "../errors.ts";
import { type DirectMessageChannel, type DirectMessageResult, type MetaMessagingSettings, sendDirectMessage } from "../integrations/direct-messages.ts";
import { formatMoney } from "../money/format.ts";
import type { InvoiceDeps } from "./deps.ts";

/**
 * Sends an open invoice's payment link to the buyer's handle by Instagram or Facebook direct message. Returns the
 * adapter's honest answer ("not set up", "no conversation", Meta's refusal) rather than throwing, so the console
 * shows it beside the link to copy; a sent message counts as a send.
 */
export async function messageInvoiceLink(
  deps: Pick<InvoiceDeps, "db" | "now"> & { settings: MetaMessagingSettings; fetch?: typeof fetch },
  invoiceId: string,
  channel: DirectMessageChannel,
): Promise<DirectMessageResult> {
  const inv = await deps.db.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
  if (inv.status !== "OPEN" || !inv.hostedUrl)
    throw new AppError("CONFLICT", `Invoice ${inv.reference} is ${inv.status.toLowerCase()}: only open invoices can be sent.`);
  if (!inv.buyerHandle) throw AppError.field("BAD_REQUEST", "channel", "This buyer has no handle to message: send the invoice by email or copy the link.");
  const artist = await deps.db.artistProfile.findUnique({ where: { userId: inv.sellerId }, select: { displayName: true } });
  const text = `Hi @${inv.buyerHandle}, thank you! Here is your invoice ${inv.reference} from ${artist?.displayName ?? "your artist"} for ${formatMoney(inv.totalAmount, inv.currency)}, due ${inv.dueAt.toISOString().slice(0, 10)}: ${inv.hostedUrl}`;
  const result = await sendDirectMessage(deps.settings, channel, inv.buyerHandle, text, deps.fetch);
  if (result.ok) await deps.db.invoice.update({ where: { id: inv.id }, data: { sentAt: deps.now(), sendCount: { increment: 1 } } });
  return result;
}
