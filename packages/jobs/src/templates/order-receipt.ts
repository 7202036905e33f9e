import type { EmailRequest } from "@atelier/events";
import { formatMoney } from "@atelier/core/money";
import { button, escapeHtml as esc, layout, paragraphs, textFooter, type RenderedEmail } from "./layout.ts";

type Props = Extract<EmailRequest, { template: "order-receipt" }>["props"];

/** The buyer's receipt, sent once an order is paid: every work, shipping and the total, exact to the minor unit. */
export function orderReceipt(p: Props): RenderedEmail {
  const m = (n: number) => formatMoney(n, p.currency);
  const lines = p.items.map((i) => `${i.title} by ${i.artistName}${i.quantity > 1 ? ` × ${i.quantity}` : ""} — ${m(i.amount)}`);
  const summary = [...lines, `Shipping to ${p.shipTo} — ${m(p.shippingAmount)}`, `Total paid — ${m(p.totalAmount)}`];
  const intro = `Dear ${p.displayName},\n\nThank you for your order ${p.orderNumber}. Your payment went through; each artist has been told and will ship your work to you.`;
  const table = `<table role="presentation" style="width:100%;border-collapse:collapse;margin:16px 0">${summary
    .map((l, i) => `<tr><td style="padding:6px 0;border-top:1px solid #e7e5e4;${i === summary.length - 1 ? "font-weight:600" : ""}">${esc(l)}</td></tr>`)
    .join("")}</table>`;
  return {
    subject: `Your Atelier receipt ${p.orderNumber} — ${m(p.totalAmount)}`,
    html: layout({
      preheader: `Order ${p.orderNumber}: ${m(p.totalAmount)} paid.`,
      heading: "Thank you for your order.",
      body: paragraphs(intro) + table + button(p.orderUrl, "See your order"),
    }),
    text: `${intro}\n\n${summary.join("\n")}\n\nSee your order: ${p.orderUrl}${textFooter()}`,
  };
}
