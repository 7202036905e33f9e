import type { EmailRequest } from "@atelier/events";
import { formatMoney } from "@atelier/core/money";
import { button, escapeHtml as esc, layout, paragraphs, textFooter, type RenderedEmail } from "./layout.ts";

type Props = Extract<EmailRequest, { template: "sale-made" }>["props"];

/** The artist's sale notice: what sold, the commission and their share (with shipping), and where to ship. */
export function saleMade(p: Props): RenderedEmail {
  const m = (n: number) => formatMoney(n, p.currency);
  const lines = p.items.map(
    (i) =>
      `${i.title}${i.quantity > 1 ? ` × ${i.quantity}` : ""}: ${m(i.amount)} + shipping ${m(i.shippingAmount)} − commission ${m(i.commissionAmount)} = ${m(i.artistAmount)} to you`,
  );
  const intro = `Dear ${p.displayName},\n\nYou made a sale on Atelier (order ${p.orderNumber}). Please ship it to ${p.shipTo} and mark it shipped in your studio. Your share of ${m(p.artistAmount)} is transferred to your Stripe account.`;
  return {
    subject: `You sold ${p.items.length === 1 ? p.items[0]!.title : `${p.items.length} works`} — ${m(p.artistAmount)} to you`,
    html: layout({
      preheader: `Order ${p.orderNumber}: ${m(p.artistAmount)} is yours.`,
      heading: "You made a sale.",
      body: paragraphs(intro) + `<ul>${lines.map((l) => `<li>${esc(l)}</li>`).join("")}</ul>` + button(p.salesUrl, "Open your sales"),
    }),
    text: `${intro}\n\n${lines.join("\n")}\n\nOpen your sales: ${p.salesUrl}${textFooter()}`,
  };
}
