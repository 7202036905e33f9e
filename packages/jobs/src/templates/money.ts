import { formatMoney } from "@atelier/core/money";
import { button, layout, paragraphs, textFooter, type RenderedEmail } from "./layout.ts";

export function refundIssued(props: {
  displayName: string;
  orderNumber: string;
  itemTitle: string;
  amount: number;
  currency: string;
  orderUrl: string;
}): RenderedEmail {
  const money = formatMoney(props.amount, props.currency);
  const text = `Dear ${props.displayName},\n\nWe have refunded ${money} for “${props.itemTitle}” (order ${props.orderNumber}) to the card you paid with. Depending on your bank it appears within 5–10 business days.`;
  return {
    subject: `Refund of ${money} for order ${props.orderNumber}`,
    html: layout({
      preheader: `${money} is on its way back to your card.`,
      heading: "Your refund is on its way.",
      body: paragraphs(text) + button(props.orderUrl, "See your order"),
    }),
    text: `${text}\n\nSee your order: ${props.orderUrl}${textFooter()}`,
  };
}

export function disputeOpened(props: {
  displayName: string;
  orderNumber: string;
  amount: number;
  currency: string;
  reason: string;
  forAdmin: boolean;
  url: string;
}): RenderedEmail {
  const money = formatMoney(props.amount, props.currency);
  const text = props.forAdmin
    ? `Dear ${props.displayName},\n\nThe buyer's bank opened a dispute of ${money} on order ${props.orderNumber} (reason: ${props.reason}). The order's untransferred money is held until it closes. Answer it with evidence in the Stripe dashboard before its deadline.`
    : `Dear ${props.displayName},\n\nThe buyer's bank has disputed the payment for order ${props.orderNumber} (${money}, reason: ${props.reason}). Your share of this order is held until the dispute closes. If you have proof of shipping or delivery, please send it to Atelier's team now.`;
  return {
    subject: `Payment disputed on order ${props.orderNumber}`,
    html: layout({
      preheader: `A dispute of ${money} was opened.`,
      heading: "A payment was disputed.",
      body: paragraphs(text) + button(props.url, props.forAdmin ? "Open money admin" : "See your sales"),
    }),
    text: `${text}\n\n${props.url}${textFooter()}`,
  };
}
