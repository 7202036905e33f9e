import { button, layout, paragraphs, textFooter, type RenderedEmail } from "./layout.ts";

export interface ItemShippedProps {
  displayName: string;
  orderNumber: string;
  title: string;
  artistName: string;
  carrier: string;
  trackingNumber: string;
  orderUrl: string;
  autoConfirmDays: number;
}

/** To the buyer: one item of their order is on its way, with the carrier and tracking number. */
export function itemShipped(p: ItemShippedProps): RenderedEmail {
  const text =
    `Dear ${p.displayName},\n\n${p.artistName} has shipped “${p.title}” from your order ${p.orderNumber}.\n\n` +
    `Carrier: ${p.carrier}\nTracking number: ${p.trackingNumber}\n\n` +
    `When it arrives, please confirm receipt on your order page. If you don't, we'll take it as delivered ${p.autoConfirmDays} days after shipping.`;
  return {
    subject: `“${p.title}” is on its way (order ${p.orderNumber})`,
    html: layout({
      preheader: `${p.carrier} ${p.trackingNumber}`,
      heading: "Your artwork has shipped",
      body: paragraphs(text) + button(p.orderUrl, "Track your order"),
    }),
    text: `${text}\n\nYour order: ${p.orderUrl}${textFooter()}`,
  };
}
