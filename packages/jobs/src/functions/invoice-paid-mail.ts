import { emailEvent, invoicePaid } from "@atelier/events";
import { defineJob } from "../define.ts";

/** atelier/invoice.paid → the artist is told (what reaches their Stripe account); the buyer has Stripe's receipt page. */
export const invoicePaidMailJob = defineJob({
  id: "invoice-paid-mail",
  name: "Tell the artist an invoice was paid",
  triggers: [invoicePaid],
  retries: 5,
  async handler({ event, step, deps }) {
    const mail = await step.run("compose", async () => {
      const inv = await deps.db.invoice.findUnique({
        where: { id: event.data.invoiceId },
        include: { seller: { select: { email: true, name: true, artistProfile: { select: { displayName: true } } } } },
      });
      if (!inv || inv.status !== "PAID") return null;
      return emailEvent(
        {
          template: "invoice-paid",
          to: inv.seller.email,
          props: {
            displayName: inv.seller.artistProfile?.displayName ?? inv.seller.name,
            buyerName: inv.buyerName,
            reference: inv.reference,
            currency: inv.currency,
            totalAmount: inv.totalAmount,
            artistAmount: inv.artistAmount,
            invoicesUrl: `${deps.appUrl}/studio/invoices`,
          },
        },
        `invoice-paid-mail:${inv.id}`,
      );
    });
    if (mail) await step.sendEvent("mail", [mail]);
    return { mailed: !!mail };
  },
});
